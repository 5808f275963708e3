// SaneBackend and ScanController against the SANE "test" backend (SANE_CONFIG_DIR = resources/sane).
#include "scanner/SaneBackend.h"
#include "scanner/ScanController.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace motcua::scanner;

namespace {

struct Run {
    ScanOutcome outcome;
    QList<ScannedPage> pages;
    QList<qint64> progress;
};

Run scanWith(SaneBackend& backend, ScanSettings settings, std::function<void(int)> beforePage = {})
{
    Run run;
    ScanCallbacks cb;
    cb.page = [&run](ScannedPage p) { run.pages.append(std::move(p)); };
    cb.progress = [&run](int, qint64 read, qint64) { run.progress.append(read); };
    cb.beforePage = std::move(beforePage);
    run.outcome = backend.scan(settings, cb);
    return run;
}

ScanSettings testSettings(ScanSource source = ScanSource::Flatbed, ColorMode mode = ColorMode::Gray)
{
    ScanSettings s;
    s.device = QStringLiteral("test:0");
    s.source = source;
    s.mode = mode;
    s.dpi = 75;
    s.pageSize = PageSize::A4;
    // The test backend keeps option values across open/close within a process: reset what tests inject.
    s.extraOptions.insert(QStringLiteral("test-picture"), QStringLiteral("Grid"));
    s.extraOptions.insert(QStringLiteral("read-return-value"), QStringLiteral("Default"));
    s.extraOptions.insert(QStringLiteral("read-limit"), QStringLiteral("no"));
    s.extraOptions.insert(QStringLiteral("read-delay"), QStringLiteral("no"));
    return s;
}

// Settings for a scan that an injected error status ends early: frames small enough (118 x 118 pixels,
// 14 KB) to fit in the test backend's pipe, so that its reader thread has written the frame and exited
// before the scan cancels it. A reader still running at the cancel can deadlock inside the backend (see
// settleReaderThreads in scanner/SaneBackend.cpp): 4-6 % of runs hung with A4 frames on a loaded machine,
// none in 400 runs with these.
ScanSettings errorSettings(ScanSource source = ScanSource::Flatbed)
{
    ScanSettings s = testSettings(source);
    s.extraOptions.insert(QStringLiteral("br-x"), QStringLiteral("40"));
    s.extraOptions.insert(QStringLiteral("br-y"), QStringLiteral("40"));
    return s;
}

} // namespace

class TestSaneBackend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SANE_CONFIG_DIR"),
            "SANE_CONFIG_DIR must point at resources/sane (set by tests/scanner/CMakeLists.txt)");
        SaneBackend backend;
        auto devices = backend.devices(true);
        QVERIFY2(devices.ok(), "SANE could not list devices");
        QStringList names;
        for (const auto& d : devices.value())
            names << d.name;
        QVERIFY2(names.contains("test:0") && names.contains("test:1"),
            qPrintable("the SANE test backend is not loaded; found: " + names.join(',')));
    }

    void devicesDescribeVendorModelType()
    {
        SaneBackend backend;
        auto devices = backend.devices(false);
        QVERIFY(devices.ok());
        const DeviceInfo d = devices->first();
        QCOMPARE(d.vendor, QStringLiteral("Noname"));
        QCOMPARE(d.model, QStringLiteral("frontend-tester"));
        QCOMPARE(d.type, QStringLiteral("virtual device"));
    }

    void vendorSourceAndModeNames()
    {
        const QStringList fujitsu = { "ADF Front", "ADF Back", "ADF Duplex" };
        QCOMPARE(SaneBackend::pickSourceName(fujitsu, ScanSource::Adf), QStringLiteral("ADF Front"));
        QCOMPARE(SaneBackend::pickSourceName(fujitsu, ScanSource::Duplex), QStringLiteral("ADF Duplex"));
        QCOMPARE(SaneBackend::pickSourceName(fujitsu, ScanSource::Flatbed), QString());
        const QStringList brother = { "FlatBed", "Automatic Document Feeder(left aligned)",
            "Automatic Document Feeder(left aligned,Duplex)" };
        QCOMPARE(SaneBackend::pickSourceName(brother, ScanSource::Flatbed), QStringLiteral("FlatBed"));
        QCOMPARE(SaneBackend::pickSourceName(brother, ScanSource::Adf),
            QStringLiteral("Automatic Document Feeder(left aligned)"));
        QCOMPARE(SaneBackend::pickSourceName(brother, ScanSource::Duplex),
            QStringLiteral("Automatic Document Feeder(left aligned,Duplex)"));
        const QStringList epson = { "Flatbed", "ADF" };
        QCOMPARE(SaneBackend::pickSourceName(epson, ScanSource::Adf), QStringLiteral("ADF"));
        QCOMPARE(SaneBackend::pickSourceName({ "Flatbed", "Automatic Document Feeder" }, ScanSource::Adf),
            QStringLiteral("Automatic Document Feeder"));
        QCOMPARE(
            SaneBackend::pickModeName({ "Lineart", "Gray", "Color" }, ColorMode::Lineart), QStringLiteral("Lineart"));
        QCOMPARE(SaneBackend::pickModeName({ "Black & White", "True Gray", "24bit Color" }, ColorMode::Color),
            QStringLiteral("24bit Color"));
        QCOMPARE(SaneBackend::pickModeName({ "Black & White", "True Gray", "24bit Color" }, ColorMode::Gray),
            QStringLiteral("True Gray"));
        QCOMPARE(SaneBackend::pickModeName({ "Gray", "Color" }, ColorMode::Lineart), QString());
    }

    void flatbedGrayPageA4()
    {
        SaneBackend backend;
        const Run run = scanWith(backend, testSettings());
        QCOMPARE(scanStateCode(run.outcome.state), QStringLiteral("ok"));
        QCOMPARE(run.pages.size(), 1);
        QCOMPARE(run.outcome.pagesScanned, 1);
        const ScannedPage& p = run.pages.first();
        QCOMPARE(p.dpi, 75);
        QCOMPARE(p.image.format(), QImage::Format_Grayscale8);
        // A4 = 210 x 297 mm at 75 dpi (the test backend rounds the scan area to whole pixels)
        QVERIFY2(qAbs(p.image.width() - 620) <= 2, qPrintable(QString::number(p.image.width())));
        QVERIFY2(qAbs(p.image.height() - 877) <= 2, qPrintable(QString::number(p.image.height())));
        // The grid has both black and white squares.
        QCOMPARE(qGray(p.image.pixel(2, 2)) < 128 || qGray(p.image.pixel(50, 2)) < 128, true);
        QVERIFY(!run.progress.isEmpty());
        QCOMPARE(run.progress.last(), qint64(p.image.width()) * p.image.height());
    }

    void pageSizesAndModes_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("format");
        QTest::newRow("A5 colour") << int(PageSize::A5) << int(ColorMode::Color) << 437 << 620
                                   << int(QImage::Format_RGB888);
        QTest::newRow("Letter lineart") << int(PageSize::Letter) << int(ColorMode::Lineart) << 638 << 825
                                        << int(QImage::Format_Mono);
        QTest::newRow("custom 100x50 gray")
            << int(PageSize::Custom) << int(ColorMode::Gray) << 295 << 148 << int(QImage::Format_Grayscale8);
    }
    void pageSizesAndModes()
    {
        QFETCH(int, size);
        QFETCH(int, mode);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, format);
        SaneBackend backend;
        ScanSettings s = testSettings(ScanSource::Flatbed, ColorMode(mode));
        s.pageSize = PageSize(size);
        s.customSizeMm = QSizeF(100, 50);
        const Run run = scanWith(backend, s);
        QCOMPARE(run.outcome.state, ScanState::Ok);
        QCOMPARE(run.pages.size(), 1);
        const QImage& img = run.pages.first().image;
        QCOMPARE(int(img.format()), format);
        QVERIFY2(qAbs(img.width() - width) <= 3, qPrintable(QString::number(img.width())));
        QVERIFY2(qAbs(img.height() - height) <= 3, qPrintable(QString::number(img.height())));
    }

    void lineartBitOneIsBlack()
    {
        SaneBackend backend;
        ScanSettings s = testSettings(ScanSource::Flatbed, ColorMode::Lineart);
        s.pageSize = PageSize::A5;
        s.extraOptions.insert("test-picture", "Solid black");
        Run run = scanWith(backend, s);
        QCOMPARE(run.pages.size(), 1);
        QCOMPARE(run.pages.first().image.pixel(10, 10), qRgb(0, 0, 0));
        s.extraOptions.insert("test-picture", "Solid white");
        run = scanWith(backend, s);
        QCOMPARE(run.pages.size(), 1);
        QCOMPARE(run.pages.first().image.pixel(10, 10), qRgb(255, 255, 255));
    }

    void feederBatchOfTenEndsCleanly()
    {
        SaneBackend backend;
        const Run run = scanWith(backend, testSettings(ScanSource::Adf));
        QCOMPARE(run.pages.size(), 10); // the test backend's feeder holds 10 sheets
        QCOMPARE(run.outcome.state, ScanState::Ok);
        QCOMPARE(run.outcome.pagesScanned, 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(run.pages[i].index, i);
    }

    void feederPageLimit()
    {
        SaneBackend backend;
        ScanSettings s = testSettings(ScanSource::Adf);
        s.maxPages = 3;
        QCOMPARE(scanWith(backend, s).pages.size(), 3);
    }

    void duplexOnTestDeviceIsUnsupported()
    {
        SaneBackend backend; // the test backend offers Flatbed and ADF only
        const Run run = scanWith(backend, testSettings(ScanSource::Duplex));
        QCOMPARE(run.outcome.state, ScanState::Unsupported);
        QVERIFY(run.outcome.message.contains("Automatic Document Feeder"));
    }

    void eachStatusIsMapped_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("jammed") << "SANE_STATUS_JAMMED"
                                << "jammed";
        QTest::newRow("cover open") << "SANE_STATUS_COVER_OPEN"
                                    << "cover_open";
        QTest::newRow("busy") << "SANE_STATUS_DEVICE_BUSY"
                              << "busy";
        QTest::newRow("no docs") << "SANE_STATUS_NO_DOCS"
                                 << "no_documents";
        QTest::newRow("io error") << "SANE_STATUS_IO_ERROR"
                                  << "io_error";
        QTest::newRow("access denied") << "SANE_STATUS_ACCESS_DENIED"
                                       << "access_denied";
        QTest::newRow("no mem") << "SANE_STATUS_NO_MEM"
                                << "out_of_memory";
        QTest::newRow("cancelled") << "SANE_STATUS_CANCELLED"
                                   << "cancelled";
        QTest::newRow("unsupported") << "SANE_STATUS_UNSUPPORTED"
                                     << "unsupported";
        QTest::newRow("inval") << "SANE_STATUS_INVAL"
                               << "invalid_settings";
    }
    void eachStatusIsMapped()
    {
        QFETCH(QString, status);
        QFETCH(QString, code);
        SaneBackend backend;
        ScanSettings s = errorSettings();
        s.extraOptions.insert("read-return-value", status);
        const Run run = scanWith(backend, s);
        QCOMPARE(scanStateCode(run.outcome.state), code);
        QCOMPARE(run.pages.size(), 0);
        QVERIFY(run.outcome.message.startsWith(scanStateMessage(run.outcome.state)));
        QVERIFY(!run.outcome.message.isEmpty());
        // The same backend object scans normally right after: no restart needed.
        const Run again = scanWith(backend, testSettings());
        QCOMPARE(again.outcome.state, ScanState::Ok);
        QCOMPARE(again.pages.size(), 1);
    }

    void messagesExistForEveryState()
    {
        for (int i = int(ScanState::Ok); i <= int(ScanState::NotFound); ++i) {
            QVERIFY(!scanStateMessage(ScanState(i)).isEmpty());
            QVERIFY(scanStateCode(ScanState(i)) != QLatin1String("unknown"));
        }
    }

    void pagesBeforeAnErrorAreKept()
    {
        SaneBackend backend;
        const Run run = scanWith(backend, errorSettings(ScanSource::Adf), [&backend](int index) {
            if (index == 3) // the 4th sheet jams
                QVERIFY(backend.setRawOption("read-return-value", "SANE_STATUS_JAMMED").ok());
        });
        QCOMPARE(run.outcome.state, ScanState::Jammed);
        QCOMPARE(run.pages.size(), 3);
        QCOMPARE(run.outcome.pagesScanned, 3);
    }

    void unknownDeviceIsNotFound()
    {
        SaneBackend backend;
        ScanSettings s = testSettings();
        s.device = "test:7";
        const Run run = scanWith(backend, s);
        QCOMPARE(run.outcome.state, ScanState::NotFound);
        QVERIFY(!backend.setRawOption("mode", "Gray").ok()); // no scan running
    }

    void busyDeviceThenRecovery()
    {
        // One scan holds test:1 (slowed down); a second backend finds it busy, then succeeds later.
        SaneBackend first, second;
        ScanSettings slow = testSettings();
        slow.device = "test:1";
        slow.extraOptions.insert("read-limit", "yes");
        slow.extraOptions.insert("read-limit-size", "8192");
        slow.extraOptions.insert("read-delay", "yes");
        slow.extraOptions.insert("read-delay-duration", "20000");
        std::atomic_bool started { false };
        Run slowRun;
        QThread* t = QThread::create([&] {
            ScanCallbacks cb;
            cb.progress = [&](int, qint64, qint64) { started = true; };
            cb.page = [&](ScannedPage p) { slowRun.pages.append(p); };
            slowRun.outcome = first.scan(slow, cb);
        });
        t->start();
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 10000);
        ScanSettings s = testSettings();
        s.device = "test:1";
        const Run busy = scanWith(second, s);
        QCOMPARE(scanStateCode(busy.outcome.state), QStringLiteral("busy"));
        QVERIFY(t->wait(60000));
        delete t;
        QCOMPARE(slowRun.outcome.state, ScanState::Ok);
        const Run later = scanWith(second, s);
        QCOMPARE(later.outcome.state, ScanState::Ok);
        QCOMPARE(later.pages.size(), 1);
    }

    void controllerDeliversQueuedSignalsOffTheGuiThread()
    {
        ScanController controller(std::make_shared<SaneBackend>());
        QSignalSpy devices(&controller, &ScanController::devicesFound);
        controller.discoverDevices(true);
        QTRY_COMPARE_WITH_TIMEOUT(devices.size(), 1, 20000);
        QVERIFY(devices.first().first().value<QList<DeviceInfo>>().size() >= 2);

        QList<int> indexes;
        QThread* mainThread = QThread::currentThread();
        bool allOnMain = true;
        connect(&controller, &ScanController::pageScanned, this, [&](const ScannedPage& p) {
            indexes << p.index;
            allOnMain = allOnMain && QThread::currentThread() == mainThread;
        });
        QSignalSpy finished(&controller, &ScanController::scanFinished);
        QVERIFY(controller.startScan(testSettings(ScanSource::Adf)));
        QVERIFY(controller.isScanning());
        QVERIFY(!controller.startScan(testSettings())); // one job at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!controller.isScanning());
        QCOMPARE(indexes, (QList<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
        QVERIFY(allOnMain);
        QCOMPARE(finished.first().first().value<ScanOutcome>().state, ScanState::Ok);
    }

    void cancelInMidPage()
    {
        ScanController controller(std::make_shared<SaneBackend>());
        // A frame that fits in the backend's pipe (errorSettings), read 1 KB at a time; the cancel comes
        // from the scan thread itself (a direct connection to progress), so it lands mid-page whatever the
        // machine's load, and the backend's reader has finished before the frame is cancelled.
        ScanSettings s = errorSettings();
        s.extraOptions.insert("read-limit", "yes");
        s.extraOptions.insert("read-limit-size", "1024");
        std::atomic_int lastPercent { -1 };
        const QMetaObject::Connection cancelling = connect(
            &controller, &ScanController::progress, this,
            [&](int, int percent) {
                lastPercent = percent;
                if (percent >= 10)
                    controller.cancel();
            },
            Qt::DirectConnection);
        QSignalSpy pages(&controller, &ScanController::pageScanned);
        QSignalSpy finished(&controller, &ScanController::scanFinished);
        QVERIFY(controller.startScan(s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto outcome = finished.first().first().value<ScanOutcome>();
        QCOMPARE(outcome.state, ScanState::Cancelled);
        QCOMPARE(pages.size(), 0);
        QVERIFY(lastPercent >= 10);
        QVERIFY2(lastPercent < 100, "the page was read to its end instead of being cancelled");
        // The device is usable again right away.
        disconnect(cancelling);
        QSignalSpy finished2(&controller, &ScanController::scanFinished);
        QVERIFY(controller.startScan(testSettings()));
        QTRY_COMPARE_WITH_TIMEOUT(finished2.size(), 1, 60000);
        QCOMPARE(finished2.first().first().value<ScanOutcome>().state, ScanState::Ok);
    }
};

QTEST_GUILESS_MAIN(TestSaneBackend)
#include "test_sane_backend.moc"
