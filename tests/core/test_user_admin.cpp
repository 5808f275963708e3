// Account administration at the Store level: unlock clears a lockout made by five wrong passwords;
// a disabled account is refused (and listed as disabled) until enabled again; changePassword replaces
// the password (the old one fails) and clears the lock; only administrators may do these, except that
// anyone may change their own password; an unknown login is not found; each change writes an audit row.
#include "tests/support/SqlProbe.h"
#include "tests/support/StoreFixture.h"

#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

qint64 auditCount(store::Store& s, const char* action)
{
    const QString sql = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action);
    return SqlProbe(s.handle()).scalar(sql.toUtf8().constData());
}

qint64 auditRows(store::Store& s)
{
    return SqlProbe(s.handle()).scalar("SELECT count(*) FROM audit_log");
}

void lockOut(StoreFixture& f, const QString& login)
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(!f.store->authenticate(login, QStringLiteral("Sai-mat-khau-1")));
}

const store::UserInfo* findUser(const QList<store::UserInfo>& list, const QString& login)
{
    for (const store::UserInfo& u : list)
        if (u.login == login)
            return &u;
    return nullptr;
}

} // namespace

class TestUserAdmin : public QObject
{
    Q_OBJECT

private slots:
    void unlockClearsALockout()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        lockOut(f, QStringLiteral("clerk"));
        auto locked = f.store->authenticate(QStringLiteral("clerk"), kTestPassword);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, QStringLiteral("account_locked"));

        QVERIFY(f.store->unlockUser(f.admin, QStringLiteral("clerk")));
        QCOMPARE(auditCount(*f.store, "user_unlock"), 1);
        auto users = f.store->users(f.admin);
        QVERIFY(users);
        const store::UserInfo* u = findUser(users.value(), QStringLiteral("clerk"));
        QVERIFY(u);
        QCOMPARE(u->failures, 0);
        QVERIFY(!u->lockedUntilUtc.isValid());
        QVERIFY(f.store->authenticate(QStringLiteral("clerk"), kTestPassword));
    }

    void disabledAccountIsRefusedUntilEnabled()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.store->setUserDisabled(f.admin, QStringLiteral("clerk"), true));
        auto refused = f.store->authenticate(QStringLiteral("clerk"), kTestPassword);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Permission);
        QCOMPARE(refused.error().code, QStringLiteral("account_disabled"));
        QVERIFY(refused.error().message.contains(QStringLiteral("clerk")));
        auto users = f.store->users(f.admin);
        QVERIFY(users);
        const store::UserInfo* u = findUser(users.value(), QStringLiteral("clerk"));
        QVERIFY(u);
        QVERIFY(!u->active);
        QCOMPARE(u->toJson().value(QStringLiteral("disabled")).toBool(), true);

        QVERIFY(f.store->setUserDisabled(f.admin, QStringLiteral("clerk"), false));
        QVERIFY(f.store->authenticate(QStringLiteral("clerk"), kTestPassword));
        QCOMPARE(auditCount(*f.store, "user_disable"), 1);
        QCOMPARE(auditCount(*f.store, "user_enable"), 1);
    }

    void passwdReplacesThePasswordAndClearsTheLock()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        lockOut(f, QStringLiteral("clerk"));
        const QString fresh = QStringLiteral("Mat-khau-moi-2025");
        QVERIFY(f.store->changePassword(f.admin, QStringLiteral("clerk"), fresh));
        QVERIFY(f.store->authenticate(QStringLiteral("clerk"), fresh));
        auto old = f.store->authenticate(QStringLiteral("clerk"), kTestPassword);
        QVERIFY(!old);
        QCOMPARE(old.error().code, QStringLiteral("wrong_password"));
        QCOMPARE(auditCount(*f.store, "user_passwd"), 1);
        // The policy still applies.
        const auto weak = f.store->changePassword(f.admin, QStringLiteral("clerk"), QStringLiteral("abc"));
        QVERIFY(!weak);
        QCOMPARE(weak.error().kind, ErrorKind::Invalid);
    }

    void ownPasswordOnlyForNonAdmins()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString fresh = QStringLiteral("Mat-khau-moi-2025");
        QVERIFY(f.store->changePassword(f.clerk, QStringLiteral("clerk"), fresh));
        QVERIFY(f.store->authenticate(QStringLiteral("clerk"), fresh));

        const qint64 before = auditRows(*f.store);
        const store::Actor* others[] = { &f.clerk, &f.postal, &f.supervisor };
        for (const store::Actor* who : others) {
            const auto p = f.store->changePassword(*who, QStringLiteral("admin"), fresh);
            QVERIFY(!p);
            QCOMPARE(p.error().kind, ErrorKind::Permission);
            const auto u = f.store->unlockUser(*who, QStringLiteral("postal"));
            QVERIFY(!u);
            QCOMPARE(u.error().kind, ErrorKind::Permission);
            const auto d = f.store->setUserDisabled(*who, QStringLiteral("admin"), true);
            QVERIFY(!d);
            QCOMPARE(d.error().kind, ErrorKind::Permission);
        }
        QCOMPARE(auditRows(*f.store), before); // refused: nothing written
        QVERIFY(f.store->authenticate(QStringLiteral("admin"), kTestPassword));
    }

    void unknownLoginIsNotFound()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const qint64 before = auditRows(*f.store);
        const auto u = f.store->unlockUser(f.admin, QStringLiteral("nobody"));
        QVERIFY(!u);
        QCOMPARE(u.error().kind, ErrorKind::NotFound);
        QCOMPARE(u.error().code, QStringLiteral("unknown_login"));
        QCOMPARE(f.store->setUserDisabled(f.admin, QStringLiteral("nobody"), true).error().kind, ErrorKind::NotFound);
        QCOMPARE(f.store->changePassword(f.admin, QStringLiteral("nobody"), QStringLiteral("Mat-khau-moi-2025"))
                     .error()
                     .kind,
            ErrorKind::NotFound);
        QCOMPARE(auditRows(*f.store), before); // rolled back with the update
    }
};

QTEST_GUILESS_MAIN(TestUserAdmin)
#include "test_user_admin.moc"
