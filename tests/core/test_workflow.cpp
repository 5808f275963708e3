// Workflow: every (state, step) pair, allowed and refused, both in the pure state machine and through
// the Store on a real dossier; refusals name the current state; the national status and channel maps.
#include "tests/support/StoreFixture.h"

#include "core/workflow/Workflow.h"

#include <QSet>
#include <QTest>

using namespace motcua;
using namespace motcua::test;
using workflow::State;
using workflow::Step;

namespace {

// The expected table, written independently of core/workflow: state -> steps allowed there.
QSet<Step> expectedAllowed(State s)
{
    switch (s) {
    case State::Incomplete:
        return { Step::SupplementReceived, Step::Refuse, Step::Withdraw };
    case State::Received:
        return { Step::RequestSupplement, Step::Refuse, Step::HandOver, Step::RecordPayment, Step::Withdraw,
            Step::Reschedule };
    case State::Processing:
        return { Step::HandOver, Step::RequestSupplement, Step::FeeNotice, Step::RecordPayment, Step::MarkResultReady,
            Step::Withdraw, Step::Stop, Step::Reschedule };
    case State::SupplementRequested:
        return { Step::SupplementReceived, Step::Withdraw, Step::Stop, Step::Reschedule };
    case State::AwaitingPayment:
        return { Step::RecordPayment, Step::Withdraw, Step::Stop, Step::Reschedule };
    case State::ResultReady:
        return { Step::RecordPayment, Step::ReturnResult };
    case State::Returned:
        return { Step::Rate };
    case State::Refused:
        return { Step::Rate };
    case State::Withdrawn:
    case State::Stopped:
        return {};
    }
    return {};
}

State expectedTarget(State from, Step step)
{
    switch (step) {
    case Step::SupplementReceived:
        return from == State::Incomplete ? State::Received : State::Processing;
    case Step::Refuse:
        return State::Refused;
    case Step::Withdraw:
        return State::Withdrawn;
    case Step::Stop:
        return State::Stopped;
    case Step::RequestSupplement:
        return State::SupplementRequested;
    case Step::HandOver:
        return State::Processing;
    case Step::FeeNotice:
        return State::AwaitingPayment;
    case Step::MarkResultReady:
        return State::ResultReady;
    case Step::ReturnResult:
        return State::Returned;
    case Step::RecordPayment: // requestFor() pays the whole fee notice: waiting for payment ends
        return from == State::AwaitingPayment ? State::Processing : from;
    default:
        return from; // reschedule, rate
    }
}

const QList<Step> kNonIntakeSteps = { Step::RequestSupplement, Step::SupplementReceived, Step::Refuse, Step::HandOver,
    Step::FeeNotice, Step::RecordPayment, Step::MarkResultReady, Step::ReturnResult, Step::Withdraw, Step::Stop,
    Step::Reschedule, Step::Rate };

store::StepRequest requestFor(Step step)
{
    store::StepRequest r;
    r.step = step;
    r.reason = QStringLiteral("Lý do kiểm thử");
    r.missing = { QStringLiteral("new-mofa-request-letter") };
    r.amountVnd = 1500000;
    r.method = dossier::PaymentMethod::Cash;
    r.number = QStringLiteral("797/26/CTS-DR");
    r.newDueDate = QDate(2025, 6, 30);
    r.rating = 1;
    return r;
}

// Brings a new dossier into `state` through the store.
QString dossierIn(StoreFixture& f, State state)
{
    auto intake = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-002"));
    if (state == State::Incomplete) {
        intake.decision = dossier::IntakeDecision::RequestSupplement;
        intake.reason = QStringLiteral("Thiếu văn bản đề nghị");
        intake.missing = { QStringLiteral("new-mofa-request-letter") };
    } else if (state == State::Refused) {
        intake.decision = dossier::IntakeDecision::Refuse;
        intake.reason = QStringLiteral("Không thuộc thẩm quyền");
    }
    const QString code = f.receiveOne(intake);
    auto go = [&](Step s) {
        return f.store->apply(s == Step::Reschedule ? f.supervisor : f.clerk, code, requestFor(s)).ok();
    };
    switch (state) {
    case State::Incomplete:
    case State::Received:
    case State::Refused:
        break;
    case State::Processing:
        go(Step::HandOver);
        break;
    case State::SupplementRequested:
        go(Step::HandOver), go(Step::RequestSupplement);
        break;
    case State::AwaitingPayment:
        go(Step::HandOver), go(Step::FeeNotice);
        break;
    case State::ResultReady:
        go(Step::HandOver), go(Step::MarkResultReady);
        break;
    case State::Returned:
        go(Step::HandOver), go(Step::MarkResultReady), go(Step::ReturnResult);
        break;
    case State::Withdrawn:
        go(Step::Withdraw);
        break;
    case State::Stopped:
        go(Step::HandOver), go(Step::Stop);
        break;
    }
    return code;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void tableMatchesExpectation()
    {
        for (State s : workflow::allStates())
            for (Step step : kNonIntakeSteps) {
                const bool expected = expectedAllowed(s).contains(step);
                QCOMPARE(workflow::Workflow::isAllowed(s, step), expected);
                auto next = workflow::Workflow::next(s, step);
                QCOMPARE(next.ok(), expected);
                if (expected) {
                    if (!(s == State::AwaitingPayment && step == Step::RecordPayment)) // needs the payment context
                        QCOMPARE(next.value(), expectedTarget(s, step));
                } else {
                    QCOMPARE(next.error().code, QStringLiteral("illegal_transition"));
                    QCOMPARE(next.error().field, QStringLiteral("state"));
                    QVERIFY2(next.error().message.contains(workflow::stateLabel(s)), qPrintable(next.error().message));
                }
            }
    }

    void contextualTargets()
    {
        workflow::StepContext paid;
        paid.paidInFull = true;
        QCOMPARE(
            workflow::Workflow::next(State::AwaitingPayment, Step::RecordPayment, paid).value(), State::Processing);
        QCOMPARE(workflow::Workflow::next(State::AwaitingPayment, Step::RecordPayment).value(), State::AwaitingPayment);
        workflow::StepContext resume;
        resume.resumeState = State::Received;
        QCOMPARE(workflow::Workflow::next(State::SupplementRequested, Step::SupplementReceived, resume).value(),
            State::Received);
        workflow::StepContext rated;
        rated.alreadyRated = true;
        QCOMPARE(
            workflow::Workflow::next(State::Returned, Step::Rate, rated).error().code, QStringLiteral("already_rated"));
        for (Step s : { Step::Accept, Step::AcceptIncomplete, Step::RefuseAtIntake })
            QVERIFY(workflow::Workflow::initial(s).ok());
        QVERIFY(!workflow::Workflow::initial(Step::HandOver).ok());
    }

    void nationalCodes()
    {
        const auto& m = workflow::StatusMapping::standard();
        QCOMPARE(m.nationalCode(State::Received), 2);
        QCOMPARE(m.nationalCode(State::Refused), 3);
        QCOMPARE(m.nationalCode(State::Processing), 4);
        QCOMPARE(m.nationalCode(State::SupplementRequested), 5);
        QCOMPARE(m.nationalCode(State::AwaitingPayment), 6);
        QCOMPARE(m.nationalCode(State::Withdrawn), 7);
        QCOMPARE(m.nationalCode(State::Stopped), 8);
        QCOMPARE(m.nationalCode(State::ResultReady), 9);
        QCOMPARE(m.nationalCode(State::Returned), 10);
        for (State s : workflow::allStates()) {
            QVERIFY(m.nationalCode(s) >= 1 && m.nationalCode(s) <= 10);
            QCOMPARE(workflow::stateFromName(workflow::stateName(s)), std::optional<State>(s));
        }
        QCOMPARE(workflow::nationalStatusName(6), QStringLiteral("Yêu cầu thực hiện nghĩa vụ tài chính"));
        QCOMPARE(workflow::nationalStatusName(10), QStringLiteral("Đã trả kết quả"));
        QCOMPARE(workflow::nationalChannelCode(QStringLiteral("desk")), 1);
        QCOMPARE(workflow::nationalChannelCode(QStringLiteral("online")), 2);
        QCOMPARE(workflow::nationalChannelCode(QStringLiteral("postal")), 3);
        auto custom = workflow::StatusMapping::fromJson({ { QStringLiteral("incomplete"), 1 } });
        QVERIFY(custom);
        QCOMPARE(custom->nationalCode(State::Incomplete), 1);
        QCOMPARE(custom->nationalCode(State::Received), 2);
        QVERIFY(!workflow::StatusMapping::fromJson({ { QStringLiteral("received"), 11 } }));
        QVERIFY(!workflow::StatusMapping::fromJson({ { QStringLiteral("nope"), 2 } }));
    }

    void throughTheStore_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("step");
        for (State s : workflow::allStates())
            for (Step step : kNonIntakeSteps)
                QTest::addRow("%s/%s", qPrintable(workflow::stateName(s)), qPrintable(workflow::stepName(step)))
                    << int(s) << int(step);
    }

    void throughTheStore()
    {
        QFETCH(int, state);
        QFETCH(int, step);
        const State from = State(state);
        const Step s = Step(step);
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = dossierIn(f, from);
        QVERIFY(!code.isEmpty());
        QCOMPARE(f.store->dossier(f.clerk, code)->state, from);
        const auto before = f.store->dossier(f.clerk, code).value();
        auto r = f.store->apply(s == Step::Reschedule ? f.supervisor : f.clerk, code, requestFor(s));
        if (expectedAllowed(from).contains(s)) {
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QCOMPARE(r->state, expectedTarget(from, s));
            QCOMPARE(r->history.size(), before.history.size() + 1);
            QCOMPARE(r->history.last().step, workflow::stepName(s));
        } else {
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("illegal_transition"));
            QVERIFY2(r.error().message.contains(workflow::stateLabel(from)), qPrintable(r.error().message));
            const auto after = f.store->dossier(f.clerk, code).value();
            QCOMPARE(after.state, from);
            QCOMPARE(after.history.size(), before.history.size());
        }
    }

    void pausesMoveTheAppointment()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        const QDateTime due = f.store->dossier(f.clerk, code)->dueLocal;
        QCOMPARE(due, Clock::local(QDate(2025, 4, 10), QTime(17, 0)));
        QVERIFY(f.store->apply(f.clerk, code, requestFor(Step::HandOver)));
        f.clock.setLocal(QDate(2025, 3, 13), QTime(9, 0)); // Thu
        QVERIFY(f.store->apply(f.clerk, code, requestFor(Step::RequestSupplement)));
        f.clock.setLocal(QDate(2025, 3, 20), QTime(9, 0)); // Thu a week later: 5 working days paused
        auto back = f.store->apply(f.clerk, code, requestFor(Step::SupplementReceived));
        QVERIFY(back);
        QCOMPARE(back->state, State::Processing);
        QCOMPARE(back->pauses.size(), 1);
        QVERIFY(back->pauses[0].toUtc.isValid());
        QVERIFY2(back->dueLocal > due, qPrintable(back->dueLocal.toString(Qt::ISODate)));
        QCOMPARE(back->supplements.size(), 1);
        QVERIFY(back->supplements[0].receivedAtUtc.isValid());
        // Fee notice then payment in two parts: processing resumes only when paid in full.
        QVERIFY(f.store->apply(f.clerk, code, requestFor(Step::FeeNotice)));
        auto part = requestFor(Step::RecordPayment);
        part.amountVnd = 500000;
        QCOMPARE(f.store->apply(f.clerk, code, part)->state, State::AwaitingPayment);
        part.amountVnd = 1000000;
        auto paid = f.store->apply(f.clerk, code, part);
        QCOMPARE(paid->state, State::Processing);
        QCOMPARE(paid->paidVnd(), qint64(1500000));
        // Reschedule keeps the original appointment.
        auto resched = f.store->apply(f.supervisor, code, requestFor(Step::Reschedule));
        QVERIFY2(resched, resched ? "" : qPrintable(resched.error().message));
        QCOMPARE(resched->dueLocal.date(), QDate(2025, 6, 30));
        QCOMPARE(resched->originalDueLocal, due);
    }

    void incompleteThenCompletedStartsTheClock()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = dossierIn(f, State::Incomplete);
        auto d = f.store->dossier(f.clerk, code);
        QVERIFY(!d->dueLocal.isValid());
        QCOMPARE(d->bookSerial, 0);
        f.clock.setLocal(QDate(2025, 3, 14), QTime(10, 0));
        auto r = f.store->apply(f.clerk, code, requestFor(Step::SupplementReceived));
        QVERIFY(r);
        QCOMPARE(r->state, State::Received);
        QCOMPARE(r->receivedAtUtc, Clock::local(QDate(2025, 3, 14), QTime(10, 0)).toUTC());
        QVERIFY(r->dueLocal.isValid());
        QCOMPARE(r->bookSerial, 1);
        QCOMPARE(r->code, code); // one code for the whole life
    }

    void stepValidationNamesTheField()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        store::StepRequest r;
        r.step = Step::Refuse;
        QCOMPARE(f.store->apply(f.clerk, code, r).error().field, QStringLiteral("reason"));
        r.step = Step::RecordPayment;
        r.amountVnd = 100;
        r.method.reset(); // no method given (the CLI refuses an unknown one itself)
        QCOMPARE(f.store->apply(f.clerk, code, r).error().field, QStringLiteral("method"));
        r.step = Step::Reschedule;
        r.reason = QStringLiteral("x");
        r.newDueDate = QDate(2025, 3, 1);
        QCOMPARE(f.store->apply(f.supervisor, code, r).error().field, QStringLiteral("to"));
        QCOMPARE(f.store->apply(f.clerk, QStringLiteral("000.00.25.G14-250312-0999"), requestFor(Step::HandOver))
                     .error()
                     .kind,
            ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "test_workflow.moc"
