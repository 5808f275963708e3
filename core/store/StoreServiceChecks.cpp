// Citizen and business checks through central, kept with the dossier (issue 15; schema version 9,
// core/store/ServiceCheck.h). Every check written or answered leaves a history row (step
// "national_check", the dossier's state unchanged) and an audit row, in one transaction.
#include "core/store/ServiceCheck.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace motcua::store {

namespace {

const QString kCheckStep = QStringLiteral("national_check");

QString checkCompact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The words of a history note: what was checked and the answer.
QString checkNote(ServiceCheckKind kind, const QString& party, const QString& result)
{
    const QString what = kind == ServiceCheckKind::Citizen
        ? Store::tr("Citizen check (%1) with the national population database").arg(party)
        : Store::tr("Business check (%1) with the national business registration database").arg(party);
    return QStringLiteral("%1: %2").arg(what,
        result == QLatin1String("pending") ? Store::tr("no answer yet, will be asked again when online") : result);
}

} // namespace

QString serviceCheckKindName(ServiceCheckKind kind)
{
    return kind == ServiceCheckKind::Business ? QStringLiteral("business") : QStringLiteral("citizen");
}

std::optional<ServiceCheckKind> serviceCheckKindFromName(const QString& name)
{
    if (name == QLatin1String("citizen"))
        return ServiceCheckKind::Citizen;
    if (name == QLatin1String("business"))
        return ServiceCheckKind::Business;
    return std::nullopt;
}

bool isServiceCheckResult(const QString& result)
{
    static const QStringList known { QStringLiteral("pending"), QStringLiteral("match"), QStringLiteral("mismatch"),
        QStringLiteral("not_found"), QStringLiteral("found") };
    return known.contains(result);
}

QJsonObject ServiceCheck::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("kind"), serviceCheckKindName(kind) },
        { QStringLiteral("party"), party }, { QStringLiteral("asked_by"), askedBy },
        { QStringLiteral("asked_at"), askedUtc.toString(Qt::ISODate) }, { QStringLiteral("result"), result },
        { QStringLiteral("answer"), answer },
        { QStringLiteral("answered_at"), answeredUtc.isValid() ? answeredUtc.toString(Qt::ISODate) : QString() },
        { QStringLiteral("pending"), pending() } };
}

Result<ServiceCheck> Store::recordServiceCheck(const Actor& actor, const QString& code, ServiceCheckKind kind,
    const QString& party, const QString& result, const QJsonObject& answer)
{
    if (auto s = authorize(actor, auth::Action::ReceiveDossier); !s)
        return s.error();
    const bool answerFits = kind == ServiceCheckKind::Citizen
        ? result != QLatin1String("found")
        : result != QLatin1String("match") && result != QLatin1String("mismatch");
    if (!isServiceCheckResult(result) || !answerFits)
        return Error::invalid(QStringLiteral("result"), tr("\"%1\" is not an answer of this check").arg(result));
    if (party != QLatin1String("applicant") && party != QLatin1String("owner"))
        return Error::invalid(QStringLiteral("party"), tr("A check is about the applicant or the owner"));
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    Statement d = prepare("SELECT id, state, CASE WHEN ?2 = 'owner' THEN owner ELSE applicant END FROM dossiers "
                          "WHERE code = ?1");
    d.bind(1, code).bind(2, party);
    const int rc = d.step();
    if (rc == SQLITE_DONE)
        return Error::notFound(QStringLiteral("code"), tr("No dossier has the code %1").arg(code));
    if (rc != SQLITE_ROW)
        return sqlError(tr("reading the dossier"));
    const qint64 dossierId = d.i64(0);
    const QString state = d.text(1);
    const dossier::Party p = dossier::Party::fromStoredJson(QJsonDocument::fromJson(d.text(2).toUtf8()).object());
    const bool business = p.kind == dossier::ApplicantKind::Business;
    if (d.isNull(2) || business != (kind == ServiceCheckKind::Business))
        return Error::invalid(QStringLiteral("party"),
            tr("The dossier's %1 is not a %2").arg(party, serviceCheckKindName(kind)), QStringLiteral("party_kind"));
    const QDateTime now = nowUtc();
    const bool pending = result == QLatin1String("pending");
    Statement ins = prepare("INSERT INTO service_checks(dossier_id, kind, party, asked_by, asked_at, result, answer, "
                            " answered_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    ins.bind(1, dossierId).bind(2, serviceCheckKindName(kind)).bind(3, party).bind(4, actor.userId).bindTime(5, now);
    ins.bind(6, result).bind(7, checkCompact(answer));
    if (pending)
        ins.bindNull(8);
    else
        ins.bindTime(8, now);
    if (ins.step() != SQLITE_DONE)
        return sqlError(tr("keeping the check with the dossier"));
    ServiceCheck check { sqlite3_last_insert_rowid(m_db), code, kind, party, actor.login, now, result, answer,
        pending ? QDateTime() : now, 0, {} };
    if (auto s = writeHistory(dossierId, state, state, kCheckStep, actor, checkNote(kind, party, result), now); !s)
        return s.error();
    if (auto s = appendAudit(actor, kCheckStep, QStringLiteral("dossier"), code,
            { { QStringLiteral("check_id"), check.id }, { QStringLiteral("kind"), serviceCheckKindName(kind) },
                { QStringLiteral("party"), party }, { QStringLiteral("result"), result } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return check;
}

Result<QList<ServiceCheck>> Store::serviceChecks(const Actor& actor, const QString& code)
{
    if (auto s = authorize(actor, auth::Action::ViewDossier); !s)
        return s.error();
    Statement q = prepare("SELECT c.id, c.kind, c.party, u.login, c.asked_at, c.result, c.answer, c.answered_at, "
                          " c.attempts FROM service_checks c JOIN dossiers d ON d.id = c.dossier_id "
                          " JOIN users u ON u.id = c.asked_by WHERE d.code = ?1 ORDER BY c.id");
    q.bind(1, code);
    QList<ServiceCheck> checks;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        checks << ServiceCheck { q.i64(0), code,
            serviceCheckKindFromName(q.text(1)).value_or(ServiceCheckKind::Citizen), q.text(2), q.text(3), q.time(4),
            q.text(5), QJsonDocument::fromJson(q.text(6).toUtf8()).object(), q.isNull(7) ? QDateTime() : q.time(7),
            q.i32(8), {} };
    if (rc != SQLITE_DONE)
        return sqlError(tr("reading the dossier's checks"));
    return checks;
}

Result<QList<ServiceCheck>> Store::pendingServiceChecks(const Actor& actor, int limit)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    Statement q = prepare("SELECT c.id, d.code, c.kind, c.party, u.login, c.asked_at, c.attempts, "
                          " CASE WHEN c.party = 'owner' THEN d.owner ELSE d.applicant END "
                          "FROM service_checks c JOIN dossiers d ON d.id = c.dossier_id "
                          " JOIN users u ON u.id = c.asked_by WHERE c.result = 'pending' ORDER BY c.id LIMIT ?1");
    q.bind(1, limit);
    QList<ServiceCheck> checks;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        ServiceCheck c { q.i64(0), q.text(1), serviceCheckKindFromName(q.text(2)).value_or(ServiceCheckKind::Citizen),
            q.text(3), q.text(4), q.time(5), QStringLiteral("pending"), {}, {}, q.i32(6), {} };
        c.subject = dossier::Party::fromStoredJson(QJsonDocument::fromJson(q.text(7).toUtf8()).object());
        checks << c;
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("reading the pending checks"));
    return checks;
}

Result<bool> Store::answerServiceCheck(
    const Actor& actor, qint64 checkId, const QString& result, const QJsonObject& answer)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    if (!isServiceCheckResult(result) || result == QLatin1String("pending"))
        return Error::invalid(QStringLiteral("result"), tr("\"%1\" is not an answer of this check").arg(result));
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    Statement q = prepare("SELECT c.dossier_id, d.code, d.state, c.kind, c.party, c.asked_by FROM service_checks c "
                          "JOIN dossiers d ON d.id = c.dossier_id WHERE c.id = ?1 AND c.result = 'pending'");
    q.bind(1, checkId);
    const int rc = q.step();
    if (rc == SQLITE_DONE)
        return false;
    if (rc != SQLITE_ROW)
        return sqlError(tr("reading the pending checks"));
    const qint64 dossierId = q.i64(0);
    const QString code = q.text(1), state = q.text(2), party = q.text(4);
    const ServiceCheckKind kind = serviceCheckKindFromName(q.text(3)).value_or(ServiceCheckKind::Citizen);
    // The history row names the clerk who asked; the audit row says the sync round got the answer.
    const Actor asker { q.i64(5), {}, {}, auth::Role::Clerk };
    const QDateTime now = nowUtc();
    Statement up = prepare("UPDATE service_checks SET result = ?2, answer = ?3, answered_at = ?4, "
                           " attempts = attempts + 1 WHERE id = ?1");
    up.bind(1, checkId).bind(2, result).bind(3, checkCompact(answer)).bindTime(4, now);
    if (up.step() != SQLITE_DONE)
        return sqlError(tr("keeping the check with the dossier"));
    if (auto s = writeHistory(dossierId, state, state, kCheckStep, asker, checkNote(kind, party, result), now); !s)
        return s.error();
    if (auto s = appendAudit(actor, kCheckStep, QStringLiteral("dossier"), code,
            { { QStringLiteral("check_id"), checkId }, { QStringLiteral("kind"), serviceCheckKindName(kind) },
                { QStringLiteral("party"), party }, { QStringLiteral("result"), result },
                { QStringLiteral("answered_later"), true } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

Status Store::countServiceCheckAttempt(const Actor& actor, qint64 checkId)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s;
    Statement q = prepare("UPDATE service_checks SET attempts = attempts + 1 WHERE id = ?1 AND result = 'pending'");
    q.bind(1, checkId);
    if (q.step() != SQLITE_DONE)
        return sqlError(tr("counting an attempt of a check"));
    return {};
}

} // namespace motcua::store
