// BarcodeReader: generated QR Code and Code 128 symbols (rotated, skewed, blurred, noisy, JPEG-compressed),
// survival of ZXing 1.4.0's abort (code128-1/4.png), and the ZXing sample subset in tests/fixtures/zxing
// against its baseline (the whole corpus is measured by tests/bench/bench_barcodes).
#include "scanner/BarcodeReader.h"
#include "tests/support/ZxingBaseline.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QTransform>

using namespace motcua::scanner;

#ifndef MOTCUA_ZXING_FIXTURES
#error "MOTCUA_ZXING_FIXTURES must be defined by tests/scanner/CMakeLists.txt"
#endif

namespace {

QImage symbol(ZXing::BarcodeFormat format, const QString& text, int width, int height)
{
    ZXing::MultiFormatWriter writer(format);
    writer.setMargin(10);
    if (format == ZXing::BarcodeFormat::QRCode)
        writer.setEncoding(ZXing::CharacterSet::UTF8);
    const ZXing::BitMatrix m = writer.encode(text.toStdWString(), width, height);
    QImage img(m.width(), m.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < m.height(); ++y)
        for (int x = 0; x < m.width(); ++x)
            img.scanLine(y)[x] = m.get(x, y) ? 0 : 255;
    return img;
}

// The symbol on a white "page", rotated by `degrees` (and optionally sheared: a skewed feed).
QImage onPage(const QImage& sym, double degrees, double shear = 0)
{
    QTransform t;
    t.rotate(degrees);
    t.shear(shear, 0);
    QImage turned = sym.convertToFormat(QImage::Format_RGB32).transformed(t, Qt::SmoothTransformation);
    QImage page(std::max(1000, turned.width() + 100), std::max(1000, turned.height() + 100), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    // transformed() fills the corners with black on RGB32: paint the white background under it first
    QImage mask(turned.size(), QImage::Format_ARGB32);
    mask.fill(Qt::transparent);
    {
        QImage white(sym.size(), QImage::Format_ARGB32);
        white.fill(Qt::white);
        mask = white.transformed(t, Qt::SmoothTransformation);
    }
    const QPoint at((page.width() - turned.width()) / 2, (page.height() - turned.height()) / 2);
    QImage composed(turned.size(), QImage::Format_ARGB32);
    for (int y = 0; y < turned.height(); ++y)
        for (int x = 0; x < turned.width(); ++x) {
            const int a = qAlpha(mask.pixel(x, y));
            const int g = qGray(turned.pixel(x, y));
            const int v = (g * a + 255 * (255 - a)) / 255;
            composed.setPixel(x, y, qRgb(v, v, v));
        }
    p.drawImage(at, composed);
    p.end();
    return page.convertToFormat(QImage::Format_Grayscale8);
}

QImage blurred(const QImage& in, int passes)
{
    QImage img = in.convertToFormat(QImage::Format_Grayscale8);
    for (int k = 0; k < passes; ++k) {
        QImage out = img;
        for (int y = 1; y < img.height() - 1; ++y)
            for (int x = 1; x < img.width() - 1; ++x) {
                int sum = 0;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        sum += img.constScanLine(y + dy)[x + dx];
                out.scanLine(y)[x] = uchar(sum / 9);
            }
        img = out;
    }
    return img;
}

QImage noisy(const QImage& in, int amplitude)
{
    QImage img = in.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator rng(42);
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const int v = img.scanLine(y)[x] + int(rng.bounded(2 * amplitude + 1)) - amplitude;
            img.scanLine(y)[x] = uchar(std::clamp(v, 0, 255));
        }
    return img;
}

QImage jpegRoundTrip(const QImage& in, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    in.save(&buffer, "JPEG", quality);
    return QImage::fromData(bytes, "JPEG");
}

QStringList texts(const QList<Barcode>& barcodes)
{
    QStringList out;
    for (const auto& b : barcodes)
        out << b.text;
    return out;
}

} // namespace

class TestBarcodeReader : public QObject
{
    Q_OBJECT
private slots:
    void generatedSymbols_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QImage>("page");
        QTest::addColumn<QString>("text");
        const QString qrText = QStringLiteral("001090012345|012345678|Nguyễn Văn An|01011990|Nam|Hà Nội|01012021");
        const QString codeText = QStringLiteral("G14.25-261128-0042");
        const QImage qr = symbol(ZXing::BarcodeFormat::QRCode, qrText, 300, 300);
        const QImage code = symbol(ZXing::BarcodeFormat::Code128, codeText, 900, 150);
        for (double angle : { 0.0, 17.0, 45.0, 90.0, 180.0, -30.0 })
            QTest::addRow("QR rotated %g", angle) << "QRCode" << onPage(qr, angle) << qrText;
        QTest::newRow("QR skewed") << "QRCode" << onPage(qr, 3, 0.12) << qrText;
        QTest::newRow("QR blurred") << "QRCode" << blurred(onPage(qr, 8), 2) << qrText;
        QTest::newRow("QR noisy") << "QRCode" << noisy(onPage(qr, 12), 60) << qrText;
        QTest::newRow("QR jpeg q25") << "QRCode" << jpegRoundTrip(onPage(qr, 25), 25) << qrText;
        QTest::newRow("QR blurred noisy jpeg")
            << "QRCode" << jpegRoundTrip(noisy(blurred(onPage(qr, 5), 1), 30), 40) << qrText;
        for (double angle : { 0.0, 90.0, 180.0, 270.0, 4.0, -6.0 })
            QTest::addRow("Code128 rotated %g", angle) << "Code128" << onPage(code, angle) << codeText;
        QTest::newRow("Code128 skewed") << "Code128" << onPage(code, 2, 0.08) << codeText;
        QTest::newRow("Code128 blurred") << "Code128" << blurred(onPage(code, 0), 1) << codeText;
        QTest::newRow("Code128 noisy") << "Code128" << noisy(onPage(code, 3), 50) << codeText;
        QTest::newRow("Code128 jpeg q30") << "Code128" << jpegRoundTrip(onPage(code, 90), 30) << codeText;
    }
    void generatedSymbols()
    {
        QFETCH(QString, format);
        QFETCH(QImage, page);
        QFETCH(QString, text);
        const BarcodeReader reader;
        auto found = reader.barcodes(page);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().format, format);
        QCOMPARE(found->first().text, text);
        QCOMPARE(found->first().corners.size(), 4);
    }

    void otherDocumentFormats()
    {
        const BarcodeReader reader;
        const QImage dm = onPage(symbol(ZXing::BarcodeFormat::DataMatrix, "MOTCUA-DM-1", 200, 200), 30);
        auto r = reader.barcodes(dm);
        QVERIFY(r.ok());
        QCOMPARE(texts(*r), QStringList { "MOTCUA-DM-1" });
        QCOMPARE(r->first().format, QStringLiteral("DataMatrix"));
        const QImage pdf417 = onPage(symbol(ZXing::BarcodeFormat::PDF417, "MOTCUA PDF417 1.011892", 600, 200), 0);
        r = reader.barcodes(pdf417);
        QVERIFY(r.ok());
        QCOMPARE(texts(*r), QStringList { "MOTCUA PDF417 1.011892" });
        QCOMPARE(r->first().format, QStringLiteral("PDF417"));
    }

    void blankImageHasNoBarcode()
    {
        QImage white(800, 800, QImage::Format_Grayscale8);
        white.fill(255);
        auto r = BarcodeReader().read(white);
        QVERIFY(r.ok());
        QVERIFY(r->barcodes.isEmpty());
        QVERIFY(!r->helperFailed);
        QVERIFY(!BarcodeReader().read(QImage()).ok());
        BarcodeReader::Options bad;
        bad.formats = { "NoSuchCode" };
        QCOMPARE(BarcodeReader(bad).read(white).error().field, QStringLiteral("formats"));
    }

    void zxingAbortIsSurvived()
    {
        const QString path = QStringLiteral(MOTCUA_ZXING_FIXTURES "/code128-1/4.png");
        QVERIFY2(QFile::exists(path), qPrintable("fixture image missing: " + path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        // Default: the safe pass (no ZXing downscaling) reads it; the risky pass is not needed.
        auto r = BarcodeReader().read(image);
        QVERIFY(r.ok());
        QCOMPARE(texts(r->barcodes), QStringList { "123456" });
        QVERIFY(!r->helperFailed);
        // Force the risky pass: ZXing 1.4.0 aborts in its downscaling path; the helper dies, we do not,
        // and the safe pass's result is kept.
        BarcodeReader::Options o;
        o.alwaysRunDownscalePass = true;
        r = BarcodeReader(o).read(image);
        QVERIFY(r.ok());
        QCOMPARE(texts(r->barcodes), QStringList { "123456" });
        QVERIFY2(r->helperFailed, "ZXing 1.4.0 was expected to abort on this image in its downscaling pass");
        // And this process still reads barcodes afterwards.
        QCOMPARE(texts(BarcodeReader().barcodes(image).value()), QStringList { "123456" });
    }

    // The fixture subset: a few images of each format, including ones ZXingReader 1.4.0 could not read and
    // one it read wrongly (datamatrix-1/eci-mixed.png), and eight pages with no barcode at all.
    void fixturesMatchBaseline()
    {
        QString error;
        const auto rows = motcua::test::readZxingBaseline(QStringLiteral(MOTCUA_ZXING_FIXTURES), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 67);
        BarcodeReader::Options options; // every format, as ZXingReader's default
        const BarcodeReader reader(options);
        const auto t = motcua::test::tallyZxing(
            QStringLiteral(MOTCUA_ZXING_FIXTURES), *rows, [&](const QString& path) -> std::optional<QStringList> {
                const QImage image(path);
                if (image.isNull())
                    return std::nullopt;
                const auto r = reader.read(image);
                return r.ok() ? std::optional(texts(r->barcodes)) : std::nullopt;
            });
        qInfo("fixtures: %d images, baseline decoded %d, we match %d of them, %d texts equal expected, %d more "
              "than baseline, %d false positives",
            t.images, t.baselineDecoded, t.matched, t.expectedEqual, t.extra, t.falsePositives);
        QVERIFY2(t.unreadable.isEmpty(), qPrintable("cannot read: " + t.unreadable.join(", ")));
        QCOMPARE(t.images, 67);
        QCOMPARE(t.baselineDecoded, 51);
        QVERIFY2(t.missing.isEmpty(), qPrintable("not matching the baseline: " + t.missing.join(", ")));
        QVERIFY(t.expectedEqual >= 50); // eci-mixed.png: ZXing 1.4.0 returns empty text for mixed ECI data
        QCOMPARE(t.falsePositives, 0);
    }

    // A few exact texts written out here, independent of baseline.tsv and its escaping: non-ASCII Latin-1,
    // mixed ECIs (CJK, Greek, Cyrillic), GS1 separators.
    void fixtureTextsAreExact()
    {
        const BarcodeReader reader;
        const QList<std::pair<QString, QString>> cases {
            { "code128-1/6.png", QStringLiteral("óóóó1234óóabózz") },
            { "datamatrix-1/gs1-figure-4.15.1-2-32x32.png", // GS1: group separators (0x1D) are part of the text
                QStringLiteral("01095040000591012112345678p901\x1d"
                               "101234567p\x1d"
                               "171411208200http://www.gs1.org/demo/") },
            { "pdf417-1/12-mixed-ecis.png", QStringLiteral("AB点茗テ齄膀赧αђŹ") },
            { "qrcode-6/14.png", QStringLiteral("1234567890") },
        };
        for (const auto& [file, text] : cases) {
            const QImage image(QStringLiteral(MOTCUA_ZXING_FIXTURES "/") + file);
            QVERIFY2(!image.isNull(), qPrintable(file));
            const auto r = reader.read(image);
            QVERIFY(r.ok());
            QVERIFY2(texts(r->barcodes).contains(text), qPrintable(file + ": " + texts(r->barcodes).join("|")));
        }
    }
};

QTEST_GUILESS_MAIN(TestBarcodeReader)
#include "test_barcode_reader.moc"
