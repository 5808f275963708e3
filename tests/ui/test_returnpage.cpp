// The return page (Trả kết quả) against a real store through the StoreWorker, in the real window: a
// receipt barcode typed anywhere in the window (as a handheld scanner does) opens the dossier; the
// applicant collects after the ID check, or an authorised person with their name and the
// authorisation paper; the result is returned and rated; the clicks and keys are counted. A dossier
// not ready says so; the ready list opens its rows; a result sent by post takes its postal item number;
// a supplement received with its files resumes the dossier. The barcode wedge leaves ordinary typing
// alone. Models pass QAbstractItemModelTester.
#include "tests/support/StoreFixture.h"

#include "core/Translations.h"
#include "ui/BarcodeWedge.h"
#include "ui/MainWindow.h"
#include "ui/ReturnPage.h"
#include "ui/SearchResultsModel.h"
#include "ui/StoreWorker.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

std::unique_ptr<ui::StoreWorker> workerFor(const StoreFixture& f)
{
    auto opened = store::Store::open(f.dbPath());
    if (!opened)
        return nullptr;
    return std::make_unique<ui::StoreWorker>(std::move(opened.value()));
}

bool step(StoreFixture& f, const QString& code, workflow::Step s, const QString& reason = {})
{
    store::StepRequest r;
    r.step = s;
    r.reason = reason;
    auto done = f.store->apply(f.clerk, code, r);
    if (!done)
        qWarning() << done.error().message;
    return static_cast<bool>(done);
}

// A dossier handed over and back with its result.
QString readyDossier(StoreFixture& f, const dossier::IntakeRequest& r = StoreFixture::citizenIntake())
{
    const QString code = f.receiveOne(r);
    if (code.isEmpty() || !step(f, code, workflow::Step::HandOver) || !step(f, code, workflow::Step::MarkResultReady))
        return {};
    return code;
}

// A wedge whose clock moves `gapMs` each time it is read: keys typed by the test look `gapMs` apart.
void tick(ui::BarcodeWedge& wedge, qint64 gapMs)
{
    auto now = std::make_shared<qint64>(1000);
    wedge.setClock([now, gapMs] { return *now += gapMs; });
}

// Counts the clerk's clicks and key presses (not the characters of typed names and numbers).
struct Effort {
    int count = 0;
    void click(QWidget* w)
    {
        QVERIFY(w);
        QVERIFY2(w->isEnabled(), qPrintable(w->objectName()));
        // Radio buttons and check boxes take clicks on their indicator and text, at their left.
        const bool indicator = qobject_cast<QRadioButton*>(w) || qobject_cast<QCheckBox*>(w);
        QTest::mouseClick(w, Qt::LeftButton, {}, indicator ? QPoint(8, w->height() / 2) : w->rect().center());
        ++count;
    }
    void key(QWidget* w, Qt::Key k)
    {
        QTest::keyClick(w, k);
        ++count;
    }
};

} // namespace

class TestReturnPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void receiptScanReturnsToTheApplicantInThreeActions()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = readyDossier(f);
        QVERIFY(!code.isEmpty());
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::MainWindow window(SiteConfig::demo(), f.clerk.name);
        auto* page = new ui::ReturnPage(*worker, f.clerk);
        window.setPageWidget(ui::MainWindow::Page::Return, page);
        QAbstractItemModelTester tester(page->readyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::BarcodeWedge wedge;
        tick(wedge, 5);
        wedge.install();
        ui::ReturnPage::openScansIn(&wedge, &window, page);
        window.showPage(ui::MainWindow::Page::Lookup);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(page->readyModel()->rowCount(), 1);

        QSignalSpy opened(page, &ui::ReturnPage::dossierOpened);
        QSignalSpy returned(page, &ui::ReturnPage::resultReturned);
        QSignalSpy rated(page, &ui::ReturnPage::rated);
        Effort effort;
        // The scanner types the code and Enter into whatever has the focus (here: the window).
        QTest::keyClicks(&window, code);
        effort.key(&window, Qt::Key_Return);
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Return);
        QCOMPARE(page->currentCode(), code);
        auto* summary = page->findChild<QLabel*>(QStringLiteral("return_summary"));
        QVERIFY(summary->text().contains(QStringLiteral("Nguyễn Văn An")));
        QVERIFY(summary->text().contains(QStringLiteral("001090012345")));
        // The ID number typed from the card; Enter returns the result.
        auto* id = page->findChild<QLineEdit*>(QStringLiteral("return_collector_id"));
        QTRY_VERIFY(id->hasFocus());
        QTest::keyClicks(id, QStringLiteral("001090012345"));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("return_id_check"))->text().contains(QStringLiteral("Khớp")));
        effort.key(id, Qt::Key_Return);
        QVERIFY(returned.wait(10000));
        effort.click(page->findChild<QPushButton*>(QStringLiteral("return_rate_1")));
        QVERIFY(rated.wait(10000));
        qInfo("Counter effort, return from the receipt scan (applicant collects): %d key presses/clicks", effort.count);
        QVERIFY(effort.count <= 3);

        auto d = f.store->dossier(f.clerk, code);
        QVERIFY(d);
        QCOMPARE(d->state, workflow::State::Returned);
        QVERIFY(d->returned);
        QCOMPARE(d->returned->collectorName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(d->returned->collectorId, QStringLiteral("001090012345"));
        QVERIFY(!d->returned->authorised);
        QCOMPARE(d->rating->value, 1);
        QTRY_COMPARE(page->readyModel()->rowCount(), 0);
    }

    void authorisedCollectorAfterAScannedReceipt()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = readyDossier(f);
        QVERIFY(!code.isEmpty());
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::MainWindow window(SiteConfig::demo(), f.clerk.name);
        auto* page = new ui::ReturnPage(*worker, f.clerk);
        window.setPageWidget(ui::MainWindow::Page::Return, page);
        ui::BarcodeWedge wedge;
        tick(wedge, 5);
        wedge.install();
        ui::ReturnPage::openScansIn(&wedge, &window, page);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy opened(page, &ui::ReturnPage::dossierOpened);
        QSignalSpy returned(page, &ui::ReturnPage::resultReturned);
        QSignalSpy rated(page, &ui::ReturnPage::rated);
        Effort effort;
        QTest::keyClicks(&window, code);
        effort.key(&window, Qt::Key_Return);
        QVERIFY(opened.wait(10000));
        auto* id = page->findChild<QLineEdit*>(QStringLiteral("return_collector_id"));
        auto* confirm = page->findChild<QPushButton*>(QStringLiteral("return_confirm"));
        auto* status = page->findChild<QLabel*>(QStringLiteral("return_status"));
        QTest::keyClicks(id, QStringLiteral("001190054321"));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("return_id_check"))
                    ->text()
                    .contains(QStringLiteral("không khớp"), Qt::CaseInsensitive));
        // Another person's ID cannot be recorded as the applicant collecting.
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("người được ủy quyền"), Qt::CaseInsensitive),
            qPrintable(status->text()));
        QCOMPARE(returned.size(), 0);
        effort.click(page->findChild<QRadioButton*>(QStringLiteral("return_as_authorised")));
        // (QTest types ASCII only: the Vietnamese name is inserted as an input method would.)
        page->findChild<QLineEdit*>(QStringLiteral("return_authorised_name"))->insert(QStringLiteral("Phạm Thị Mai"));
        // Without the authorisation paper ticked, nothing is returned.
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY2(
            status->text().contains(QStringLiteral("giấy ủy quyền"), Qt::CaseInsensitive), qPrintable(status->text()));
        QCOMPARE(returned.size(), 0);
        effort.click(page->findChild<QCheckBox*>(QStringLiteral("return_authorisation_paper")));
        effort.click(confirm);
        QVERIFY(returned.wait(10000));
        effort.click(page->findChild<QPushButton*>(QStringLiteral("return_rate_2")));
        QVERIFY(rated.wait(10000));
        qInfo("Counter effort, return to an authorised person from the receipt scan: %d key presses/clicks "
              "(scan + Enter, choose the authorised person, tick the paper, return, rate)",
            effort.count);
        QVERIFY(effort.count <= 5);

        auto d = f.store->dossier(f.clerk, code);
        QVERIFY(d && d->returned);
        QCOMPARE(d->returned->collectorName, QStringLiteral("Phạm Thị Mai"));
        QCOMPARE(d->returned->collectorId, QStringLiteral("001190054321"));
        QVERIFY(d->returned->authorised);
        QCOMPARE(d->rating->value, 2);
    }

    void notReadyListedAndPostal()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString processing = f.receiveOne();
        QVERIFY(step(f, processing, workflow::Step::HandOver));
        dossier::IntakeRequest byPost = StoreFixture::citizenIntake();
        byPost.returnMethod = QStringLiteral("postal");
        const QString posted = readyDossier(f, byPost);
        QVERIFY(!posted.isEmpty());
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::ReturnPage page(*worker, f.clerk);
        QAbstractItemModelTester tester(page.readyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        auto* codeField = page.findChild<QLineEdit*>(QStringLiteral("return_code"));
        auto* status = page.findChild<QLabel*>(QStringLiteral("return_status"));
        QSignalSpy opened(&page, &ui::ReturnPage::dossierOpened);

        // Not ready: a clear Vietnamese message with the state and the appointment.
        QTest::keyClicks(codeField, processing);
        QTest::keyClick(codeField, Qt::Key_Return);
        QVERIFY(opened.wait(10000));
        QVERIFY2(status->text().contains(QStringLiteral("chưa")), qPrintable(status->text()));
        QVERIFY(status->text().contains(workflow::stateLabel(workflow::State::Processing)));
        QVERIFY(!page.findChild<QGroupBox*>(QStringLiteral("return_collect_box"))->isEnabled());

        // An unknown code says so.
        QSignalSpy refused(&page, &ui::ReturnPage::refused);
        page.openDossier(QStringLiteral("000.00.25.G14-250312-0999"));
        QVERIFY(refused.wait(10000));
        QVERIFY(!status->text().isEmpty());

        // The ready list: one row, the postal one; clicking it opens it.
        QTRY_COMPARE(page.readyModel()->rowCount(), 1);
        auto* table = page.findChild<QTableView*>(QStringLiteral("return_ready"));
        const QRect cell = table->visualRect(page.readyModel()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(opened.wait(10000));
        QCOMPARE(page.currentCode(), posted);
        auto* item = page.findChild<QLineEdit*>(QStringLiteral("return_postal_item"));
        QVERIFY(item->isVisible());
        QSignalSpy returned(&page, &ui::ReturnPage::resultReturned);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("return_confirm")), Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("bưu")), qPrintable(status->text()));
        QTest::keyClicks(item, QStringLiteral("eb123456789vn"));
        QTest::keyClick(item, Qt::Key_Return);
        QVERIFY(returned.wait(10000));
        auto d = f.store->dossier(f.clerk, posted);
        QVERIFY(d && d->returned);
        QCOMPARE(d->returned->postalItemNumber, QStringLiteral("EB123456789VN"));
    }

    void supplementReceivedResumesTheDossier()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        QVERIFY(step(f, code, workflow::Step::HandOver));
        QVERIFY(step(f, code, workflow::Step::RequestSupplement, QStringLiteral("Thiếu bản sao giấy phép")));
        const QString paper = f.dir.filePath(QStringLiteral("bo-sung.pdf"));
        QFile file(paper);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 giấy bổ sung");
        file.close();
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::ReturnPage page(*worker, f.clerk);
        page.setFileChooser([paper] { return QStringList { paper }; });
        page.show();
        QSignalSpy opened(&page, &ui::ReturnPage::dossierOpened);
        page.openDossier(code);
        QVERIFY(opened.wait(10000));
        auto* box = page.findChild<QGroupBox*>(QStringLiteral("return_supplement_box"));
        QVERIFY(box->isVisible());
        auto* files = page.findChild<QListWidget*>(QStringLiteral("return_supplement_files"));
        QAbstractItemModelTester tester(files->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every control of the page, the supplement's included, is named (the accessibility test walks the
        // page with this part hidden).
        for (QWidget* w : page.findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractItemView*>(w);
            if (control && !w->objectName().isEmpty())
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        for (QLineEdit* edit : page.findChildren<QLineEdit*>())
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("return_supplement_add")), Qt::LeftButton);
        QCOMPARE(files->count(), 1);
        QCOMPARE(files->item(0)->text(), QStringLiteral("bo-sung.pdf"));
        QSignalSpy received(&page, &ui::ReturnPage::supplementReceived);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("return_supplement_receive")), Qt::LeftButton);
        QVERIFY(received.wait(10000));
        auto d = f.store->dossier(f.clerk, code);
        QVERIFY(d);
        QCOMPARE(d->state, workflow::State::Processing);
        QVERIFY(d->pauses.last().toUtc.isValid());
        QCOMPARE(d->documents.last().files.size(), 1);
        QVERIFY(!box->isVisible());
    }

    void windowShowsTheDeskOption()
    {
        for (DeskOption option : { DeskOption::Unit, DeskOption::Shared, DeskOption::Postal }) {
            SiteConfig site = SiteConfig::demo();
            site.deskOption = option;
            ui::MainWindow window(site, QStringLiteral("Trần Văn Bưu"));
            QVERIFY2(window.windowTitle().contains(deskOptionLabel(option)), qPrintable(window.windowTitle()));
            auto* desk = window.findChild<QLabel*>(QStringLiteral("status_desk"));
            QVERIFY(desk->text().contains(deskOptionLabel(option)));
        }
        QCOMPARE(deskOptionLabel(DeskOption::Postal), QStringLiteral("Bộ phận một cửa do bưu chính công ích đảm nhận"));
    }

    void wedgeLeavesOrdinaryTypingAlone()
    {
        const QString code = QStringLiteral("000.00.25.G14-250312-0007");
        QWidget window;
        auto* edit = new QLineEdit(&window);
        auto* scansField = new QLineEdit(&window);
        scansField->setProperty("acceptsScans", true);
        scansField->move(0, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::BarcodeWedge wedge;
        wedge.install();
        QSignalSpy scanned(&wedge, &ui::BarcodeWedge::codeScanned);
        QSignalSpy enter(edit, &QLineEdit::returnPressed);

        // A clerk typing a code by hand (200 ms apart): the field keeps it and gets its Enter.
        tick(wedge, 200);
        edit->setFocus();
        QTest::keyClicks(edit, code);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(scanned.size(), 0);
        QCOMPARE(edit->text(), code);
        QCOMPARE(enter.size(), 1);

        // Fast, but not a dossier code: ordinary text.
        tick(wedge, 5);
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("Nguyen Van An"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(scanned.size(), 0);
        QCOMPARE(edit->text(), QStringLiteral("Nguyen Van An"));
        QCOMPARE(enter.size(), 2);

        // A scan into the same field: recognised, the Enter taken and the code taken out of the field.
        edit->setText(QStringLiteral("tran "));
        edit->end(false);
        QTest::keyClicks(edit, code);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().toString(), code);
        QCOMPARE(edit->text(), QStringLiteral("tran "));
        QCOMPARE(enter.size(), 2);

        // A field that takes scanned codes itself is left alone; so is everything while disabled.
        scansField->setFocus();
        QTest::keyClicks(scansField, code);
        QTest::keyClick(scansField, Qt::Key_Return);
        QCOMPARE(scansField->text(), code);
        wedge.setEnabled(false);
        QTest::keyClicks(edit, code);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(scanned.size(), 1);
    }
};

QTEST_MAIN(TestReturnPage)
#include "test_returnpage.moc"
