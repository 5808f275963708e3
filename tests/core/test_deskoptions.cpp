// The three desk options through the store: a shared desk codes each dossier under (and so routes it
// to) the agency that decides its procedure, with separate daily sequences per agency, and refuses a
// procedure of an agency it does not serve; a unit's desk codes everything under its own agency; a
// desk run by the postal service names the postal worker on each dossier, and the postal item number
// of a result sent by post is kept with the return.
#include "tests/support/StoreFixture.h"

#include "core/Translations.h"
#include "core/domain/DossierCode.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

SiteConfig siteWith(DeskOption option)
{
    QJsonObject json = SiteConfig::demo().toJson();
    json.insert(QStringLiteral("desk_option"), deskOptionName(option));
    if (option == DeskOption::Shared)
        json.insert(QStringLiteral("agencies"),
            QJsonObject { { QStringLiteral("Cục Tần số vô tuyến điện"), QStringLiteral("000.00.25.G14") },
                { QStringLiteral("Ủy ban nhân dân cấp tỉnh"), QStringLiteral("000.00.00.H26") } });
    auto site = SiteConfig::fromJson(json);
    if (!site)
        qWarning() << site.error().message;
    return site.ok() ? site.value() : SiteConfig {};
}

// The request's papers for a procedure whose catalogue lists its components (none for the others).
dossier::IntakeRequest intakeFor(StoreFixture& f, const QString& procedure)
{
    dossier::IntakeRequest r = StoreFixture::citizenIntake(procedure);
    auto p = f.store->procedure(procedure, QDate(2025, 3, 12));
    if (p && p->components)
        for (const catalogue::Component& c : *p->components)
            r.documents << dossier::IntakeDocument { c.id, 1, 0, 0, {} };
    return r;
}

} // namespace

class TestDeskOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void sharedDeskCodesAndRoutesToTheDecidingAgency()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.store->setSite(siteWith(DeskOption::Shared)));
        const QString rf = f.receiveOne(intakeFor(f, QStringLiteral("LOCAL-RF-001")));
        const QString vt = f.receiveOne(intakeFor(f, QStringLiteral("LOCAL-VT-001")));
        const QString vt2 = f.receiveOne(intakeFor(f, QStringLiteral("LOCAL-VT-001")));
        QVERIFY(!rf.isEmpty() && !vt.isEmpty() && !vt2.isEmpty());
        QCOMPARE(DossierCode::parse(rf)->agency, QStringLiteral("000.00.25.G14"));
        QCOMPARE(DossierCode::parse(vt)->agency, QStringLiteral("000.00.00.H26"));
        // Each agency has its own daily sequence.
        QCOMPARE(DossierCode::parse(rf)->sequence, 1);
        QCOMPARE(DossierCode::parse(vt)->sequence, 1);
        QCOMPARE(DossierCode::parse(vt2)->sequence, 2);
        auto d = f.store->dossier(f.clerk, vt);
        QVERIFY(d);
        QCOMPARE(d->processingUnit, QStringLiteral("Ủy ban nhân dân cấp tỉnh"));
        QCOMPARE(d->extra.value(QStringLiteral("agency_code")).toString(), QStringLiteral("000.00.00.H26"));
        // Handed over without naming a unit: to the agency that decides it.
        store::StepRequest hand;
        hand.step = workflow::Step::HandOver;
        auto handed = f.store->apply(f.clerk, vt, hand);
        QVERIFY2(handed, handed ? "" : qPrintable(handed.error().message));
        QCOMPARE(handed->handOvers.last().toUnit, QStringLiteral("Ủy ban nhân dân cấp tỉnh"));

        // A procedure of an agency the building's desk does not serve is refused, nothing is stored.
        const qint64 before = f.store->dossierCount();
        auto refused = f.store->receive(f.clerk, intakeFor(f, QStringLiteral("LOCAL-VT-003")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("agency_not_served"));
        QCOMPARE(refused.error().field, QStringLiteral("agencies"));
        QVERIFY(refused.error().message.contains(QStringLiteral("Cục Viễn thông")));
        QCOMPARE(f.store->dossierCount(), before);
    }

    void unitDeskCodesEverythingUnderItsAgency()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.store->setSite(siteWith(DeskOption::Unit)));
        const QString vt = f.receiveOne(intakeFor(f, QStringLiteral("LOCAL-VT-001")));
        QVERIFY(!vt.isEmpty());
        QCOMPARE(DossierCode::parse(vt)->agency, QStringLiteral("000.00.25.G14"));
        auto d = f.store->dossier(f.clerk, vt);
        QVERIFY(d);
        QVERIFY(!d->extra.contains(QStringLiteral("agency_code")));
        QVERIFY(!d->extra.contains(QStringLiteral("postal_worker")));
    }

    void postalDeskNamesTheWorkerAndKeepsTheItemNumber()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.store->setSite(siteWith(DeskOption::Postal)));
        dossier::IntakeRequest r = intakeFor(f, QStringLiteral("LOCAL-RF-001"));
        r.returnMethod = QStringLiteral("postal");
        auto received = f.store->receive(f.postal, r);
        QVERIFY2(received, received ? "" : qPrintable(received.error().message));
        const QString code = received->code;
        QCOMPARE(DossierCode::parse(code)->agency, QStringLiteral("000.00.25.G14"));
        auto d = f.store->dossier(f.postal, code);
        QVERIFY(d);
        const QJsonObject worker = d->extra.value(QStringLiteral("postal_worker")).toObject();
        QCOMPARE(worker.value(QStringLiteral("login")).toString(), QStringLiteral("postal"));
        QCOMPARE(worker.value(QStringLiteral("name")).toString(), QStringLiteral("Trần Văn Bưu"));

        // The postal role is limited as the permission table says: it hands over and returns, but the
        // result coming back is recorded by a clerk.
        store::StepRequest hand;
        hand.step = workflow::Step::HandOver;
        QVERIFY(f.store->apply(f.postal, code, hand));
        store::StepRequest ready;
        ready.step = workflow::Step::MarkResultReady;
        auto denied = f.store->apply(f.postal, code, ready);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, QStringLiteral("permission_denied"));
        QVERIFY(f.store->apply(f.clerk, code, ready));

        store::StepRequest ret;
        ret.step = workflow::Step::ReturnResult;
        ret.postalItemNumber = QStringLiteral("eb 123");
        auto bad = f.store->apply(f.postal, code, ret);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("postal_item_number"));
        ret.postalItemNumber = QStringLiteral("EB123456789VN");
        auto returned = f.store->apply(f.postal, code, ret);
        QVERIFY2(returned, returned ? "" : qPrintable(returned.error().message));
        QVERIFY(returned->returned);
        QCOMPARE(returned->returned->postalItemNumber, QStringLiteral("EB123456789VN"));
        QCOMPARE(returned->returned->by, QStringLiteral("postal"));
        QCOMPARE(returned->toJson()
                     .value(QStringLiteral("return"))
                     .toObject()
                     .value(QStringLiteral("postal_item_number"))
                     .toString(),
            QStringLiteral("EB123456789VN"));
    }
};

QTEST_GUILESS_MAIN(TestDeskOptions)
#include "test_deskoptions.moc"
