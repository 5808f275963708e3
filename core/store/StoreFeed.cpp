// The pull feed from central (docs/sync-protocol.md, "Pull feed" and "Conflicts"): each change is applied
// in one transaction together with the feed cursor and its outcome row (table feed_changes, schema
// version 6), so a change taken twice changes nothing and a crash between applying and saving the cursor
// cannot happen. Dossier changes are made as the service account "@central" on behalf of the unit.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include "core/Clock.h"
#include "core/DateFormat.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace motcua::store {

using dossier::Dossier;
using workflow::State;

namespace {

const char* const kFeedCentralLogin = "@central"; // not a valid user login: no person can hold it
constexpr int kFeedFeedVersion = 5; // schema version that has feed_changes

// States the desk closed in front of the applicant (or never accepted): the desk's act stands.
bool feedClosedAtDesk(State s)
{
    return s == State::Refused || s == State::Returned || s == State::Withdrawn || s == State::Stopped
        || s == State::Incomplete;
}

bool feedIsDossierKind(const QString& kind)
{
    return kind == QLatin1String("result_ready") || kind == QLatin1String("supplement_requested")
        || kind == QLatin1String("fee_notice") || kind == QLatin1String("stopped");
}

QString feedJsonText(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

// A unit's change in words ("a result-ready notice") for the desk's history, not its feed kind.
QString feedKindLabel(const QString& kind)
{
    if (kind == QLatin1String("result_ready"))
        return Store::tr("a result-ready notice");
    if (kind == QLatin1String("supplement_requested"))
        return Store::tr("a supplement request");
    if (kind == QLatin1String("fee_notice"))
        return Store::tr("a fee notice");
    if (kind == QLatin1String("stopped"))
        return Store::tr("a stop");
    return kind;
}

} // namespace

CentralChange CentralChange::fromJson(const QJsonObject& json)
{
    CentralChange c;
    c.seq = json.value(QStringLiteral("seq")).toInteger();
    c.kind = json.value(QStringLiteral("kind")).toString();
    c.code = json.value(QStringLiteral("code")).toString();
    c.unit = json.value(QStringLiteral("unit")).toString();
    c.atUtc = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODate).toUTC();
    c.data = json.value(QStringLiteral("data")).toObject();
    return c;
}

QJsonObject CentralChange::toJson() const
{
    return { { QStringLiteral("seq"), seq }, { QStringLiteral("kind"), kind }, { QStringLiteral("code"), code },
        { QStringLiteral("unit"), unit },
        { QStringLiteral("at"), atUtc.isValid() ? atUtc.toString(Qt::ISODateWithMs) : QString() },
        { QStringLiteral("data"), data } };
}

QJsonObject ChangeOutcome::toJson() const
{
    return { { QStringLiteral("seq"), seq }, { QStringLiteral("kind"), kind }, { QStringLiteral("code"), code },
        { QStringLiteral("unit"), unit }, { QStringLiteral("result"), result }, { QStringLiteral("note"), note },
        { QStringLiteral("desk_state"), deskState },
        { QStringLiteral("at"), appliedUtc.isValid() ? localIso(appliedUtc) : QString() } };
}

QJsonObject FeedStatus::toJson() const
{
    QJsonArray list;
    for (const ChangeOutcome& o : recentConflicts)
        list.append(o.toJson());
    return { { QStringLiteral("cursor"), cursor }, { QStringLiteral("changes"), changes },
        { QStringLiteral("conflicts"), conflicts }, { QStringLiteral("recent_conflicts"), list },
        { QStringLiteral("calendar"), calendar }, { QStringLiteral("site"), site } };
}

// One change, inside the transaction Store::applyCentralChange() opened.
class FeedApplier
{
public:
    FeedApplier(Store& store, const CentralChange& change) : m_store(store), m_c(change)
    {
        m_out.seq = change.seq;
        m_out.kind = change.kind;
        m_out.code = change.code;
        m_out.unit = change.unit;
        m_out.appliedUtc = store.nowUtc();
    }
    Result<ChangeOutcome> run();
    static Status applyCalendar(Store& store);

private:
    Status run(Statement&& q, const QString& what);
    Result<Actor> serviceActor();
    Status dossierChange();
    Status conflict();
    Status resultReady();
    Status supplementRequested();
    Status feeNotice();
    Status stopped();
    Status handOver(const QString& fromUnit, const QString& toUnit, const QString& note);
    Status closePauses();
    Status openPause(const char* kind);
    Status finishDossierChange();
    Status catalogueChange();
    Status calendarChange();
    Status siteChange();
    void outcome(const QString& result, const QString& note)
    {
        m_out.result = result;
        m_out.note = note;
    }

    Store& m_store;
    const CentralChange& m_c;
    ChangeOutcome m_out;
    Actor m_actor;
    Dossier m_d;
    State m_to = State::Processing;
    QString m_step;
    QString m_progress;
    QString m_note;
    QJsonObject m_details;
};

Status FeedApplier::run(Statement&& q, const QString& what)
{
    if (!q.valid() || q.step() != SQLITE_DONE)
        return m_store.sqlError(what);
    return {};
}

// The service account central's changes are made as: created on first use (never at init, where an
// empty users table means "not initialised"), disabled, with no usable password.
Result<Actor> FeedApplier::serviceActor()
{
    const QString login = QString::fromLatin1(kFeedCentralLogin);
    Statement ins = m_store.prepare("INSERT INTO users(login, name, role, password_hash, active, created_at) "
                                    "VALUES(?1, ?2, 'clerk', '!', 0, ?3) ON CONFLICT(login) DO NOTHING");
    ins.bind(1, login).bind(2, QStringLiteral("Central system")).bindTime(3, m_store.nowUtc());
    if (auto s = run(std::move(ins), Store::tr("adding the central system's account")); !s)
        return s.error();
    Statement q = m_store.prepare("SELECT id FROM users WHERE login = ?1");
    q.bind(1, login);
    if (q.step() != SQLITE_ROW)
        return m_store.sqlError(Store::tr("reading the central system's account"));
    // The unit acts: its name goes into the progress record (NguoiXuLy) and the audit details.
    return Actor { q.i64(0), login, m_c.unit.isEmpty() ? QStringLiteral("Central system") : m_c.unit,
        auth::Role::Admin };
}

Result<ChangeOutcome> FeedApplier::run()
{
    auto actor = serviceActor();
    if (!actor)
        return actor.error();
    m_actor = actor.value();
    Status s;
    if (feedIsDossierKind(m_c.kind))
        s = dossierChange();
    else if (m_c.kind == QLatin1String("catalogue"))
        s = catalogueChange();
    else if (m_c.kind == QLatin1String("calendar"))
        s = calendarChange();
    else if (m_c.kind == QLatin1String("site"))
        s = siteChange();
    else if (m_c.kind == QLatin1String("payment")) // issue 15, StoreOnlinePayments.cpp
        s = m_store.applyOnlinePayment(m_actor, m_c, m_out);
    else if (m_c.kind == QLatin1String("notice")) { // StoreNotices.cpp
        auto notice = m_store.applyCentralNotice(m_actor, m_c);
        s = notice ? Status {} : Status(notice.error());
        if (notice)
            m_out = notice.value();
    } else
        outcome(QStringLiteral("invalid"), Store::tr("Unknown kind of change \"%1\"; ignored").arg(m_c.kind));
    if (!s)
        return s.error();
    return m_out;
}

Status FeedApplier::dossierChange()
{
    auto id = m_store.dossierId(m_c.code);
    if (!id) {
        if (id.error().kind != ErrorKind::NotFound)
            return id.error();
        outcome(QStringLiteral("not_held"), Store::tr("This desk does not hold dossier %1").arg(m_c.code));
        return {};
    }
    auto loaded = m_store.load(id.value());
    if (!loaded)
        return loaded.error();
    m_d = loaded.value();
    m_out.deskState = workflow::stateName(m_d.state);
    if (feedClosedAtDesk(m_d.state)) {
        if (m_c.kind == QLatin1String("stopped") && m_d.state == State::Stopped) {
            outcome(QStringLiteral("already"), Store::tr("Already stopped at the desk"));
            return {};
        }
        return conflict();
    }
    m_details = { { QStringLiteral("seq"), m_c.seq }, { QStringLiteral("unit"), m_c.unit },
        { QStringLiteral("from"), workflow::stateName(m_d.state) } };
    Status s;
    if (m_c.kind == QLatin1String("result_ready"))
        s = resultReady();
    else if (m_c.kind == QLatin1String("supplement_requested"))
        s = supplementRequested();
    else if (m_c.kind == QLatin1String("fee_notice"))
        s = feeNotice();
    else
        s = stopped();
    if (!s || !m_out.result.isEmpty()) // an error, or nothing to do (already, invalid)
        return s;
    return finishDossierChange();
}

// The desk closed the dossier first (withdrawn, returned, refused, stopped, or never accepted): its act
// stands, the unit's change is not applied, and both sides see why (history, audit, the outcome sent to
// central, `motcua sync --status`).
Status FeedApplier::conflict()
{
    const QString state = workflow::stateName(m_d.state);
    outcome(QStringLiteral("conflict"),
        Store::tr("Not applied: %1 from %2 arrived after the dossier was %3 at the desk; the desk's act stands")
            .arg(feedKindLabel(m_c.kind), m_c.unit.isEmpty() ? QStringLiteral("central") : m_c.unit,
                workflow::stateLabel(m_d.state)));
    if (auto s = m_store.writeHistory(
            m_d.id, state, state, QStringLiteral("central_conflict"), m_actor, m_out.note, m_store.nowUtc());
        !s)
        return s;
    return m_store.appendAudit(m_actor, QStringLiteral("central_conflict"), QStringLiteral("dossier"), m_d.code,
        { { QStringLiteral("seq"), m_c.seq }, { QStringLiteral("kind"), m_c.kind },
            { QStringLiteral("unit"), m_c.unit }, { QStringLiteral("desk_state"), state },
            { QStringLiteral("data"), m_c.data } });
}

Status FeedApplier::handOver(const QString& fromUnit, const QString& toUnit, const QString& note)
{
    Statement q
        = m_store.prepare("INSERT INTO hand_overs(dossier_id, seq, from_unit, to_unit, at, user_id, note, result) "
                          "VALUES(?1, (SELECT count(*) + 1 FROM hand_overs WHERE dossier_id = ?1), ?2, ?3, ?4, ?5, ?6, "
                          "'')");
    q.bind(1, m_d.id).bind(2, fromUnit).bind(3, toUnit).bindTime(4, m_store.nowUtc()).bind(5, m_actor.userId);
    q.bind(6, note);
    return run(std::move(q), Store::tr("saving the hand-over"));
}

Status FeedApplier::closePauses()
{
    Statement p = m_store.prepare("UPDATE pauses SET to_at = ?2 WHERE dossier_id = ?1 AND to_at IS NULL");
    p.bind(1, m_d.id).bindTime(2, m_store.nowUtc());
    return run(std::move(p), Store::tr("closing the pause"));
}

Status FeedApplier::openPause(const char* kind)
{
    Statement p = m_store.prepare("INSERT INTO pauses(dossier_id, kind, from_at) VALUES(?1, ?2, ?3)");
    p.bind(1, m_d.id).bind(2, kind).bindTime(3, m_store.nowUtc());
    return run(std::move(p), Store::tr("pausing the clock"));
}

Status FeedApplier::resultReady()
{
    if (m_d.state == State::ResultReady) {
        outcome(QStringLiteral("already"), Store::tr("The result was already marked ready at the desk"));
        return {};
    }
    const QString unit = m_c.unit.isEmpty() ? m_d.processingUnit : m_c.unit;
    if (auto s = closePauses(); !s)
        return s;
    if (auto s = handOver(unit, m_store.m_site.unit, Store::tr("Result ready (central)")); !s)
        return s;
    m_to = State::ResultReady;
    m_step = workflow::stepName(workflow::Step::MarkResultReady);
    m_progress = Store::tr("Result ready at %1, waiting for return at the desk").arg(unit);
    m_note = m_c.data.value(QStringLiteral("note")).toString();
    return {};
}

Status FeedApplier::supplementRequested()
{
    const QString reason = m_c.data.value(QStringLiteral("reason")).toString().trimmed();
    if (reason.isEmpty()) {
        outcome(QStringLiteral("invalid"), Store::tr("A supplement request without a reason; ignored"));
        return {};
    }
    if (m_d.state == State::SupplementRequested) {
        outcome(QStringLiteral("already"), Store::tr("Already waiting for supplementary papers: %1").arg(reason));
        return {};
    }
    if (auto s = closePauses(); !s)
        return s;
    QStringList missing;
    for (const QJsonValue v : m_c.data.value(QStringLiteral("missing")).toArray())
        missing << v.toString();
    Statement q
        = m_store.prepare("INSERT INTO supplement_rounds(dossier_id, round, requested_at, requested_by, reason, "
                          "missing, resume_state) VALUES(?1, (SELECT count(*) + 1 FROM supplement_rounds WHERE "
                          "dossier_id = ?1), ?2, ?3, ?4, ?5, 'processing')");
    q.bind(1, m_d.id).bindTime(2, m_store.nowUtc()).bind(3, m_actor.userId).bind(4, reason);
    q.bind(5, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(missing)).toJson(QJsonDocument::Compact)));
    if (auto s = run(std::move(q), Store::tr("saving the supplement request")); !s)
        return s;
    if (auto s = openPause("supplement"); !s)
        return s;
    m_to = State::SupplementRequested;
    m_step = workflow::stepName(workflow::Step::RequestSupplement);
    m_progress = Store::tr("Supplement requested: %1").arg(reason);
    m_note = reason;
    m_details.insert(QStringLiteral("reason"), reason);
    return {};
}

Status FeedApplier::feeNotice()
{
    const qint64 amount = m_c.data.value(QStringLiteral("amount_vnd")).toInteger();
    const auto total = dossier::addAmountsVnd(m_d.feesDueVnd(), amount);
    if (amount <= 0 || amount > dossier::kMaxAmountVnd || !total) {
        outcome(
            QStringLiteral("invalid"), Store::tr("A fee notice with an impossible amount (%1); ignored").arg(amount));
        return {};
    }
    const QString number = m_c.data.value(QStringLiteral("number")).toString();
    Statement q = m_store.prepare(
        "INSERT INTO fee_notices(dossier_id, number, amount_vnd, at, user_id) VALUES(?1, ?2, ?3, ?4, ?5)");
    q.bind(1, m_d.id).bind(2, number).bind(3, amount).bindTime(4, m_store.nowUtc()).bind(5, m_actor.userId);
    if (auto s = run(std::move(q), Store::tr("saving the fee notice")); !s)
        return s;
    if (m_d.state != State::AwaitingPayment) { // a second notice adds to what is due; the clock is paused already
        if (auto s = closePauses(); !s)
            return s;
        if (auto s = openPause("payment"); !s)
            return s;
    }
    m_to = State::AwaitingPayment;
    m_step = workflow::stepName(workflow::Step::FeeNotice);
    m_progress = Store::tr("Fee notice: %1 đồng").arg(amount);
    m_note = number;
    m_details.insert(QStringLiteral("amount_vnd"), amount);
    m_details.insert(QStringLiteral("number"), number);
    return {};
}

Status FeedApplier::stopped()
{
    const QString reason = m_c.data.value(QStringLiteral("reason")).toString().trimmed();
    if (reason.isEmpty()) {
        outcome(QStringLiteral("invalid"), Store::tr("A stop without a reason; ignored"));
        return {};
    }
    Statement q = m_store.prepare("UPDATE dossiers SET reason = ?2 WHERE id = ?1");
    q.bind(1, m_d.id).bind(2, reason);
    if (auto s = run(std::move(q), Store::tr("saving the reason")); !s)
        return s;
    if (auto s = closePauses(); !s)
        return s;
    m_to = State::Stopped;
    m_step = workflow::stepName(workflow::Step::Stop);
    m_progress = Store::tr("Processing stopped: %1").arg(reason);
    m_note = reason;
    m_details.insert(QStringLiteral("reason"), reason);
    return {};
}

// The new state, the history row (step as the desk's own, user "@central", the unit in the note), the
// audit row, and a progress record so that central's status ends where the desk's does.
Status FeedApplier::finishDossierChange()
{
    const QDateTime now = m_store.nowUtc();
    if (m_d.state == State::Received) // the unit has the dossier: the hand-over is implied
        if (auto s = handOver(m_store.m_site.unit, m_c.unit.isEmpty() ? m_d.processingUnit : m_c.unit,
                Store::tr("Handed over electronically (central)"));
            !s)
            return s;
    Statement q = m_store.prepare("UPDATE dossiers SET state = ?2, updated_at = ?3 WHERE id = ?1");
    q.bind(1, m_d.id).bind(2, workflow::stateName(m_to)).bindTime(3, now);
    if (auto s = run(std::move(q), Store::tr("saving the state")); !s)
        return s;
    const QString who = m_c.unit.isEmpty() ? QStringLiteral("central") : m_c.unit;
    const QString note = m_note.isEmpty() ? who : QStringLiteral("%1: %2").arg(who, m_note);
    if (auto s = m_store.writeHistory(
            m_d.id, workflow::stateName(m_d.state), workflow::stateName(m_to), m_step, m_actor, note, now);
        !s)
        return s;
    m_details.insert(QStringLiteral("to"), workflow::stateName(m_to));
    if (auto s = m_store.appendAudit(
            m_actor, QStringLiteral("central_") + m_c.kind, QStringLiteral("dossier"), m_d.code, m_details);
        !s)
        return s;
    auto after = m_store.load(m_d.id);
    if (!after)
        return after.error();
    const QJsonObject envelope { { QStringLiteral("service"), QStringLiteral("CapNhatTienDoHoSoMC") },
        { QStringLiteral("isUpdating"), QStringLiteral("False") },
        { QStringLiteral("data"), QJsonArray { m_store.progressRecord(after.value(), m_actor, m_progress) } } };
    if (auto s = m_store.appendOutbox(m_d.id, OutboxService::CapNhatTienDoHoSoMC, envelope); !s)
        return s;
    m_out.deskState = workflow::stateName(m_to);
    outcome(QStringLiteral("applied"), m_progress);
    return {};
}

Status FeedApplier::catalogueChange()
{
    const QDate validFrom = QDate::fromString(m_c.data.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    const QJsonArray entries = m_c.data.value(QStringLiteral("entries")).toArray();
    if (!validFrom.isValid() || entries.isEmpty()) {
        outcome(QStringLiteral("invalid"), Store::tr("A catalogue version needs valid_from and entries; ignored"));
        return {};
    }
    auto report = m_store.importCatalogue(m_actor, entries, validFrom);
    if (!report) {
        if (report.error().kind != ErrorKind::Invalid)
            return report.error();
        outcome(QStringLiteral("invalid"), report.error().message);
        return {};
    }
    outcome(QStringLiteral("applied"),
        Store::tr("Catalogue from %1: %2 added, %3 updated, %4 unchanged")
            .arg(validFrom.toString(Qt::ISODate))
            .arg(report->added)
            .arg(report->updated)
            .arg(report->unchanged));
    return {};
}

// The year's holidays and make-up days: kept per year in meta "central_calendar" (a later table for a
// year replaces the earlier one) and applied on top of the site's own overrides (docs/calendar.md).
Status FeedApplier::calendarChange()
{
    const int year = m_c.data.value(QStringLiteral("year")).toInt();
    const QJsonArray overrides = m_c.data.value(QStringLiteral("overrides")).toArray();
    if (year < 2000 || year > 2100 || !WorkCalendar::builtin().withOverrides(overrides)) {
        outcome(QStringLiteral("invalid"), Store::tr("A calendar table needs a year and valid overrides; ignored"));
        return {};
    }
    for (const QJsonValue v : overrides)
        if (QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate).year() != year) {
            outcome(
                QStringLiteral("invalid"), Store::tr("The calendar table for %1 has a date of another year").arg(year));
            return {};
        }
    auto stored = m_store.metaValue(QStringLiteral("central_calendar"));
    if (!stored)
        return stored.error();
    QJsonObject all = QJsonDocument::fromJson(stored->toUtf8()).object();
    all.insert(QString::number(year), overrides);
    if (auto s = m_store.setMetaValue(QStringLiteral("central_calendar"), feedJsonText(all)); !s)
        return s;
    if (auto s = m_store.appendAudit(m_actor, QStringLiteral("central_calendar"), QStringLiteral("calendar"),
            QString::number(year),
            { { QStringLiteral("seq"), m_c.seq }, { QStringLiteral("entries"), overrides.size() } });
        !s)
        return s;
    outcome(
        QStringLiteral("applied"), Store::tr("Calendar overrides for %1: %2 entries").arg(year).arg(overrides.size()));
    return {};
}

// Site settings from central are kept and shown (`motcua sync --status`), not applied: the desk's site
// file, bound to its data folder, governs (an administrator copies what is wanted into it).
Status FeedApplier::siteChange()
{
    const QJsonObject settings = m_c.data.value(QStringLiteral("settings")).toObject();
    if (settings.isEmpty()) {
        outcome(QStringLiteral("invalid"), Store::tr("A site change without settings; ignored"));
        return {};
    }
    auto stored = m_store.metaValue(QStringLiteral("central_site"));
    if (!stored)
        return stored.error();
    QJsonObject all = QJsonDocument::fromJson(stored->toUtf8()).object();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        all.insert(it.key(), it.value());
    if (auto s = m_store.setMetaValue(QStringLiteral("central_site"), feedJsonText(all)); !s)
        return s;
    if (auto s = m_store.appendAudit(m_actor, QStringLiteral("central_site"), QStringLiteral("site"),
            m_store.m_site.deskId, { { QStringLiteral("seq"), m_c.seq }, { QStringLiteral("settings"), settings } });
        !s)
        return s;
    outcome(QStringLiteral("stored"),
        Store::tr("Site settings from central kept (not applied; the desk's site file governs): %1")
            .arg(settings.keys().join(QStringLiteral(", "))));
    return {};
}

Status FeedApplier::applyCalendar(Store& store)
{
    if (store.schemaVersion() < kFeedFeedVersion)
        return {};
    auto stored = store.metaValue(QStringLiteral("central_calendar"));
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return {};
    const QJsonObject all = QJsonDocument::fromJson(stored->toUtf8()).object();
    QJsonArray overrides;
    for (const QString& year : all.keys()) // keys() is sorted: years in order
        for (const QJsonValue v : all.value(year).toArray())
            overrides.append(v);
    auto calendar = store.m_calendar->withOverrides(overrides);
    if (!calendar)
        return calendar.error();
    store.m_calendar = std::make_shared<const WorkCalendar>(calendar.value());
    return {};
}

Status Store::applyCentralCalendar()
{
    return FeedApplier::applyCalendar(*this);
}

Result<ChangeOutcome> Store::applyCentralChange(const Actor& actor, const CentralChange& change)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    if (change.seq <= 0)
        return Error::invalid(QStringLiteral("seq"), tr("A change from central has no sequence number"));
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    std::optional<ChangeOutcome> taken;
    {
        Statement seen = prepare("SELECT kind, code, unit, result, note, desk_state, applied_at, reported_at IS NOT "
                                 "NULL FROM feed_changes WHERE seq = ?1");
        seen.bind(1, change.seq);
        if (seen.step() == SQLITE_ROW) // taken before: nothing changes but a cursor that was lost
            taken = ChangeOutcome { change.seq, seen.text(0), seen.text(1), seen.text(2), seen.text(3), seen.text(4),
                seen.text(5), seen.time(6), seen.i64(7) != 0, true };
    }
    Result<ChangeOutcome> out = taken ? Result<ChangeOutcome>(*taken) : FeedApplier(*this, change).run();
    if (!out)
        return out.error();
    if (!taken) {
        Statement ins = prepare("INSERT INTO feed_changes(seq, kind, code, unit, result, note, desk_state, "
                                "applied_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        ins.bind(1, change.seq).bind(2, out->kind).bind(3, out->code).bind(4, out->unit).bind(5, out->result);
        ins.bind(6, out->note).bind(7, out->deskState).bindTime(8, out->appliedUtc);
        if (ins.step() != SQLITE_DONE)
            return sqlError(tr("recording a change from central"));
    }
    auto cursor = metaValue(QStringLiteral("feed_cursor"));
    if (!cursor)
        return cursor.error();
    if (auto s
        = setMetaValue(QStringLiteral("feed_cursor"), QString::number(std::max(cursor->toLongLong(), change.seq)));
        !s)
        return s.error();
    if (auto s = fault(QStringLiteral("feed.commit")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (!taken && change.kind == QLatin1String("calendar") && out->result == QLatin1String("applied"))
        if (auto s = applyCentralCalendar(); !s)
            qCWarning(lcStore) << "central calendar:" << s.error().message;
    qCDebug(lcStore) << "central change" << change.seq << change.kind << change.code << out->result;
    return out;
}

Result<qint64> Store::feedCursor(const Actor& actor)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    auto cursor = metaValue(QStringLiteral("feed_cursor"));
    if (!cursor)
        return cursor.error();
    return cursor->toLongLong();
}

Result<QList<ChangeOutcome>> Store::unreportedOutcomes(const Actor& actor, int limit)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    Statement q = prepare("SELECT seq, kind, code, unit, result, note, desk_state, applied_at FROM feed_changes "
                          "WHERE reported_at IS NULL ORDER BY seq LIMIT ?1");
    q.bind(1, limit);
    QList<ChangeOutcome> list;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        list << ChangeOutcome { q.i64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.time(7),
            false };
    if (rc != SQLITE_DONE)
        return sqlError(tr("reading the changes from central"));
    return list;
}

Status Store::markOutcomesReported(const Actor& actor, const QList<qint64>& seqs)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s;
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    for (qint64 seq : seqs) {
        Statement q = prepare("UPDATE feed_changes SET reported_at = ?2 WHERE seq = ?1");
        q.bind(1, seq).bindTime(2, nowUtc());
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("recording the changes from central"));
    }
    return tx.commit();
}

Result<FeedStatus> Store::feedStatus(const Actor& actor, int conflictsShown)
{
    auto cursor = feedCursor(actor);
    if (!cursor)
        return cursor.error();
    FeedStatus st;
    st.cursor = cursor.value();
    Statement n = prepare("SELECT count(*), COALESCE(sum(result IN ('conflict', 'mismatch')), 0) FROM feed_changes");
    if (n.step() != SQLITE_ROW)
        return sqlError(tr("reading the changes from central"));
    st.changes = n.i64(0);
    st.conflicts = n.i64(1);
    Statement q = prepare("SELECT seq, kind, code, unit, result, note, desk_state, applied_at, reported_at IS NOT NULL "
                          "FROM feed_changes WHERE result IN ('conflict', 'mismatch') ORDER BY seq DESC LIMIT ?1");
    q.bind(1, conflictsShown);
    while (q.step() == SQLITE_ROW)
        st.recentConflicts << ChangeOutcome { q.i64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5),
            q.text(6), q.time(7), q.i64(8) != 0 };
    for (const auto& [key, target] : { std::pair { "central_calendar", &st.calendar }, { "central_site", &st.site } }) {
        auto v = metaValue(QString::fromLatin1(key));
        if (!v)
            return v.error();
        *target = QJsonDocument::fromJson(v->toUtf8()).object();
    }
    return st;
}

Result<audit::AuditChain::Head> Store::auditAnchor(const Actor& actor)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    return auditHead();
}

Result<QList<audit::AuditChain::Finding>> Store::checkAnchors(
    const Actor& actor, const QList<audit::AuditChain::Head>& anchors)
{
    if (auto s = authorize(actor, auth::Action::VerifyAudit); !s)
        return s.error();
    QList<audit::AuditChain::Finding> findings;
    for (const audit::AuditChain::Head& anchor : anchors) {
        Statement q = prepare("SELECT hash FROM audit_log WHERE seq = ?1 ORDER BY id LIMIT 1");
        q.bind(1, anchor.seq);
        const int rc = q.step();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return sqlError(tr("reading the audit log"));
        if (rc == SQLITE_DONE) {
            findings << audit::AuditChain::Finding { anchor.seq, QStringLiteral("anchor_missing"),
                tr("Audit row %1, anchored at central, is missing from this database").arg(anchor.seq), -1 };
            continue;
        }
        const QByteArray hash = q.blob(0).toHex();
        if (hash != anchor.hash)
            findings << audit::AuditChain::Finding { anchor.seq, QStringLiteral("anchor_mismatch"),
                tr("Audit row %1 is not the row anchored at central: the log was changed and sealed again")
                    .arg(anchor.seq),
                -1 };
    }
    return findings;
}

} // namespace motcua::store
