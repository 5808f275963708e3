// The intake's scanning panel (ScanPanel), offscreen: pages from FakeScanner and from SANE's real "test"
// backend into two papers, thumbnails as pages arrive (the page model checked by QAbstractItemModelTester),
// reorder by keys and by a drop, rotate, delete, rescan one page, zoom; the PDFs of files() read back with
// Qt PDF (page counts and orientation); a jam and an empty feeder explained in Vietnamese with the pages
// kept; a separator sheet moving the rest of the batch to the next paper; image and PDF files imported;
// the pages brought back from the work folder after a crash; clear() removing the work files; files()
// waiting only a bounded time for pages still being stored; every control named as it reads.
#include "tests/support/FakeScanner.h"
#include "tests/support/TextPage.h"

#include "core/Translations.h"
#include "scanner/SaneBackend.h"
#include "ui/Accessibility.h"
#include "ui/PageZoomDialog.h"
#include "ui/ScanPageModel.h"
#include "ui/ScanPanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::scanner;
using namespace motcua::test;
using ui::ScanPageModel;
using ui::ScanPanel;

namespace {

QList<ui::PaperSlot> threePapers()
{
    return { { QStringLiteral("c1"), QStringLiteral("Tờ khai"), true },
        { QStringLiteral("c2"), QStringLiteral("Bản sao CCCD"), true },
        { QStringLiteral("c3"), QStringLiteral("Giấy ủy quyền"), false } };
}

QImage strokesPage(int seed = 0)
{
    TextPage page;
    page.dpi = 100;
    page.glyphs = TextPage::Glyphs::Strokes;
    page.seed = seed;
    return page.render();
}

// A page at a size of its own, so that a test can tell it apart in the PDF.
QImage squarePage()
{
    QImage image(800, 800, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter p(&image);
    p.fillRect(100, 100, 600, 40, Qt::black);
    p.fillRect(100, 300, 400, 40, Qt::black);
    return image;
}

ScannerSettings panelSettings(int dpi = 100)
{
    ScannerSettings s;
    s.resolution = dpi;
    s.separatorBarcode = TextPage::code128Text();
    return s;
}

struct Panel {
    QTemporaryDir dir;
    std::shared_ptr<FakeScanner> fake = std::make_shared<FakeScanner>();
    std::unique_ptr<ScanPanel> panel;
    std::unique_ptr<QAbstractItemModelTester> tester;

    explicit Panel(std::shared_ptr<ScannerBackend> backend = {}, ScannerSettings settings = panelSettings())
    {
        panel = std::make_unique<ScanPanel>(
            backend ? backend : std::static_pointer_cast<ScannerBackend>(fake), workDir(), settings);
        panel->setSettleWait(60000); // files() right after a turn gets the turned page even on a loaded machine
        tester = std::make_unique<QAbstractItemModelTester>(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->setPapers(threePapers());
        panel->resize(900, 700);
        panel->show();
    }
    QString workDir() const { return dir.filePath(QStringLiteral("intake")); }
    template <typename T> T* find(const char* name) const { return panel->findChild<T*>(QLatin1String(name)); }
    QListView* view() const { return find<QListView>("scanPages"); }
    bool waitForDevices() const
    {
        return QTest::qWaitFor([this] { return find<QComboBox>("scanDevice")->count() > 0; }, 20000);
    }
    void chooseSource(ScanSource source) const
    {
        auto* box = find<QComboBox>("scanSource");
        box->setCurrentIndex(box->findData(int(source)));
    }
    // Presses Scan and waits until the scan ended and every page is stored.
    bool scanAndSettle() const
    {
        QSignalSpy ended(panel.get(), &ScanPanel::scanEnded);
        auto* button = find<QPushButton>("scanButton");
        if (!button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return waitSettled(ended);
    }
    bool waitSettled(QSignalSpy& ended) const
    {
        return QTest::qWaitFor([&] { return !ended.isEmpty() && panel->pendingPages() == 0; }, 60000);
    }
    quint64 idAt(int row) const { return panel->model()->index(row).data(ScanPageModel::PageIdRole).toULongLong(); }
    void select(int row) const { view()->setCurrentIndex(panel->model()->index(row)); }
};

// Page sizes in points of a PDF: (width, height) per page.
QList<QSizeF> pdfPageSizes(const QString& path)
{
    QPdfDocument pdf;
    pdf.load(path);
    QList<QSizeF> sizes;
    for (int i = 0; i < pdf.pageCount(); ++i)
        sizes << pdf.pagePointSize(i);
    return sizes;
}

// Only the owner may enter the work folder (mode 0700).
bool ownerOnly(const QString& path)
{
    const QFile::Permissions perms = QFileInfo(path).permissions();
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    return (perms & others) == 0 && perms.testFlags(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestScanPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void thumbnailsAppearAsPagesArrive()
    {
        Panel p;
        QVERIFY(p.waitForDevices());
        QCOMPARE(p.find<QComboBox>("scanDevice")->currentData().toString(), QStringLiteral("fake:0"));
        QVERIFY(ownerOnly(p.workDir()));
        p.fake->addPage(strokesPage(0));
        p.fake->holdBeforePage(1);
        p.fake->addPages(strokesPage(1), 2);
        QSignalSpy ended(p.panel.get(), &ScanPanel::scanEnded);
        QTest::mouseClick(p.find<QPushButton>("scanButton"), Qt::LeftButton);
        // The first page is shown while the scanner still holds the second one.
        QTRY_COMPARE(p.panel->model()->rowCount(), 1);
        QVERIFY(p.fake->isHolding() || p.fake->pagesDelivered() >= 1);
        const QImage thumb = p.panel->model()->index(0).data(Qt::DecorationRole).value<QImage>();
        QVERIFY(!thumb.isNull());
        QVERIFY(thumb.height() <= 400 && thumb.width() < thumb.height());
        QVERIFY(p.panel->isScanning());
        QVERIFY(!p.find<QPushButton>("scanButton")->isEnabled());
        p.fake->resume();
        QVERIFY(p.waitSettled(ended));
        QCOMPARE(ended.first().first().value<ScanState>(), ScanState::Ok);
        QCOMPARE(p.panel->model()->rowCount(), 3);
        QCOMPARE(p.panel->pageCounts(), (QMap<QString, int> { { "c1", 3 }, { "c2", 0 }, { "c3", 0 } }));
        QCOMPARE(p.fake->lastSettings().source, ScanSource::Adf);
        QCOMPARE(p.fake->lastSettings().dpi, 100);
        QVERIFY(p.panel->statusText().contains(QStringLiteral("3")));
        // Each page is stored in the work folder (not only in memory).
        for (int row = 0; row < 3; ++row) {
            const QString path = p.panel->model()->index(row).data(ScanPageModel::PathRole).toString();
            QVERIFY(path.startsWith(p.workDir() + QLatin1Char('/')));
            QVERIFY(QFileInfo::exists(path));
        }
    }

    // files() waits for pages still being stored only as long as it is allowed to (the window does not
    // paint meanwhile); then it says so, keeps the pages, and a later call gets them all.
    void filesWaitsBoundedForPagesBeingStored()
    {
        Panel p;
        QVERIFY(p.waitForDevices());
        p.fake->addPages(strokesPage(), 2);
        QVERIFY(p.scanAndSettle());
        p.panel->setSettleWait(0);
        p.select(1);
        p.panel->rotateSelected(); // the turned page is stored again on a worker thread
        QCOMPARE(p.panel->pendingPages(), 1);
        auto early = p.panel->files();
        QVERIFY(!early);
        QCOMPARE(early.error().code, QStringLiteral("pages_pending"));
        QVERIFY2(early.error().message.contains(QLatin1String("1")), qPrintable(early.error().message));
        QCOMPARE(p.panel->model()->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(p.panel->pendingPages(), 0, 30000);
        auto files = p.panel->files();
        QVERIFY2(files.ok(), qPrintable(files ? QString() : files.error().message));
        const QList<QSizeF> sizes = pdfPageSizes(files->value("c1").first());
        QCOMPARE(sizes.size(), 2);
        QVERIFY(sizes[0].height() > sizes[0].width());
        QVERIFY(sizes[1].width() > sizes[1].height()); // turned a quarter
    }

    void saneTestBackendIntoTwoPapers()
    {
        Panel p(std::make_shared<SaneBackend>(), panelSettings(75));
        p.panel->setExtraOptions({ { "test-picture", "Grid" }, { "read-return-value", "Default" },
            { "read-limit", "no" }, { "read-delay", "no" } });
        QVERIFY(p.waitForDevices());
        auto* device = p.find<QComboBox>("scanDevice");
        device->setCurrentIndex(device->findData(QStringLiteral("test:0")));
        QVERIFY(device->currentIndex() >= 0);
        // Paper 1: two pages from the flatbed.
        p.chooseSource(ScanSource::Flatbed);
        QVERIFY(p.scanAndSettle());
        QVERIFY(p.scanAndSettle());
        QCOMPARE(p.panel->pageCounts().value("c1"), 2);
        // Paper 2: three sheets from the feeder.
        auto* paperBox = p.find<QComboBox>("scanPaper");
        paperBox->setCurrentIndex(1);
        emit paperBox->activated(1);
        QCOMPARE(p.panel->currentPaper(), QStringLiteral("c2"));
        QCOMPARE(p.panel->model()->rowCount(), 0);
        p.chooseSource(ScanSource::Adf);
        p.panel->setPageLimit(3);
        QVERIFY(p.scanAndSettle());
        QCOMPARE(p.panel->pageCounts(), (QMap<QString, int> { { "c1", 2 }, { "c2", 3 }, { "c3", 0 } }));
        QVERIFY(paperBox->itemText(1).contains(QStringLiteral("3")));

        // Turn the first sheet, move it to the end by keys, delete the (new) first.
        const quint64 first = p.idAt(0);
        const quint64 second = p.idAt(1);
        const quint64 third = p.idAt(2);
        p.view()->setFocus();
        p.select(0);
        QTest::keyClick(p.view(), Qt::Key_R, Qt::ControlModifier);
        QTest::keyClick(p.view(), Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(p.view(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(p.idAt(2), first);
        QCOMPARE(p.idAt(0), second);
        p.select(0);
        QTest::keyClick(p.view(), Qt::Key_Delete);
        QCOMPARE(p.panel->model()->rowCount(), 2);
        QCOMPARE(p.idAt(0), third);
        QCOMPARE(p.idAt(1), first);
        QCOMPARE(p.panel->model()->index(1).data(ScanPageModel::QuarterTurnsRole).toInt(), 1);

        auto files = p.panel->files();
        QVERIFY2(files.ok(), qPrintable(files ? QString() : files.error().message));
        QCOMPARE(files->size(), 2); // the third paper has no pages
        const QList<QSizeF> one = pdfPageSizes(files->value("c1").first());
        const QList<QSizeF> two = pdfPageSizes(files->value("c2").first());
        QCOMPARE(one.size(), 2);
        QCOMPARE(two.size(), 2);
        QVERIFY(one[0].height() > one[0].width());
        QVERIFY(two[0].height() > two[0].width()); // the third sheet as scanned
        QVERIFY(two[1].width() > two[1].height()); // the first sheet, turned
        QVERIFY(qAbs(two[1].width() - two[0].height()) < 2.0);
        QVERIFY(files->value("c1").first().startsWith(p.workDir()));
    }

    void dropReordersPages()
    {
        Panel p;
        QVERIFY(p.waitForDevices());
        p.fake->addPages(strokesPage(), 3);
        QVERIFY(p.scanAndSettle());
        const quint64 first = p.idAt(0);
        const quint64 last = p.idAt(2);
        // What a drag of the last page onto the left half of the first one drops.
        std::unique_ptr<QMimeData> mime(p.panel->model()->mimeData({ p.panel->model()->index(2) }));
        const QRect target = p.view()->visualRect(p.panel->model()->index(0));
        QVERIFY(target.isValid());
        const QPoint at(target.left() + 2, target.center().y());
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(p.view()->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(p.view()->viewport(), &move);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(p.view()->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(p.panel->model()->rowCount(), 3);
        QCOMPARE(p.idAt(0), last);
        QCOMPARE(p.idAt(1), first);
    }

    void jamAndEmptyFeederAreExplainedAndPagesKept()
    {
        Panel p;
        QVERIFY(p.waitForDevices());
        p.fake->addPages(strokesPage(), 5);
        p.fake->failAfter(2, ScanState::Jammed);
        QVERIFY(p.scanAndSettle());
        QCOMPARE(p.panel->pageCounts().value("c1"), 2);
        const QString jam = p.panel->statusText();
        QVERIFY2(jam.startsWith(QStringLiteral("Kẹt giấy")), qPrintable(jam));
        QVERIFY(jam.contains(QStringLiteral("Quét")));
        QVERIFY(jam.contains(QStringLiteral("2")));
        QVERIFY(p.find<QLabel>("scanStatus")->isVisible());
        QVERIFY(p.find<QLabel>("scanStatus")->property("error").toBool());
        // The clerk clears the jam and scans on: the remaining pages are added after the kept ones.
        p.fake->failAfter(-1, ScanState::Ok);
        QVERIFY(p.scanAndSettle());
        QCOMPARE(p.panel->pageCounts().value("c1"), 5);
        QVERIFY(!p.find<QLabel>("scanStatus")->property("error").toBool());
        // Now the feeder is empty.
        QVERIFY(p.scanAndSettle());
        QCOMPARE(p.panel->statusText(), ScanPanel::stateExplanation(ScanState::NoDocuments));
        QVERIFY(p.panel->statusText().contains(QStringLiteral("Khay nạp giấy trống")));
        QCOMPARE(p.panel->pageCounts().value("c1"), 5);
        // A cover left open.
        p.fake->addPage(strokesPage());
        p.fake->failAfter(0, ScanState::CoverOpen);
        QVERIFY(p.scanAndSettle());
        QVERIFY(p.panel->statusText().startsWith(QStringLiteral("Nắp máy quét")));
        QCOMPARE(p.panel->pageCounts().value("c1"), 5);
    }

    void stopKeepsThePagesScanned()
    {
        Panel p;
        QVERIFY(p.waitForDevices());
        p.fake->addPages(strokesPage(), 4);
        p.fake->holdBeforePage(2);
        QSignalSpy ended(p.panel.get(), &ScanPanel::scanEnded);
        QTest::mouseClick(p.find<QPushButton>("scanButton"), Qt::LeftButton);
        QTRY_VERIFY(p.fake->isHolding());
        auto* stop = p.find<QPushButton>("cancelScanButton");
        QVERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(p.waitSettled(ended));
        QCOMPARE(ended.first().first().value<ScanState>(), ScanState::Cancelled);
        QCOMPARE(p.panel->pageCounts().value("c1"), 2);
        QVERIFY(p.panel->statusText().startsWith(QStringLiteral("Đã dừng quét")));
        QVERIFY(!stop->isEnabled());
    }

    void blankBacksAreLeftOut()
    {
        Panel p;
        QVERIFY(p.waitForDevices());
        QImage white(827, 1169, QImage::Format_Grayscale8);
        white.fill(250);
        p.fake->addPage(strokesPage(1));
        p.fake->addPage(white);
        p.fake->addPage(strokesPage(2));
        p.fake->addPage(white);
        p.chooseSource(ScanSource::Duplex);
        QVERIFY(p.scanAndSettle());
        QCOMPARE(p.fake->lastSettings().source, ScanSource::Duplex);
        QCOMPARE(p.panel->pageCounts().value("c1"), 2);
        QVERIFY(p.panel->statusText().contains(QStringLiteral("2 trang trắng")));
    }

    void separatorSheetStartsTheNextPaper()
    {
        Panel p(nullptr, panelSettings(150));
        QVERIFY(p.waitForDevices());
        TextPage separator;
        separator.dpi = 200;
        separator.glyphs = TextPage::Glyphs::Strokes;
        separator.barcodes = true;
        p.fake->addPages(strokesPage(1), 2);
        p.fake->addPage(separator.render());
        p.fake->addPages(strokesPage(2), 1);
        p.fake->addPage(separator.render());
        p.fake->addPages(strokesPage(3), 2);
        QSignalSpy paperChanged(p.panel.get(), &ScanPanel::currentPaperChanged);
        QVERIFY(p.scanAndSettle());
        QCOMPARE(p.panel->pageCounts(), (QMap<QString, int> { { "c1", 2 }, { "c2", 1 }, { "c3", 2 } }));
        QCOMPARE(p.panel->currentPaper(), QStringLiteral("c3"));
        QCOMPARE(paperChanged.size(), 2);
        QCOMPARE(paperChanged.last().first().toString(), QStringLiteral("c3"));
        QCOMPARE(p.find<QComboBox>("scanPaper")->currentData().toString(), QStringLiteral("c3"));
        auto files = p.panel->files();
        QVERIFY(files.ok());
        QCOMPARE(pdfPageSizes(files->value("c1").first()).size(), 2);
        QCOMPARE(pdfPageSizes(files->value("c2").first()).size(), 1);
        QCOMPARE(pdfPageSizes(files->value("c3").first()).size(), 2);
    }

    void rescanReplacesOnePage()
    {
        Panel p;
        QVERIFY(p.waitForDevices());
        p.fake->addPages(strokesPage(), 3);
        QVERIFY(p.scanAndSettle());
        const quint64 middle = p.idAt(1);
        p.select(1);
        p.fake->addPage(squarePage());
        QSignalSpy ended(p.panel.get(), &ScanPanel::scanEnded);
        QTest::mouseClick(p.find<QPushButton>("rescanPageButton"), Qt::LeftButton);
        QVERIFY(p.waitSettled(ended));
        QCOMPARE(p.fake->lastSettings().maxPages, 1);
        QCOMPARE(p.panel->model()->rowCount(), 3);
        QVERIFY(p.idAt(1) != middle);
        const QImage thumb = p.panel->model()->index(1).data(Qt::DecorationRole).value<QImage>();
        QCOMPARE(thumb.width(), thumb.height()); // the square page took its place
        auto files = p.panel->files();
        QVERIFY(files.ok());
        const QList<QSizeF> sizes = pdfPageSizes(files->value("c1").first());
        QCOMPARE(sizes.size(), 3);
        QVERIFY(qAbs(sizes[1].width() - sizes[1].height()) < 1.0);
        QVERIFY(sizes[0].height() > sizes[0].width());
    }

    void filesAreImported()
    {
        Panel p;
        QVERIFY(p.waitForDevices());
        const QString png = p.dir.filePath(QStringLiteral("page.png"));
        QVERIFY(strokesPage().save(png));
        const QString pdf = p.dir.filePath(QStringLiteral("two.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setResolution(72);
            QPainter painter(&writer);
            painter.fillRect(100, 100, 300, 40, Qt::black);
            writer.newPage();
            painter.fillRect(100, 300, 200, 60, Qt::black);
        }
        QSignalSpy imported(p.panel.get(), &ScanPanel::importEnded);
        p.panel->importFiles({ png, pdf });
        QVERIFY(imported.wait(30000) || !imported.isEmpty());
        QCOMPARE(imported.first().first().toInt(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(p.panel->pendingPages(), 0, 30000);
        QCOMPARE(p.panel->pageCounts().value("c1"), 3);
        // A file that is no image is refused with its name; nothing is added.
        const QString junk = p.dir.filePath(QStringLiteral("junk.pdf"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a pdf");
        f.close();
        p.panel->importFiles({ junk });
        QVERIFY(imported.wait(30000));
        QCOMPARE(imported.last().first().toInt(), 0);
        QVERIFY(p.find<QLabel>("scanStatus")->property("error").toBool());
        auto files = p.panel->files();
        QVERIFY(files.ok());
        QCOMPARE(pdfPageSizes(files->value("c1").first()).size(), 3);
    }

    void zoomShowsTheSelectedPage()
    {
        Panel p;
        QVERIFY(p.waitForDevices());
        p.fake->addPage(strokesPage());
        QVERIFY(p.scanAndSettle());
        p.select(0);
        QTest::mouseClick(p.find<QPushButton>("zoomPageButton"), Qt::LeftButton);
        auto* dialog = p.panel->findChild<ui::PageZoomDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QSize shown = dialog->shownSize();
        QVERIFY(shown.height() > 400);
        dialog->zoomIn();
        QVERIFY(dialog->shownSize().height() > shown.height());
        dialog->close();
    }

    void pagesSurviveACrashAndClearRemovesThem()
    {
        QTemporaryDir dir;
        const QString work = dir.filePath(QStringLiteral("intake"));
        auto fake = std::make_shared<FakeScanner>();
        {
            ScanPanel panel(fake, work, panelSettings());
            panel.setPapers(threePapers());
            QTRY_VERIFY(panel.findChild<QComboBox*>(QStringLiteral("scanDevice"))->count() > 0);
            fake->addPage(strokesPage(1));
            fake->addPage(squarePage());
            QSignalSpy ended(&panel, &ScanPanel::scanEnded);
            panel.scan();
            QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty() && panel.pendingPages() == 0, 30000);
            panel.findChild<QListView*>()->setCurrentIndex(panel.model()->index(1));
            panel.rotateSelected();
            QTRY_COMPARE_WITH_TIMEOUT(panel.pendingPages(), 0, 30000);
            // The panel goes away without clear(), as in a crash: its pages stay on disk.
        }
        ScanPanel again(fake, work, panelSettings());
        again.setPapers(threePapers());
        QCOMPARE(again.pageCounts().value("c1"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(again.pendingPages(), 0, 30000);
        QCOMPARE(again.model()->index(1).data(ScanPageModel::QuarterTurnsRole).toInt(), 1);
        auto files = again.files();
        QVERIFY(files.ok());
        QCOMPARE(pdfPageSizes(files->value("c1").first()).size(), 2);
        QVERIFY(!filesUnder(work).isEmpty());

        again.clear();
        QCOMPARE(again.pageCounts().value("c1"), 0);
        QVERIFY2(filesUnder(work).isEmpty(), qPrintable(filesUnder(work).join(", ")));
        QVERIFY(!QFileInfo::exists(files->value("c1").first()));
        QVERIFY(ownerOnly(work));
    }

    void everyControlIsNamedAsItReads()
    {
        Panel p;
        QVERIFY(p.waitForDevices());
        int checked = 0;
        for (QLabel* label : p.panel->findChildren<QLabel*>()) {
            if (!label->buddy())
                continue;
            QCOMPARE(label->buddy()->accessibleName(), ui::accessibleText(label->text()));
            ++checked;
        }
        QCOMPARE(checked, 5); // scanner, source, mode, paper, pages
        for (QPushButton* button : p.panel->findChildren<QPushButton*>()) {
            QCOMPARE(button->accessibleName(), ui::accessibleText(button->text()));
            ++checked;
        }
        QVERIFY(checked >= 14);
        QCOMPARE(p.find<QComboBox>("scanSource")->accessibleName(), QStringLiteral("Nguồn giấy"));
        QCOMPARE(p.find<QPushButton>("scanButton")->text().remove(QLatin1Char('&')), QStringLiteral("Quét"));
        QCOMPARE(p.find<QPushButton>("addFilesButton")->accessibleName(), QStringLiteral("Thêm tệp..."));
    }
};

QTEST_MAIN(TestScanPanel)
#include "test_scanpanel.moc"
