// Permissions: the role × action table of MotCua Desk. Every business operation that changes or reveals
// dossier data calls authorize() in core (the Store does it inside its methods), so hiding a button is
// never the only guard. The table and the reasons behind it are documented in docs/permissions.md.
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace motcua::auth {

enum class Role { Clerk, Postal, Supervisor, Admin };

enum class Action {
    ReceiveDossier,
    RequestSupplement,
    RefuseDossier,
    HandOver,
    MarkResultReady,
    ReturnResult,
    WithdrawDossier,
    StopProcessing,
    RecordPayment,
    Reschedule,
    RecordRating,
    ViewDossier,
    SearchDossiers,
    PrintForms,
    ViewReports,
    ManageUsers,
    ImportCatalogue,
    EditCalendar,
    VerifyAudit,
    CheckDatabase,
    BackupDatabase,
    Sync,
    ManagePersonalData, // export or erase one person's data (Decree 13/2023/NĐ-CP)
    PurgePersonalData, // erase personal data past the retention period
    ViewReportCounts, // issue 14: counts of the supervisor views without any dossier's contents
};

// Stable lower-case id stored in the users table and used by the CLI: "clerk", "postal",
// "supervisor", "admin".
QString roleName(Role role);
// Accepts exactly the ids of roleName() (case-insensitive, surrounding spaces ignored).
std::optional<Role> roleFromName(const QString& name);
// Translated label for people ("Cán bộ tiếp nhận", ...).
QString roleLabel(Role role);

// Stable snake_case id ("receive_dossier", ...), used in audit rows and error codes.
QString actionName(Action action);
std::optional<Action> actionFromName(const QString& name);
// Translated label for people ("tiếp nhận hồ sơ", ...).
QString actionLabel(Action action);

QList<Action> allActions();
QList<Role> allRoles();

bool isAllowed(Role role, Action action);
// The actions a role may perform, in allActions() order.
QList<Action> allowedActions(Role role);

// OK when allowed; otherwise Error::permission with field "user", code "permission_denied", and a
// translated message naming the action and the role.
Status authorize(Role role, Action action);

} // namespace motcua::auth
