// Workflow steps on an existing dossier: each is one transaction with its history, audit and outbox
// rows. The state machine (core/workflow) decides; this file records.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include "core/Clock.h"

#include <QJsonDocument>

#include <sqlite3.h>

namespace motcua::store {

using dossier::Dossier;
using workflow::State;
using workflow::Step;

namespace {

Error required(const QString& field, const QString& what)
{
    return Error::invalid(field, what, QStringLiteral("missing_value"));
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
        if (r.method != QLatin1String("cash") && r.method != QLatin1String("transfer"))
            return Error::invalid(QStringLiteral("method"), Store::tr("The payment method must be cash or transfer"),
                QStringLiteral("invalid_method"));
        break;
    case Step::FeeNotice:
        if (r.amountVnd <= 0)
            return Error::invalid(QStringLiteral("amount"),
                Store::tr("Enter the amount printed on the fee notice; the desk never computes it"),
                QStringLiteral("invalid_amount"));
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

Result<Dossier> Store::apply(const Actor& actor, const QString& code, const StepRequest& r)
{
    if (auto s = authorize(actor, workflow::actionFor(r.step)); !s)
        return s.error();
    auto id = dossierId(code);
    if (!id)
        return id.error();
    auto loaded = load(id.value());
    if (!loaded)
        return loaded.error();
    Dossier d = loaded.value();
    const QDateTime now = nowUtc();
    if (auto s = validateRequest(r, d, now); !s)
        return s.error();

    workflow::StepContext ctx;
    ctx.alreadyRated = d.rating.has_value();
    ctx.paidInFull = d.feesDueVnd() > 0 && d.paidVnd() + r.amountVnd >= d.feesDueVnd();
    qint64 openRoundId = 0;
    if (r.step == Step::SupplementReceived) {
        Statement q = prepare("SELECT id, resume_state FROM supplement_rounds WHERE dossier_id = ?1 AND "
                              "received_at IS NULL ORDER BY round DESC LIMIT 1");
        q.bind(1, d.id);
        if (q.step() == SQLITE_ROW) {
            openRoundId = q.i64(0);
            ctx.resumeState = workflow::stateFromName(q.text(1));
        }
    }
    auto next = workflow::Workflow::next(d.state, r.step, ctx);
    if (!next)
        return next.error();
    const State to = next.value();
    const QString from = workflow::stateName(d.state);

    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    QJsonObject details { { QStringLiteral("from"), from }, { QStringLiteral("to"), workflow::stateName(to) } };
    QString historyNote = r.reason.isEmpty() ? r.note : r.reason;
    bool closesPause = false;
    QString service = QStringLiteral("CapNhatTienDoHoSoMC");
    QString progressText = workflow::stepLabel(r.step);

    auto run = [&](Statement&& q, const QString& what) -> Status {
        if (!q.valid() || q.step() != SQLITE_DONE)
            return sqlError(what);
        return {};
    };

    switch (r.step) {
    case Step::RequestSupplement: {
        const int round = int(d.supplements.size()) + 1;
        Statement q = prepare("INSERT INTO supplement_rounds(dossier_id, round, requested_at, requested_by, reason, "
                              "missing, resume_state) VALUES(?1,?2,?3,?4,?5,?6,?7)");
        q.bind(1, d.id).bind(2, round).bindTime(3, now).bind(4, actor.userId).bind(5, r.reason);
        q.bind(
            6, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.missing)).toJson(QJsonDocument::Compact)));
        q.bind(7, from);
        if (auto s = run(std::move(q), tr("saving the supplement request")); !s)
            return s.error();
        Statement p = prepare("INSERT INTO pauses(dossier_id, kind, from_at) VALUES(?1, 'supplement', ?2)");
        p.bind(1, d.id).bindTime(2, now);
        if (auto s = run(std::move(p), tr("pausing the clock")); !s)
            return s.error();
        details.insert(QStringLiteral("missing"), QJsonArray::fromStringList(r.missing));
        progressText = tr("Supplement requested: %1").arg(r.reason);
        break;
    }
    case Step::SupplementReceived: {
        if (openRoundId) {
            Statement q = prepare("UPDATE supplement_rounds SET received_at = ?2, received_by = ?3 WHERE id = ?1");
            q.bind(1, openRoundId).bindTime(2, now).bind(3, actor.userId);
            if (auto s = run(std::move(q), tr("closing the supplement round")); !s)
                return s.error();
        }
        closesPause = true;
        break;
    }
    case Step::HandOver:
    case Step::MarkResultReady: {
        QString fromUnit = d.handOvers.isEmpty() ? m_site.unit : d.handOvers.last().toUnit;
        QString toUnit = r.unit.trimmed();
        if (r.step == Step::MarkResultReady)
            toUnit = m_site.unit;
        else if (toUnit.isEmpty())
            toUnit = d.processingUnit;
        if (toUnit.isEmpty())
            return required(QStringLiteral("unit"), tr("Name the unit that receives the dossier"));
        Statement q = prepare("INSERT INTO hand_overs(dossier_id, seq, from_unit, to_unit, at, user_id, note, result) "
                              "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
        q.bind(1, d.id).bind(2, int(d.handOvers.size()) + 1).bind(3, fromUnit).bind(4, toUnit).bindTime(5, now);
        q.bind(6, actor.userId).bind(7, r.note.isNull() ? QStringLiteral("") : r.note);
        q.bind(8, onTime(now, d.dueLocal));
        if (auto s = run(std::move(q), tr("saving the hand-over")); !s)
            return s.error();
        details.insert(QStringLiteral("from_unit"), fromUnit);
        details.insert(QStringLiteral("to_unit"), toUnit);
        progressText = tr("Handed over from %1 to %2").arg(fromUnit, toUnit);
        break;
    }
    case Step::FeeNotice: {
        Statement q
            = prepare("INSERT INTO fee_notices(dossier_id, number, amount_vnd, at, user_id) VALUES(?1,?2,?3,?4,?5)");
        q.bind(1, d.id).bind(2, r.number.isNull() ? QStringLiteral("") : r.number).bind(3, r.amountVnd);
        q.bindTime(4, now).bind(5, actor.userId);
        if (auto s = run(std::move(q), tr("saving the fee notice")); !s)
            return s.error();
        Statement p = prepare("INSERT INTO pauses(dossier_id, kind, from_at) VALUES(?1, 'payment', ?2)");
        p.bind(1, d.id).bindTime(2, now);
        if (auto s = run(std::move(p), tr("pausing the clock")); !s)
            return s.error();
        details.insert(QStringLiteral("amount_vnd"), r.amountVnd);
        details.insert(QStringLiteral("number"), r.number);
        break;
    }
    case Step::RecordPayment: {
        Statement q
            = prepare("INSERT INTO payments(dossier_id, amount_vnd, method, at, user_id) VALUES(?1,?2,?3,?4,?5)");
        q.bind(1, d.id).bind(2, r.amountVnd).bind(3, r.method).bindTime(4, now).bind(5, actor.userId);
        if (auto s = run(std::move(q), tr("saving the payment")); !s)
            return s.error();
        details.insert(QStringLiteral("amount_vnd"), r.amountVnd);
        details.insert(QStringLiteral("method"), r.method);
        if (d.state == State::AwaitingPayment && to == State::Processing)
            closesPause = true;
        service = QStringLiteral("DongBoHoSoMC");
        break;
    }
    case Step::ReturnResult: {
        Statement q = prepare("INSERT INTO returns(dossier_id, at, collector_name, collector_id, authorised, user_id) "
                              "VALUES(?1,?2,?3,?4,?5,?6)");
        q.bind(1, d.id).bindTime(2, now);
        q.bind(3, r.collectorName.isEmpty() ? d.applicant.name : r.collectorName);
        q.bind(4,
            r.collectorId.isEmpty() ? (d.applicant.idNumber.isEmpty() ? d.applicant.taxCode : d.applicant.idNumber)
                                    : r.collectorId);
        q.bind(5, r.authorised).bind(6, actor.userId);
        if (auto s = run(std::move(q), tr("saving the return")); !s)
            return s.error();
        service = QStringLiteral("DongBoHoSoMC");
        break;
    }
    case Step::Rate: {
        Statement q = prepare("INSERT INTO ratings(dossier_id, value, scale, at) VALUES(?1,?2,?3,?4)");
        q.bind(1, d.id).bind(2, r.rating).bind(3, QStringLiteral("3-level-v1")).bindTime(4, now);
        if (auto s = run(std::move(q), tr("saving the rating")); !s)
            return s.error();
        details.insert(QStringLiteral("rating"), r.rating);
        service.clear(); // no public interface for ratings: kept locally (workflow-and-forms.md §7)
        break;
    }
    case Step::Reschedule: {
        Statement q = prepare("UPDATE dossiers SET due_at = ?2, original_due_at = coalesce(original_due_at, due_at) "
                              "WHERE id = ?1");
        const QDateTime newDue = Clock::local(r.newDueDate, m_dueRules.appointmentTime);
        q.bind(1, d.id).bindTime(2, newDue);
        if (auto s = run(std::move(q), tr("saving the new appointment")); !s)
            return s.error();
        details.insert(QStringLiteral("new_due"), dossier::localIso(newDue));
        details.insert(QStringLiteral("old_due"), dossier::localIso(d.dueLocal));
        service = QStringLiteral("DongBoHoSoMC");
        break;
    }
    case Step::Refuse:
    case Step::Withdraw:
    case Step::Stop: {
        Statement q = prepare("UPDATE dossiers SET reason = ?2 WHERE id = ?1");
        q.bind(1, d.id).bind(2, r.reason);
        if (auto s = run(std::move(q), tr("saving the reason")); !s)
            return s.error();
        details.insert(QStringLiteral("reason"), r.reason);
        Statement p = prepare("UPDATE pauses SET to_at = ?2 WHERE dossier_id = ?1 AND to_at IS NULL");
        p.bind(1, d.id).bindTime(2, now);
        if (auto s = run(std::move(p), tr("closing the pause")); !s)
            return s.error();
        break;
    }
    default:
        break;
    }

    if (closesPause) {
        Statement p = prepare("UPDATE pauses SET to_at = ?2 WHERE dossier_id = ?1 AND to_at IS NULL");
        p.bind(1, d.id).bindTime(2, now);
        if (auto s = run(std::move(p), tr("closing the pause")); !s)
            return s.error();
    }

    // An incomplete dossier that became complete is received now: the clock starts, it enters the
    // tracking book, and it is registered with the central system.
    const bool lateAccept = d.state == State::Incomplete && to == State::Received;
    if (lateAccept) {
        const int year = now.toTimeZone(Clock::zone()).date().year();
        auto serial = allocateBookSerial(year);
        if (!serial)
            return serial.error();
        Statement q = prepare("UPDATE dossiers SET received_at = ?2, book_year = ?3, book_serial = ?4 WHERE id = ?1");
        q.bind(1, d.id).bindTime(2, now).bind(3, year).bind(4, serial.value());
        if (auto s = run(std::move(q), tr("recording the receipt")); !s)
            return s.error();
        service = QStringLiteral("DongBoHoSoMC");
    }

    {
        Statement q = prepare("UPDATE dossiers SET state = ?2, updated_at = ?3 WHERE id = ?1");
        q.bind(1, d.id).bind(2, workflow::stateName(to)).bindTime(3, now);
        if (auto s = run(std::move(q), tr("saving the state")); !s)
            return s.error();
    }
    // The appointment moves with the pauses (supplement, payment) unless a supervisor rescheduled it.
    if (closesPause || lateAccept) {
        auto reloaded = load(d.id);
        if (!reloaded)
            return reloaded.error();
        const Dossier& cur = reloaded.value();
        const bool rescheduled = cur.originalDueLocal.isValid() && cur.dueLocal != cur.originalDueLocal;
        if (!rescheduled) {
            auto procedure = procedureById(cur.procedureRowId);
            if (!procedure)
                return procedure.error();
            const TimeLimit limit = TimeLimit::fromCatalogueJson(procedure->timeLimit.raw);
            if (limit.isKnown()) {
                QList<PauseInterval> pauses;
                for (const dossier::Pause& pz : cur.pauses)
                    pauses << PauseInterval { pz.fromUtc, pz.toUtc };
                auto due = computeDue(*m_calendar, limit, cur.receivedAtUtc, pauses, m_dueRules);
                if (!due)
                    return due.error();
                Statement q = prepare(lateAccept ? "UPDATE dossiers SET due_at = ?2, original_due_at = ?2 WHERE id = ?1"
                                                 : "UPDATE dossiers SET due_at = ?2 WHERE id = ?1");
                q.bind(1, d.id).bindTime(2, due.value());
                if (auto s = run(std::move(q), tr("moving the appointment")); !s)
                    return s.error();
                details.insert(QStringLiteral("due"), dossier::localIso(due.value()));
            }
        }
    }

    if (auto s = writeHistory(d.id, from, workflow::stateName(to), workflow::stepName(r.step), actor, historyNote, now);
        !s)
        return s.error();
    if (auto s = appendAudit(actor, workflow::stepName(r.step), QStringLiteral("dossier"), d.code, details); !s)
        return s.error();
    if (auto s = fault(QStringLiteral("step.%1.audit").arg(workflow::stepName(r.step))); !s)
        return s.error();
    auto after = load(d.id);
    if (!after)
        return after.error();
    if (!service.isEmpty()) {
        QJsonObject envelope;
        if (service == QLatin1String("DongBoHoSoMC"))
            envelope = { { QStringLiteral("service"), service },
                { QStringLiteral("isUpdating"), lateAccept ? QStringLiteral("False") : QStringLiteral("True") },
                { QStringLiteral("data"), QJsonArray { dossierRecord(after.value()) } } };
        else
            envelope
                = { { QStringLiteral("service"), service }, { QStringLiteral("isUpdating"), QStringLiteral("False") },
                      { QStringLiteral("data"), QJsonArray { progressRecord(after.value(), actor, progressText) } } };
        if (auto s = appendOutbox(d.id, service, envelope); !s)
            return s.error();
    }
    if (auto s = fault(QStringLiteral("step.%1.commit").arg(workflow::stepName(r.step))); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return after.value();
}

} // namespace motcua::store
