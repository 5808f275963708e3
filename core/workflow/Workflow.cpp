#include "core/workflow/Workflow.h"

#include <array>

namespace motcua::workflow {

namespace {

struct Edge {
    State from;
    Step step;
    State to;
};

using S = State;
using T = Step;

// The transition table. Steps that do not change the state (payment, reschedule, rating, a second
// hand-over) still need an edge: the edge says where the step is allowed.
const std::array kEdges = {
    Edge { S::Incomplete, T::SupplementReceived, S::Received },
    Edge { S::Incomplete, T::Refuse, S::Refused },
    Edge { S::Incomplete, T::Withdraw, S::Withdrawn },
    Edge { S::Received, T::RequestSupplement, S::SupplementRequested },
    Edge { S::Received, T::Refuse, S::Refused },
    Edge { S::Received, T::HandOver, S::Processing },
    Edge { S::Received, T::RecordPayment, S::Received },
    Edge { S::Received, T::Withdraw, S::Withdrawn },
    Edge { S::Received, T::Reschedule, S::Received },
    Edge { S::Processing, T::HandOver, S::Processing },
    Edge { S::Processing, T::RequestSupplement, S::SupplementRequested },
    Edge { S::Processing, T::FeeNotice, S::AwaitingPayment },
    Edge { S::Processing, T::RecordPayment, S::Processing },
    Edge { S::Processing, T::MarkResultReady, S::ResultReady },
    Edge { S::Processing, T::Withdraw, S::Withdrawn },
    Edge { S::Processing, T::Stop, S::Stopped },
    Edge { S::Processing, T::Reschedule, S::Processing },
    Edge { S::SupplementRequested, T::SupplementReceived, S::Processing }, // or back to Received
    Edge { S::SupplementRequested, T::Withdraw, S::Withdrawn },
    Edge { S::SupplementRequested, T::Stop, S::Stopped },
    Edge { S::SupplementRequested, T::Reschedule, S::SupplementRequested },
    Edge { S::AwaitingPayment, T::RecordPayment, S::AwaitingPayment }, // Processing when paid in full
    Edge { S::AwaitingPayment, T::Withdraw, S::Withdrawn },
    Edge { S::AwaitingPayment, T::Stop, S::Stopped },
    Edge { S::AwaitingPayment, T::Reschedule, S::AwaitingPayment },
    Edge { S::ResultReady, T::RecordPayment, S::ResultReady },
    Edge { S::ResultReady, T::ReturnResult, S::Returned },
    Edge { S::Returned, T::Rate, S::Returned },
    Edge { S::Refused, T::Rate, S::Refused },
};

const std::array kStateNames = { "incomplete", "received", "refused", "processing", "supplement_requested",
    "awaiting_payment", "result_ready", "returned", "withdrawn", "stopped" };
const std::array kStepNames = { "accept", "accept_incomplete", "refuse_at_intake", "request_supplement",
    "supplement_received", "refuse", "hand_over", "fee_notice", "record_payment", "mark_result_ready", "return_result",
    "withdraw", "stop", "reschedule", "rate" };

} // namespace

QList<State> allStates()
{
    QList<State> l;
    for (int i = 0; i < int(kStateNames.size()); ++i)
        l << State(i);
    return l;
}

QString stateName(State s)
{
    return QString::fromLatin1(kStateNames[size_t(s)]);
}

std::optional<State> stateFromName(const QString& name)
{
    for (int i = 0; i < int(kStateNames.size()); ++i)
        if (name == QLatin1String(kStateNames[size_t(i)]))
            return State(i);
    return std::nullopt;
}

QString stateLabel(State s)
{
    switch (s) {
    case State::Incomplete:
        return Workflow::tr("incomplete, guidance given");
    case State::Received:
        return Workflow::tr("received, waiting for hand-over");
    case State::Refused:
        return Workflow::tr("refused");
    case State::Processing:
        return Workflow::tr("being processed");
    case State::SupplementRequested:
        return Workflow::tr("waiting for supplementary papers");
    case State::AwaitingPayment:
        return Workflow::tr("waiting for payment of fees");
    case State::ResultReady:
        return Workflow::tr("result ready for return");
    case State::Returned:
        return Workflow::tr("result returned");
    case State::Withdrawn:
        return Workflow::tr("withdrawn by the applicant");
    case State::Stopped:
        return Workflow::tr("processing stopped");
    }
    return {};
}

QString stepName(Step s)
{
    return QString::fromLatin1(kStepNames[size_t(s)]);
}

QString stepLabel(Step s)
{
    switch (s) {
    case Step::Accept:
        return Workflow::tr("accept the dossier");
    case Step::AcceptIncomplete:
        return Workflow::tr("record an incomplete dossier");
    case Step::RefuseAtIntake:
        return Workflow::tr("refuse at intake");
    case Step::RequestSupplement:
        return Workflow::tr("request supplementary papers");
    case Step::SupplementReceived:
        return Workflow::tr("record the supplementary papers");
    case Step::Refuse:
        return Workflow::tr("refuse the dossier");
    case Step::HandOver:
        return Workflow::tr("hand the dossier over");
    case Step::FeeNotice:
        return Workflow::tr("record a fee notice");
    case Step::RecordPayment:
        return Workflow::tr("record a payment");
    case Step::MarkResultReady:
        return Workflow::tr("mark the result ready");
    case Step::ReturnResult:
        return Workflow::tr("return the result");
    case Step::Withdraw:
        return Workflow::tr("withdraw the dossier");
    case Step::Stop:
        return Workflow::tr("stop processing");
    case Step::Reschedule:
        return Workflow::tr("reschedule the appointment");
    case Step::Rate:
        return Workflow::tr("record a satisfaction rating");
    }
    return {};
}

auth::Action actionFor(Step s)
{
    using A = auth::Action;
    switch (s) {
    case Step::Accept:
    case Step::AcceptIncomplete:
    case Step::SupplementReceived:
        return A::ReceiveDossier;
    case Step::RefuseAtIntake:
    case Step::Refuse:
        return A::RefuseDossier;
    case Step::RequestSupplement:
        return A::RequestSupplement;
    case Step::HandOver:
        return A::HandOver;
    case Step::FeeNotice:
    case Step::RecordPayment:
        return A::RecordPayment;
    case Step::MarkResultReady:
        return A::MarkResultReady;
    case Step::ReturnResult:
        return A::ReturnResult;
    case Step::Withdraw:
        return A::WithdrawDossier;
    case Step::Stop:
        return A::StopProcessing;
    case Step::Reschedule:
        return A::Reschedule;
    case Step::Rate:
        return A::RecordRating;
    }
    return A::ViewDossier;
}

Result<State> Workflow::next(State from, Step step, const StepContext& ctx)
{
    for (const Edge& e : kEdges) {
        if (e.from != from || e.step != step)
            continue;
        if (step == Step::Rate && ctx.alreadyRated)
            return Error::invalid(QStringLiteral("rating"),
                tr("This dossier already has a satisfaction rating; a rating is "
                   "recorded once"),
                QStringLiteral("already_rated"));
        if (from == State::AwaitingPayment && step == Step::RecordPayment && ctx.paidInFull)
            return State::Processing;
        if (from == State::SupplementRequested && step == Step::SupplementReceived && ctx.resumeState)
            return *ctx.resumeState;
        return e.to;
    }
    QStringList allowed;
    for (Step s : allowedSteps(from))
        allowed << stepLabel(s);
    const QString hint = allowed.isEmpty() ? tr("no further step is possible")
                                           : tr("possible steps: %1").arg(allowed.join(QStringLiteral("; ")));
    return Error::invalid(QStringLiteral("state"),
        tr("Cannot %1: the dossier is in state \"%2\" (%3)").arg(stepLabel(step), stateLabel(from), hint),
        QStringLiteral("illegal_transition"));
}

Result<State> Workflow::initial(Step intakeStep)
{
    switch (intakeStep) {
    case Step::Accept:
        return State::Received;
    case Step::AcceptIncomplete:
        return State::Incomplete;
    case Step::RefuseAtIntake:
        return State::Refused;
    default:
        break;
    }
    return Error::invalid(QStringLiteral("decision"), tr("%1 is not an intake decision").arg(stepLabel(intakeStep)),
        QStringLiteral("illegal_transition"));
}

QList<Step> Workflow::allowedSteps(State from)
{
    QList<Step> l;
    for (const Edge& e : kEdges)
        if (e.from == from && !l.contains(e.step))
            l << e.step;
    return l;
}

bool Workflow::isAllowed(State from, Step step)
{
    for (const Edge& e : kEdges)
        if (e.from == from && e.step == step)
            return true;
    return false;
}

const StatusMapping& StatusMapping::standard()
{
    static const StatusMapping m = [] {
        StatusMapping s;
        const std::array<int, 10> codes = { 5, 2, 3, 4, 5, 6, 9, 10, 7, 8 };
        for (int i = 0; i < 10; ++i)
            s.m_codes.insert(i, codes[size_t(i)]);
        return s;
    }();
    return m;
}

Result<StatusMapping> StatusMapping::fromJson(const QJsonObject& json)
{
    StatusMapping m = standard();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto s = stateFromName(it.key());
        const int code = it.value().toInt(-1);
        if (!s || code < 1 || code > 10)
            return Error::invalid(QStringLiteral("status_mapping.") + it.key(),
                Workflow::tr("The status mapping entry %1 must name a known state and a "
                             "national status code 1-10")
                    .arg(it.key()),
                QStringLiteral("invalid_mapping"));
        m.m_codes.insert(int(*s), code);
    }
    return m;
}

int StatusMapping::nationalCode(State s) const
{
    return m_codes.value(int(s), 0);
}

QJsonObject StatusMapping::toJson() const
{
    QJsonObject o;
    for (State s : allStates())
        o.insert(stateName(s), nationalCode(s));
    return o;
}

QString nationalStatusName(int code)
{
    switch (code) {
    case 1:
        return QStringLiteral("Mới đăng ký");
    case 2:
        return QStringLiteral("Được tiếp nhận");
    case 3:
        return QStringLiteral("Không được tiếp nhận");
    case 4:
        return QStringLiteral("Đang xử lý");
    case 5:
        return QStringLiteral("Yêu cầu bổ sung giấy tờ");
    case 6:
        return QStringLiteral("Yêu cầu thực hiện nghĩa vụ tài chính");
    case 7:
        return QStringLiteral("Công dân yêu cầu rút hồ sơ");
    case 8:
        return QStringLiteral("Dừng xử lý");
    case 9:
        return QStringLiteral("Đã xử lý xong");
    case 10:
        return QStringLiteral("Đã trả kết quả");
    }
    return {};
}

int nationalChannelCode(const QString& channel)
{
    if (channel == QLatin1String("desk"))
        return 1;
    if (channel == QLatin1String("online"))
        return 2;
    if (channel == QLatin1String("postal"))
        return 3;
    return 0;
}

} // namespace motcua::workflow
