#include "sync/central/ChangeFeed.h"

#include "core/Clock.h"
#include "core/store/Statement.h"
#include "core/workflow/Workflow.h"
#include "sync/central/CentralState.h"

#include <QJsonDocument>

#include <sqlite3.h>

namespace motcua::sync {

using store::Statement;

namespace {

const char* const kFeedSchema[] = {
    "CREATE TABLE IF NOT EXISTS changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, agency TEXT NOT NULL, "
    " desk_id TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, code TEXT NOT NULL DEFAULT '', "
    " unit TEXT NOT NULL DEFAULT '', data TEXT NOT NULL, at INTEGER NOT NULL) STRICT",
    "CREATE INDEX IF NOT EXISTS changes_agency ON changes(agency, seq)",
    "CREATE INDEX IF NOT EXISTS changes_code ON changes(code)",
    "CREATE TABLE IF NOT EXISTS change_outcomes(seq INTEGER NOT NULL, desk_id TEXT NOT NULL, result TEXT NOT NULL, "
    " note TEXT NOT NULL, desk_state TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY(seq, desk_id)) STRICT",
    "CREATE TABLE IF NOT EXISTS desk_cursors(desk_id TEXT PRIMARY KEY, cursor INTEGER NOT NULL, at INTEGER NOT NULL) "
    "STRICT",
    "CREATE TABLE IF NOT EXISTS anchors(desk_id TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL, "
    " at INTEGER NOT NULL, PRIMARY KEY(desk_id, seq)) STRICT",
};

// National status a unit's change leads to (codes-and-integration.md §4.5).
int feedTargetStatus(const QString& kind)
{
    if (kind == QLatin1String("result_ready"))
        return 9;
    if (kind == QLatin1String("supplement_requested"))
        return 5;
    if (kind == QLatin1String("fee_notice"))
        return 6;
    if (kind == QLatin1String("stopped"))
        return 8;
    return 0;
}

bool feedClosedStatus(int status)
{
    return status == 3 || status == 7 || status == 8 || status == 10;
}

QString feedCompact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString feedIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

ChangeFeed::ChangeFeed(CentralState& state) : m_state(state) { }

Status ChangeFeed::open()
{
    for (const char* sql : kFeedSchema)
        if (auto s = m_state.exec(sql); !s)
            return s;
    return {};
}

Result<QJsonObject> ChangeFeed::unitChange(
    const QString& kind, const QString& code, const QJsonObject& data, const QString& unit)
{
    const int target = feedTargetStatus(kind);
    if (target == 0)
        return Error::invalid(QStringLiteral("kind"), tr("Unknown unit change \"%1\"").arg(kind));
    if (auto s = m_state.begin(); !s)
        return s.error();
    struct Rollback {
        CentralState& s;
        bool done = false;
        ~Rollback()
        {
            if (!done)
                s.rollback();
        }
    } guard { m_state };
    QString agency, by;
    qint64 seq = 0;
    const QDateTime now = Clock::current().nowUtc();
    { // statements reset before the commit
        Statement d = m_state.prepare("SELECT agency, status, record FROM dossiers WHERE code = ?1");
        d.bind(1, code);
        if (d.step() != SQLITE_ROW)
            return Error::notFound(
                QStringLiteral("code"), tr("Central holds no dossier %1").arg(code), QStringLiteral("unknown_dossier"));
        agency = d.text(0);
        const int status = d.text(1).toInt();
        const QJsonObject record = QJsonDocument::fromJson(d.text(2).toUtf8())
                                       .object()
                                       .value(QStringLiteral("data"))
                                       .toArray()
                                       .first()
                                       .toObject();
        if (feedClosedStatus(status) || (status == target && kind != QLatin1String("fee_notice")))
            return Error::invalid(QStringLiteral("state"),
                tr("Dossier %1 is %2 (status %3) at central; a unit cannot do that now")
                    .arg(code, workflow::nationalStatusName(status))
                    .arg(status),
                QStringLiteral("state"));
        by = unit.isEmpty() ? record.value(QStringLiteral("DonViXuLy")).toString() : unit;
        Statement ins = m_state.prepare(
            "INSERT INTO changes(agency, kind, code, unit, data, at) VALUES(?1, ?2, ?3, ?4, ?5, ?6) RETURNING seq");
        ins.bind(1, agency).bind(2, kind).bind(3, code).bind(4, by).bind(5, feedCompact(data)).bindTime(6, now);
        if (ins.step() != SQLITE_ROW)
            return m_state.sqlError(tr("recording the unit's change"));
        seq = ins.i64(0);
        Statement up = m_state.prepare("UPDATE dossiers SET status = ?2 WHERE code = ?1");
        up.bind(1, code).bind(2, QString::number(target));
        Statement hist = m_state.prepare("INSERT INTO history(code, status, at, service) VALUES(?1, ?2, ?3, ?4)");
        hist.bind(1, code)
            .bind(2, QString::number(target))
            .bind(3, now.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyyMMddHHmmss")))
            .bind(4, QStringLiteral("unit:") + kind);
        if (up.step() != SQLITE_DONE || hist.step() != SQLITE_DONE)
            return m_state.sqlError(tr("recording the unit's change"));
    }
    if (auto s = m_state.commit(); !s)
        return s.error();
    guard.done = true;
    return QJsonObject { { QStringLiteral("seq"), seq }, { QStringLiteral("kind"), kind },
        { QStringLiteral("code"), code }, { QStringLiteral("unit"), by }, { QStringLiteral("agency"), agency },
        { QStringLiteral("status"), target }, { QStringLiteral("at"), feedIso(now.toMSecsSinceEpoch()) },
        { QStringLiteral("data"), data } };
}

Result<QJsonObject> ChangeFeed::publish(
    const QString& kind, const QJsonObject& data, const QString& agency, const QString& deskId)
{
    if (kind != QLatin1String("catalogue") && kind != QLatin1String("calendar") && kind != QLatin1String("site"))
        return Error::invalid(QStringLiteral("kind"), tr("Publish catalogue, calendar or site, not \"%1\"").arg(kind));
    const QString audience = agency.isEmpty() ? QStringLiteral("*") : agency;
    const QDateTime now = Clock::current().nowUtc();
    Statement ins = m_state.prepare(
        "INSERT INTO changes(agency, desk_id, kind, data, at) VALUES(?1, ?2, ?3, ?4, ?5) RETURNING seq");
    ins.bind(1, audience).bind(2, deskId).bind(3, kind).bind(4, feedCompact(data)).bindTime(5, now);
    if (ins.step() != SQLITE_ROW)
        return m_state.sqlError(tr("publishing a change"));
    const qint64 seq = ins.i64(0);
    (void)ins.step(); // finishes the statement, so that the insert is complete before anyone reads
    return QJsonObject { { QStringLiteral("seq"), seq }, { QStringLiteral("kind"), kind },
        { QStringLiteral("agency"), audience }, { QStringLiteral("desk_id"), deskId },
        { QStringLiteral("at"), feedIso(now.toMSecsSinceEpoch()) } };
}

Result<QJsonObject> ChangeFeed::changesFor(const QString& deskId, qint64 cursor, int limit)
{
    const QString agency = m_state.agencyOf(deskId);
    if (agency.isEmpty())
        return Error::permission(QStringLiteral("desk"), tr("Unknown desk %1").arg(deskId));
    Statement q = m_state.prepare("SELECT seq, kind, code, unit, data, at FROM changes WHERE seq > ?1 AND "
                                  "(agency = ?2 OR agency = '*') AND (desk_id = '' OR desk_id = ?3) ORDER BY seq "
                                  "LIMIT ?4");
    q.bind(1, cursor).bind(2, agency).bind(3, deskId).bind(4, limit + 1);
    QJsonArray list;
    qint64 last = cursor;
    bool more = false;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        if (list.size() == limit) {
            more = true;
            break;
        }
        last = q.i64(0);
        list.append(QJsonObject { { QStringLiteral("seq"), last }, { QStringLiteral("kind"), q.text(1) },
            { QStringLiteral("code"), q.text(2) }, { QStringLiteral("unit"), q.text(3) },
            { QStringLiteral("data"), QJsonDocument::fromJson(q.text(4).toUtf8()).object() },
            { QStringLiteral("at"), feedIso(q.i64(5)) } });
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_state.sqlError(tr("reading the feed"));
    Statement seen = m_state.prepare("INSERT INTO desk_cursors(desk_id, cursor, at) VALUES(?1, ?2, ?3) "
                                     "ON CONFLICT(desk_id) DO UPDATE SET cursor = ?2, at = ?3");
    seen.bind(1, deskId).bind(2, cursor).bindTime(3, Clock::current().nowUtc());
    (void)seen.step(); // for the administrator's view only
    return QJsonObject { { QStringLiteral("changes"), list }, { QStringLiteral("cursor"), last },
        { QStringLiteral("more"), more } };
}

Result<int> ChangeFeed::recordOutcomes(const QString& deskId, const QJsonArray& outcomes)
{
    int kept = 0;
    for (const QJsonValue v : outcomes) {
        const QJsonObject o = v.toObject();
        Statement q = m_state.prepare(
            "INSERT INTO change_outcomes(seq, desk_id, result, note, desk_state, at) SELECT seq, ?2, ?3, ?4, ?5, ?6 "
            "FROM changes WHERE seq = ?1 ON CONFLICT(seq, desk_id) DO UPDATE SET result = ?3, note = ?4, "
            "desk_state = ?5, at = ?6");
        q.bind(1, o.value(QStringLiteral("seq")).toInteger())
            .bind(2, deskId)
            .bind(3, o.value(QStringLiteral("result")).toString().left(20))
            .bind(4, o.value(QStringLiteral("note")).toString().left(1000))
            .bind(5, o.value(QStringLiteral("desk_state")).toString().left(40))
            .bindTime(6, Clock::current().nowUtc());
        if (q.step() != SQLITE_DONE)
            return m_state.sqlError(tr("recording the desk's outcomes"));
        kept += sqlite3_changes(m_state.m_db) > 0 ? 1 : 0;
    }
    return kept;
}

Result<QJsonArray> ChangeFeed::changes(const QString& code)
{
    Statement q = m_state.prepare("SELECT seq, agency, desk_id, kind, code, unit, data, at FROM changes WHERE ?1 = '' "
                                  "OR code = ?1 ORDER BY seq");
    q.bind(1, code);
    QJsonArray list;
    while (q.step() == SQLITE_ROW) {
        const qint64 seq = q.i64(0);
        QJsonArray outcomes;
        bool superseded = false;
        Statement o = m_state.prepare(
            "SELECT desk_id, result, note, desk_state, at FROM change_outcomes WHERE seq = ?1 ORDER BY desk_id");
        o.bind(1, seq);
        while (o.step() == SQLITE_ROW) {
            superseded = superseded || o.text(1) == QLatin1String("conflict");
            outcomes.append(QJsonObject { { QStringLiteral("desk_id"), o.text(0) },
                { QStringLiteral("result"), o.text(1) }, { QStringLiteral("note"), o.text(2) },
                { QStringLiteral("desk_state"), o.text(3) }, { QStringLiteral("at"), feedIso(o.i64(4)) } });
        }
        list.append(QJsonObject { { QStringLiteral("seq"), seq }, { QStringLiteral("agency"), q.text(1) },
            { QStringLiteral("desk_id"), q.text(2) }, { QStringLiteral("kind"), q.text(3) },
            { QStringLiteral("code"), q.text(4) }, { QStringLiteral("unit"), q.text(5) },
            { QStringLiteral("data"), QJsonDocument::fromJson(q.text(6).toUtf8()).object() },
            { QStringLiteral("at"), feedIso(q.i64(7)) }, { QStringLiteral("superseded"), superseded },
            { QStringLiteral("outcomes"), outcomes } });
    }
    return list;
}

Status ChangeFeed::decorate(QJsonArray& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject d = list.at(i).toObject();
        auto unitChanges = changes(d.value(QStringLiteral("code")).toString());
        if (!unitChanges)
            return unitChanges.error();
        d.insert(QStringLiteral("unit_changes"), unitChanges.value());
        list[i] = d;
    }
    return {};
}

Status ChangeFeed::recordAnchor(const QString& deskId, qint64 seq, const QString& hash)
{
    Statement seen = m_state.prepare("SELECT hash FROM anchors WHERE desk_id = ?1 AND seq = ?2");
    seen.bind(1, deskId).bind(2, seq);
    if (seen.step() == SQLITE_ROW) {
        if (seen.text(0) != hash) // the first anchor of a position stands: a desk cannot rewrite it
            return Error::invalid(QStringLiteral("audit_head"),
                tr("Desk %1 sent another hash for audit row %2 than before").arg(deskId).arg(seq),
                QStringLiteral("anchor_mismatch"));
        return {};
    }
    Statement ins = m_state.prepare("INSERT INTO anchors(desk_id, seq, hash, at) VALUES(?1, ?2, ?3, ?4)");
    ins.bind(1, deskId).bind(2, seq).bind(3, hash).bindTime(4, Clock::current().nowUtc());
    if (ins.step() != SQLITE_DONE)
        return m_state.sqlError(tr("keeping an audit anchor"));
    return {};
}

Result<QJsonArray> ChangeFeed::anchors(const QString& deskId)
{
    Statement q = m_state.prepare("SELECT seq, hash, at FROM anchors WHERE desk_id = ?1 ORDER BY seq");
    q.bind(1, deskId);
    QJsonArray list;
    while (q.step() == SQLITE_ROW)
        list.append(QJsonObject { { QStringLiteral("seq"), q.i64(0) }, { QStringLiteral("hash"), q.text(1) },
            { QStringLiteral("at"), feedIso(q.i64(2)) } });
    return list;
}

} // namespace motcua::sync
