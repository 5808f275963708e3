// Jbig2Encoder: lossless round trips that must be bit-exact through three independent decoders
// (libjbig2dec via decode(), the jbig2dec program, and a PDF with the embedded stream rendered by poppler's
// pdftoppm and by Qt Pdf), the file layout, the size against CCITT G4 on a text page, a QR code that still
// reads after the round trip, and rejection of garbage, truncated files and a G4 TIFF.
#include "scanner/BarcodeReader.h"
#include "scanner/FaxG4.h"
#include "scanner/Jbig2Encoder.h"
#include "tests/support/TextPage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QElapsedTimer>
#include <QFile>
#include <QPdfDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace motcua::scanner;

namespace {

QImage monoImage(int w, int h, bool black = false)
{
    QImage img(w, h, QImage::Format_Mono);
    img.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
    img.fill(black ? 1 : 0);
    return img;
}

// One byte per pixel, 1 = black, for whatever format the image has (the colour table decides for Mono).
QByteArray blackMask(const QImage& img)
{
    QByteArray mask(qsizetype(img.width()) * img.height(), 0);
    char* m = mask.data();
    if (img.format() == QImage::Format_Mono) {
        const bool oneBlack = qGray(img.color(1)) < 128;
        const bool zeroBlack = qGray(img.color(0)) < 128;
        for (int y = 0; y < img.height(); ++y) {
            const uchar* line = img.constScanLine(y);
            for (int x = 0; x < img.width(); ++x) {
                const bool one = (line[x >> 3] >> (7 - (x & 7))) & 1;
                *m++ = char(one ? oneBlack : zeroBlack);
            }
        }
        return mask;
    }
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            *m++ = char(qGray(img.pixel(x, y)) < 128);
    return mask;
}

// Empty when the two images hold the same black pixels, else where they first differ.
QString difference(const QImage& expected, const QImage& actual)
{
    if (actual.isNull())
        return QStringLiteral("no image");
    if (actual.size() != expected.size())
        return QStringLiteral("size %1x%2, expected %3x%4")
            .arg(actual.width())
            .arg(actual.height())
            .arg(expected.width())
            .arg(expected.height());
    const QByteArray a = blackMask(expected);
    const QByteArray b = blackMask(actual);
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            return QStringLiteral("pixel (%1, %2) differs").arg(i % expected.width()).arg(i / expected.width());
    return {};
}

// P4 (binary PBM, 1 = black), as jbig2dec and pdftoppm -mono write it.
QImage readPbm(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    qsizetype pos = 0;
    auto token = [&]() {
        while (pos < data.size()) {
            if (data[pos] == '#')
                while (pos < data.size() && data[pos] != '\n')
                    ++pos;
            else if (QChar::isSpace(uchar(data[pos])))
                ++pos;
            else
                break;
        }
        const qsizetype start = pos;
        while (pos < data.size() && !QChar::isSpace(uchar(data[pos])))
            ++pos;
        return data.mid(start, pos - start);
    };
    if (token() != "P4")
        return {};
    const int w = token().toInt();
    const int h = token().toInt();
    ++pos; // the single whitespace before the raster
    const qsizetype rowBytes = (w + 7) / 8;
    if (w <= 0 || h <= 0 || data.size() - pos < rowBytes * h)
        return {};
    QImage img = monoImage(w, h);
    for (int y = 0; y < h; ++y)
        std::memcpy(img.scanLine(y), data.constData() + pos + y * rowBytes, size_t(rowBytes));
    return img;
}

bool run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << program << args << "failed:" << p.readAllStandardError();
        return false;
    }
    return true;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The pixel at the centre of every k x k cell of a Format_Mono image.
QImage cellCentres(const QImage& big, int k)
{
    QImage img(big.width() / k, big.height() / k, QImage::Format_Mono);
    img.setColorTable(big.colorTable());
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            img.setPixel(x, y, uint(big.pixelIndex(x * k + k / 2, y * k + k / 2)));
    return img;
}

// A one-page PDF whose page is the JBIG2 image at `dpi`, written the way PdfWriter embeds lineart.
QByteArray jbig2Pdf(const QByteArray& stream, int w, int h, int dpi)
{
    const QByteArray pw = QByteArray::number(w * 72.0 / dpi, 'f', 4);
    const QByteArray ph = QByteArray::number(h * 72.0 / dpi, 'f', 4);
    const QByteArray content = "q " + pw + " 0 0 " + ph + " 0 0 cm /Im0 Do Q\n";
    QList<QByteArray> objects;
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + pw + " " + ph
            + "] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>";
    objects << "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(w) + " /Height " + QByteArray::number(h)
            + " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode" + " /Length "
            + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream";
    objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream";
    QByteArray pdf = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Encodes `img` and checks that every decoder gives back exactly its black pixels. `viaPdf` adds the
// PDF renderings (poppler and Qt Pdf).
void checkRoundTrip(const QImage& img, int dpi, bool viaPdf = true)
{
    const QByteArray file = Jbig2Encoder::encodeFile(img, dpi);
    QVERIFY(!file.isEmpty());

    QCOMPARE(difference(img, Jbig2Encoder::decode(file)), QString());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath("page.jb2"), file));
    QVERIFY(run("jbig2dec", { "-t", "pbm", "-o", dir.filePath("out.pbm"), dir.filePath("page.jb2") }));
    QCOMPARE(difference(img, readPbm(dir.filePath("out.pbm"))), QString());

    if (!viaPdf)
        return;
    QByteArray stream;
    int w = 0;
    int h = 0;
    QVERIFY(Jbig2Encoder::embeddedStream(file, stream, w, h));
    QCOMPARE(w, img.width());
    QCOMPARE(h, img.height());
    QVERIFY(writeFile(dir.filePath("page.pdf"), jbig2Pdf(stream, w, h, dpi)));

    QPdfDocument doc;
    QCOMPARE(doc.load(dir.filePath("page.pdf")), QPdfDocument::Error::None);
    QCOMPARE(doc.pageCount(), 1);
    const QImage rendered = doc.render(0, QSize(w, h));
    QCOMPARE(difference(img, rendered), QString());
    // Poppler's Splash draws an image one device pixel larger than its box and interpolates below 400 %,
    // so a 1:1 rendering is blurred at every edge. At 4x it replicates pixels: the centre of each 4x4
    // cell is the image pixel.
    constexpr int k = 4;
    QVERIFY(run("pdftoppm",
        { "-r", QString::number(k * dpi), "-mono", "-singlefile", dir.filePath("page.pdf"), dir.filePath("poppler") }));
    const QImage poppler = readPbm(dir.filePath("poppler.pbm"));
    QCOMPARE(poppler.size(), img.size() * k);
    QCOMPARE(difference(img, cellCentres(poppler, k)), QString());
}

// The same pseudo-random bits on every run.
QImage noise(int w, int h, quint32 seed, int blackPercent)
{
    QRandomGenerator rng(seed);
    QImage img = monoImage(w, h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (int(rng.bounded(100)) < blackPercent)
                img.setPixel(x, y, 1);
    return img;
}

// An A4 page at 300 dpi of typed Vietnamese text (tests/support/TextPage), thresholded to 1 bit.
QImage textPage()
{
    return motcua::test::TextPage {}.renderMono();
}

QImage withQr(QImage page, const QString& text)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(4);
    writer.setEncoding(ZXing::CharacterSet::UTF8);
    const ZXing::BitMatrix m = writer.encode(text.toStdWString(), 400, 400);
    for (int y = 0; y < m.height(); ++y)
        for (int x = 0; x < m.width(); ++x)
            page.setPixel(1900 + x, 3000 + y, m.get(x, y) ? 1 : 0);
    return page;
}

} // namespace

class TestJbig2Encoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char* tool : { "jbig2dec", "pdftoppm" })
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                qPrintable(QStringLiteral("%1 is missing (scripts/packages.txt)").arg(tool)));
    }

    void fileLayout()
    {
        QImage img = monoImage(33, 7);
        img.setPixel(5, 3, 1);
        const QByteArray f = Jbig2Encoder::encodeFile(img, 300);
        const auto u8 = [&](qsizetype i) { return uchar(f.at(i)); };
        const auto u32
            = [&](qsizetype i) { return quint32(u8(i)) << 24 | u8(i + 1) << 16 | u8(i + 2) << 8 | u8(i + 3); };
        QCOMPARE(f.left(8), QByteArray("\x97JB2\r\n\x1A\n"));
        QCOMPARE(u8(8), uchar(0x01)); // sequential, page count known
        QCOMPARE(u32(9), 1u);
        // page information: segment 0, type 48, page 1, 19 bytes
        QCOMPARE(u32(13), 0u);
        QCOMPARE(u8(17), uchar(48));
        QCOMPARE(u8(19), uchar(1));
        QCOMPARE(u32(20), 19u);
        QCOMPARE(u32(24), 33u);
        QCOMPARE(u32(28), 7u);
        QCOMPARE(u32(32), 11811u); // 300 dpi in pixels per metre
        QCOMPARE(u32(36), 11811u);
        QCOMPARE(u8(40), uchar(0x01)); // eventually lossless, default pixel 0, OR
        // immediate lossless generic region: segment 1, type 39
        QCOMPARE(u32(43), 1u);
        QCOMPARE(u8(47), uchar(39));
        const quint32 length = u32(50);
        QCOMPARE(u32(54), 33u);
        QCOMPARE(u32(58), 7u);
        QCOMPARE(u8(71), uchar(0x08)); // MMR 0, GBTEMPLATE 0, TPGDON 1
        QCOMPARE(f.mid(72, 8), QByteArray("\x03\xFF\xFD\xFF\x02\xFE\xFE\xFE", 8));
        const qsizetype eop = 54 + qsizetype(length);
        QCOMPARE(f.mid(eop - 2, 2), QByteArray("\xFF\xAC")); // the coded data ends with the marker
        QCOMPARE(u32(eop), 2u);
        QCOMPARE(u8(eop + 4), uchar(49));
        QCOMPARE(u32(eop + 7), 0u);
        QCOMPARE(u8(eop + 15), uchar(51));
        QCOMPARE(f.size(), eop + 22);

        QByteArray stream;
        int w = 0;
        int h = 0;
        QVERIFY(Jbig2Encoder::embeddedStream(f, stream, w, h));
        QCOMPARE(stream, f.mid(13, eop - 13)); // no file header, no end of page / end of file
        QCOMPARE(w, 33);
        QCOMPARE(h, 7);
        QVERIFY(Jbig2Encoder::encodeFile(QImage(), 300).isEmpty());
    }

    void whiteAndBlack()
    {
        checkRoundTrip(monoImage(200, 150), 72);
        checkRoundTrip(monoImage(200, 150, true), 72);
        const QByteArray blankA4 = Jbig2Encoder::encodeFile(monoImage(2480, 3508), 300);
        qInfo("blank A4 at 300 dpi: %lld bytes", qlonglong(blankA4.size()));
        QVERIFY(blankA4.size() < 200); // typical prediction: every row is the row above
        QCOMPARE(difference(monoImage(2480, 3508), Jbig2Encoder::decode(blankA4)), QString());
        checkRoundTrip(monoImage(2480, 3508, true), 300, false);
    }

    void onePixel()
    {
        checkRoundTrip(monoImage(1, 1), 72);
        checkRoundTrip(monoImage(1, 1, true), 72);
    }

    void oddWidths()
    {
        for (int w = 1; w <= 70; ++w) {
            const QImage img = noise(w, 1 + w % 9, quint32(w), 20 + w % 40);
            checkRoundTrip(img, 72);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("width %1").arg(w)));
        }
    }

    void randomNoise()
    {
        checkRoundTrip(noise(613, 419, 20261128, 50), 72);
        checkRoundTrip(noise(1024, 777, 7, 3), 72); // sparse: long MPS runs, carries and 0xFF stuffing
        checkRoundTrip(noise(257, 300, 99, 97), 72);
    }

    void otherFormats()
    {
        const QImage img = noise(91, 37, 5, 30);
        const QByteArray expected = Jbig2Encoder::encodeFile(img, 200);

        QImage lsb = img.convertToFormat(QImage::Format_MonoLSB);
        QCOMPARE(Jbig2Encoder::encodeFile(lsb, 200), expected);

        QImage inverted = img; // same page, index 0 black
        inverted.invertPixels();
        inverted.setColorTable({ qRgb(0, 0, 0), qRgb(255, 255, 255) });
        QCOMPARE(difference(img, inverted), QString());
        QCOMPARE(Jbig2Encoder::encodeFile(inverted, 200), expected);

        QImage gray(img.size(), QImage::Format_Grayscale8);
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                gray.scanLine(y)[x] = img.pixelIndex(x, y) ? uchar(127) : uchar(128); // 50 % threshold
        QCOMPARE(Jbig2Encoder::encodeFile(gray, 200), expected);

        QImage argb(img.size(), QImage::Format_ARGB32);
        argb.fill(Qt::transparent); // transparent is white
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                if (img.pixelIndex(x, y))
                    argb.setPixel(x, y, qRgba(20, 20, 20, 255));
        QCOMPARE(Jbig2Encoder::encodeFile(argb, 200), expected);
    }

    void textPageSmallerThanG4()
    {
        const QImage page = textPage();
        QElapsedTimer timer;
        timer.start();
        const QByteArray jb2 = Jbig2Encoder::encodeFile(page, 300);
        const qint64 ms = timer.elapsed();
        const QByteArray g4 = FaxG4::encodeTiff(page, 300);
        QVERIFY(!g4.isEmpty());
        qInfo("text page 2480x3508 at 300 dpi: CCITT G4 TIFF %lld bytes, JBIG2 %lld bytes (%.1f %%), "
              "encoded in %lld ms (informative; bench in a Release build for timing)",
            qlonglong(g4.size()), qlonglong(jb2.size()), 100.0 * double(jb2.size()) / double(g4.size()), ms);
        QVERIFY(jb2.size() < g4.size());
        checkRoundTrip(page, 300);
    }

    void qrSurvives()
    {
        const QString text = QStringLiteral("MCD-2026-000123|Nguyễn Thị Hằng|Cục Tần số vô tuyến điện");
        const QImage page = withQr(textPage(), text);
        const QByteArray jb2 = Jbig2Encoder::encodeFile(page, 300);
        const QImage back = Jbig2Encoder::decode(jb2);
        QCOMPARE(difference(page, back), QString());
        BarcodeReader::Options options;
        options.formats = { QStringLiteral("QRCode") };
        options.isolation = BarcodeReader::Isolation::InProcess;
        const auto outcome = BarcodeReader(options).read(back);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value().barcodes.size(), 1);
        QCOMPARE(outcome.value().barcodes.first().text, text);
        checkRoundTrip(page, 300);
    }

    void embeddedStreamRejects()
    {
        const QByteArray good = Jbig2Encoder::encodeFile(noise(64, 48, 3, 25), 300);
        QByteArray stream;
        int w = -1;
        int h = -1;
        QVERIFY(Jbig2Encoder::embeddedStream(good, stream, w, h));

        const auto rejected = [&](const QByteArray& bytes) {
            QByteArray s = "untouched";
            int rw = -1;
            int rh = -1;
            return !Jbig2Encoder::embeddedStream(bytes, s, rw, rh) && s == "untouched" && rw == -1 && rh == -1;
        };
        QVERIFY(rejected({}));
        QVERIFY(rejected("garbage, not a JBIG2 file at all"));
        QRandomGenerator rng(42);
        QByteArray random(4096, 0);
        for (char& c : random)
            c = char(rng.bounded(256));
        QVERIFY(rejected(random));
        QVERIFY(rejected(good.left(8) + random)); // the right magic, then garbage
        for (const qsizetype cut : { 9, 12, 13, 20, 31, 40, 50, 60, 70, 90, int(good.size()) - 23,
                 int(good.size()) - 12, int(good.size()) - 1 })
            QVERIFY2(rejected(good.left(cut)), qPrintable(QStringLiteral("cut at %1").arg(cut)));
        QVERIFY(rejected(good + "trailing")); // bytes after the end of file

        QByteArray twoPages = good;
        twoPages[12] = 2; // the header says two pages
        QVERIFY(rejected(twoPages));
        QByteArray randomAccess = good;
        randomAccess[8] = 0; // random-access organisation
        QVERIFY(rejected(randomAccess));

        const QByteArray tiff = FaxG4::encodeTiff(noise(64, 48, 3, 25), 300);
        QVERIFY(!tiff.isEmpty());
        QVERIFY(rejected(tiff));
    }

    void everyCutAndCorruption()
    {
        const QByteArray good = Jbig2Encoder::encodeFile(noise(40, 30, 8, 30), 300);
        QByteArray stream;
        int w = 0;
        int h = 0;
        for (qsizetype cut = 0; cut < good.size(); ++cut) {
            // only the file without its end-of-file segment (optional in T.88) is still a whole page
            QVERIFY2(Jbig2Encoder::embeddedStream(good.left(cut), stream, w, h) == (cut == good.size() - 11),
                qPrintable(QStringLiteral("cut at %1 of %2").arg(cut).arg(good.size())));
        }
        QRandomGenerator rng(77);
        for (int i = 0; i < 2000; ++i) { // accepted or not, never a read past the end (see the ASan build)
            QByteArray bad = good;
            bad[13 + qsizetype(rng.bounded(40))] = char(rng.bounded(256)); // within the segment headers
            if (Jbig2Encoder::embeddedStream(bad, stream, w, h))
                QVERIFY(stream.size() < bad.size() && w > 0 && h > 0);
        }
    }

    void otherLayouts()
    {
        // The same page as another encoder might lay it out: number of pages unknown (no page count in the
        // header) and four-byte page associations. Both still make one embeddable page.
        const QImage img = noise(77, 21, 4, 35);
        const QByteArray ours = Jbig2Encoder::encodeFile(img, 300);
        QByteArray other = ours.left(8) + char(0x03);
        const auto u32 = [](const QByteArray& b, qsizetype i) {
            return quint32(uchar(b[i])) << 24 | quint32(uchar(b[i + 1])) << 16 | quint32(uchar(b[i + 2])) << 8
                | quint32(uchar(b[i + 3]));
        };
        const auto put32 = [](QByteArray& b, quint32 v) {
            b.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
        };
        for (qsizetype pos = 13; pos < ours.size();) {
            const quint32 length = u32(ours, pos + 7);
            other += ours.mid(pos, 4); // segment number
            other += char(ours[pos + 4] | 0x40); // four-byte page association
            other += ours[pos + 5]; // no referred-to segments
            put32(other, uchar(ours[pos + 6]));
            put32(other, length);
            other += ours.mid(pos + 11, length);
            pos += 11 + length;
        }
        QCOMPARE(difference(img, Jbig2Encoder::decode(other)), QString());

        QByteArray stream;
        int w = 0;
        int h = 0;
        QVERIFY(Jbig2Encoder::embeddedStream(other, stream, w, h));
        QCOMPARE(QSize(w, h), img.size());
        QCOMPARE(stream.size(), other.size() - 9 - 2 * 14); // no header, no end of page / end of file
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("other.pdf"), jbig2Pdf(stream, w, h, 72)));
        QPdfDocument doc;
        QCOMPARE(doc.load(dir.filePath("other.pdf")), QPdfDocument::Error::None);
        QCOMPARE(difference(img, doc.render(0, img.size())), QString());
    }

    void decodeGarbage()
    {
        QVERIFY(Jbig2Encoder::decode({}).isNull());
        QVERIFY(Jbig2Encoder::decode("garbage, not a JBIG2 file at all").isNull());
        const QImage img = noise(120, 80, 11, 30);
        const QByteArray good = Jbig2Encoder::encodeFile(img, 300);
        QRandomGenerator rng(1234);
        QByteArray random(2048, 0);
        for (char& c : random)
            c = char(rng.bounded(256));
        const QImage junk = Jbig2Encoder::decode(good.left(13) + random); // must not crash
        QVERIFY(junk.isNull() || junk.format() == QImage::Format_Mono);
        QVERIFY(Jbig2Encoder::decode(good.left(40)).isNull()); // cut inside the page information
        QVERIFY(Jbig2Encoder::decode(good.left(good.size() - 22)).isNull()); // no end of page
        QVERIFY(Jbig2Encoder::decode(FaxG4::encodeTiff(img, 300)).isNull());
        for (int i = 0; i < 200; ++i) { // corrupted copies decode to something or nothing, never crash
            QByteArray bad = good;
            for (int k = 0; k < 3; ++k)
                bad[qsizetype(rng.bounded(int(bad.size())))] = char(rng.bounded(256));
            const QImage out = Jbig2Encoder::decode(bad);
            QVERIFY(out.isNull() || out.format() == QImage::Format_Mono);
        }
    }
};

QTEST_MAIN(TestJbig2Encoder)
#include "test_jbig2_encoder.moc"
