// Permissions: every role × action pair against an independent expected table (written here from
// docs/permissions.md, not derived from the product table), plus names, labels and authorize() errors.
#include "core/auth/Permissions.h"

#include <QSet>
#include <QtTest>

using namespace motcua;
using namespace motcua::auth;

namespace {

// The expected matrix, by stable names, one line per role (docs/permissions.md).
const QHash<QString, QSet<QString>>& expectedTable()
{
    static const QHash<QString, QSet<QString>> table {
        { "clerk",
            { "receive_dossier", "request_supplement", "refuse_dossier", "hand_over", "mark_result_ready",
                "return_result", "withdraw_dossier", "stop_processing", "record_payment", "record_rating",
                "view_dossier", "search_dossiers", "print_forms", "sync" } },
        { "postal",
            { "receive_dossier", "request_supplement", "hand_over", "return_result", "record_payment", "record_rating",
                "view_dossier", "search_dossiers", "print_forms", "sync" } },
        { "supervisor",
            { "reschedule", "view_dossier", "search_dossiers", "print_forms", "view_reports", "verify_audit", "sync",
                "manage_personal_data", "purge_personal_data", "view_report_counts" } },
        { "admin",
            { "manage_users", "import_catalogue", "edit_calendar", "verify_audit", "check_database", "backup_database",
                "sync", "purge_personal_data", "view_report_counts" } },
    };
    return table;
}

const QStringList kAllActionNames { "receive_dossier", "request_supplement", "refuse_dossier", "hand_over",
    "mark_result_ready", "return_result", "withdraw_dossier", "stop_processing", "record_payment", "reschedule",
    "record_rating", "view_dossier", "search_dossiers", "print_forms", "view_reports", "manage_users",
    "import_catalogue", "edit_calendar", "verify_audit", "check_database", "backup_database", "sync",
    "manage_personal_data", "purge_personal_data", "view_report_counts" };

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActionHasAStableName()
    {
        const QList<Action> actions = allActions();
        QCOMPARE(actions.size(), kAllActionNames.size());
        for (int i = 0; i < actions.size(); ++i) {
            QCOMPARE(actionName(actions[i]), kAllActionNames[i]);
            QCOMPARE(actionFromName(kAllActionNames[i]), std::optional<Action>(actions[i]));
            QVERIFY(!actionLabel(actions[i]).isEmpty());
        }
        QCOMPARE(QSet<QString>(kAllActionNames.begin(), kAllActionNames.end()).size(), kAllActionNames.size());
        QCOMPARE(actionFromName("delete_everything"), std::nullopt);
        QCOMPARE(actionFromName(""), std::nullopt);
    }

    void roleNamesRoundTrip()
    {
        QCOMPARE(allRoles(), (QList<Role> { Role::Clerk, Role::Postal, Role::Supervisor, Role::Admin }));
        QCOMPARE(roleName(Role::Clerk), QString("clerk"));
        QCOMPARE(roleName(Role::Postal), QString("postal"));
        QCOMPARE(roleName(Role::Supervisor), QString("supervisor"));
        QCOMPARE(roleName(Role::Admin), QString("admin"));
        QSet<QString> labels;
        for (Role r : allRoles()) {
            QCOMPARE(roleFromName(roleName(r)), std::optional<Role>(r));
            QVERIFY(!roleLabel(r).isEmpty());
            labels.insert(roleLabel(r));
        }
        QCOMPARE(labels.size(), 4);
    }

    void roleFromNameIsStrict_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("role"); // -1 = rejected
        QTest::newRow("upper case") << "ADMIN" << int(Role::Admin);
        QTest::newRow("spaces") << "  postal " << int(Role::Postal);
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("label, not id") << "Supervisor staff" << -1;
        QTest::newRow("plural") << "clerks" << -1;
        QTest::newRow("root") << "root" << -1;
        QTest::newRow("administrator") << "administrator" << -1;
    }

    void roleFromNameIsStrict()
    {
        QFETCH(QString, text);
        QFETCH(int, role);
        const auto parsed = roleFromName(text);
        if (role < 0)
            QCOMPARE(parsed, std::nullopt);
        else
            QCOMPARE(parsed, std::optional<Role>(Role(role)));
    }

    // The full matrix: 4 roles × 25 actions = 100 rows.
    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("expected");
        const QStringList roles { "clerk", "postal", "supervisor", "admin" };
        int rows = 0;
        for (int r = 0; r < roles.size(); ++r)
            for (int a = 0; a < kAllActionNames.size(); ++a) {
                const bool allowed = expectedTable().value(roles[r]).contains(kAllActionNames[a]);
                QTest::addRow("%s x %s", qPrintable(roles[r]), qPrintable(kAllActionNames[a])) << r << a << allowed;
                ++rows;
            }
        QCOMPARE(rows, 100);
    }

    void matrix()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(bool, expected);
        const Role r = allRoles().at(role);
        const Action a = allActions().at(action);
        QCOMPARE(isAllowed(r, a), expected);
        const Status st = authorize(r, a);
        QCOMPARE(st.ok(), expected);
        QCOMPARE(allowedActions(r).contains(a), expected);
        if (!expected) {
            QCOMPARE(st.error().kind, ErrorKind::Permission);
            QCOMPARE(st.error().field, QString("user"));
            QCOMPARE(st.error().code, QString("permission_denied"));
            QVERIFY2(st.error().message.contains(roleLabel(r)), qPrintable(st.error().message));
            QVERIFY2(st.error().message.contains(actionLabel(a)), qPrintable(st.error().message));
        }
    }

    // Every expected-table entry names a real action (a typo in the test table would otherwise
    // silently read as "refused").
    void expectedTableUsesRealNames()
    {
        for (auto it = expectedTable().cbegin(); it != expectedTable().cend(); ++it) {
            QVERIFY(roleFromName(it.key()).has_value());
            for (const QString& name : it.value())
                QVERIFY2(actionFromName(name).has_value(), qPrintable(name));
        }
    }

    // Separation of duties the domain notes ask for, stated directly.
    void policyInvariants()
    {
        // Postal staff have no power to decide dossiers.
        QVERIFY(!isAllowed(Role::Postal, Action::RefuseDossier));
        QVERIFY(!isAllowed(Role::Postal, Action::StopProcessing));
        QVERIFY(!isAllowed(Role::Postal, Action::Reschedule));
        // Only administrators manage users, catalogue, calendar, backups and the database check.
        for (Action a : { Action::ManageUsers, Action::ImportCatalogue, Action::EditCalendar, Action::BackupDatabase,
                 Action::CheckDatabase })
            for (Role r : allRoles())
                QCOMPARE(isAllowed(r, a), r == Role::Admin);
        // Nobody who can receive dossiers can also manage the users who receive them.
        for (Role r : allRoles())
            QVERIFY(!(isAllowed(r, Action::ReceiveDossier) && isAllowed(r, Action::ManageUsers)));
        // Every action is allowed to somebody (no dead action).
        for (Action a : allActions()) {
            bool someone = false;
            for (Role r : allRoles())
                someone = someone || isAllowed(r, a);
            QVERIFY2(someone, qPrintable(actionName(a)));
        }
    }

    void outOfRangeValuesAreRefused()
    {
        QVERIFY(!isAllowed(static_cast<Role>(17), Action::ViewDossier));
        QVERIFY(!isAllowed(Role::Admin, static_cast<Action>(99)));
        const Status st = authorize(static_cast<Role>(-1), Action::Sync);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, ErrorKind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "test_permissions.moc"
