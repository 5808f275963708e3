// The intake's "Check with the national database" (issue 15) on the real IntakePage, against the
// reference central over loopback: a business whose name differs from the registered one and that is
// dissolved is highlighted with the registered data; a citizen's birth date mismatch, then a match that
// is kept with the received dossier (history and audit); the service down gives a pending check on the
// dossier.
#include "tests/ui/IntakeDesk.h"

#include "core/Translations.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/CentralVerify.h"
#include "tests/support/SqlProbe.h"
#include "ui/intake/NationalCheckBox.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace motcua;
using namespace motcua::test;

namespace {

// A central with the desk's credential in the environment (sync/DeskCredential reads it first).
std::unique_ptr<sync::CentralServer> startCentral(Desk& d, const QStringList& down = {})
{
    sync::CentralServerOptions options;
    options.servicesDown = down;
    auto central = std::make_unique<sync::CentralServer>(options);
    if (!central->start())
        return nullptr;
    const QString credential = central->state()
                                   ->addDesk(QStringLiteral("D01"), QStringLiteral("000.00.25.G14"))
                                   .value()
                                   .value(QStringLiteral("credential"))
                                   .toString();
    qputenv("MOTCUA_CENTRAL_CREDENTIAL", credential.toUtf8());
    d.site.centralUrl = QUrl(central->baseUrl());
    return central;
}

QLabel* resultLabel(Desk& d)
{
    return d.find<QLabel>(QStringLiteral("intake_applicant_national_check_result"));
}

// Clicks the button and waits for the answer on screen.
bool askCentral(Desk& d)
{
    auto* button = d.find<QPushButton>(QStringLiteral("intake_applicant_national_check"));
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([&] { return button->isEnabled() && resultLabel(d)->isVisible(); }, 20000);
}

void toApplicantStep(Desk& d)
{
    Effort::type(QStringLiteral("ba giay to"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(d.page->step(), ui::IntakePage::Step::Applicant);
}

// The applicant's phone and address (before asking: any change of the form drops the answer).
void fillContact(Desk& d)
{
    d.edit(QStringLiteral("intake_applicant_phone"))->setText(QStringLiteral("0912345678"));
    d.edit(QStringLiteral("intake_applicant_address"))->setText(QStringLiteral("12 Trần Duy Hưng, Cầu Giấy, Hà Nội"));
}

// From the applicant step: every paper brought, accepted; returns the new dossier's code.
QString receive(Desk& d)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    if (d.page->step() != ui::IntakePage::Step::Papers) {
        qWarning() << "not on the papers step:" << d.find<QLabel>(QStringLiteral("intake_status"))->text();
        return {};
    }
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QSignalSpy received(d.page.get(), &ui::IntakePage::received);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    if (!received.wait(10000))
        return {};
    return received.first().first().toString();
}

} // namespace

class TestNationalCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void businessNameMismatchAndDissolvedAreShown()
    {
        Desk d;
        QVERIFY(d.setUp());
        auto central = startCentral(d);
        QVERIFY(central);
        QVERIFY(d.open());
        toApplicantStep(d);
        auto* button = d.find<QPushButton>(QStringLiteral("intake_applicant_national_check"));
        QCOMPARE(button->text(), QStringLiteral("Check with the national database"));
        QCOMPARE(button->accessibleName(), button->text());

        d.find<QRadioButton>(QStringLiteral("intake_applicant_business"))->setChecked(true);
        d.edit(QStringLiteral("intake_applicant_id"))->setText(QStringLiteral("0102345677"));
        d.edit(QStringLiteral("intake_applicant_name"))->setText(QStringLiteral("Công ty Cơ khí Bình An"));
        QVERIFY(askCentral(d));
        auto* details = d.find<QLabel>(QStringLiteral("intake_applicant_national_check_details"));
        QVERIFY(details->isVisible());
        QVERIFY2(details->text().contains(QStringLiteral("Công ty TNHH Một thành viên Cơ khí Bình An")),
            qPrintable(details->text()));
        QVERIFY(details->text().contains(QStringLiteral("Ngô Quang Vinh")));
        QVERIFY(details->text().contains(QStringLiteral("Mê Linh")));
        QVERIFY(resultLabel(d)->property("attention").toBool());
        const QString both = resultLabel(d)->text();
        QVERIFY2(both.contains(QStringLiteral("name")) && both.contains(QStringLiteral("dissolved")), qPrintable(both));

        // The registered name typed: the answer is dropped with the change; asked again only the status stays.
        d.edit(QStringLiteral("intake_applicant_name"))
            ->setText(QStringLiteral("CÔNG TY TNHH MỘT THÀNH VIÊN CƠ KHÍ BÌNH AN"));
        QVERIFY(!resultLabel(d)->isVisible());
        QVERIFY(!d.page->findChild<ui::NationalCheckBox*>()->asked());
        QVERIFY(askCentral(d));
        QVERIFY(resultLabel(d)->property("attention").toBool());
        QVERIFY(!resultLabel(d)->text().contains(QStringLiteral("name")));
        QVERIFY(resultLabel(d)->text().contains(QStringLiteral("dissolved")));

        // An active business with its registered name: nothing highlighted.
        d.edit(QStringLiteral("intake_applicant_id"))->setText(QStringLiteral("0101234565"));
        d.edit(QStringLiteral("intake_applicant_name"))
            ->setText(QStringLiteral("Công ty TNHH Thương mại Dịch vụ Sao Mai"));
        QVERIFY(askCentral(d));
        QVERIFY2(!resultLabel(d)->property("attention").toBool(), qPrintable(resultLabel(d)->text()));
        QVERIFY(d.find<QLabel>(QStringLiteral("intake_applicant_national_check_details"))
                    ->text()
                    .contains(QStringLiteral("Đỗ Thị Thu Hà")));
        QCOMPARE(central->verify()->log()->size(), 3);
    }

    void citizenMismatchThenMatchIsKeptWithTheDossier()
    {
        Desk d;
        QVERIFY(d.setUp());
        auto central = startCentral(d);
        QVERIFY(central);
        QVERIFY(d.open());
        toApplicantStep(d);
        d.edit(QStringLiteral("intake_applicant_id"))->setText(QStringLiteral("001090012345"));
        d.edit(QStringLiteral("intake_applicant_name"))->setText(QStringLiteral("Nguyễn Văn An"));
        d.edit(QStringLiteral("intake_applicant_birth"))->setText(QStringLiteral("17/05/1990"));
        fillContact(d);
        QVERIFY(askCentral(d));
        QVERIFY(resultLabel(d)->property("attention").toBool());
        QVERIFY2(resultLabel(d)->text().contains(QStringLiteral("birth date")), qPrintable(resultLabel(d)->text()));
        QVERIFY(!resultLabel(d)->text().contains(QStringLiteral("14"))); // never the database's value

        d.edit(QStringLiteral("intake_applicant_birth"))->setText(QStringLiteral("14/05/1990"));
        QVERIFY(askCentral(d));
        QVERIFY2(!resultLabel(d)->property("attention").toBool(), qPrintable(resultLabel(d)->text()));
        QVERIFY(resultLabel(d)->text().startsWith(QStringLiteral("Match")));

        const QString code = receive(d);
        QVERIFY(!code.isEmpty());
        QTRY_COMPARE(d.f.store->serviceChecks(d.f.clerk, code)->size(), 1);
        const store::ServiceCheck check = d.f.store->serviceChecks(d.f.clerk, code)->first();
        QCOMPARE(check.result, QStringLiteral("match"));
        QCOMPARE(check.askedBy, QStringLiteral("clerk"));
        QCOMPARE(check.kind, store::ServiceCheckKind::Citizen);
        const auto d2 = d.f.store->dossier(d.f.clerk, code).value();
        QCOMPARE(d2.history.last().step, QStringLiteral("national_check"));
        SqlProbe probe(d.f.store->handle());
        QCOMPARE(probe.scalar("SELECT count(*) FROM audit_log WHERE action = 'national_check'"), qint64(1));
    }

    void serviceDownGivesAPendingCheckOnTheDossier()
    {
        Desk d;
        QVERIFY(d.setUp());
        auto central = startCentral(d, { QStringLiteral("citizen") });
        QVERIFY(central);
        QVERIFY(d.open());
        toApplicantStep(d);
        d.edit(QStringLiteral("intake_applicant_id"))->setText(QStringLiteral("079185004321"));
        d.edit(QStringLiteral("intake_applicant_name"))->setText(QStringLiteral("Trần Thị Bích Ngọc"));
        d.edit(QStringLiteral("intake_applicant_birth"))->setText(QStringLiteral("02/11/1985"));
        fillContact(d);
        QVERIFY(askCentral(d));
        QVERIFY2(resultLabel(d)->text().startsWith(QStringLiteral("Unavailable")), qPrintable(resultLabel(d)->text()));
        const QString code = receive(d);
        QVERIFY(!code.isEmpty());
        QTRY_COMPARE(d.f.store->serviceChecks(d.f.clerk, code)->size(), 1);
        QVERIFY(d.f.store->serviceChecks(d.f.clerk, code)->first().pending());
        QCOMPARE(d.f.store->pendingServiceChecks(store::Store::systemActor())->size(), 1);
    }
};

QTEST_MAIN(TestNationalCheck)
#include "test_nationalcheck.moc"
