// LockoutPolicy with a fixed clock: 5 consecutive failures lock the account for 15 minutes from the
// last failure; it opens again afterwards; a further failure locks it again; custom and disabled
// policies; the error names the field and the local (UTC+7) time the lock ends.
#include "core/auth/Lockout.h"
#include "tests/support/MockClock.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::auth;

namespace {

// What the store does with the users row, driven by the policy and Clock::current().
struct Account {
    int failures = 0;
    QDateTime lastFailureUtc;
};

// One login attempt; returns the policy's answer before checking the password.
Status attempt(Account& acc, const LockoutPolicy& policy, bool passwordRight)
{
    const QDateTime now = Clock::current().nowUtc();
    if (Status st = policy.checkLogin(acc.failures, acc.lastFailureUtc, now); !st)
        return st; // locked: the password is not even checked, the counter does not move
    if (passwordRight) {
        acc.failures = 0;
        acc.lastFailureUtc = {};
    } else {
        acc.failures += 1;
        acc.lastFailureUtc = now;
    }
    return {};
}

} // namespace

class TestLockout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const LockoutPolicy p;
        QCOMPARE(p.maxFailures, 5);
        QCOMPARE(p.lockMinutes, 15);
        QVERIFY(p.enabled());
    }

    void fiveFailuresLockForFifteenMinutes()
    {
        test::MockClock clock(QDate(2027, 3, 1), QTime(9, 30));
        const LockoutPolicy policy;
        Account acc;
        for (int i = 1; i <= 4; ++i) {
            QVERIFY(attempt(acc, policy, false).ok());
            QCOMPARE(acc.failures, i);
            QVERIFY(!policy.isLocked(acc.failures, acc.lastFailureUtc, clock.now().toUTC()));
            QCOMPARE(policy.remainingAttempts(acc.failures), 5 - i);
            clock.advanceSecs(20);
        }
        QVERIFY(attempt(acc, policy, false).ok()); // 5th failure, at 09:31:20 local
        const QDateTime fifth = clock.now().toUTC();
        QCOMPARE(policy.remainingAttempts(acc.failures), 0);
        QVERIFY(policy.isLocked(acc.failures, acc.lastFailureUtc, fifth));
        QCOMPARE(policy.lockedUntil(acc.failures, acc.lastFailureUtc), fifth.addSecs(15 * 60));

        // Even the right password is refused while locked, and the counter does not move.
        const Status st = attempt(acc, policy, true);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, ErrorKind::Permission);
        QCOMPARE(st.error().field, QString("password"));
        QCOMPARE(st.error().code, QString("account_locked"));
        QVERIFY2(st.error().message.contains("01/03/2027 09:46"), qPrintable(st.error().message));
        QCOMPARE(acc.failures, 5);

        // One second before the end: still locked. At the end: open.
        clock.advanceSecs(15 * 60 - 1);
        QVERIFY(policy.isLocked(acc.failures, acc.lastFailureUtc, clock.now().toUTC()));
        QVERIFY(!attempt(acc, policy, true).ok());
        clock.advanceSecs(1);
        QVERIFY(!policy.isLocked(acc.failures, acc.lastFailureUtc, clock.now().toUTC()));
        QVERIFY(attempt(acc, policy, true).ok());
        QCOMPARE(acc.failures, 0);
        QVERIFY(!policy.lockedUntil(acc.failures, acc.lastFailureUtc).isValid());
    }

    void failureAfterTheLockLocksAgain()
    {
        test::MockClock clock(QDate(2027, 3, 1), QTime(14, 0));
        const LockoutPolicy policy;
        Account acc;
        for (int i = 0; i < 5; ++i)
            QVERIFY(attempt(acc, policy, false).ok());
        clock.advanceSecs(16 * 60);
        QVERIFY(attempt(acc, policy, false).ok()); // allowed to try once more, and fails
        QCOMPARE(acc.failures, 6);
        QVERIFY(policy.isLocked(acc.failures, acc.lastFailureUtc, clock.now().toUTC()));
        QCOMPARE(policy.lockedUntil(acc.failures, acc.lastFailureUtc), clock.now().toUTC().addSecs(900));
    }

    void successResetsTheCounter()
    {
        test::MockClock clock;
        const LockoutPolicy policy;
        Account acc;
        for (int i = 0; i < 4; ++i)
            QVERIFY(attempt(acc, policy, false).ok());
        QVERIFY(attempt(acc, policy, true).ok());
        QCOMPARE(acc.failures, 0);
        for (int i = 0; i < 4; ++i)
            QVERIFY(attempt(acc, policy, false).ok());
        QVERIFY(!policy.isLocked(acc.failures, acc.lastFailureUtc, clock.now().toUTC()));
    }

    void failuresSpreadOverTimeStillCount()
    {
        // The counter is of consecutive failures, not failures per window: five failures over a day
        // without a success in between lock the account (15 minutes from the last one).
        test::MockClock clock(QDate(2027, 3, 2), QTime(8, 0));
        const LockoutPolicy policy;
        Account acc;
        for (int i = 0; i < 5; ++i) {
            QVERIFY(attempt(acc, policy, false).ok());
            clock.advanceSecs(2 * 3600);
        }
        // Last failure was 2 h ago: the lock has already run out.
        QVERIFY(!policy.isLocked(acc.failures, acc.lastFailureUtc, clock.now().toUTC()));
        QVERIFY(policy.isLocked(acc.failures, acc.lastFailureUtc, acc.lastFailureUtc.addSecs(60)));
    }

    void isLocked_data()
    {
        QTest::addColumn<int>("maxFailures");
        QTest::addColumn<int>("lockMinutes");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("secondsSinceLast");
        QTest::addColumn<bool>("locked");
        QTest::newRow("0 failures") << 5 << 15 << 0 << 0 << false;
        QTest::newRow("4 failures just now") << 5 << 15 << 4 << 0 << false;
        QTest::newRow("5 failures just now") << 5 << 15 << 5 << 0 << true;
        QTest::newRow("5 failures 14m59s ago") << 5 << 15 << 5 << 899 << true;
        QTest::newRow("5 failures 15m ago") << 5 << 15 << 5 << 900 << false;
        QTest::newRow("9 failures 10m ago") << 5 << 15 << 9 << 600 << true;
        QTest::newRow("clock set back 1h") << 5 << 15 << 5 << -3600 << true;
        QTest::newRow("3 of 3, 29m ago") << 3 << 30 << 3 << 29 * 60 << true;
        QTest::newRow("3 of 3, 30m ago") << 3 << 30 << 3 << 30 * 60 << false;
        QTest::newRow("2 of 3") << 3 << 30 << 2 << 0 << false;
        QTest::newRow("disabled by maxFailures 0") << 0 << 15 << 50 << 0 << false;
        QTest::newRow("disabled by lockMinutes 0") << 5 << 0 << 50 << 0 << false;
        QTest::newRow("negative counter") << 5 << 15 << -3 << 0 << false;
    }

    void isLocked()
    {
        QFETCH(int, maxFailures);
        QFETCH(int, lockMinutes);
        QFETCH(int, failures);
        QFETCH(int, secondsSinceLast);
        QFETCH(bool, locked);
        const LockoutPolicy p { maxFailures, lockMinutes };
        const QDateTime last = QDateTime(QDate(2027, 3, 1), QTime(2, 0), Qt::UTC);
        QCOMPARE(p.isLocked(failures, last, last.addSecs(secondsSinceLast)), locked);
        QCOMPARE(p.checkLogin(failures, last, last.addSecs(secondsSinceLast)).ok(), !locked);
    }

    void missingLastFailureTimeDoesNotLock()
    {
        // A counter without a time (e.g. imported users) cannot start a lock period.
        const LockoutPolicy p;
        QVERIFY(!p.lockedUntil(7, QDateTime()).isValid());
        QVERIFY(!p.isLocked(7, QDateTime(), QDateTime(QDate(2027, 3, 1), QTime(2, 0), Qt::UTC)));
    }

    void invalidNowKeepsTheAccountLocked()
    {
        const LockoutPolicy p;
        const QDateTime last = QDateTime(QDate(2027, 3, 1), QTime(2, 0), Qt::UTC);
        QVERIFY(p.isLocked(5, last, QDateTime()));
    }

    void lockEndIsReportedInLocalTime()
    {
        // Last failure 16:50 UTC = 23:50 local; the lock ends 00:05 local the next day.
        const LockoutPolicy p;
        const QDateTime last = QDateTime(QDate(2027, 3, 1), QTime(16, 50), Qt::UTC);
        const Status st = p.checkLogin(5, last, last.addSecs(60));
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains("02/03/2027 00:05"), qPrintable(st.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLockout)
#include "test_lockout.moc"
