// Intake aids: the desk's procedure usage (most used first in the intake's list) and the recall of an
// earlier applicant or owner by ID number or tax code.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include "core/domain/Validators.h"

#include <QJsonDocument>

#include <sqlite3.h>

namespace motcua::store {

Result<QHash<QString, int>> Store::procedureUsage(const Actor& actor)
{
    if (auto s = authorize(actor, auth::Action::ReceiveDossier); !s)
        return s.error();
    Statement q = prepare("SELECT p.code, count(*) FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
                          "GROUP BY p.code");
    if (!q.valid())
        return sqlError(tr("counting the dossiers per procedure"));
    QHash<QString, int> usage;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        usage.insert(q.text(0), q.i32(1));
    if (rc != SQLITE_DONE)
        return sqlError(tr("counting the dossiers per procedure"));
    return usage;
}

Result<std::optional<dossier::Party>> Store::recallParty(const Actor& actor, const QString& idOrTaxCode)
{
    if (auto s = authorize(actor, auth::Action::SearchDossiers); !s)
        return s.error();
    QString key = idOrTaxCode.trimmed();
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    if (key.isEmpty())
        return std::optional<dossier::Party>();
    const QString tax = normalizeTaxCode(key);
    // Newest first: the applicant as last recorded; the owner when only the owner had that number.
    Statement q
        = prepare("SELECT CASE WHEN d.applicant->>'id_number' IN (?1, ?2) OR d.applicant->>'tax_code' IN (?1, ?2) "
                  " THEN d.applicant ELSE d.owner END FROM dossiers d "
                  "WHERE d.applicant->>'id_number' IN (?1, ?2) OR d.applicant->>'tax_code' IN (?1, ?2) "
                  " OR d.owner->>'id_number' IN (?1, ?2) OR d.owner->>'tax_code' IN (?1, ?2) "
                  "ORDER BY d.received_at DESC, d.id DESC LIMIT 1");
    if (!q.valid())
        return sqlError(tr("looking up an earlier applicant"));
    q.bind(1, key).bind(2, tax);
    const int rc = q.step();
    if (rc == SQLITE_DONE)
        return std::optional<dossier::Party>();
    if (rc != SQLITE_ROW)
        return sqlError(tr("looking up an earlier applicant"));
    return std::optional<dossier::Party>(
        dossier::Party::fromStoredJson(QJsonDocument::fromJson(q.text(0).toUtf8()).object()));
}

} // namespace motcua::store
