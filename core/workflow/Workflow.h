// Workflow: the desk's own dossier state machine. Internal states are finer than the national
// portal's status codes 1-10; a configurable table maps them (codes-and-integration.md §4.5), and
// channels map onto the national channel codes 1-3. Every illegal step is refused with a message that
// names the dossier's current state. The store applies the steps; this class only decides.
#pragma once

#include "core/Result.h"
#include "core/auth/Permissions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace motcua::workflow {

enum class State {
    Incomplete, // checked at the desk, papers missing: guidance given, clock not started
    Received, // accepted at the desk, waiting for hand-over
    Refused, // refused at the desk (terminal)
    Processing, // handed over to the processing unit
    SupplementRequested, // processing paused: the applicant must add or correct papers
    AwaitingPayment, // processing paused: fee notice issued, waiting for payment
    ResultReady, // result back at the desk
    Returned, // result handed to the applicant (terminal)
    Withdrawn, // applicant withdrew (terminal)
    Stopped, // processing stopped (terminal)
};

enum class Step {
    Accept, // intake: complete dossier
    AcceptIncomplete, // intake: guidance, papers missing
    RefuseAtIntake, // intake: refused
    RequestSupplement,
    SupplementReceived, // the applicant brought what was missing
    Refuse,
    HandOver,
    FeeNotice,
    RecordPayment,
    MarkResultReady,
    ReturnResult,
    Withdraw,
    Stop,
    Reschedule,
    Rate,
};

QList<State> allStates();
QString stateName(State); // stable id "received"
std::optional<State> stateFromName(const QString&);
QString stateLabel(State); // translated label
QString stepName(Step); // stable id "hand_over"
QString stepLabel(Step); // translated label
auth::Action actionFor(Step); // which permission a step needs

// Extra facts some steps depend on.
struct StepContext {
    bool paidInFull = false; // RecordPayment while AwaitingPayment
    std::optional<State> resumeState; // SupplementReceived: state before the request
    bool alreadyRated = false; // Rate
};

class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)
public:
    // The state after `step` from `from`, or Error::invalid(field "state", code "illegal_transition")
    // naming the current state and the step.
    static Result<State> next(State from, Step step, const StepContext& ctx = {});
    // The state an intake step creates.
    static Result<State> initial(Step intakeStep);
    static QList<Step> allowedSteps(State from);
    static bool isAllowed(State from, Step step);
};

// Internal state -> national status code (TrangThaiHoSo 1-10); configurable per adapter.
class StatusMapping
{
public:
    static const StatusMapping& standard();
    // {"received": 2, ...}; states absent from the object keep the standard code.
    static Result<StatusMapping> fromJson(const QJsonObject& json);
    int nationalCode(State s) const;
    QJsonObject toJson() const;

private:
    QHash<int, int> m_codes;
};

QString nationalStatusName(int code); // exact Vietnamese name from the portal's table
int nationalChannelCode(const QString& channel); // desk 1, online 2, postal 3; 0 = unknown

} // namespace motcua::workflow
