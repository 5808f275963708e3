// desk_screenshots: the pictures of every step in docs/screens/, taken from the real window on a fixture
// store with the demo site, the scanning panel on SANE's "test" device, and a fixed clock. Not a test
// (ctest does not run it): scripts/screenshots.sh runs it under Xvfb so the fonts are the desk's.
//   MOTCUA_SCREENSHOT_DIR=docs/screens desk_screenshots
#include "tests/support/DashboardSeed.h"
#include "tests/ui/IntakeDesk.h"

#include "core/Translations.h"
#include "core/domain/VietQr.h"
#include "core/store/SyntheticDossiers.h"
#include "scanner/SaneBackend.h"
#include "ui/CustomerDisplay.h"
#include "ui/DashboardPage.h"
#include "ui/HandoverPage.h"
#include "ui/LookupPage.h"
#include "ui/MainWindow.h"
#include "ui/ReturnPage.h"
#include "ui/ScanPanel.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>

using namespace motcua;
using namespace motcua::test;
using Page = ui::MainWindow::Page;
using Step = ui::IntakePage::Step;

class DeskScreenshots : public QObject
{
    Q_OBJECT

    QString m_dir;

    void save(QWidget* widget, const QString& name)
    {
        QApplication::processEvents();
        QTest::qWait(150); // let thumbnails and layouts settle before the picture
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("%s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR", QStringLiteral("docs/screens"));
        QVERIFY(QDir().mkpath(m_dir));
        QVERIFY(Translations::install(qEnvironmentVariable("MOTCUA_LANG", QStringLiteral("vi"))));
    }

    void everyStep()
    {
        Desk d;
        QVERIFY(d.setUp());
        ui::MainWindow window(d.site, d.f.clerk.name);
        auto* intake = new ui::IntakePage(*d.worker, d.f.clerk, d.site, d.f.dir.path());
        intake->setPrintSink([](const print::PrintRequest&) -> Status { return {}; });
        scanner::ScannerSettings settings;
        settings.resolution = 75;
        ui::ScanPanel panel(
            std::make_shared<scanner::SaneBackend>(), d.f.dir.filePath(QStringLiteral("scans")), settings);
        panel.setExtraOptions({ { QStringLiteral("test-picture"), QStringLiteral("Color pattern") },
            { QStringLiteral("read-limit"), QStringLiteral("no") },
            { QStringLiteral("read-delay"), QStringLiteral("no") } });
        intake->setPaperFiles(&panel);
        QSignalSpy loaded(intake, &ui::IntakePage::catalogueLoaded);
        window.setPageWidget(Page::Intake, intake);
        auto* returns = new ui::ReturnPage(*d.worker, d.f.clerk);
        window.setPageWidget(Page::Return, returns);
        auto* handover = new ui::HandoverPage(*d.worker, d.f.clerk, d.site);
        window.setPageWidget(Page::Queues, handover);
        window.setPageWidget(Page::Lookup, new ui::LookupPage(*d.worker, d.f.clerk));
        window.resize(1280, 860);
        window.show();
        window.showPage(Page::Intake);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow(); // Xvfb has no window manager: the window asks for the focus itself
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));

        // 1–2: the procedure searched without diacritics, the applicant typed. Xvfb has no window manager
        // to give the window the keyboard focus, so text goes to each field by name and steps move by next().
        const auto typeInto = [&window](const QString& name, const QString& text) {
            auto* edit = window.findChild<QLineEdit*>(name);
            QVERIFY2(edit, qPrintable(name));
            edit->setText(text);
        };
        typeInto(QStringLiteral("intake_procedure_search"), QStringLiteral("ba giay to"));
        save(&window, QStringLiteral("intake-1-procedure"));
        intake->next();
        QCOMPARE(intake->step(), Step::Applicant);
        typeInto(QStringLiteral("intake_applicant_id"), QStringLiteral("001090012345"));
        typeInto(QStringLiteral("intake_applicant_name"), QStringLiteral("Nguyễn Văn An"));
        typeInto(QStringLiteral("intake_applicant_birth"), QStringLiteral("17/05/1990"));
        typeInto(QStringLiteral("intake_applicant_phone"), QStringLiteral("0912345678"));
        typeInto(QStringLiteral("intake_applicant_address"), QStringLiteral("12 Trần Duy Hưng, Cầu Giấy, Hà Nội"));
        save(&window, QStringLiteral("intake-2-applicant"));
        intake->next();
        QCOMPARE(intake->step(), Step::Papers);

        // 3: the checklist (each paper brought as the catalogue asks) and two pages scanned from the flatbed.
        auto* papers = window.findChild<QTableView*>(QStringLiteral("intake_papers"));
        for (int row = 0; row < 3; ++row) {
            papers->setCurrentIndex(papers->model()->index(row, 0));
            QTest::keyClick(papers, Qt::Key_Space);
        }
        auto* device = panel.findChild<QComboBox*>(QStringLiteral("scanDevice"));
        QVERIFY(QTest::qWaitFor([device] { return device->findData(QStringLiteral("test:0")) >= 0; }, 20000));
        device->setCurrentIndex(device->findData(QStringLiteral("test:0")));
        auto* source = panel.findChild<QComboBox*>(QStringLiteral("scanSource"));
        source->setCurrentIndex(source->findData(int(scanner::ScanSource::Flatbed)));
        auto* scan = panel.findChild<QPushButton*>(QStringLiteral("scanButton"));
        for (int sheet = 0; sheet < 2; ++sheet) {
            QSignalSpy ended(&panel, &ui::ScanPanel::scanEnded);
            QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 20000);
            QTest::mouseClick(scan, Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&] { return !ended.isEmpty() && panel.pendingPages() == 0; }, 60000));
        }
        save(&window, QStringLiteral("intake-3-papers-scanned"));

        // 4–5: the decision, then the fee by transfer with its VietQR.
        intake->next();
        QCOMPARE(intake->step(), Step::Decision);
        save(&window, QStringLiteral("intake-4-decision"));
        QSignalSpy received(intake, &ui::IntakePage::received);
        intake->next();
        QVERIFY(received.wait(30000));
        window.findChild<QRadioButton*>(QStringLiteral("intake_pay_transfer"))->setChecked(true);
        save(&window, QStringLiteral("intake-5-fee-vietqr"));
        const QString code = intake->lastCode();

        // The hand-over queue with the dossier, then its result back and the return page.
        window.showPage(Page::Queues);
        handover->refresh();
        QTest::qWait(500);
        save(&window, QStringLiteral("handover"));
        store::StepRequest handOver;
        handOver.step = workflow::Step::HandOver;
        QVERIFY(d.f.store->apply(d.f.clerk, code, handOver));
        store::StepRequest ready;
        ready.step = workflow::Step::MarkResultReady;
        QVERIFY(d.f.store->apply(d.f.clerk, code, ready));
        window.showPage(Page::Return);
        QSignalSpy opened(returns, &ui::ReturnPage::dossierOpened);
        returns->openDossier(code);
        QVERIFY(opened.count() > 0 || opened.wait(10000));
        save(&window, QStringLiteral("return"));
        window.showPage(Page::Lookup);
        QTest::qWait(500);
        save(&window, QStringLiteral("lookup"));

        // The citizen's screen: their details to check, the fee's VietQR, the rating.
        ui::CustomerDisplay display;
        display.resize(1024, 640);
        display.show();
        display.showApplicant(
            QStringLiteral("Nguyễn Văn An"), QStringLiteral("001090012345"), QStringLiteral("0912345678"));
        save(&display, QStringLiteral("customer-1-applicant"));
        VietQrRequest qr;
        qr.bin = QStringLiteral("970418");
        qr.account = QStringLiteral("1234567890");
        qr.amountVnd = 150000;
        qr.note = code;
        auto payload = buildVietQr(qr);
        QVERIFY(payload);
        display.showFee(150000, payload.value());
        save(&display, QStringLiteral("customer-2-fee"));
        display.askRating();
        save(&display, QStringLiteral("customer-3-rating"));
    }

    // The supervisor's dashboard (docs/dashboard.md) on the demo site: a few hundred invented dossiers over
    // the weeks before, then the known mix of the tests, on 12/03/2025.
    void dashboard()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        f.clock.setLocal(QDate(2025, 1, 6), QTime(7, 0));
        store::GeneratorOptions o;
        o.count = 400;
        o.from = QDate(2025, 1, 13);
        o.to = QDate(2025, 2, 21);
        QVERIFY(store::SyntheticDossiers::fill(*f.store, f.clerk, f.supervisor, o));
        Clock::setCurrent(f.clock.shared()); // fill() put the system clock back
        DashboardSeed seed;
        QVERIFY(seedDashboard(f, seed));
        auto open = [&f] {
            auto opened = store::Store::open(f.dbPath());
            return opened && opened.value()->setSite(SiteConfig::demo())
                ? std::make_unique<ui::StoreWorker>(std::move(opened.value()))
                : nullptr;
        };
        auto reader = open();
        auto writer = open();
        QVERIFY(reader && writer);
        ui::MainWindow window(SiteConfig::demo(), f.supervisor.name);
        auto* page = new ui::DashboardPage(*reader, *writer, f.supervisor, SiteConfig::demo());
        QSignalSpy refreshed(page, &ui::DashboardPage::refreshed);
        window.setPageWidget(Page::Dashboard, page);
        window.resize(1280, 860);
        window.show();
        window.showPage(Page::Dashboard);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(refreshed.count() > 0 || refreshed.wait(20000));
        page->showQueue(report::Queue::Overdue);
        page->selectRow(0);
        save(&window, QStringLiteral("dashboard-today"));
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("dashboard_tabs"));
        tabs->setCurrentIndex(1);
        save(&window, QStringLiteral("dashboard-fees"));
        tabs->setCurrentIndex(2);
        save(&window, QStringLiteral("dashboard-charts"));
    }
};

QTEST_MAIN(DeskScreenshots)
#include "desk_screenshots.moc"
