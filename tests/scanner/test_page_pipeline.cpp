// Page pipeline: blank detection (documented threshold), compression, content-addressed storage,
// parallel processing with barcodes, separator sheets and the PDF per document.
#include "core/Clock.h"
#include "scanner/DocumentAssembler.h"
#include "scanner/Jbig2Encoder.h"
#include "scanner/MixedRaster.h"
#include "scanner/PagePipeline.h"
#include "scanner/PdfWriter.h"
#include "scanner/ScannerSettings.h"
#include "tests/support/TextPage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace motcua;
using namespace motcua::scanner;

namespace {

// A4 at 150 dpi keeps the tests quick; the thresholds are relative to the page area.
constexpr int kW = 1240, kH = 1754;

QImage whitePage()
{
    QImage img(kW, kH, QImage::Format_Grayscale8);
    img.fill(255);
    return img;
}

// `count` black rectangles of w x h pixels inside the inner area (like letters or specks).
QImage withMarks(QImage img, int count, int w, int h, int gray = 0)
{
    QPainter p(&img);
    for (int i = 0; i < count; ++i) {
        const int x = 200 + (i * 37) % (kW - 400);
        const int y = 200 + (i * 53) % (kH - 400);
        p.fillRect(x, y, w, h, QColor(gray, gray, gray));
    }
    return img;
}

// The typed page of tests/support at 150 dpi, in bars: a letter stroke at (121, 151), 30 lines of words.
QImage textPage()
{
    return motcua::test::TextPage { .dpi = 150, .glyphs = motcua::test::TextPage::Glyphs::Strokes }.render();
}

QImage qrPage(const QString& text)
{
    const ZXing::BitMatrix m
        = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).encode(text.toStdString(), 240, 240);
    QImage img = textPage();
    for (int y = 0; y < m.height(); ++y)
        for (int x = 0; x < m.width(); ++x)
            img.scanLine(900 + y)[800 + x] = m.get(x, y) ? 0 : 255;
    return img;
}

// The typed page with a receipt Code 128 above the text and a QR code below it, on paper of level 248 with
// scanner noise of +-3 levels everywhere (ink included), as a gray scanner delivers it.
QImage scannedReceipt()
{
    QImage img = textPage();
    auto stamp = [&img](ZXing::BarcodeFormat format, const char* text, int w, int h, int x0, int y0) {
        const ZXing::BitMatrix m = ZXing::MultiFormatWriter(format).setMargin(4).encode(std::string(text), w, h);
        for (int y = 0; y < m.height(); ++y)
            for (int x = 0; x < m.width(); ++x)
                img.scanLine(y0 + y)[x0 + x] = m.get(x, y) ? 0 : 255;
    };
    stamp(ZXing::BarcodeFormat::Code128, "G14.25-261128-0042", 500, 90, 120, 40);
    stamp(ZXing::BarcodeFormat::QRCode, "001090012345|012345678|NGUYEN VAN AN", 240, 240, 900, 1490);
    QRandomGenerator rng(11);
    for (int y = 0; y < kH; ++y) {
        uchar* line = img.scanLine(y);
        for (int x = 0; x < kW; ++x)
            line[x] = uchar(std::clamp((line[x] == 255 ? 248 : line[x] + 20) + int(rng.bounded(7)) - 3, 0, 255));
    }
    return img;
}

double meanGray(const QImage& img, const QRect& area)
{
    double sum = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            sum += qGray(img.pixel(x, y));
    return sum / (area.width() * area.height());
}

ScannedPage page(int index, QImage img, ColorMode mode = ColorMode::Gray)
{
    return { index, std::move(img), 150, mode };
}

} // namespace

class TestPagePipeline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Clock::setCurrent(std::make_shared<FixedClock>(Clock::local(QDate(2027, 3, 1), QTime(9, 30))));
    }

    void blankDetection_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<bool>("blank");
        QTest::newRow("white") << whitePage() << true;
        QImage noise = whitePage();
        QRandomGenerator rng(7);
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x)
                noise.scanLine(y)[x] = uchar(255 - rng.bounded(40)); // scanner noise and paper texture
        QTest::newRow("noisy white") << noise << true;
        QTest::newRow("dust specks") << withMarks(whitePage(), 20, 2, 2) << true;
        // Dark margins (feeder shadow, punched holes) are outside the analysed area.
        QImage shadow = whitePage();
        QPainter(&shadow).fillRect(0, 0, 40, kH, Qt::black);
        QTest::newRow("edge shadow") << shadow << true;
        QTest::newRow("light gray marks (within 80 levels)") << withMarks(whitePage(), 400, 10, 10, 200) << true;
        QTest::newRow("uniform black") << [] {
            QImage i = whitePage();
            i.fill(0);
            return i;
        }() << true;
        QTest::newRow("typed page") << textPage() << false;
        QTest::newRow("one short word") << withMarks(whitePage(), 8, 6, 16) << false;
        // Threshold: 0.02 % of the sampled inner area. Inner area ~ 1141 x 1614 px = 1.84 Mpx -> 368 px.
        QTest::newRow("just below threshold") << withMarks(whitePage(), 1, 18, 18) << true; // 324 px
        QTest::newRow("just above threshold") << withMarks(whitePage(), 1, 21, 21) << false; // 441 px
        QTest::newRow("colour page") << withMarks(whitePage(), 50, 20, 20).convertToFormat(QImage::Format_RGB888)
                                     << false;
    }
    void blankDetection()
    {
        QFETCH(QImage, image);
        QFETCH(bool, blank);
        const BlankAnalysis a = BlankDetector().analyse(image);
        QVERIFY2(a.blank == blank, qPrintable(QStringLiteral("ink ratio %1").arg(a.inkRatio, 0, 'g', 4)));
    }

    void compressionByMode()
    {
        PageCompressor::Options jpegOnly;
        jpegOnly.mixedRaster = false;
        const PageCompressor jpegCompressor(jpegOnly);
        auto gray = jpegCompressor.compress(textPage(), ColorMode::Gray);
        QVERIFY(gray.ok());
        QCOMPARE(gray->suffix, QStringLiteral("jpg"));
        QVERIFY(gray->bytes.startsWith("\xFF\xD8"));
        QVERIFY(gray->bytes.size() < kW * kH / 5);
        QCOMPARE(QImage::fromData(gray->bytes).format(), QImage::Format_Grayscale8);
        QImage seal = textPage().convertToFormat(QImage::Format_RGB888);
        QPainter(&seal).fillRect(900, 1500, 200, 200, QColor(200, 30, 30));
        auto color = jpegCompressor.compress(seal, ColorMode::Color);
        QVERIFY(color.ok());
        QCOMPARE(color->suffix, QStringLiteral("jpg"));
        QVERIFY(!QImage::fromData(color->bytes).isGrayscale());
        // By default gray and colour pages are mixed raster: a TIFF whose composed page keeps ink, paper and
        // colour, in a fraction of the JPEG's bytes.
        const PageCompressor compressor;
        auto mixedGray = compressor.compress(textPage(), ColorMode::Gray);
        QVERIFY(mixedGray.ok());
        QCOMPARE(mixedGray->suffix, QStringLiteral("tif"));
        QCOMPARE(mixedGray->mime, QStringLiteral("image/tiff"));
        const QImage grayBack = MixedRaster::render(mixedGray->bytes);
        QCOMPARE(grayBack.format(), QImage::Format_Grayscale8);
        QCOMPARE(grayBack.size(), QSize(kW, kH));
        QVERIFY(qGray(grayBack.pixel(121, 151)) < 40); // a letter stroke
        QCOMPARE(qGray(grayBack.pixel(5, 5)), 255); // paper
        QVERIFY2(mixedGray->bytes.size() * 3 < gray->bytes.size(),
            qPrintable(QStringLiteral("%1 vs %2").arg(mixedGray->bytes.size()).arg(gray->bytes.size())));
        auto mixedColor = compressor.compress(seal, ColorMode::Color);
        QVERIFY(mixedColor.ok());
        QCOMPARE(mixedColor->suffix, QStringLiteral("tif"));
        const QImage colorBack = MixedRaster::render(mixedColor->bytes);
        QCOMPARE(colorBack.format(), QImage::Format_RGB888);
        const QColor red = colorBack.pixelColor(1000, 1600);
        QVERIFY2(red.red() > 150 && red.green() < 80 && red.blue() < 80, qPrintable(red.name()));
        QVERIFY(qGray(colorBack.pixel(121, 151)) < 40);
        QVERIFY(mixedColor->bytes.size() * 3 < color->bytes.size());
        // Below 200 dpi a 1-bit mask would be too coarse for text: one JPEG.
        QCOMPARE(compressor.compress(textPage(), ColorMode::Gray, -1, 150)->suffix, QStringLiteral("jpg"));
        auto mono = compressor.compress(textPage(), ColorMode::Lineart);
        QVERIFY(mono.ok());
        QCOMPARE(mono->suffix, QStringLiteral("jb2")); // lossless JBIG2
        QCOMPARE(mono->mime, QStringLiteral("image/x-jbig2"));
        const QImage back = Jbig2Encoder::decode(mono->bytes);
        QCOMPARE(back.depth(), 1);
        QCOMPARE(back.size(), QSize(kW, kH));
        QCOMPARE(qGray(back.pixel(121, 151)), 0); // a letter stroke stays black
        QCOMPARE(qGray(back.pixel(5, 5)), 255); // paper stays white
        QVERIFY(mono->bytes.size() < gray->bytes.size());
        // The same pixels as the G4 TIFF that sites can still choose, in fewer bytes.
        PageCompressor::Options g4Only;
        g4Only.jbig2 = false;
        auto g4 = PageCompressor(g4Only).compress(textPage(), ColorMode::Lineart);
        QCOMPARE(g4->suffix, QStringLiteral("tif"));
        QCOMPARE(QImage::fromData(g4->bytes).convertToFormat(QImage::Format_Mono),
            back.convertToFormat(QImage::Format_Mono));
        QVERIFY(mono->bytes.size() < g4->bytes.size());
    }

    // Paper cleaning: a noisy paper background (every pixel 236..255) becomes pure white before JPEG, while
    // ink, a light-gray stamp 60 levels under the paper and the text keep their levels.
    void paperCleaningWhitensTheBackground()
    {
        QImage img = whitePage();
        QRandomGenerator rng(5);
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x)
                img.scanLine(y)[x] = uchar(255 - rng.bounded(20));
        QPainter(&img).fillRect(600, 600, 80, 80, QColor(185, 185, 185)); // light stamp: not paper
        QPainter(&img).fillRect(200, 200, 40, 40, Qt::black);
        const BlankAnalysis analysis = BlankDetector().analyse(img);
        QVERIFY2(analysis.background >= 236, qPrintable(QString::number(analysis.background)));
        QImage cleaned = img.copy();
        PageCompressor::cleanPaper(cleaned, analysis.background, PageCompressor::Options().paperTolerance);
        int notWhite = 0;
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x)
                if ((x < 190 || x > 250 || y < 190 || y > 250) && (x < 590 || x > 690 || y < 590 || y > 690))
                    notWhite += cleaned.scanLine(y)[x] != 255;
        QCOMPARE(notWhite, 0);
        QCOMPARE(int(cleaned.scanLine(640)[640]), 185);
        QCOMPARE(int(cleaned.scanLine(220)[220]), 0);
        // Through the compressor: the decoded JPEG's paper is exactly white and far smaller than uncleaned.
        PageCompressor::Options jpegOnly;
        jpegOnly.mixedRaster = false;
        auto jpeg = PageCompressor(jpegOnly).compress(img, ColorMode::Gray);
        PageCompressor::Options raw = jpegOnly;
        raw.paperTolerance = -1;
        auto uncleaned = PageCompressor(raw).compress(img, ColorMode::Gray);
        QVERIFY(jpeg.ok() && uncleaned.ok());
        const QImage back = QImage::fromData(jpeg->bytes);
        for (const QPoint p : { QPoint(20, 20), QPoint(700, 1200), QPoint(1200, 1700), QPoint(400, 900) })
            QCOMPARE(qGray(back.pixel(p)), 255);
        QVERIFY(qGray(back.pixel(640, 640)) < 200);
        QVERIFY2(jpeg->bytes.size() * 10 < uncleaned->bytes.size(),
            qPrintable(QStringLiteral("%1 vs %2").arg(jpeg->bytes.size()).arg(uncleaned->bytes.size())));
        // Mixed raster cleans the background layer's cells: the composed paper is exactly white too, the stamp
        // keeps its level, and the layer is far smaller than without cleaning.
        auto mixed = PageCompressor().compress(img, ColorMode::Gray, -1, 300);
        PageCompressor::Options mixedRaw;
        mixedRaw.paperTolerance = -1;
        auto mixedUncleaned = PageCompressor(mixedRaw).compress(img, ColorMode::Gray, -1, 300);
        QCOMPARE(mixed->suffix, QStringLiteral("tif"));
        const QImage composed = MixedRaster::render(mixed->bytes);
        for (const QPoint p : { QPoint(20, 20), QPoint(700, 1200), QPoint(1200, 1700), QPoint(400, 900) })
            QCOMPARE(qGray(composed.pixel(p)), 255);
        QVERIFY(qAbs(qGray(composed.pixel(640, 640)) - 185) < 12);
        QVERIFY(qGray(composed.pixel(220, 220)) < 40);
        QVERIFY2(mixed->bytes.size() * 3 < mixedUncleaned->bytes.size(),
            qPrintable(QStringLiteral("%1 vs %2").arg(mixed->bytes.size()).arg(mixedUncleaned->bytes.size())));
    }

    // Lineart despeckle before JBIG2: isolated 1- and 2-pixel specks go (at 300 dpi: <= 2 px = 0.17 mm), the dot of
    // an i (6 x 6 px, apart from its stem), a 3 x 3 full stop and a speck touching a letter stay.
    void despeckleRemovesSpecksNotDots()
    {
        QImage img(400, 300, QImage::Format_Grayscale8);
        img.fill(255);
        QPainter p(&img);
        p.fillRect(50, 50, 2, 2, Qt::black); // speck
        p.fillRect(80, 80, 1, 1, Qt::black); // speck
        p.fillRect(120, 40, 1, 2, Qt::black); // speck
        p.fillRect(150, 150, 2, 1, Qt::black); // speck
        p.fillRect(250, 100, 6, 6, Qt::black); // the dot of an i ...
        p.fillRect(250, 110, 6, 26, Qt::black); // ... above its stem
        p.fillRect(300, 130, 3, 3, Qt::black); // a full stop
        p.fillRect(320, 100, 6, 30, Qt::black); // a letter with a speck touching it diagonally
        p.fillRect(326, 130, 1, 1, Qt::black);
        p.end();
        auto g4 = PageCompressor().compress(img, ColorMode::Lineart, -1, 300);
        QVERIFY(g4.ok());
        QCOMPARE(g4->suffix, QStringLiteral("jb2"));
        const QImage back = Jbig2Encoder::decode(g4->bytes);
        QCOMPARE(back.size(), img.size());
        auto black = [&back](int x, int y) { return qGray(back.pixel(x, y)) < 128; };
        QVERIFY(!black(50, 50) && !black(51, 51));
        QVERIFY(!black(80, 80));
        QVERIFY(!black(120, 41));
        QVERIFY(!black(151, 150));
        QVERIFY(black(250, 100) && black(255, 105)); // the i's dot
        QVERIFY(black(252, 120));
        QVERIFY(black(301, 131)); // the full stop
        QVERIFY(black(326, 130)); // connected to the letter: not a speck
        // speckSize 0 keeps every speck; the in-place call reports what it removed.
        PageCompressor::Options keep;
        keep.speckSize = 0;
        const QImage kept
            = Jbig2Encoder::decode(PageCompressor(keep).compress(img, ColorMode::Lineart, -1, 300)->bytes);
        QVERIFY(qGray(kept.pixel(50, 50)) < 128);
        QImage mono = PageCompressor::normalise(img, ColorMode::Lineart);
        QCOMPARE(PageCompressor::despeckle(mono, 2), 4);
        QCOMPARE(PageCompressor::despeckle(mono, 2), 0);
    }

    // The stored mixed raster (gray, colour) and lineart G4 of a noisy scanned page still give both its barcodes, and
    // the pipeline reads them from the original pixels.
    void compressedReceiptStillDecodes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("gray mixed raster") << int(ColorMode::Gray);
        QTest::newRow("colour mixed raster") << int(ColorMode::Color);
        QTest::newRow("lineart JBIG2") << int(ColorMode::Lineart);
    }
    void compressedReceiptStillDecodes()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        PagePipeline pipeline(PageStore(dir.path()), {});
        const QImage scan = ColorMode(mode) == ColorMode::Color
            ? scannedReceipt().convertToFormat(QImage::Format_RGB888)
            : scannedReceipt();
        auto r = pipeline.process({ 0, scan, 300, ColorMode(mode) });
        QVERIFY(r.ok());
        QCOMPARE(r->barcodes.size(), 2);
        QCOMPARE(r->mime,
            ColorMode(mode) == ColorMode::Lineart ? QStringLiteral("image/x-jbig2") : QStringLiteral("image/tiff"));
        QFile file(r->path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QImage stored
            = ColorMode(mode) == ColorMode::Lineart ? Jbig2Encoder::decode(bytes) : MixedRaster::render(bytes);
        QVERIFY(!stored.isNull());
        if (ColorMode(mode) != ColorMode::Lineart)
            QCOMPARE(qGray(stored.pixel(40, 800)), 255); // the paper was whitened
        auto again = BarcodeReader().barcodes(stored);
        QVERIFY(again.ok());
        QStringList texts;
        for (const auto& b : *again)
            texts << b.format + "=" + b.text;
        texts.sort();
        QCOMPARE(texts,
            QStringList({ QStringLiteral("Code128=G14.25-261128-0042"),
                QStringLiteral("QRCode=001090012345|012345678|NGUYEN VAN AN") }));
    }

    // Mixed raster layers: text goes to the 1-bit mask, a photo (mid-tones) stays continuous-tone in the
    // background and out of the mask, a red seal keeps its colour through the foreground, and IFD 0 of the
    // stored TIFF is the mask itself, so any TIFF viewer shows the page's text.
    void mixedRasterLayers()
    {
        QImage img = textPage().convertToFormat(QImage::Format_RGB888);
        QPainter p(&img);
        p.fillRect(300, 1450, 160, 160, QColor(200, 30, 30)); // a red seal
        p.fillRect(700, 1450, 300, 24, QColor(105, 105, 105)); // gray print: ink, but lighter than the text
        p.end();
        QRandomGenerator grain(3);
        for (int y = 0; y < 300; ++y) // a photo, 300 x 300 px: mid-tones spread by texture over a gradient
            for (int x = 0; x < 300; ++x) {
                const int v = 70 + y / 3 + int(grain.bounded(90)) - 45;
                img.setPixelColor(700 + x, 300 + y, QColor(v, v + 20, std::min(255, v + 40)));
            }
        const MixedRasterLayers layers = MixedRaster::split(img, 150, {});
        QVERIFY(layers.threshold > 60 && layers.threshold < 200);
        QCOMPARE(layers.mask.size(), img.size());
        QCOMPARE(layers.background.size(), QSize(kW / 2, kH / 2)); // 150 dpi: 75 dpi and 50 dpi layers
        QCOMPARE(layers.foreground.size(), QSize((kW + 2) / 3, (kH + 2) / 3));
        QCOMPARE(MixedRaster::split(img, 300, {}).background.size(), QSize((kW + 2) / 3, (kH + 2) / 3));
        auto ink = [&layers](int x, int y) { return layers.mask.pixelIndex(x, y) == 1; };
        QVERIFY(ink(121, 151) && ink(122, 160)); // a letter stroke
        QVERIFY(!ink(5, 5) && !ink(1200, 1700)); // paper
        QVERIFY(ink(380, 1530)); // the seal is dark enough to be ink: sharp edges, colour from the foreground
        int photoInk = 0;
        for (int y = 300; y < 600; ++y)
            for (int x = 700; x < 1000; ++x)
                photoInk += ink(x, y);
        QCOMPARE(photoInk, 0);
        const QByteArray tiff = MixedRaster::encodeTiff(layers, 150, {});
        QVERIFY(!tiff.isEmpty());
        const QImage page = MixedRaster::render(tiff);
        QCOMPARE(page.size(), img.size());
        // The photo keeps its tones at the background's resolution: 30 x 30 pixel means stay within 10 levels.
        for (const QPoint at : { QPoint(720, 320), QPoint(835, 435), QPoint(950, 550) }) {
            const QRect area(at, QSize(30, 30));
            const double was = meanGray(img, area), now = meanGray(page, area);
            QVERIFY2(qAbs(was - now) < 10,
                qPrintable(QStringLiteral("photo at %1,%2: %3 became %4").arg(at.x()).arg(at.y()).arg(was).arg(now)));
        }
        const QColor seal = page.pixelColor(380, 1530);
        QVERIFY2(qAbs(seal.red() - 200) < 25 && seal.green() < 60 && seal.blue() < 60, qPrintable(seal.name()));
        QVERIFY(ink(850, 1460));
        QVERIFY2(
            qAbs(qGray(page.pixel(850, 1460)) - 105) < 20, qPrintable(QString::number(qGray(page.pixel(850, 1460)))));
        QVERIFY(qGray(page.pixel(121, 151)) < 40);
        QCOMPARE(page.pixelColor(5, 5), QColor(Qt::white));
        MixedRasterStreams streams;
        QVERIFY(MixedRaster::readTiff(tiff, streams));
        QCOMPARE(QSize(streams.width, streams.height), img.size());
        QVERIFY(streams.background.startsWith("\xFF\xD8") && streams.foreground.startsWith("\xFF\xD8"));
        const QImage viewer = QImage::fromData(tiff, "TIFF"); // what an ordinary TIFF viewer shows
        QCOMPARE(viewer.size(), img.size());
        QCOMPARE(qGray(viewer.pixel(121, 151)), 0);
        QCOMPARE(qGray(viewer.pixel(5, 5)), 255);
        // A G4 TIFF, a JPEG and garbage are not mixed raster.
        QVERIFY(!MixedRaster::readTiff(FaxG4::encodeTiff(layers.mask, 150), streams));
        QVERIFY(MixedRaster::render("II*\0garbage").isNull());
        QVERIFY(MixedRaster::render(QByteArray()).isNull());
    }

    // A page that is mostly photograph (an equipment or site photo) is not split: its photo would lose too much
    // at the background's 100 dpi, so the compressor stores one JPEG (paper cleaned) instead.
    void photoPageStaysJpeg()
    {
        QImage img = whitePage().convertToFormat(QImage::Format_RGB888);
        QRandomGenerator grain(9);
        for (int y = 300; y < 1300; ++y) // a photo over 40 % of the page
            for (int x = 100; x < 1140; ++x) {
                const int v = 60 + (y - 300) / 8 + int(grain.bounded(90)) - 45;
                img.setPixelColor(x, y, QColor(v, std::min(255, v + 30), std::max(0, v - 20)));
            }
        QPainter(&img).fillRect(100, 1500, 600, 30, Qt::black); // a caption line
        const MixedRasterLayers layers = MixedRaster::split(img, 300, {});
        QVERIFY2(layers.photoFraction > 0.3, qPrintable(QString::number(layers.photoFraction)));
        QVERIFY(layers.mask.isNull());
        QVERIFY(MixedRaster::compress(img, 300, {}).isEmpty());
        auto stored = PageCompressor().compress(img, ColorMode::Color, -1, 300);
        QVERIFY(stored.ok());
        QCOMPARE(stored->suffix, QStringLiteral("jpg"));
        const QImage back = QImage::fromData(stored->bytes);
        QCOMPARE(qGray(back.pixel(1200, 1700)), 255); // the paper was cleaned
        QVERIFY(qAbs(meanGray(back, QRect(500, 700, 40, 40)) - meanGray(img, QRect(500, 700, 40, 40))) < 4);
    }

    // A page without ink (paper only, or a light pencil mark) has an empty mask and renders as its background.
    void mixedRasterWithoutInk()
    {
        QImage img = whitePage();
        QPainter(&img).fillRect(400, 400, 200, 10, QColor(215, 215, 215));
        const MixedRasterLayers layers = MixedRaster::split(img, 150, {});
        QCOMPARE(layers.threshold, -1);
        QCOMPARE(layers.mask.size(), img.size());
        for (int y = 0; y < kH; y += 7)
            for (int x = 0; x < kW; x += 7)
                QCOMPARE(layers.mask.pixelIndex(x, y), 0);
        const QImage page = MixedRaster::render(MixedRaster::encodeTiff(layers, 150, {}));
        QCOMPARE(qGray(page.pixel(10, 10)), 255);
        QVERIFY(qAbs(qGray(page.pixel(500, 405)) - 215) < 12);
    }

    // The PDF draws a mixed-raster page as MixedRaster::render composes it, in Qt PDF (PDFium) and in poppler:
    // background, then foreground through the stencil mask (ink where the mask is black, nothing elsewhere).
    void mixedRasterPdfMatchesRender()
    {
        QTemporaryDir dir;
        QImage img = scannedReceipt().convertToFormat(QImage::Format_RGB888);
        QPainter(&img).fillRect(300, 1450, 160, 160, QColor(200, 30, 30));
        const QByteArray tiff = MixedRaster::compress(img, 150, {});
        QVERIFY(!tiff.isEmpty());
        const QString pagePath = dir.filePath("page.tif");
        QFile f(pagePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tiff);
        f.close();
        const QString pdfPath = dir.filePath("doc.pdf");
        QVERIFY(PdfWriter::write(pdfPath, { { pagePath, 150 } }, QStringLiteral("Hồ sơ"), Clock::current().now()).ok());
        QVERIFY(QFileInfo(pdfPath).size() < tiff.size() + 2048); // the streams are embedded as they are
        const QImage expected
            = MixedRaster::render(tiff).scaled(kW / 2, kH / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        // Renderers differ in how they scale a mask (edge pixels): compare 4 x 4 pixel means.
        const QImage coarse = expected.scaled(expected.size() / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        auto compare = [&expected, &coarse](const QImage& rendered, const char* who) {
            QVERIFY2(!rendered.isNull(), who);
            QCOMPARE(rendered.size(), expected.size());
            const QImage small = rendered.scaled(coarse.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            qint64 diff = 0;
            for (int y = 0; y < coarse.height(); ++y)
                for (int x = 0; x < coarse.width(); ++x)
                    diff += qAbs(qGray(small.pixel(x, y)) - qGray(coarse.pixel(x, y)));
            const double mean = double(diff) / (coarse.width() * coarse.height());
            QVERIFY2(mean < 6, qPrintable(QStringLiteral("%1: mean difference %2 levels").arg(who).arg(mean)));
            const QColor seal = rendered.pixelColor(190, 765);
            QVERIFY2(
                seal.red() > 150 && seal.green() < 80, qPrintable(QStringLiteral("%1: seal %2").arg(who, seal.name())));
            QVERIFY2(qGray(rendered.pixel(500, 30)) > 240, who); // paper beside the code stays white
        };
        QPdfDocument pdf;
        pdf.load(pdfPath);
        QCOMPARE(pdf.status(), QPdfDocument::Status::Ready);
        compare(pdf.render(0, expected.size()).convertToFormat(QImage::Format_RGB888), "Qt PDF");
        QProcess poppler;
        poppler.start(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("75"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                pdfPath, dir.filePath("poppler") });
        QVERIFY2(poppler.waitForFinished(60000) && poppler.exitCode() == 0, poppler.readAllStandardError().constData());
        compare(QImage(dir.filePath("poppler.png")).convertToFormat(QImage::Format_RGB888), "poppler");
        auto codes = BarcodeReader().barcodes(MixedRaster::render(tiff));
        QVERIFY(codes.ok());
        QCOMPARE(codes->size(), 2);
    }

    void contentAddressedStore()
    {
        QTemporaryDir dir;
        const PageStore store(dir.path());
        const QByteArray bytes("page bytes");
        auto a = store.put(bytes, "jpg");
        QVERIFY(a.ok());
        const QString hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        QCOMPARE(a->sha256, hash);
        QCOMPARE(a->path, dir.path() + "/pages/" + hash.left(2) + "/" + hash + ".jpg");
        auto b = store.put(bytes, "jpg");
        QVERIFY(b.ok());
        QCOMPARE(b->path, a->path);
        int files = 0;
        for (QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
            ++files;
        QCOMPARE(files, 1);
        QFile f(a->path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    void processOnePage()
    {
        QTemporaryDir dir;
        PagePipeline pipeline(PageStore(dir.path()), {});
        auto r = pipeline.process(page(0, qrPage("G14.25-261128-0042")));
        QVERIFY(r.ok());
        QVERIFY(!r->blank);
        QCOMPARE(r->barcodes.size(), 1);
        QCOMPARE(r->barcodes.first().text, QStringLiteral("G14.25-261128-0042"));
        QCOMPARE(r->barcodes.first().format, QStringLiteral("QRCode"));
        QVERIFY(QFile::exists(r->path));
        QCOMPARE(r->mime, QStringLiteral("image/jpeg")); // 150 dpi: below mixed raster's 200
        QCOMPARE(QFileInfo(r->path).size(), r->bytes);
        QCOMPARE(r->width, kW);
        // Blank pages are not decoded (nothing to read) but still stored.
        auto blank = pipeline.process(page(1, whitePage()));
        QVERIFY(blank.ok());
        QVERIFY(blank->blank);
        QVERIFY(blank->barcodes.isEmpty());
        QVERIFY(QFile::exists(blank->path));
        // The barcode survives the JPEG compression of the stored page.
        auto again = BarcodeReader().barcodes(QImage(r->path));
        QVERIFY(again.ok());
        QCOMPARE(again->size(), 1);
    }

    void parallelBatchKeepsOrder()
    {
        QTemporaryDir dir;
        PagePipeline::Options o;
        o.threads = 2;
        o.maxQueued = 2;
        PagePipeline pipeline(PageStore(dir.path()), o);
        std::atomic_int done { 0 };
        pipeline.onPageDone = [&done](const Result<ProcessedPage>& r, int) {
            if (r.ok())
                ++done;
        };
        for (int i = 0; i < 8; ++i)
            pipeline.submit(page(i, i % 3 == 0 ? qrPage(QStringLiteral("PAGE-%1").arg(i)) : textPage()));
        const auto results = pipeline.finish();
        QCOMPARE(results.size(), 8);
        QCOMPARE(done.load(), 8);
        for (int i = 0; i < 8; ++i) {
            QVERIFY(results[i].ok());
            QCOMPARE(results[i]->index, i);
            QCOMPARE(results[i]->barcodes.size(), i % 3 == 0 ? 1 : 0);
        }
        // Identical text pages are stored once.
        QCOMPARE(results[1]->sha256, results[2]->sha256);
        QVERIFY(pipeline.finish().isEmpty());
    }

    void separatorSheetsSplitTheBatch()
    {
        auto p = [](int i, bool blank = false, QString code = {}) {
            ProcessedPage pp;
            pp.index = i;
            pp.blank = blank;
            if (!code.isEmpty())
                pp.barcodes.append({ QStringLiteral("Code128"), code, {}, 0 });
            return pp;
        };
        const QString sep = QStringLiteral("MOTCUA-SEPARATOR");
        const QList<ProcessedPage> batch = { p(0, false, "G14.25-1"), p(1), p(2, false, sep), p(3), p(4, true),
            p(5, false, sep), p(6, false, sep), p(7), p(8, false, "OTHER") };
        auto docs = DocumentAssembler::split(batch, sep, true);
        QCOMPARE(docs.size(), 3);
        QCOMPARE(docs[0].pages.size(), 2);
        QCOMPARE(docs[1].pages.size(), 1);
        QCOMPARE(docs[1].pages[0].index, 3);
        QCOMPARE(docs[2].pages.size(), 2);
        QCOMPARE(docs[2].pages[1].index, 8);
        // Without a configured separator nothing splits; blank pages stay when asked.
        docs = DocumentAssembler::split(batch, QString(), false);
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs[0].pages.size(), 9);
    }

    void separatorSheetsThroughThePipeline()
    {
        // A feeder batch: receipt page, text, separator sheet (Code 128), blank back, text, separator, text.
        QTemporaryDir dir;
        PagePipeline pipeline(PageStore(dir.path()), {});
        const QString sep = QStringLiteral("MOTCUA-SEPARATOR");
        auto code128Page = [](const QString& text) {
            const ZXing::BitMatrix m
                = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128).encode(text.toStdString(), 600, 120);
            QImage img = whitePage();
            for (int y = 0; y < m.height(); ++y)
                for (int x = 0; x < m.width(); ++x)
                    img.scanLine(300 + y)[300 + x] = m.get(x, y) ? 0 : 255;
            return img;
        };
        const QList<QImage> batch = { qrPage("G14.25-261128-0042"), textPage(), code128Page(sep), whitePage(),
            textPage(), code128Page(sep), withMarks(whitePage(), 40, 10, 10) };
        for (int i = 0; i < batch.size(); ++i)
            pipeline.submit(page(i, batch[i]));
        QList<ProcessedPage> pages;
        for (const auto& r : pipeline.finish()) {
            QVERIFY(r.ok());
            pages << r.value();
        }
        QVERIFY(pages[3].blank);
        QCOMPARE(pages[2].barcodes.size(), 1);
        QCOMPARE(pages[2].barcodes.first().format, QStringLiteral("Code128"));
        auto docs = DocumentAssembler::split(pages, sep, true);
        QCOMPARE(docs.size(), 3);
        QCOMPARE(docs[0].pages.size(), 2);
        QCOMPARE(docs[1].pages.size(), 1); // the blank back was left out
        QCOMPARE(docs[1].pages[0].index, 4);
        QCOMPARE(docs[2].pages[0].index, 6);
        for (int i = 0; i < docs.size(); ++i) {
            const QString pdfPath = dir.filePath(QStringLiteral("doc-%1.pdf").arg(i));
            QVERIFY(DocumentAssembler::writePdf(docs[i], pdfPath, QStringLiteral("Tài liệu %1").arg(i)).ok());
            QPdfDocument pdf;
            pdf.load(pdfPath);
            QCOMPARE(pdf.pageCount(), int(docs[i].pages.size()));
        }
    }

    void siteSettings()
    {
        auto s
            = ScannerSettings::fromJson(QJsonObject { { "separator_barcode", "SEP-1" }, { "jpeg_quality_gray", 60 } });
        QVERIFY(s.ok());
        QCOMPARE(s->separatorBarcode, QStringLiteral("SEP-1"));
        QCOMPARE(s->jpegQualityGray, 60);
        QVERIFY(s->dropBlankPages);
        auto bad = ScannerSettings::fromJson(QJsonObject { { "seperator", "x" } });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("scanner.seperator"));
        auto range = ScannerSettings::fromJson(QJsonObject { { "jpeg_quality_color", 5 } });
        QCOMPARE(range.error().field, QStringLiteral("scanner.jpeg_quality_color"));
        QVERIFY(s->mixedRaster);
        QVERIFY(!ScannerSettings::fromJson(QJsonObject { { "compression", "jpeg" } })->mixedRaster);
        auto format = ScannerSettings::fromJson(QJsonObject { { "compression", "djvu" } });
        QVERIFY(!format.ok());
        QCOMPARE(format.error().field, QStringLiteral("scanner.compression"));
        QVERIFY(s->jbig2);
        QVERIFY(!ScannerSettings::fromJson(QJsonObject { { "lineart_compression", "g4" } })->jbig2);
        auto lineart = ScannerSettings::fromJson(QJsonObject { { "lineart_compression", "png" } });
        QCOMPARE(lineart.error().field, QStringLiteral("scanner.lineart_compression"));
    }

    // Every stored page format goes into the PDF as it is and shows the same page: JPEG, mixed raster, JBIG2,
    // G4 TIFF and PNG.
    void pdfEmbedsEveryPageFormat()
    {
        QTemporaryDir dir;
        QImage marked = whitePage();
        QPainter(&marked).fillRect(100, 100, 400, 400, Qt::black);
        PageCompressor::Options jpegOnly;
        jpegOnly.mixedRaster = false;
        PageCompressor::Options g4Only;
        g4Only.jbig2 = false;
        QList<PdfPageSource> sources;
        qint64 sum = 0;
        auto add = [&](const QByteArray& bytes, const QString& name) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            sum += bytes.size();
            sources.append({ f.fileName(), 150 });
        };
        add(PageCompressor(jpegOnly).compress(marked, ColorMode::Gray, -1, 150)->bytes, "a.jpg");
        add(PageCompressor().compress(marked, ColorMode::Color, -1, 300)->bytes, "b.tif"); // mixed raster
        add(PageCompressor().compress(marked, ColorMode::Lineart, -1, 150)->bytes, "c.jb2");
        add(PageCompressor(g4Only).compress(marked, ColorMode::Lineart, -1, 150)->bytes, "d.tif");
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        marked.save(&buffer, "PNG");
        add(png, "e.png");
        QCOMPARE(sources.size(), 5);
        const QString pdfPath = dir.filePath("all.pdf");
        QVERIFY(PdfWriter::write(pdfPath, sources, QStringLiteral("Mọi định dạng"), Clock::current().now()).ok());
        QVERIFY(QFileInfo(pdfPath).size() < sum + 4096);
        QPdfDocument pdf;
        pdf.load(pdfPath);
        QCOMPARE(pdf.pageCount(), 5);
        for (int i = 0; i < 5; ++i) {
            const QImage r = pdf.render(i, QSize(kW / 4, kH / 4));
            QVERIFY2(qGray(r.pixel(75, 75)) < 60, qPrintable(QStringLiteral("page %1 square not black").arg(i)));
            QVERIFY2(qGray(r.pixel(250, 300)) > 200, qPrintable(QStringLiteral("page %1 paper not white").arg(i)));
        }
    }

    void pdfPerDocument()
    {
        QTemporaryDir dir;
        PagePipeline pipeline(PageStore(dir.path()), {});
        // Gray JPEG, colour JPEG (150 dpi) and 1-bit JBIG2 pages: each has a black square at the top-left quarter.
        QImage marked = whitePage();
        QPainter(&marked).fillRect(100, 100, 400, 400, Qt::black);
        pipeline.submit(page(0, marked));
        pipeline.submit(page(1, marked.convertToFormat(QImage::Format_RGB888), ColorMode::Color));
        pipeline.submit(page(2, marked.convertToFormat(QImage::Format_Mono), ColorMode::Lineart));
        QList<ProcessedPage> pages;
        for (const auto& r : pipeline.finish()) {
            QVERIFY(r.ok());
            pages << r.value();
        }
        auto docs = DocumentAssembler::split(pages, {}, true);
        QCOMPARE(docs.size(), 1);
        const QString pdfPath = dir.filePath("doc-1.pdf");
        QVERIFY(DocumentAssembler::writePdf(docs[0], pdfPath, QStringLiteral("Giấy đề nghị")).ok());
        QCOMPARE(docs[0].pdfPath, pdfPath);
        // The PDF holds the page files as they are: its size is their sum plus a little structure.
        qint64 sum = 0;
        for (const auto& pg : pages)
            sum += pg.bytes;
        QVERIFY(QFileInfo(pdfPath).size() < sum + 4096);
        QPdfDocument pdf;
        pdf.load(pdfPath);
        QCOMPARE(pdf.status(), QPdfDocument::Status::Ready);
        QCOMPARE(pdf.pageCount(), 3);
        QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Title).toString(), QStringLiteral("Giấy đề nghị"));
        for (int i = 0; i < 3; ++i) {
            const QSizeF pt = pdf.pagePointSize(i);
            QVERIFY(qAbs(pt.width() - kW * 72.0 / 150) < 0.5);
            QVERIFY(qAbs(pt.height() - kH * 72.0 / 150) < 0.5);
            const QImage r = pdf.render(i, QSize(kW / 4, kH / 4));
            QVERIFY2(qGray(r.pixel(75, 75)) < 60, qPrintable(QStringLiteral("page %1 square not black").arg(i)));
            QVERIFY2(qGray(r.pixel(250, 300)) > 200, qPrintable(QStringLiteral("page %1 paper not white").arg(i)));
        }
        QVERIFY(!DocumentAssembler::writePdf(docs[0] = {}, dir.filePath("empty.pdf"), "x").ok());
    }
};

QTEST_MAIN(TestPagePipeline)
#include "test_page_pipeline.moc"
