// ScanController and the scan path above the backend, driven by tests/support's FakeScanner: pages arrive
// as queued signals, a device error after N pages keeps those N pages (through the page pipeline too), a
// cancel stops the batch where it is, and the fake delivers pages the way a device does (mode, resolution).
#include "scanner/PagePipeline.h"
#include "scanner/ScanController.h"
#include "tests/support/FakeScanner.h"
#include "tests/support/TextPage.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::scanner;
using motcua::test::FakeScanner;
using motcua::test::TextPage;

namespace {

ScanSettings feederSettings()
{
    ScanSettings s;
    s.device = QStringLiteral("fake:0");
    s.source = ScanSource::Adf;
    s.dpi = 150;
    s.mode = ColorMode::Gray;
    return s;
}

QImage smallPage(int mark)
{
    QImage img(200, 280, QImage::Format_RGB888);
    img.fill(Qt::white);
    for (int y = 20; y < 40; ++y)
        for (int x = 20 + mark * 10; x < 30 + mark * 10; ++x)
            img.setPixelColor(x, y, QColor(200, 30, 30));
    return img;
}

ScanOutcome outcomeOf(const QSignalSpy& finished)
{
    return finished.first().first().value<ScanOutcome>();
}

} // namespace

class TestScanController : public QObject
{
    Q_OBJECT
private slots:
    void feederBatchEndsWhenThePaperRunsOut()
    {
        auto fake = std::make_shared<FakeScanner>();
        for (int i = 0; i < 3; ++i)
            fake->addPage(smallPage(i));
        ScanController controller(fake);
        QSignalSpy pages(&controller, &ScanController::pageScanned);
        QSignalSpy finished(&controller, &ScanController::scanFinished);
        QVERIFY(controller.startScan(feederSettings()));
        QVERIFY(!controller.startScan(feederSettings())); // one scan at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(pages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto page = pages.at(i).first().value<ScannedPage>();
            QCOMPARE(page.index, i);
            QCOMPARE(page.image.format(), QImage::Format_Grayscale8);
            QCOMPARE(page.dpi, 150);
        }
        QCOMPARE(outcomeOf(finished).state, ScanState::Ok);
        QCOMPARE(outcomeOf(finished).pagesScanned, 3);
        QVERIFY(!controller.isScanning());
        QCOMPARE(fake->scansStarted(), 1);
    }

    // A jam after two pages ends the batch with "jammed"; the two pages were delivered before it.
    void deviceErrorKeepsThePagesBeforeIt_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("jammed") << int(ScanState::Jammed);
        QTest::newRow("cover open") << int(ScanState::CoverOpen);
        QTest::newRow("unplugged") << int(ScanState::IoError);
    }
    void deviceErrorKeepsThePagesBeforeIt()
    {
        QFETCH(int, state);
        auto fake = std::make_shared<FakeScanner>();
        fake->addPages(smallPage(0), 5);
        fake->failAfter(2, ScanState(state));
        ScanController controller(fake);
        QSignalSpy started(&controller, &ScanController::pageStarted);
        QSignalSpy pages(&controller, &ScanController::pageScanned);
        QSignalSpy finished(&controller, &ScanController::scanFinished);
        QVERIFY(controller.startScan(feederSettings()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(pages.size(), 2);
        QCOMPARE(started.size(), 3); // the third page was started when the device failed
        const ScanOutcome outcome = outcomeOf(finished);
        QCOMPARE(outcome.state, ScanState(state));
        QCOMPARE(outcome.pagesScanned, 2);
        QCOMPARE(outcome.message, scanStateMessage(ScanState(state)));
        QVERIFY(!scanStateIsClean(outcome.state));
    }

    void emptyFeederAndFlatbed()
    {
        auto fake = std::make_shared<FakeScanner>();
        ScanController controller(fake);
        QSignalSpy finished(&controller, &ScanController::scanFinished);
        QVERIFY(controller.startScan(feederSettings()));
        QVERIFY(finished.wait(10000));
        QCOMPARE(outcomeOf(finished).state, ScanState::NoDocuments);
        QCOMPARE(outcomeOf(finished).pagesScanned, 0);
        // The flatbed gives one page however much paper there is; colour pages come as RGB888.
        fake->addPages(smallPage(1), 2);
        ScanSettings flatbed = feederSettings();
        flatbed.source = ScanSource::Flatbed;
        flatbed.mode = ColorMode::Color;
        QSignalSpy pages(&controller, &ScanController::pageScanned);
        QVERIFY(controller.startScan(flatbed));
        QVERIFY(finished.wait(10000));
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().first().value<ScannedPage>().image.format(), QImage::Format_RGB888);
        QCOMPARE(finished.last().first().value<ScanOutcome>().state, ScanState::Ok);
    }

    // The clerk cancels while the device works on the third page: the batch stops with the two pages it has.
    void cancelStopsTheBatch()
    {
        auto fake = std::make_shared<FakeScanner>();
        fake->addPages(smallPage(2), 5);
        fake->holdBeforePage(2);
        ScanController controller(fake);
        QSignalSpy pages(&controller, &ScanController::pageScanned);
        QSignalSpy finished(&controller, &ScanController::scanFinished);
        QVERIFY(controller.startScan(feederSettings()));
        QTRY_VERIFY(fake->isHolding());
        QVERIFY(controller.isScanning());
        controller.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(outcomeOf(finished).state, ScanState::Cancelled);
        QCOMPARE(outcomeOf(finished).pagesScanned, 2);
        QCOMPARE(pages.size(), 2);
        // Without a cancel, resume() lets it go on to the end of the paper.
        fake->holdBeforePage(1);
        QVERIFY(controller.startScan(feederSettings()));
        QTRY_VERIFY(fake->isHolding());
        fake->resume();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().value<ScanOutcome>().pagesScanned, 3);
    }

    void discoveryAndUnknownDevice()
    {
        auto fake = std::make_shared<FakeScanner>();
        ScanController controller(fake);
        QSignalSpy found(&controller, &ScanController::devicesFound);
        controller.discoverDevices();
        QVERIFY(found.wait(10000));
        QCOMPARE(found.last().first().value<QList<DeviceInfo>>().first().name, QStringLiteral("fake:0"));
        fake->failDiscovery(ScanState::AccessDenied);
        QSignalSpy failed(&controller, &ScanController::discoveryFailed);
        controller.discoverDevices();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toString(), scanStateMessage(ScanState::AccessDenied));
        ScanSettings other = feederSettings();
        other.device = QStringLiteral("fujitsu:fi-7160:1");
        QSignalSpy finished(&controller, &ScanController::scanFinished);
        QVERIFY(controller.startScan(other));
        QVERIFY(finished.wait(10000));
        QCOMPARE(outcomeOf(finished).state, ScanState::NotFound);
    }

    // What `motcua scan` does with a batch that ends in a jam: the pages scanned before it go through the
    // pipeline and are stored, typed text pages as mixed raster at 200 dpi.
    void pipelineKeepsPagesScannedBeforeAJam()
    {
        QTemporaryDir dir;
        FakeScanner fake;
        fake.addPages(TextPage { .dpi = 200, .glyphs = TextPage::Glyphs::Strokes }.render(), 2);
        fake.addPage(TextPage { .dpi = 200, .glyphs = TextPage::Glyphs::Strokes, .seed = 2 }.render());
        fake.failAfter(2, ScanState::Jammed);
        PagePipeline pipeline(PageStore(dir.path()), {});
        ScanCallbacks callbacks;
        callbacks.page = [&pipeline](ScannedPage page) { pipeline.submit(std::move(page)); };
        ScanSettings settings = feederSettings();
        settings.dpi = 200;
        const ScanOutcome outcome = fake.scan(settings, callbacks);
        QCOMPARE(outcome.state, ScanState::Jammed);
        QCOMPARE(outcome.pagesScanned, 2);
        const auto results = pipeline.finish();
        QCOMPARE(results.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(results[i].ok());
            QCOMPARE(results[i]->index, i);
            QCOMPARE(results[i]->mime, QStringLiteral("image/tiff"));
            QVERIFY(!results[i]->blank);
            QVERIFY(QFile::exists(results[i]->path));
        }
        QCOMPARE(results[0]->sha256, results[1]->sha256); // the same sheet twice is stored once
        // Options set while a scan runs are recorded; outside a scan they are refused.
        QVERIFY(!fake.setRawOption(QStringLiteral("test-picture"), QStringLiteral("Grid")).ok());
    }
};

QTEST_MAIN(TestScanController)
#include "test_scan_controller.moc"
