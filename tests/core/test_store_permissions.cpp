// Every role x action at the Store level: one representative call per action, made by a user of each
// role. Allowed calls must not fail for permission; refused calls fail with ErrorKind::Permission and
// change nothing (no audit row). The table itself is the security engineer's (core/auth); this test
// proves the store enforces it in core, not only in the UI.
#include "tests/support/SqlProbe.h"
#include "tests/support/StoreFixture.h"

#include <QTest>

#include <sqlite3.h>

using namespace motcua;
using namespace motcua::test;
using auth::Action;
using auth::Role;
using workflow::Step;

namespace {

qint64 auditRows(store::Store& s)
{
    return SqlProbe(s.handle()).scalar("SELECT count(*) FROM audit_log");
}

store::StepRequest req(Step step)
{
    store::StepRequest r;
    r.step = step;
    r.reason = QStringLiteral("Lý do");
    r.amountVnd = 100000;
    r.method = dossier::PaymentMethod::Cash;
    r.newDueDate = QDate(2025, 6, 30);
    r.rating = 2;
    return r;
}

} // namespace

class TestStorePermissions : public QObject
{
    Q_OBJECT

private slots:
    void roleAction_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        for (Role r : auth::allRoles())
            for (Action a : auth::allActions())
                QTest::addRow("%s/%s", qPrintable(auth::roleName(r)), qPrintable(auth::actionName(a)))
                    << int(r) << int(a);
    }

    void roleAction()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        const Role r = Role(role);
        const Action a = Action(action);
        StoreFixture f;
        QVERIFY(f.setUp());
        const store::Actor* actors[] = { &f.clerk, &f.postal, &f.supervisor, &f.admin };
        const store::Actor& who = *actors[role];
        QCOMPARE(who.role, r);
        // Dossiers prepared by a clerk in the states the representative calls need.
        const QString received = f.receiveOne();
        const QString processing = f.receiveOne();
        QVERIFY(f.store->apply(f.clerk, processing, req(Step::HandOver)));
        const QString ready = f.receiveOne();
        QVERIFY(f.store->apply(f.clerk, ready, req(Step::HandOver)));
        QVERIFY(f.store->apply(f.clerk, ready, req(Step::MarkResultReady)));
        const QString returned = f.receiveOne();
        QVERIFY(f.store->apply(f.clerk, returned, req(Step::HandOver)));
        QVERIFY(f.store->apply(f.clerk, returned, req(Step::MarkResultReady)));
        QVERIFY(f.store->apply(f.clerk, returned, req(Step::ReturnResult)));
        const qint64 auditBefore = auditRows(*f.store);

        Status outcome;
        auto keep = [&outcome](const auto& result) { outcome = result.ok() ? Status {} : Status { result.error() }; };
        switch (a) {
        case Action::ReceiveDossier:
            keep(f.store->receive(who, StoreFixture::citizenIntake()));
            break;
        case Action::RequestSupplement:
            keep(f.store->apply(who, received, req(Step::RequestSupplement)));
            break;
        case Action::RefuseDossier:
            keep(f.store->apply(who, received, req(Step::Refuse)));
            break;
        case Action::HandOver:
            keep(f.store->apply(who, received, req(Step::HandOver)));
            break;
        case Action::MarkResultReady:
            keep(f.store->apply(who, processing, req(Step::MarkResultReady)));
            break;
        case Action::ReturnResult:
            keep(f.store->apply(who, ready, req(Step::ReturnResult)));
            break;
        case Action::WithdrawDossier:
            keep(f.store->apply(who, received, req(Step::Withdraw)));
            break;
        case Action::StopProcessing:
            keep(f.store->apply(who, processing, req(Step::Stop)));
            break;
        case Action::RecordPayment:
            keep(f.store->apply(who, received, req(Step::RecordPayment)));
            break;
        case Action::Reschedule:
            keep(f.store->apply(who, received, req(Step::Reschedule)));
            break;
        case Action::RecordRating:
            keep(f.store->apply(who, returned, req(Step::Rate)));
            break;
        case Action::ViewDossier:
            keep(f.store->dossier(who, received));
            break;
        case Action::SearchDossiers:
            keep(f.store->search(who, QStringLiteral("nguyen")));
            break;
        case Action::ViewReports:
            keep(f.store->trackingBook(who, QDate(2025, 3, 12), QDate(2025, 3, 12)));
            break;
        case Action::ManageUsers:
            outcome = f.store->addUser(
                who, QStringLiteral("newbie"), QStringLiteral("Phạm Văn Mới"), Role::Clerk, kTestPassword);
            break;
        case Action::ImportCatalogue:
            keep(f.store->importCatalogue(who, QJsonArray {}, QDate(2025, 3, 12)));
            break;
        case Action::VerifyAudit:
            keep(f.store->verifyAudit(who));
            break;
        case Action::CheckDatabase:
            keep(f.store->check(who));
            break;
        case Action::BackupDatabase:
            outcome = f.store->backup(who, f.dir.filePath(QStringLiteral("b.db")));
            break;
        case Action::Sync:
            keep(f.store->pendingOutbox(who));
            break;
        case Action::ManagePersonalData:
            keep(f.store->exportPerson(who, QStringLiteral("001090012345")));
            break;
        case Action::PurgePersonalData:
            keep(f.store->purgePersonalData(who, true)); // no retention set: refused for the rule, not the role
            break;
        case Action::ViewReportCounts:
            keep(f.store->periodFacts(who, QDate(2025, 3, 1), QDate(2025, 3, 31), QDateTime::currentDateTimeUtc()));
            break;
        case Action::PrintForms:
        case Action::EditCalendar:
            // Printing and the calendar live outside the store; they ask the store's check.
            outcome = f.store->authorize(who, a);
            break;
        }
        if (auth::isAllowed(r, a)) {
            QVERIFY2(outcome.ok() || outcome.error().kind != ErrorKind::Permission,
                qPrintable(outcome.ok() ? QString() : outcome.error().message));
        } else {
            QVERIFY(!outcome.ok());
            QCOMPARE(outcome.error().kind, ErrorKind::Permission);
            QCOMPARE(outcome.error().field, QStringLiteral("user"));
            QCOMPARE(auditRows(*f.store), auditBefore);
        }
    }

    void lockoutAfterFiveFailures()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        for (int i = 0; i < 4; ++i) {
            auto r = f.store->authenticate(QStringLiteral("clerk"), QStringLiteral("wrong-password"));
            QCOMPARE(r.error().code, QStringLiteral("wrong_password"));
        }
        auto fifth = f.store->authenticate(QStringLiteral("clerk"), QStringLiteral("wrong-password"));
        QCOMPARE(fifth.error().code, QStringLiteral("account_locked"));
        // Even the right password is refused while locked.
        QCOMPARE(f.store->authenticate(QStringLiteral("clerk"), kTestPassword).error().code,
            QStringLiteral("account_locked"));
        auto users = f.store->users(f.admin);
        bool seen = false;
        for (const auto& u : users.value())
            if (u.login == QLatin1String("clerk")) {
                seen = true;
                QCOMPARE(u.failures, 5);
                QVERIFY(u.lockedUntilUtc.isValid());
            }
        QVERIFY(seen);
        f.clock.advanceSecs(16 * 60);
        auto ok = f.store->authenticate(QStringLiteral("clerk"), kTestPassword);
        QVERIFY(ok);
        QCOMPARE(f.store->users(f.admin)->at(1).failures, 0);
        QVERIFY(f.store->verifyAudit(f.admin)->ok());
    }

    void usersAreValidated()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QCOMPARE(f.store->addUser(f.admin, QStringLiteral("clerk"), QStringLiteral("X"), Role::Clerk, kTestPassword)
                     .error()
                     .code,
            QStringLiteral("duplicate_login"));
        QCOMPARE(f.store->addUser(f.admin, QStringLiteral("Bad Login"), QStringLiteral("X"), Role::Clerk, kTestPassword)
                     .error()
                     .field,
            QStringLiteral("login"));
        QCOMPARE(
            f.store->addUser(f.admin, QStringLiteral("short"), QStringLiteral("X"), Role::Clerk, QStringLiteral("abc"))
                .error()
                .field,
            QStringLiteral("password"));
        QVERIFY(!f.store->createFirstAdmin(QStringLiteral("admin2"), QStringLiteral("X"), kTestPassword));
        QCOMPARE(f.store->authenticate(QStringLiteral("nobody"), kTestPassword).error().kind, ErrorKind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestStorePermissions)
#include "test_store_permissions.moc"
