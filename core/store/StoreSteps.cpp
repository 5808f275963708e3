// Workflow steps on an existing dossier: each is one transaction with its history, audit and outbox
// rows. The state machine (core/workflow) decides; this file records.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include "core/Clock.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace motcua::store {

using dossier::Dossier;
using workflow::State;
using workflow::Step;

namespace {

Error required(const QString& field, const QString& what)
{
    return Error::invalid(field, what, QStringLiteral("missing_value"));
}

// One amount, and the dossier's sum with it, stay within dossier::kMaxAmountVnd / kMaxTotalVnd: a typo
// or a hostile input can otherwise wrap a 64-bit sum round to a negative "paid" figure.
Status checkAmountCap(qint64 amountVnd, qint64 sumSoFarVnd)
{
    const QString cap = QLocale(QLocale::Vietnamese).toString(dossier::kMaxAmountVnd);
    if (amountVnd > dossier::kMaxAmountVnd)
        return Error::invalid(QStringLiteral("amount"), Store::tr("The amount must not exceed %1 đồng").arg(cap),
            QStringLiteral("invalid_amount"));
    if (!dossier::addAmountsVnd(sumSoFarVnd, amountVnd))
        return Error::invalid(QStringLiteral("amount"),
            Store::tr("With this amount the dossier's total would exceed %1 đồng").arg(cap),
            QStringLiteral("invalid_amount"));
    return {};
}

bool isPostalItemNumber(const QString& number)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{6,32}$"));
    return pattern.match(number).hasMatch();
}

Status validateRequest(const StepRequest& r, const Dossier& d, const QDateTime& now)
{
    switch (r.step) {
    case Step::RequestSupplement:
        if (r.reason.trimmed().isEmpty())
            return required(QStringLiteral("reason"), Store::tr("Give the reason for the supplement request"));
        break;
    case Step::Refuse:
    case Step::Withdraw:
    case Step::Stop:
        if (r.reason.trimmed().isEmpty())
            return required(QStringLiteral("reason"), Store::tr("Give the reason; it is printed on the notice"));
        break;
    case Step::Reschedule:
        if (r.reason.trimmed().isEmpty())
            return required(QStringLiteral("reason"), Store::tr("The apology needs the reason for the delay"));
        if (!r.newDueDate.isValid())
            return required(QStringLiteral("to"), Store::tr("Give the new appointment date"));
        if (r.newDueDate < now.toTimeZone(Clock::zone()).date())
            return Error::invalid(QStringLiteral("to"), Store::tr("The new appointment date must not be in the past"),
                QStringLiteral("invalid_date"));
        if (d.dueLocal.isValid() && r.newDueDate <= d.dueLocal.date())
            return Error::invalid(QStringLiteral("to"),
                Store::tr("The new appointment must be later than the current one (%1)")
                    .arg(d.dueLocal.toString(QStringLiteral("dd/MM/yyyy"))),
                QStringLiteral("invalid_date"));
        break;
    case Step::RecordPayment:
        if (r.amountVnd <= 0)
            return Error::invalid(QStringLiteral("amount"), Store::tr("The amount must be a positive number of đồng"),
                QStringLiteral("invalid_amount"));
        if (auto s = checkAmountCap(r.amountVnd, d.paidVnd()); !s)
            return s;
        if (!r.method)
            return Error::invalid(QStringLiteral("method"), Store::tr("The payment method must be cash or transfer"),
                QStringLiteral("invalid_method"));
        break;
    case Step::FeeNotice:
        if (r.amountVnd <= 0)
            return Error::invalid(QStringLiteral("amount"),
                Store::tr("Enter the amount printed on the fee notice; the desk never computes it"),
                QStringLiteral("invalid_amount"));
        if (auto s = checkAmountCap(r.amountVnd, d.feesDueVnd()); !s)
            return s;
        break;
    case Step::Rate:
        if (r.rating < 1 || r.rating > 3)
            return Error::invalid(QStringLiteral("rating"),
                Store::tr("The rating must be 1 (very satisfied), 2 (satisfied) or 3 (dissatisfied)"),
                QStringLiteral("invalid_rating"));
        break;
    case Step::ReturnResult:
        if (r.authorised && r.collectorName.trimmed().isEmpty())
            return required(
                QStringLiteral("collector_name"), Store::tr("Give the name of the authorised person who collects"));
        if (!r.postalItemNumber.isEmpty() && !isPostalItemNumber(r.postalItemNumber))
            return Error::invalid(QStringLiteral("postal_item_number"),
                Store::tr("The postal item number must be 6 to 32 letters and digits (e.g. EB123456789VN)"),
                QStringLiteral("invalid_postal_item"));
        break;
    case Step::Accept:
    case Step::AcceptIncomplete:
    case Step::RefuseAtIntake:
        return Error::invalid(QStringLiteral("step"),
            Store::tr("Intake decisions are made when the dossier is received"), QStringLiteral("illegal_transition"));
    default:
        break;
    }
    return {};
}

QString onTime(const QDateTime& at, const QDateTime& due)
{
    if (!due.isValid())
        return {};
    const QDate a = at.toTimeZone(Clock::zone()).date();
    if (a < due.toTimeZone(Clock::zone()).date())
        return QStringLiteral("early");
    return at <= due ? QStringLiteral("on_time") : QStringLiteral("late");
}

} // namespace

// Records one workflow step on a loaded dossier inside the store's transaction: the step's own rows
// (one handler per step), the pause it closes, the late receipt, the new state and appointment, then
// history, audit and outbox.
class StepRecorder
{
public:
    StepRecorder(Store& store, const Actor& actor, const StepRequest& r, Dossier d, const QDateTime& now)
        : m_store(store), m_actor(actor), m_r(r), m_d(std::move(d)), m_now(now)
    { }

    // Asks the state machine where the step leads (before the transaction starts).
    Status decide();
    // Writes everything; returns the dossier as it is after the step.
    Result<Dossier> record();

private:
    Status run(Statement&& q, const QString& what);
    Status recordStepRows();
    Status requestSupplement();
    Status supplementReceived();
    Status storeSupplementFiles();
    Status handOver();
    Status feeNotice();
    Status payment();
    Status returnResult();
    Status rate();
    Status reschedule();
    Status close(); // refuse, withdraw, stop
    Status closePause();
    Status enterBook(); // an incomplete dossier that became complete is received now
    Status saveState();
    Status moveAppointment();
    Status queueOutbox(const Dossier& after);

    Store& m_store;
    const Actor& m_actor;
    const StepRequest& m_r;
    Dossier m_d;
    const QDateTime m_now;
    State m_to = State::Received;
    QString m_from;
    qint64 m_openRoundId = 0;
    QJsonObject m_details;
    bool m_closesPause = false;
    bool m_lateAccept = false;
    std::optional<OutboxService> m_service = OutboxService::CapNhatTienDoHoSoMC; // none: kept locally
    QString m_progressText;
};

Status StepRecorder::decide()
{
    workflow::StepContext ctx;
    ctx.alreadyRated = m_d.rating.has_value();
    const qint64 paidAfter = dossier::addAmountsVnd(m_d.paidVnd(), m_r.amountVnd).value_or(dossier::kMaxTotalVnd);
    ctx.paidInFull = m_d.feesDueVnd() > 0 && paidAfter >= m_d.feesDueVnd();
    if (m_r.step == Step::SupplementReceived) {
        Statement q = m_store.prepare("SELECT id, resume_state FROM supplement_rounds WHERE dossier_id = ?1 AND "
                                      "received_at IS NULL ORDER BY round DESC LIMIT 1");
        q.bind(1, m_d.id);
        if (q.step() == SQLITE_ROW) {
            m_openRoundId = q.i64(0);
            ctx.resumeState = workflow::stateFromName(q.text(1));
        }
    }
    auto next = workflow::Workflow::next(m_d.state, m_r.step, ctx);
    if (!next)
        return next.error();
    m_to = next.value();
    m_from = workflow::stateName(m_d.state);
    m_details = { { QStringLiteral("from"), m_from }, { QStringLiteral("to"), workflow::stateName(m_to) } };
    m_progressText = workflow::stepLabel(m_r.step);
    return {};
}

Result<Dossier> StepRecorder::record()
{
    if (auto s = recordStepRows(); !s)
        return s.error();
    if (m_closesPause)
        if (auto s = closePause(); !s)
            return s.error();
    m_lateAccept = m_d.state == State::Incomplete && m_to == State::Received;
    if (m_lateAccept)
        if (auto s = enterBook(); !s)
            return s.error();
    if (auto s = saveState(); !s)
        return s.error();
    // The appointment moves with the pauses (supplement, payment) unless a supervisor rescheduled it.
    if (m_closesPause || m_lateAccept)
        if (auto s = moveAppointment(); !s)
            return s.error();

    const QString stepName = workflow::stepName(m_r.step);
    const QString historyNote = m_r.reason.isEmpty() ? m_r.note : m_r.reason;
    if (auto s = m_store.writeHistory(m_d.id, m_from, workflow::stateName(m_to), stepName, m_actor, historyNote, m_now);
        !s)
        return s.error();
    if (auto s = m_store.appendAudit(m_actor, stepName, QStringLiteral("dossier"), m_d.code, m_details); !s)
        return s.error();
    if (auto s = m_store.fault(QStringLiteral("step.%1.audit").arg(stepName)); !s)
        return s.error();
    auto after = m_store.load(m_d.id);
    if (!after)
        return after.error();
    if (auto s = queueOutbox(after.value()); !s)
        return s.error();
    return after;
}

Status StepRecorder::run(Statement&& q, const QString& what)
{
    if (!q.valid() || q.step() != SQLITE_DONE)
        return m_store.sqlError(what);
    return {};
}

Status StepRecorder::recordStepRows()
{
    switch (m_r.step) {
    case Step::RequestSupplement:
        return requestSupplement();
    case Step::SupplementReceived:
        return supplementReceived();
    case Step::HandOver:
    case Step::MarkResultReady:
        return handOver();
    case Step::FeeNotice:
        return feeNotice();
    case Step::RecordPayment:
        return payment();
    case Step::ReturnResult:
        return returnResult();
    case Step::Rate:
        return rate();
    case Step::Reschedule:
        return reschedule();
    case Step::Refuse:
    case Step::Withdraw:
    case Step::Stop:
        return close();
    default:
        return {};
    }
}

Status StepRecorder::requestSupplement()
{
    const int round = int(m_d.supplements.size()) + 1;
    Statement q
        = m_store.prepare("INSERT INTO supplement_rounds(dossier_id, round, requested_at, requested_by, reason, "
                          "missing, resume_state) VALUES(?1,?2,?3,?4,?5,?6,?7)");
    q.bind(1, m_d.id).bind(2, round).bindTime(3, m_now).bind(4, m_actor.userId).bind(5, m_r.reason);
    q.bind(6, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m_r.missing)).toJson(QJsonDocument::Compact)));
    q.bind(7, m_from);
    if (auto s = run(std::move(q), Store::tr("saving the supplement request")); !s)
        return s;
    Statement p = m_store.prepare("INSERT INTO pauses(dossier_id, kind, from_at) VALUES(?1, 'supplement', ?2)");
    p.bind(1, m_d.id).bindTime(2, m_now);
    if (auto s = run(std::move(p), Store::tr("pausing the clock")); !s)
        return s;
    m_details.insert(QStringLiteral("missing"), QJsonArray::fromStringList(m_r.missing));
    m_progressText = Store::tr("Supplement requested: %1").arg(m_r.reason);
    return {};
}

Status StepRecorder::supplementReceived()
{
    if (m_openRoundId) {
        Statement q = m_store.prepare("UPDATE supplement_rounds SET received_at = ?2, received_by = ?3 WHERE id = ?1");
        q.bind(1, m_openRoundId).bindTime(2, m_now).bind(3, m_actor.userId);
        if (auto s = run(std::move(q), Store::tr("closing the supplement round")); !s)
            return s;
    }
    m_closesPause = true;
    return storeSupplementFiles();
}

Status StepRecorder::storeSupplementFiles()
{
    if (m_r.files.isEmpty())
        return {};
    const int round = m_d.supplements.isEmpty() ? 1 : m_d.supplements.last().round;
    Statement q = m_store.prepare("INSERT INTO documents(dossier_id, component_id, component_name, originals, "
                                  "certified_copies, photocopies) VALUES(?1,?2,?3,0,0,0)");
    q.bind(1, m_d.id).bind(2, QStringLiteral("supplement-%1").arg(round));
    q.bind(3, Store::tr("Supplementary papers (round %1)").arg(round));
    if (auto s = run(std::move(q), Store::tr("saving the supplementary papers")); !s)
        return s;
    const qint64 documentId = sqlite3_last_insert_rowid(m_store.m_db);
    for (const QString& path : m_r.files) {
        QString sha256;
        qint64 size = 0;
        auto rel = m_store.storeFile(path, &sha256, &size);
        if (!rel)
            return rel.error();
        Statement f
            = m_store.prepare("INSERT INTO files(document_id, name, sha256, size, path) VALUES(?1,?2,?3,?4,?5)");
        f.bind(1, documentId).bind(2, QFileInfo(path).fileName()).bind(3, sha256).bind(4, size).bind(5, rel.value());
        if (auto s = run(std::move(f), Store::tr("saving the supplementary papers")); !s)
            return s;
    }
    m_details.insert(QStringLiteral("files"), int(m_r.files.size()));
    // The dossier's whole record names the new papers in TaiLieuNop, so the engine uploads them and
    // central attaches them now, not with the dossier's next full record (docs/sync-protocol.md, "Files").
    m_service = OutboxService::DongBoHoSoMC;
    return {};
}

Status StepRecorder::handOver()
{
    const QString fromUnit = m_d.handOvers.isEmpty() ? m_store.m_site.unit : m_d.handOvers.last().toUnit;
    QString toUnit = m_r.unit.trimmed();
    if (m_r.step == Step::MarkResultReady)
        toUnit = m_store.m_site.unit;
    else if (toUnit.isEmpty())
        toUnit = m_d.processingUnit;
    if (toUnit.isEmpty())
        return required(QStringLiteral("unit"), Store::tr("Name the unit that receives the dossier"));
    Statement q
        = m_store.prepare("INSERT INTO hand_overs(dossier_id, seq, from_unit, to_unit, at, user_id, note, result) "
                          "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    q.bind(1, m_d.id).bind(2, int(m_d.handOvers.size()) + 1).bind(3, fromUnit).bind(4, toUnit).bindTime(5, m_now);
    q.bind(6, m_actor.userId).bind(7, m_r.note.isNull() ? QStringLiteral("") : m_r.note);
    q.bind(8, onTime(m_now, m_d.dueLocal));
    if (auto s = run(std::move(q), Store::tr("saving the hand-over")); !s)
        return s;
    m_details.insert(QStringLiteral("from_unit"), fromUnit);
    m_details.insert(QStringLiteral("to_unit"), toUnit);
    m_progressText = Store::tr("Handed over from %1 to %2").arg(fromUnit, toUnit);
    return {};
}

Status StepRecorder::feeNotice()
{
    Statement q = m_store.prepare(
        "INSERT INTO fee_notices(dossier_id, number, amount_vnd, at, user_id) VALUES(?1,?2,?3,?4,?5)");
    q.bind(1, m_d.id).bind(2, m_r.number.isNull() ? QStringLiteral("") : m_r.number).bind(3, m_r.amountVnd);
    q.bindTime(4, m_now).bind(5, m_actor.userId);
    if (auto s = run(std::move(q), Store::tr("saving the fee notice")); !s)
        return s;
    Statement p = m_store.prepare("INSERT INTO pauses(dossier_id, kind, from_at) VALUES(?1, 'payment', ?2)");
    p.bind(1, m_d.id).bindTime(2, m_now);
    if (auto s = run(std::move(p), Store::tr("pausing the clock")); !s)
        return s;
    m_details.insert(QStringLiteral("amount_vnd"), m_r.amountVnd);
    m_details.insert(QStringLiteral("number"), m_r.number);
    return {};
}

Status StepRecorder::payment()
{
    Statement q
        = m_store.prepare("INSERT INTO payments(dossier_id, amount_vnd, method, at, user_id) VALUES(?1,?2,?3,?4,?5)");
    q.bind(1, m_d.id)
        .bind(2, m_r.amountVnd)
        .bind(3, dossier::paymentMethodName(*m_r.method))
        .bindTime(4, m_now)
        .bind(5, m_actor.userId);
    if (auto s = run(std::move(q), Store::tr("saving the payment")); !s)
        return s;
    m_details.insert(QStringLiteral("amount_vnd"), m_r.amountVnd);
    m_details.insert(QStringLiteral("method"), dossier::paymentMethodName(*m_r.method));
    if (m_d.state == State::AwaitingPayment && m_to == State::Processing)
        m_closesPause = true;
    m_service = OutboxService::DongBoHoSoMC;
    return {};
}

Status StepRecorder::returnResult()
{
    Statement q
        = m_store.prepare("INSERT INTO returns(dossier_id, at, collector_name, collector_id, authorised, user_id) "
                          "VALUES(?1,?2,?3,?4,?5,?6)");
    q.bind(1, m_d.id).bindTime(2, m_now);
    q.bind(3, m_r.collectorName.isEmpty() ? m_d.applicant.name : m_r.collectorName);
    q.bind(4,
        m_r.collectorId.isEmpty() ? (m_d.applicant.idNumber.isEmpty() ? m_d.applicant.taxCode : m_d.applicant.idNumber)
                                  : m_r.collectorId);
    q.bind(5, m_r.authorised).bind(6, m_actor.userId);
    if (auto s = run(std::move(q), Store::tr("saving the return")); !s)
        return s;
    if (!m_r.postalItemNumber.isEmpty()) {
        // Sent by post: the item number is kept with the dossier (its "extra" data) and in the audit row.
        QJsonObject extra = m_d.extra;
        extra.insert(QStringLiteral("return_postal_item"), m_r.postalItemNumber);
        Statement e = m_store.prepare("UPDATE dossiers SET extra = ?2 WHERE id = ?1");
        e.bind(1, m_d.id).bind(2, QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact)));
        if (auto s = run(std::move(e), Store::tr("saving the postal item number")); !s)
            return s;
        m_details.insert(QStringLiteral("postal_item_number"), m_r.postalItemNumber);
    }
    m_service = OutboxService::DongBoHoSoMC;
    return {};
}

Status StepRecorder::rate()
{
    Statement q = m_store.prepare("INSERT INTO ratings(dossier_id, value, scale, at) VALUES(?1,?2,?3,?4)");
    q.bind(1, m_d.id).bind(2, m_r.rating).bind(3, QStringLiteral("3-level-v1")).bindTime(4, m_now);
    if (auto s = run(std::move(q), Store::tr("saving the rating")); !s)
        return s;
    m_details.insert(QStringLiteral("rating"), m_r.rating);
    m_service.reset(); // no public interface for ratings: kept locally (workflow-and-forms.md §7)
    return {};
}

Status StepRecorder::reschedule()
{
    Statement q = m_store.prepare("UPDATE dossiers SET due_at = ?2, original_due_at = coalesce(original_due_at, "
                                  "due_at) WHERE id = ?1");
    const QDateTime newDue = Clock::local(m_r.newDueDate, m_store.m_dueRules.appointmentTime);
    q.bind(1, m_d.id).bindTime(2, newDue);
    if (auto s = run(std::move(q), Store::tr("saving the new appointment")); !s)
        return s;
    m_details.insert(QStringLiteral("new_due"), dossier::localIso(newDue));
    m_details.insert(QStringLiteral("old_due"), dossier::localIso(m_d.dueLocal));
    m_service = OutboxService::DongBoHoSoMC;
    return {};
}

Status StepRecorder::close()
{
    Statement q = m_store.prepare("UPDATE dossiers SET reason = ?2 WHERE id = ?1");
    q.bind(1, m_d.id).bind(2, m_r.reason);
    if (auto s = run(std::move(q), Store::tr("saving the reason")); !s)
        return s;
    m_details.insert(QStringLiteral("reason"), m_r.reason);
    return closePause();
}

Status StepRecorder::closePause()
{
    Statement p = m_store.prepare("UPDATE pauses SET to_at = ?2 WHERE dossier_id = ?1 AND to_at IS NULL");
    p.bind(1, m_d.id).bindTime(2, m_now);
    return run(std::move(p), Store::tr("closing the pause"));
}

// The clock starts, the dossier enters the tracking book and is registered with the central system.
Status StepRecorder::enterBook()
{
    const int year = m_now.toTimeZone(Clock::zone()).date().year();
    auto serial = m_store.allocateBookSerial(year);
    if (!serial)
        return serial.error();
    Statement q
        = m_store.prepare("UPDATE dossiers SET received_at = ?2, book_year = ?3, book_serial = ?4 WHERE id = ?1");
    q.bind(1, m_d.id).bindTime(2, m_now).bind(3, year).bind(4, serial.value());
    if (auto s = run(std::move(q), Store::tr("recording the receipt")); !s)
        return s;
    m_service = OutboxService::DongBoHoSoMC;
    return {};
}

Status StepRecorder::saveState()
{
    Statement q = m_store.prepare("UPDATE dossiers SET state = ?2, updated_at = ?3 WHERE id = ?1");
    q.bind(1, m_d.id).bind(2, workflow::stateName(m_to)).bindTime(3, m_now);
    return run(std::move(q), Store::tr("saving the state"));
}

Status StepRecorder::moveAppointment()
{
    auto reloaded = m_store.load(m_d.id);
    if (!reloaded)
        return reloaded.error();
    const Dossier& cur = reloaded.value();
    const bool rescheduled = cur.originalDueLocal.isValid() && cur.dueLocal != cur.originalDueLocal;
    if (rescheduled)
        return {};
    auto procedure = m_store.procedureById(cur.procedureRowId);
    if (!procedure)
        return procedure.error();
    const TimeLimit limit = TimeLimit::fromCatalogueJson(procedure->timeLimit.raw);
    if (!limit.isKnown())
        return {};
    QList<PauseInterval> pauses;
    for (const dossier::Pause& pz : cur.pauses)
        pauses << PauseInterval { pz.fromUtc, pz.toUtc };
    auto due = computeDue(*m_store.m_calendar, limit, cur.receivedAtUtc, pauses, m_store.m_dueRules);
    if (!due)
        return due.error();
    Statement q = m_store.prepare(m_lateAccept ? "UPDATE dossiers SET due_at = ?2, original_due_at = ?2 WHERE id = ?1"
                                               : "UPDATE dossiers SET due_at = ?2 WHERE id = ?1");
    q.bind(1, m_d.id).bindTime(2, due.value());
    if (auto s = run(std::move(q), Store::tr("moving the appointment")); !s)
        return s;
    m_details.insert(QStringLiteral("due"), dossier::localIso(due.value()));
    return {};
}

Status StepRecorder::queueOutbox(const Dossier& after)
{
    if (!m_service)
        return {};
    QJsonObject envelope;
    const QString service = outboxServiceName(*m_service);
    if (*m_service == OutboxService::DongBoHoSoMC)
        envelope = { { QStringLiteral("service"), service },
            { QStringLiteral("isUpdating"), m_lateAccept ? QStringLiteral("False") : QStringLiteral("True") },
            { QStringLiteral("data"), QJsonArray { m_store.dossierRecord(after) } } };
    else
        envelope = { { QStringLiteral("service"), service }, { QStringLiteral("isUpdating"), QStringLiteral("False") },
            { QStringLiteral("data"), QJsonArray { m_store.progressRecord(after, m_actor, m_progressText) } } };
    return m_store.appendOutbox(m_d.id, *m_service, envelope);
}

Result<Dossier> Store::apply(const Actor& actor, const QString& code, const StepRequest& r)
{
    if (auto s = authorize(actor, workflow::actionFor(r.step)); !s)
        return s.error();
    // The write lock first, then the dossier: two steps on one dossier at once (two windows, a retry
    // beside a run that was thought dead) see each other's result, so the second is refused by the state
    // instead of failing on a duplicate hand-over row (found by tests/crash/crash-step.sh).
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    auto id = dossierId(code);
    if (!id)
        return id.error();
    auto loaded = load(id.value());
    if (!loaded)
        return loaded.error();
    const QDateTime now = nowUtc();
    if (auto s = validateRequest(r, loaded.value(), now); !s)
        return s.error();
    StepRecorder step(*this, actor, r, loaded.value(), now);
    if (auto s = step.decide(); !s)
        return s.error();
    auto after = step.record();
    if (!after)
        return after.error();
    if (auto s = fault(QStringLiteral("step.%1.commit").arg(workflow::stepName(r.step))); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    // Logs name dossiers by code only, never a person (Decree 13/2023): tests/cli scans them.
    qCDebug(lcStore) << "step" << workflow::stepName(r.step) << "on" << code;
    return after;
}

} // namespace motcua::store
