// `motcua user unlock|disable|enable|passwd` end to end, with the contract's exit codes (0 ok, 1 unknown
// login, 4 permission denied): an administrator unlocks an account locked by five wrong passwords,
// disables and enables it (shown in `user list`), and sets a new password; a clerk may change only
// their own password.
#include "tests/support/CliRunner.h"
#include "tests/support/TempDataDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace motcua::test;

namespace {

const QString kAdminPw = QStringLiteral("Quay-so-1-2025");
const QString kClerkPw = QStringLiteral("Tiep-nhan-2025");
const QString kNow = QStringLiteral("2025-03-12T09:05:00");

} // namespace

class TestCliUser : public QObject
{
    Q_OBJECT

    TempDataDir m_dir;
    QString m_data;

    CliResult as(const QString& user, const QString& password, const QStringList& args, const QString& newPw = {})
    {
        QStringList all { QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow };
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        return runCli(all + args, {}, passwordEnv(password, newPw));
    }
    CliResult admin(const QStringList& args, const QString& newPw = {})
    {
        return as(QStringLiteral("admin"), kAdminPw, args, newPw);
    }
    QJsonObject listed(const QString& login)
    {
        const CliResult list = admin({ QStringLiteral("user"), QStringLiteral("list") });
        for (const QJsonValue& v : list.json.array())
            if (v.toObject().value(QStringLiteral("login")).toString() == login)
                return v.toObject();
        return {};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction()));
        QCOMPARE(runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("init") },
                     {}, passwordEnv({}, kAdminPw))
                     .exitCode,
            0);
        QCOMPARE(
            admin({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"), QStringLiteral("--name"),
                      QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("--role"), QStringLiteral("clerk") },
                kClerkPw)
                .exitCode,
            0);
    }

    void unlockAfterFiveWrongPasswords()
    {
        const QStringList list { QStringLiteral("user"), QStringLiteral("list") };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(as(QStringLiteral("clerk1"), QStringLiteral("Sai-mat-khau-1"), list).exitCode, 4);
        const CliResult locked = as(QStringLiteral("clerk1"), kClerkPw, list);
        QCOMPARE(locked.exitCode, 4);
        QCOMPARE(locked.error().value(QStringLiteral("code")).toString(), QStringLiteral("account_locked"));
        QCOMPARE(listed(QStringLiteral("clerk1")).value(QStringLiteral("failures")).toInt(), 5);

        const CliResult unlock = admin({ QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("clerk1") });
        QCOMPARE(unlock.exitCode, 0);
        QCOMPARE(listed(QStringLiteral("clerk1")).value(QStringLiteral("failures")).toInt(), 0);
        // Signed in again: a clerk's `user list` is a permission error, not a lock.
        const CliResult after = as(QStringLiteral("clerk1"), kClerkPw, list);
        QCOMPARE(after.exitCode, 4);
        QCOMPARE(after.error().value(QStringLiteral("code")).toString(), QStringLiteral("permission_denied"));
    }

    void disableAndEnable()
    {
        QCOMPARE(admin({ QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("clerk1") }).exitCode, 0);
        QCOMPARE(listed(QStringLiteral("clerk1")).value(QStringLiteral("disabled")).toBool(), true);
        const CliResult refused = as(QStringLiteral("clerk1"), kClerkPw,
            { QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("clerk1") },
            QStringLiteral("Mat-khau-moi-2025"));
        QCOMPARE(refused.exitCode, 4);
        QCOMPARE(refused.error().value(QStringLiteral("code")).toString(), QStringLiteral("account_disabled"));
        QCOMPARE(admin({ QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("clerk1") }).exitCode, 0);
        QCOMPARE(listed(QStringLiteral("clerk1")).value(QStringLiteral("disabled")).toBool(), false);
    }

    void passwd()
    {
        const QString fresh = QStringLiteral("Mat-khau-moi-2025");
        const QStringList passwdClerk { QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("clerk1") };
        // Without a new password (and no terminal): usage error.
        QCOMPARE(admin(passwdClerk).exitCode, 2);
        QCOMPARE(admin(passwdClerk, fresh).exitCode, 0);
        const CliResult old = as(QStringLiteral("clerk1"), kClerkPw, passwdClerk, kClerkPw);
        QCOMPARE(old.exitCode, 4);
        QCOMPARE(old.error().value(QStringLiteral("code")).toString(), QStringLiteral("wrong_password"));
        // A clerk changes their own password...
        QCOMPARE(as(QStringLiteral("clerk1"), fresh, passwdClerk, kClerkPw).exitCode, 0);
        // ...but not the administrator's.
        const CliResult denied = as(QStringLiteral("clerk1"), kClerkPw,
            { QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("admin") }, fresh);
        QCOMPARE(denied.exitCode, 4);
        QCOMPARE(denied.error().value(QStringLiteral("kind")).toString(), QStringLiteral("permission"));
    }

    void permissionAndUnknownLogin()
    {
        for (const char* sub : { "unlock", "disable", "enable" }) {
            const CliResult denied = as(QStringLiteral("clerk1"), kClerkPw,
                { QStringLiteral("user"), QString::fromLatin1(sub), QStringLiteral("admin") });
            QCOMPARE(denied.exitCode, 4);
            QCOMPARE(denied.error().value(QStringLiteral("code")).toString(), QStringLiteral("permission_denied"));
            const CliResult unknown
                = admin({ QStringLiteral("user"), QString::fromLatin1(sub), QStringLiteral("nobody") });
            QCOMPARE(unknown.exitCode, 1);
            QCOMPARE(unknown.error().value(QStringLiteral("code")).toString(), QStringLiteral("unknown_login"));
        }
        QCOMPARE(admin({ QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("nobody") },
                     QStringLiteral("Mat-khau-moi-2025"))
                     .exitCode,
            1);
        QCOMPARE(admin({ QStringLiteral("user"), QStringLiteral("unlock") }).exitCode, 2);
        QCOMPARE(listed(QStringLiteral("admin")).value(QStringLiteral("disabled")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestCliUser)
#include "test_cli_user.moc"
