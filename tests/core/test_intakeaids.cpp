// Intake aids of the store: the desk's dossier count per procedure (the intake lists the most used
// procedures first) and the recall of an earlier applicant or owner by ID number or tax code.
#include "tests/support/StoreFixture.h"

#include <QTest>

using namespace motcua;
using namespace motcua::test;

class TestIntakeAids : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageCountsTheDesksDossiersPerProcedure()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto none = f.store->procedureUsage(f.clerk);
        QVERIFY2(none, qPrintable(none ? QString() : none.error().message));
        QVERIFY(none->isEmpty());
        QVERIFY(!f.receiveOne(StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"))).isEmpty());
        QVERIFY(!f.receiveOne(StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-002"))).isEmpty());
        QVERIFY(!f.receiveOne(StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-002"))).isEmpty());
        auto usage = f.store->procedureUsage(f.clerk);
        QVERIFY(usage);
        QCOMPARE(usage->value(QStringLiteral("LOCAL-RF-001")), 1);
        QCOMPARE(usage->value(QStringLiteral("LOCAL-RF-002")), 2);
        QCOMPARE(usage->value(QStringLiteral("LOCAL-RF-003")), 0);
    }

    void usageNeedsTheRightToReceive()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto usage = f.store->procedureUsage(f.supervisor);
        QCOMPARE(bool(usage), auth::isAllowed(f.supervisor.role, auth::Action::ReceiveDossier));
    }

    void recallsTheLatestApplicantByIdNumber()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto older = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Nguyễn Văn An"));
        QVERIFY(!f.receiveOne(older).isEmpty());
        f.clock.advanceSecs(60);
        auto newer = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-002"), QStringLiteral("Nguyễn Văn An"));
        newer.applicant.phone = QStringLiteral("0987654321");
        newer.applicant.birthDate = QDate(1990, 5, 17);
        QVERIFY(!f.receiveOne(newer).isEmpty());

        auto found = f.store->recallParty(f.clerk, QStringLiteral(" 001090012345 "));
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QVERIFY(found->has_value());
        QCOMPARE((*found)->name, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE((*found)->phone, QStringLiteral("0987654321"));
        QCOMPARE((*found)->birthDate, QDate(1990, 5, 17));
        QCOMPARE((*found)->address, newer.applicant.address);

        auto unknown = f.store->recallParty(f.clerk, QStringLiteral("001090099999"));
        QVERIFY(unknown);
        QVERIFY(!unknown->has_value());
        auto empty = f.store->recallParty(f.clerk, QString());
        QVERIFY(empty && !empty->has_value());
    }

    void recallsABusinessByTaxCodeAndAnOwner()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto r = StoreFixture::citizenIntake();
        dossier::Party owner;
        owner.kind = dossier::ApplicantKind::Business;
        owner.name = QStringLiteral("Công ty TNHH Sóng Xanh");
        owner.taxCode = QStringLiteral("0100109106");
        owner.address = QStringLiteral("5 Láng Hạ, Hà Nội");
        r.owner = owner;
        QVERIFY(!f.receiveOne(r).isEmpty());
        auto found = f.store->recallParty(f.clerk, QStringLiteral("0100.109.106"));
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->kind, dossier::ApplicantKind::Business);
        QCOMPARE((*found)->name, owner.name);
        QCOMPARE((*found)->taxCode, owner.taxCode);
    }
};

QTEST_GUILESS_MAIN(TestIntakeAids)
#include "test_intakeaids.moc"
