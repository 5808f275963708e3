// Hostile and damaged page files (issue 12): each is crafted here, and each is refused before its pixels
// are allocated, with a message that names the file, through the readers that `motcua decode`, file import
// and the PDF writer use. Before the limits: a mixed-raster TIFF of 100,000,000 rows crashed (SIGSEGV), a
// strip of 0xFFFFFFF0 bytes aborted (std::bad_alloc), a 65-byte JBIG2 file of 100000 x 100000 pixels took
// 2.5 GB and 11 s.
#include "scanner/FaxG4.h"
#include "scanner/FileImport.h"
#include "scanner/Jbig2Encoder.h"
#include "scanner/MixedRaster.h"
#include "scanner/PageLimits.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace motcua;
using namespace motcua::scanner;

namespace {

// A small typed page: black bars and a red box on white, 600 x 400 pixels.
QImage typedPage()
{
    QImage img(600, 400, QImage::Format_RGB888);
    img.fill(Qt::white);
    for (int line = 0; line < 8; ++line)
        for (int x = 40; x < 560; x += 14)
            for (int y = 40 + line * 40; y < 56 + line * 40; ++y)
                for (int dx = 0; dx < 6; ++dx)
                    img.setPixelColor(x + dx, y, Qt::black);
    for (int y = 300; y < 360; ++y)
        for (int x = 400; x < 460; ++x)
            img.setPixelColor(x, y, QColor(200, 30, 30));
    return img;
}

// Sets a tag of the first directory of a little-endian TIFF to one LONG value (as a hostile file would).
bool setTiffTag(QByteArray& tiff, quint16 tag, quint32 value)
{
    if (!tiff.startsWith("II*"))
        return false;
    char* p = tiff.data();
    const quint32 ifd = qFromLittleEndian<quint32>(p + 4);
    const quint16 count = qFromLittleEndian<quint16>(p + ifd);
    for (quint16 i = 0; i < count; ++i) {
        char* entry = p + ifd + 2 + 12 * i;
        if (qFromLittleEndian<quint16>(entry) != tag)
            continue;
        qToLittleEndian<quint16>(4, entry + 2); // LONG
        qToLittleEndian<quint32>(1, entry + 4);
        qToLittleEndian<quint32>(value, entry + 8);
        return true;
    }
    return false;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

// The error FileImport gives for a file it refuses for `reason`.
QString refusedMessage(const QString& path, const QString& reason)
{
    return ScanText::tr("%1 could not be read: %2. Ask for another copy.").arg(path, reason);
}

void putU32(QByteArray& out, quint32 v)
{
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}

// A JBIG2 segment header (one-byte page association, no referred-to segments).
void putSegment(QByteArray& out, quint32 number, quint8 type, quint8 page, quint32 length)
{
    putU32(out, number);
    out.append(char(type)).append(char(0)).append(char(page));
    putU32(out, length);
}

// Page information data: w x h, no resolution, lossless; striped when maxStripe > 0 (h may then be
// 0xFFFFFFFF: unknown until the end of the page).
QByteArray pageInformation(quint32 w, quint32 h, int maxStripe = 0)
{
    QByteArray data;
    putU32(data, w);
    putU32(data, h);
    putU32(data, 0);
    putU32(data, 0);
    data.append(char(0x01));
    const quint16 striping = maxStripe > 0 ? quint16(0x8000 | maxStripe) : 0;
    data.append(char(striping >> 8)).append(char(striping & 0xFF));
    return data;
}

// A JBIG2 file of one page of w x h pixels with nothing on it, sequential or random-access.
QByteArray emptyJbig2Page(quint32 w, quint32 h, bool sequential)
{
    QByteArray file("\x97JB2\r\n\x1A\n", 8);
    file.append(char(sequential ? 0x01 : 0x00));
    putU32(file, 1);
    const QByteArray info = pageInformation(w, h);
    putSegment(file, 0, 48, 1, quint32(info.size()));
    if (sequential)
        file.append(info);
    putSegment(file, 1, 49, 1, 0); // end of page
    putSegment(file, 2, 51, 0, 0); // end of file
    if (!sequential)
        file.append(info);
    return file;
}

} // namespace

class TestPageLimits : public QObject
{
    Q_OBJECT
private slots:
    void limits()
    {
        QVERIFY(PageLimits::fits(7016, 9921, 24)); // A3 at 600 dpi in colour
        QVERIFY(PageLimits::fits(20000, 20000, 8));
        QVERIFY(!PageLimits::fits(20001, 10, 1));
        QVERIFY(!PageLimits::fits(10, 100000000, 1));
        QVERIFY(!PageLimits::fits(20000, 20000, 24)); // 1.2 GB of pixels
        QVERIFY(!PageLimits::fits(0, 10, 8));
        QVERIFY(PageLimits::tooLarge(64, 100000000).contains(QStringLiteral("100000000")));
    }

    // Issue 12: the mask of a mixed-raster page says 100,000,000 rows (one strip). The scaled layers could
    // not be allocated and were used anyway (SIGSEGV); now the page is refused before anything is decoded.
    void mixedRasterOfHundredMillionRows()
    {
        QByteArray tiff = MixedRaster::compress(typedPage(), 300, {});
        QVERIFY(!tiff.isEmpty());
        QVERIFY(!MixedRaster::render(tiff).isNull()); // the file as written is fine
        QVERIFY(setTiffTag(tiff, 257, 100000000)); // ImageLength
        QVERIFY(setTiffTag(tiff, 278, 100000000)); // RowsPerStrip: still one strip
        QString refusal;
        MixedRasterStreams streams;
        QVERIFY(!MixedRaster::readTiff(tiff, streams, &refusal));
        QCOMPARE(refusal, PageLimits::tooLarge(600, 100000000));
        refusal.clear();
        QVERIFY(MixedRaster::render(tiff, &refusal).isNull());
        QCOMPARE(refusal, PageLimits::tooLarge(600, 100000000));

        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("page-001.tif"), tiff);
        auto imported = FileImport::importFile(path);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, ErrorKind::Invalid);
        QCOMPARE(imported.error().field, QStringLiteral("file"));
        QCOMPARE(imported.error().message, refusedMessage(path, PageLimits::tooLarge(600, 100000000)));

        // The same height with the rows per strip left as they were (333,334 strips declared, one stored):
        // refused for its size before its strips are looked at.
        QByteArray strips = MixedRaster::compress(typedPage(), 300, {});
        QVERIFY(setTiffTag(strips, 257, 100000000));
        QVERIFY(MixedRaster::render(strips).isNull());
        const QString stripsPath = writeFile(dir, QStringLiteral("page-005.tif"), strips);
        auto manyStrips = FileImport::importFile(stripsPath);
        QVERIFY(!manyStrips.ok());
        QCOMPARE(manyStrips.error().message, refusedMessage(stripsPath, PageLimits::tooLarge(600, 100000000)));
    }

    // A page within the side limit whose composed pixels would still be too many: refused by render.
    void mixedRasterTooManyPixelsToCompose()
    {
        QByteArray tiff = MixedRaster::compress(typedPage(), 300, {});
        QVERIFY(setTiffTag(tiff, 256, 20000)); // ImageWidth
        QVERIFY(setTiffTag(tiff, 257, 20000));
        QVERIFY(setTiffTag(tiff, 278, 20000));
        QString refusal;
        const QImage page = MixedRaster::render(tiff, &refusal);
        QVERIFY(page.isNull());
        QVERIFY2(!refusal.isEmpty(), "refused without a reason");
    }

    // Issue 12: a strip that says it holds 0xFFFFFFF0 bytes was allocated as such (std::bad_alloc). Its end
    // must lie within the file.
    void stripLongerThanTheFile()
    {
        QByteArray mixed = MixedRaster::compress(typedPage(), 300, {});
        QVERIFY(setTiffTag(mixed, 279, 0xFFFFFFF0u)); // StripByteCounts
        QString refusal;
        MixedRasterStreams streams;
        QVERIFY(!MixedRaster::readTiff(mixed, streams, &refusal));
        QCOMPARE(refusal, PageLimits::damaged());
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("page-002.tif"), mixed);
        auto imported = FileImport::importFile(path);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().message, refusedMessage(path, PageLimits::damaged()));

        // A lineart G4 TIFF (the PDF writer embeds its strip as it is).
        QImage mono = typedPage().convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
        QByteArray g4 = FaxG4::encodeTiff(mono, 300);
        FaxG4Strip strip;
        QVERIFY(FaxG4::readStrip(g4, strip));
        QVERIFY(setTiffTag(g4, 279, 0xFFFFFFF0u));
        QVERIFY(!FaxG4::readStrip(g4, strip));
        const QString g4Path = writeFile(dir, QStringLiteral("page-003.tif"), g4);
        auto g4Imported = FileImport::importFile(g4Path);
        QVERIFY(!g4Imported.ok());
        QCOMPARE(g4Imported.error().message, refusedMessage(g4Path, PageLimits::damaged()));
    }

    // Issue 12: a 65-byte JBIG2 file declaring a 100000 x 100000 page (1.25 GB of bits) was decoded as such.
    // Its page information is read and refused before the decoder runs, in either file organisation.
    void jbig2PageOfTenGigapixels()
    {
        const QByteArray file = emptyJbig2Page(100000, 100000, true);
        QCOMPARE(file.size(), 65);
        QString refusal;
        QVERIFY(Jbig2Encoder::decode(file, &refusal).isNull());
        QCOMPARE(refusal, PageLimits::tooLarge(100000, 100000));
        QByteArray stream;
        int w = 0, h = 0;
        QVERIFY(!Jbig2Encoder::embeddedStream(file, stream, w, h)); // nor embedded in a PDF
        refusal.clear();
        QVERIFY(Jbig2Encoder::decode(emptyJbig2Page(100000, 100000, false), &refusal).isNull());
        QCOMPARE(refusal, PageLimits::tooLarge(100000, 100000));

        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("page-004.jb2"), file);
        auto imported = FileImport::importFile(path);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().message, refusedMessage(path, PageLimits::tooLarge(100000, 100000)));

        // The same file with a page of a sensible size decodes (to a blank page).
        const QImage small = Jbig2Encoder::decode(emptyJbig2Page(640, 480, true));
        QCOMPARE(small.size(), QSize(640, 480));
        QCOMPARE(Jbig2Encoder::decode(emptyJbig2Page(64, 48, false)).size(), QSize(64, 48));
    }

    // A striped page of unknown height passes the declared-size check (its width is fine), but its first
    // stripe and a region filling it need 164 MB: the decoder's memory budget refuses it.
    void jbig2StripedPageBeyondTheBudget()
    {
        QByteArray file("\x97JB2\r\n\x1A\n", 8);
        file.append(char(0x01));
        putU32(file, 1);
        const QByteArray info = pageInformation(20000, 0xFFFFFFFFu, 32767);
        putSegment(file, 0, 48, 1, quint32(info.size()));
        file.append(info);
        QByteArray region;
        putU32(region, 20000); // region width, height, x, y
        putU32(region, 32767);
        putU32(region, 0);
        putU32(region, 0);
        region.append(char(0)); // combination operator OR
        region.append(char(0)); // generic region flags: arithmetic, template 0, no TPGDON
        for (const int at : { 3, -1, -3, -1, 2, -2, -2, -2 })
            region.append(char(at));
        region.append(QByteArray(32, '\0'));
        putSegment(file, 1, 38, 1, quint32(region.size())); // immediate generic region
        file.append(region);
        putSegment(file, 2, 49, 1, 0);
        putSegment(file, 3, 51, 0, 0);
        QString refusal;
        const QImage page = Jbig2Encoder::decode(file, &refusal);
        QVERIFY2(page.isNull(), qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
        QCOMPARE(refusal, PageLimits::tooMuchMemory());
    }

    // Images decoded by Qt's plugins: the size is read first. A PNG whose header says 30000 x 30000.
    void pngOfNineHundredMegapixels()
    {
        QImage img(40, 30, QImage::Format_Grayscale8);
        img.fill(200);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(QImageWriter(&buffer, "png").write(img));
        // IHDR: width and height at bytes 16..23, its CRC after the 13 data bytes (29..32).
        qToBigEndian<quint32>(30000, png.data() + 16);
        qToBigEndian<quint32>(30000, png.data() + 20);
        quint32 crc = 0xFFFFFFFFu;
        for (int i = 12; i < 29; ++i) { // over "IHDR" and its data
            crc ^= uchar(png[i]);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        qToBigEndian<quint32>(crc ^ 0xFFFFFFFFu, png.data() + 29);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("photo.png"), png);
        auto imported = FileImport::importFile(path);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().message, refusedMessage(path, PageLimits::tooLarge(30000, 30000)));
    }

    // A PDF page of 5 x 5 metres would render at 300 dpi as 59055 pixels a side: refused before rendering.
    void pdfPageOfFiveMetres()
    {
        const QByteArray pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                               "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                               "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14173 14173] >>\nendobj\n"
                               "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("plan.pdf"), pdf);
        auto imported = FileImport::importFile(path);
        QVERIFY(!imported.ok());
        const qint64 side = std::llround(14173 * 300 / 72.0);
        QCOMPARE(imported.error().message, refusedMessage(path, PageLimits::tooLarge(side, side)));
    }
};

QTEST_MAIN(TestPageLimits)
#include "test_page_limits.moc"
