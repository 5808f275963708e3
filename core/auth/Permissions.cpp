#include "core/auth/Permissions.h"

#include <QCoreApplication>

#include <array>

namespace motcua::auth {

namespace {

struct ActionInfo {
    Action action;
    const char* name;
    const char* label; // English source, translated in context "motcua::auth"
};

// Order = declaration order of Action; checked by a static_assert below and by the tests.
constexpr std::array<ActionInfo, 25> kActions { {
    { Action::ReceiveDossier, "receive_dossier", QT_TRANSLATE_NOOP("motcua::auth", "receive a dossier") },
    { Action::RequestSupplement, "request_supplement", QT_TRANSLATE_NOOP("motcua::auth", "request a supplement") },
    { Action::RefuseDossier, "refuse_dossier", QT_TRANSLATE_NOOP("motcua::auth", "refuse a dossier") },
    { Action::HandOver, "hand_over", QT_TRANSLATE_NOOP("motcua::auth", "hand a dossier over to the processing unit") },
    { Action::MarkResultReady, "mark_result_ready",
        QT_TRANSLATE_NOOP("motcua::auth", "record that the result is ready") },
    { Action::ReturnResult, "return_result", QT_TRANSLATE_NOOP("motcua::auth", "return the result to the applicant") },
    { Action::WithdrawDossier, "withdraw_dossier",
        QT_TRANSLATE_NOOP("motcua::auth", "record the withdrawal of a dossier") },
    { Action::StopProcessing, "stop_processing",
        QT_TRANSLATE_NOOP("motcua::auth", "record that processing was stopped") },
    { Action::RecordPayment, "record_payment", QT_TRANSLATE_NOOP("motcua::auth", "record a fee payment") },
    { Action::Reschedule, "reschedule",
        QT_TRANSLATE_NOOP("motcua::auth", "reschedule the appointment (apology slip)") },
    { Action::RecordRating, "record_rating", QT_TRANSLATE_NOOP("motcua::auth", "record a satisfaction rating") },
    { Action::ViewDossier, "view_dossier", QT_TRANSLATE_NOOP("motcua::auth", "view a dossier") },
    { Action::SearchDossiers, "search_dossiers", QT_TRANSLATE_NOOP("motcua::auth", "search dossiers") },
    { Action::PrintForms, "print_forms", QT_TRANSLATE_NOOP("motcua::auth", "print dossier forms") },
    { Action::ViewReports, "view_reports", QT_TRANSLATE_NOOP("motcua::auth", "view reports and the tracking book") },
    { Action::ManageUsers, "manage_users", QT_TRANSLATE_NOOP("motcua::auth", "manage user accounts") },
    { Action::ImportCatalogue, "import_catalogue",
        QT_TRANSLATE_NOOP("motcua::auth", "import the procedure catalogue") },
    { Action::EditCalendar, "edit_calendar", QT_TRANSLATE_NOOP("motcua::auth", "edit the holiday calendar") },
    { Action::VerifyAudit, "verify_audit", QT_TRANSLATE_NOOP("motcua::auth", "verify the audit log") },
    { Action::CheckDatabase, "check_database", QT_TRANSLATE_NOOP("motcua::auth", "check the database") },
    { Action::BackupDatabase, "backup_database", QT_TRANSLATE_NOOP("motcua::auth", "back up the database") },
    { Action::Sync, "sync", QT_TRANSLATE_NOOP("motcua::auth", "synchronise with the central system") },
    { Action::ManagePersonalData, "manage_personal_data",
        QT_TRANSLATE_NOOP("motcua::auth", "export or erase a person's personal data") },
    { Action::PurgePersonalData, "purge_personal_data",
        QT_TRANSLATE_NOOP("motcua::auth", "purge personal data past the retention period") },
    { Action::ViewReportCounts, "view_report_counts",
        QT_TRANSLATE_NOOP("motcua::auth", "view report counts (no dossier contents)") },
} };

constexpr bool actionsInOrder()
{
    for (std::size_t i = 0; i < kActions.size(); ++i)
        if (static_cast<std::size_t>(kActions[i].action) != i)
            return false;
    return true;
}
static_assert(actionsInOrder(), "kActions must list every Action in declaration order");
static_assert(static_cast<std::size_t>(Action::ViewReportCounts) + 1 == kActions.size());

constexpr std::array<Role, 4> kRoles { Role::Clerk, Role::Postal, Role::Supervisor, Role::Admin };

// The permission table (docs/permissions.md explains every column). Columns: clerk, postal,
// supervisor, admin. Rows in Action order.
constexpr bool C = true; // allowed
constexpr bool _ = false; // refused
constexpr std::array<std::array<bool, 4>, 25> kTable { {
    //  clerk postal superv admin
    { C, C, _, _ }, // ReceiveDossier: desk and postal intake
    { C, C, _, _ }, // RequestSupplement: part of checking the components at intake
    { C, _, _, _ }, // RefuseDossier: a decision on remit/eligibility; postal staff have no power to decide
    { C, C, _, _ }, // HandOver: every hand-over row on the control slip
    { C, _, _, _ }, // MarkResultReady: the result arrives at the desk from the unit
    { C, C, _, _ }, // ReturnResult: at the desk or on the postal channel
    { C, _, _, _ }, // WithdrawDossier: the desk records the applicant's withdrawal request
    { C, _, _, _ }, // StopProcessing: the desk records the unit's stop notice
    { C, C, _, _ }, // RecordPayment: fee collection
    { _, _, C, _ }, // Reschedule: apology slip and new appointment, signed off by the supervisor
    { C, C, _, _ }, // RecordRating: entered at the counter with the applicant
    { C, C, C, _ }, // ViewDossier
    { C, C, C, _ }, // SearchDossiers
    { C, C, C, _ }, // PrintForms
    { _, _, C, _ }, // ViewReports: queues, fees per clerk, ratings, tracking book
    { _, _, _, C }, // ManageUsers
    { _, _, _, C }, // ImportCatalogue
    { _, _, _, C }, // EditCalendar
    { _, _, C, C }, // VerifyAudit
    { _, _, _, C }, // CheckDatabase
    { _, _, _, C }, // BackupDatabase
    { C, C, C, C }, // Sync: pushes already committed changes; any signed-in desk may trigger it
    { _, _, C, _ }, // ManagePersonalData: a person's request is decided by the head of the desk
    { _, _, C, C }, // PurgePersonalData: the retention rule, run by the supervisor or the administrator's cron
    { _, _, C, C }, // ViewReportCounts: figures of the periodic report, dashboard counts; never a dossier
} };

const ActionInfo& info(Action action)
{
    return kActions[static_cast<std::size_t>(action)];
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Postal:
        return QStringLiteral("postal");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (Role role : kRoles)
        if (roleName(role) == wanted)
            return role;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("motcua::auth", "Reception clerk");
    case Role::Postal:
        return QCoreApplication::translate("motcua::auth", "Postal staff");
    case Role::Supervisor:
        return QCoreApplication::translate("motcua::auth", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("motcua::auth", "Administrator");
    }
    return {};
}

QString actionName(Action action)
{
    return QString::fromLatin1(info(action).name);
}

std::optional<Action> actionFromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const ActionInfo& a : kActions)
        if (wanted == QLatin1String(a.name))
            return a.action;
    return std::nullopt;
}

QString actionLabel(Action action)
{
    return QCoreApplication::translate("motcua::auth", info(action).label);
}

QList<Action> allActions()
{
    QList<Action> out;
    out.reserve(int(kActions.size()));
    for (const ActionInfo& a : kActions)
        out.append(a.action);
    return out;
}

QList<Role> allRoles()
{
    return QList<Role>(kRoles.begin(), kRoles.end());
}

bool isAllowed(Role role, Action action)
{
    const auto a = static_cast<std::size_t>(action);
    const auto r = static_cast<std::size_t>(role);
    if (a >= kTable.size() || r >= kRoles.size())
        return false; // out-of-range values (a corrupted cast) are refused, never allowed
    return kTable[a][r];
}

QList<Action> allowedActions(Role role)
{
    QList<Action> out;
    for (const ActionInfo& a : kActions)
        if (isAllowed(role, a.action))
            out.append(a.action);
    return out;
}

Status authorize(Role role, Action action)
{
    if (isAllowed(role, action))
        return {};
    const auto a = static_cast<std::size_t>(action);
    const QString what = a < kActions.size() ? actionLabel(action) : QString::number(int(a));
    const auto r = static_cast<std::size_t>(role);
    const QString who = r < kRoles.size() ? roleLabel(role) : QString::number(int(r));
    return Error::permission(QStringLiteral("user"),
        QCoreApplication::translate("motcua::auth",
            "The role \"%1\" may not %2. Ask a user with the right role to "
            "do it, or ask an administrator to change your role.")
            .arg(who, what),
        QStringLiteral("permission_denied"));
}

} // namespace motcua::auth
