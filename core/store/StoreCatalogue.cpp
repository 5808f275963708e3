// The procedure catalogue in the Store: versioned, date-effective rows; a dossier points at the row
// (version) in force on its receipt date.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <QFile>
#include <QJsonDocument>

#include <sqlite3.h>

namespace motcua::store {

using catalogue::Procedure;

QJsonObject CatalogueImportReport::toJson() const
{
    return { { QStringLiteral("added"), added }, { QStringLiteral("updated"), updated },
        { QStringLiteral("unchanged"), unchanged },
        { QStringLiteral("incomplete"), QJsonArray::fromStringList(incomplete) } };
}

Result<CatalogueImportReport> Store::importCatalogue(
    const Actor& actor, const QJsonArray& entries, const QDate& validFrom)
{
    if (auto s = authorize(actor, auth::Action::ImportCatalogue); !s)
        return s.error();
    if (!validFrom.isValid())
        return Error::invalid(
            QStringLiteral("valid_from"), tr("The catalogue needs a valid-from date"), QStringLiteral("invalid_date"));
    QList<Procedure> parsed;
    QStringList seen;
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject())
            return Error::invalid(QStringLiteral("[%1]").arg(i), tr("Catalogue entry %1 is not an object").arg(i + 1),
                QStringLiteral("catalogue_invalid"));
        auto p = Procedure::fromJson(entries.at(i).toObject());
        if (!p)
            return p.error();
        if (seen.contains(p->code))
            return Error::invalid(QStringLiteral("code"),
                tr("The catalogue lists procedure %1 twice; keep one entry").arg(p->code),
                QStringLiteral("catalogue_invalid"));
        seen << p->code;
        parsed << p.value();
    }
    CatalogueImportReport report;
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    const QString from = validFrom.toString(Qt::ISODate);
    for (const Procedure& p : std::as_const(parsed)) {
        const QString data = QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
        int lastVersion = 0;
        qint64 lastId = 0;
        QString lastData;
        QString lastFrom;
        {
            Statement q = prepare("SELECT id, version, data, valid_from FROM procedures WHERE code = ?1 "
                                  "ORDER BY version DESC LIMIT 1");
            q.bind(1, p.code);
            const int rc = q.step();
            if (rc == SQLITE_ROW) {
                lastId = q.i64(0);
                lastVersion = q.i32(1);
                lastData = q.text(2);
                lastFrom = q.text(3);
            } else if (rc != SQLITE_DONE) {
                return sqlError(tr("importing the catalogue"));
            }
        }
        if (lastVersion > 0 && lastData == data) {
            ++report.unchanged;
        } else {
            if (lastVersion > 0) {
                if (validFrom < QDate::fromString(lastFrom, Qt::ISODate))
                    return Error::invalid(QStringLiteral("valid_from"),
                        tr("Procedure %1 already has a version valid from %2; a new version "
                           "must start on or after that date")
                            .arg(p.code, lastFrom),
                        QStringLiteral("catalogue_date"));
                Statement q = prepare("UPDATE procedures SET valid_to = ?2 WHERE id = ?1");
                q.bind(1, lastId).bind(2, from);
                if (q.step() != SQLITE_DONE)
                    return sqlError(tr("importing the catalogue"));
                ++report.updated;
            } else {
                ++report.added;
            }
            Statement q = prepare("INSERT INTO procedures(code, version, valid_from, name, agency, data, "
                                  "complete, imported_at, imported_by) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)");
            q.bind(1, p.code).bind(2, lastVersion + 1).bind(3, from).bind(4, p.name).bind(5, p.agency);
            q.bind(6, data).bind(7, p.isComplete()).bindTime(8, nowUtc()).bind(9, actor.login);
            if (q.step() != SQLITE_DONE)
                return sqlError(tr("importing the catalogue"));
        }
        // A corrected entry may replace a placeholder code (LOCAL-...): the old code goes out of force.
        if (const QString old = p.raw.value(QStringLiteral("replaces")).toString(); !old.isEmpty() && old != p.code) {
            Statement q = prepare("UPDATE procedures SET valid_to = ?2 WHERE code = ?1 AND valid_to IS NULL");
            q.bind(1, old).bind(2, from);
            if (q.step() != SQLITE_DONE)
                return sqlError(tr("importing the catalogue"));
            report.replaced << QStringLiteral("%1 -> %2").arg(old, p.code);
        }
        if (!p.isComplete())
            report.incomplete << QStringLiteral("%1: %2").arg(p.code, p.missingFields().join(QStringLiteral(", ")));
    }
    if (auto s
        = appendAudit(actor, QStringLiteral("catalogue_import"), QStringLiteral("catalogue"), from, report.toJson());
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    m_procedureCache.clear();
    return report;
}

Result<CatalogueImportReport> Store::seedCatalogue(const QDate& validFrom)
{
    {
        Statement q = prepare("SELECT EXISTS(SELECT 1 FROM procedures)");
        if (q.step() == SQLITE_ROW && q.i64(0) != 0)
            return CatalogueImportReport {};
    }
    QFile f(QStringLiteral(":/procedures.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::environment(
            QStringLiteral("catalogue"), tr("The built-in catalogue is missing"), QStringLiteral("seed_missing"));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return importCatalogue(systemActor(), doc.array(), validFrom);
}

Result<Procedure> Store::procedureById(qint64 rowId)
{
    if (auto it = m_procedureCache.constFind(rowId); it != m_procedureCache.constEnd())
        return it.value();
    Statement q = prepare("SELECT data, version, valid_from, valid_to FROM procedures WHERE id = ?1");
    q.bind(1, rowId);
    const int rc = q.step();
    if (rc != SQLITE_ROW)
        return rc == SQLITE_DONE
            ? Error::notFound(QStringLiteral("procedure"), tr("Procedure row %1 not found").arg(rowId))
            : sqlError(tr("reading the catalogue"));
    auto p = Procedure::fromJson(QJsonDocument::fromJson(q.text(0).toUtf8()).object());
    if (!p)
        return p.error();
    p->rowId = rowId;
    p->version = q.i32(1);
    p->validFrom = QDate::fromString(q.text(2), Qt::ISODate);
    p->validTo = QDate::fromString(q.text(3), Qt::ISODate);
    m_procedureCache.insert(rowId, p.value());
    return p.value();
}

Result<QList<Procedure>> Store::procedures(const QDate& at)
{
    QList<qint64> ids;
    {
        Statement q = prepare("SELECT id FROM procedures WHERE valid_from <= ?1 AND (valid_to IS NULL OR "
                              "valid_to > ?1) ORDER BY code");
        q.bind(1, at.toString(Qt::ISODate));
        int rc;
        while ((rc = q.step()) == SQLITE_ROW)
            ids << q.i64(0);
        if (rc != SQLITE_DONE)
            return sqlError(tr("reading the catalogue"));
    }
    QList<Procedure> list;
    for (qint64 id : std::as_const(ids)) {
        auto p = procedureById(id);
        if (!p)
            return p.error();
        list << p.value();
    }
    return list;
}

Result<Procedure> Store::procedure(const QString& code, const QDate& at)
{
    qint64 id = 0;
    {
        Statement q = prepare("SELECT id FROM procedures WHERE code = ?1 AND valid_from <= ?2 AND "
                              "(valid_to IS NULL OR valid_to > ?2) ORDER BY version DESC LIMIT 1");
        q.bind(1, code).bind(2, at.toString(Qt::ISODate));
        const int rc = q.step();
        if (rc == SQLITE_DONE)
            return Error::invalid(QStringLiteral("procedure"),
                tr("No procedure with code \"%1\" is in force on %2; check the code in the catalogue")
                    .arg(code, at.toString(QStringLiteral("dd/MM/yyyy"))),
                QStringLiteral("unknown_procedure"));
        if (rc != SQLITE_ROW)
            return sqlError(tr("reading the catalogue"));
        id = q.i64(0);
    }
    return procedureById(id);
}

} // namespace motcua::store
