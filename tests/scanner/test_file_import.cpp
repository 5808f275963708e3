// FileImport: JPEG, PNG, multi-page TIFF and PDF files become pages with resolution and colour mode.
#include "scanner/FileImport.h"
#include "scanner/Jbig2Encoder.h"
#include "scanner/PageLimits.h"
#include "scanner/PagePipeline.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

// AddressSanitizer reserves terabytes of address space, so an address-space limit cannot be tested under it.
#if defined(__SANITIZE_ADDRESS__)
#define MOTCUA_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MOTCUA_TEST_ASAN 1
#endif
#endif

using namespace motcua::scanner;

namespace {

// A minimal little-endian multi-page TIFF: uncompressed 8-bit gray, one strip per page, `dpi` recorded.
QByteArray tiffBytes(const QList<QImage>& pages, int dpi)
{
    QByteArray out("II*\0\0\0\0\0", 8);
    auto u16 = [](QByteArray& b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    auto u32 = [](QByteArray& b, quint32 v) {
        for (int i = 0; i < 4; ++i)
            b.append(char((v >> (8 * i)) & 0xFF));
    };
    qsizetype previousNextPointer = 4; // where the offset of the next IFD goes
    for (const QImage& src : pages) {
        const QImage img = src.convertToFormat(QImage::Format_Grayscale8);
        const quint32 dataOffset = quint32(out.size());
        for (int y = 0; y < img.height(); ++y)
            out.append(reinterpret_cast<const char*>(img.constScanLine(y)), img.width());
        const quint32 resOffset = quint32(out.size());
        u32(out, quint32(dpi));
        u32(out, 1);
        const quint32 ifdOffset = quint32(out.size());
        qToLittleEndian<quint32>(ifdOffset, out.data() + previousNextPointer);
        struct Entry {
            quint16 tag, type;
            quint32 value;
        };
        const QList<Entry> entries = { { 256, 4, quint32(img.width()) }, { 257, 4, quint32(img.height()) },
            { 258, 3, 8 }, { 259, 3, 1 }, { 262, 3, 1 }, { 273, 4, dataOffset }, { 277, 3, 1 },
            { 278, 4, quint32(img.height()) }, { 279, 4, quint32(img.width() * img.height()) }, { 282, 5, resOffset },
            { 283, 5, resOffset }, { 296, 3, 2 } };
        u16(out, quint16(entries.size()));
        for (const Entry& e : entries) {
            u16(out, e.tag);
            u16(out, e.type);
            u32(out, 1);
            if (e.type == 3) {
                u16(out, quint16(e.value));
                u16(out, 0);
            } else {
                u32(out, e.value);
            }
        }
        previousNextPointer = out.size();
        u32(out, 0);
    }
    return out;
}

// Sets a tag of directory `page` of a little-endian TIFF to one LONG value, as a damaged file would have it.
bool setTiffTag(QByteArray& tiff, int page, quint16 tag, quint32 value)
{
    quint32 ifd = qFromLittleEndian<quint32>(tiff.constData() + 4);
    for (int i = 0; i < page && ifd; ++i)
        ifd = qFromLittleEndian<quint32>(
            tiff.constData() + ifd + 2 + 12 * qFromLittleEndian<quint16>(tiff.constData() + ifd));
    if (!ifd)
        return false;
    const quint16 count = qFromLittleEndian<quint16>(tiff.constData() + ifd);
    for (quint16 i = 0; i < count; ++i) {
        char* entry = tiff.data() + ifd + 2 + 12 * i;
        if (qFromLittleEndian<quint16>(entry) != tag)
            continue;
        qToLittleEndian<quint16>(4, entry + 2);
        qToLittleEndian<quint32>(1, entry + 4);
        qToLittleEndian<quint32>(value, entry + 8);
        return true;
    }
    return false;
}

// The process's address space in bytes (VmSize), 0 when unknown.
qint64 addressSpace()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmSize:"))
            return line.mid(7).trimmed().split(' ').first().toLongLong() * 1024;
    return 0;
}

QImage grayPage(int w, int h, int mark)
{
    QImage img(w, h, QImage::Format_Grayscale8);
    img.fill(255);
    QPainter(&img).fillRect(10 + mark * 5, 10, 20, 20, Qt::black);
    return img;
}

} // namespace

class TestFileImport : public QObject
{
    Q_OBJECT
private slots:
    void tiffPluginInstalled() { QVERIFY2(FileImport::tiffSupported(), "install qt6-image-formats-plugins"); }

    void jpegAndPng()
    {
        QTemporaryDir dir;
        QImage color(400, 300, QImage::Format_RGB32);
        color.fill(QColor(200, 30, 30));
        color.setDotsPerMeterX(11811); // 300 dpi
        color.setDotsPerMeterY(11811);
        QVERIFY(color.save(dir.filePath("photo.jpg"), "JPEG", 90));
        auto pages = FileImport::importFile(dir.filePath("photo.jpg"));
        QVERIFY(pages.ok());
        QCOMPARE(pages->size(), 1);
        QCOMPARE(pages->first().mode, ColorMode::Color);
        QCOMPARE(pages->first().image.format(), QImage::Format_RGB888);
        QCOMPARE(pages->first().dpi, 300);

        QImage gray = grayPage(300, 200, 0);
        QVERIFY(gray.save(dir.filePath("scan.png")));
        pages = FileImport::importFile(dir.filePath("scan.png"));
        QVERIFY(pages.ok());
        QCOMPARE(pages->first().mode, ColorMode::Gray);
        QCOMPARE(pages->first().image.size(), QSize(300, 200));

        QImage mono = gray.convertToFormat(QImage::Format_Mono);
        QVERIFY(mono.save(dir.filePath("bw.png")));
        pages = FileImport::importFile(dir.filePath("bw.png"));
        QVERIFY(pages.ok());
        QCOMPARE(pages->first().mode, ColorMode::Lineart);
        QCOMPARE(pages->first().image.pixel(15, 15), qRgb(0, 0, 0));
    }

    void multiPageTiff()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("fax.tif"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tiffBytes({ grayPage(320, 240, 0), grayPage(320, 240, 1), grayPage(320, 240, 2) }, 200));
        f.close();
        QList<int> indexes;
        auto count = FileImport::importFile(
            f.fileName(),
            [&](ScannedPage p) {
                indexes << p.index;
                QCOMPARE(p.dpi, 200);
                QCOMPARE(p.image.size(), QSize(320, 240));
                QCOMPARE(p.mode, ColorMode::Gray);
                // each page has its own mark
                QCOMPARE(qGray(p.image.pixel(15 + (p.index - 5) * 5 + 2, 15)), 0);
            },
            5);
        QVERIFY2(count.ok(), count.ok() ? "" : qPrintable(count.error().message));
        QCOMPARE(count.value(), 3);
        QCOMPARE(indexes, (QList<int> { 5, 6, 7 }));
    }

    void pdfPagesRendered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("brought.pdf");
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A5));
            writer.setResolution(72);
            QPainter p(&writer);
            p.fillRect(QRect(20, 20, 100, 100), Qt::black);
            writer.newPage();
            p.fillRect(QRect(200, 20, 100, 100), Qt::blue);
        }
        FileImport::Options o = FileImport::defaults();
        o.pdfDpi = 100;
        auto pages = FileImport::importFile(path, o);
        QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().message));
        QCOMPARE(pages->size(), 2);
        // A5 = 148 x 210 mm = 419.5 x 595.3 pt -> at 100 dpi 583 x 827 px
        QVERIFY(qAbs(pages->at(0).image.width() - 583) <= 2);
        QVERIFY(qAbs(pages->at(0).image.height() - 827) <= 2);
        QCOMPARE(pages->at(0).dpi, 100);
        QCOMPARE(pages->at(0).mode, ColorMode::Gray);
        QCOMPARE(pages->at(1).mode, ColorMode::Color);
        QVERIFY(qGray(pages->at(0).image.pixel(90, 90)) < 50);
        QVERIFY(qGray(pages->at(0).image.pixel(500, 700)) > 200);
        // and through the pipeline
        PagePipeline pipeline(PageStore(dir.path()), {});
        auto processed = pipeline.process(pages->at(1));
        QVERIFY(processed.ok());
        QVERIFY(!processed->blank);
    }

    // The program's own page files (motcua scan --out, the page store) import as the page they show: a
    // mixed-raster TIFF composed (colour kept, not just its mask), a JBIG2 lineart page decoded; both with
    // their resolution.
    void ownPageFiles()
    {
        QTemporaryDir dir;
        QImage page(1240, 1754, QImage::Format_RGB888);
        page.fill(Qt::white);
        QPainter p(&page);
        p.fillRect(100, 100, 300, 40, Qt::black);
        p.fillRect(600, 600, 200, 200, QColor(200, 30, 30));
        p.end();
        auto write = [&dir](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        const QString mixed = write("page-001.tif", PageCompressor().compress(page, ColorMode::Color, -1, 200)->bytes);
        auto colour = FileImport::importFile(mixed);
        QVERIFY(colour.ok());
        QCOMPARE(colour->size(), 1);
        QCOMPARE(colour->first().dpi, 200);
        QCOMPARE(colour->first().image.size(), page.size());
        const QColor seal = colour->first().image.pixelColor(700, 700);
        QVERIFY2(seal.red() > 150 && seal.green() < 80, qPrintable(seal.name()));
        QVERIFY(qGray(colour->first().image.pixel(200, 120)) < 40);
        const QString lineart
            = write("page-002.jb2", PageCompressor().compress(page, ColorMode::Lineart, -1, 300)->bytes);
        auto mono = FileImport::importFile(lineart);
        QVERIFY(mono.ok());
        QCOMPARE(mono->size(), 1);
        QCOMPARE(mono->first().dpi, 300);
        QCOMPARE(qGray(mono->first().image.pixel(200, 120)), 0);
        QCOMPARE(qGray(mono->first().image.pixel(50, 50)), 255);
        QVERIFY(!FileImport::importFile(write("bad.jb2", "\x97JB2\r\n\x1A\nbroken")).ok());
    }

    // A small page file is read into a buffer of its own size. Reading a .jb2 or .tif reserved 256 MB before
    // reading it (QIODevice::read(n) allocates n bytes first), which fails where the address space is
    // limited and made every import 5 times slower under AddressSanitizer (found by fuzz_file_import).
    void ownPageFileReadWithoutReservingMore()
    {
#ifdef MOTCUA_TEST_ASAN
        QSKIP("an address-space limit cannot be set under AddressSanitizer");
#endif
        QTemporaryDir dir;
        QImage page(800, 600, QImage::Format_Mono);
        page.fill(0);
        const QString path = dir.filePath(QStringLiteral("small.jb2"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Jbig2Encoder::encodeFile(page, 300));
        file.close();
        const qint64 used = addressSpace();
        QVERIFY(used > 0);
        const pid_t child = fork();
        if (child == 0) {
            // 128 MB more than now: room for decoding the page, not for a 256 MB reservation.
            const rlimit limit { rlim_t(used + 128LL * 1024 * 1024), rlim_t(used + 128LL * 1024 * 1024) };
            setrlimit(RLIMIT_AS, &limit);
            try {
                const auto pages = FileImport::importFile(path);
                _exit(pages.ok() && pages->size() == 1 ? 0 : 1);
            } catch (...) { // std::bad_alloc: never back into the test runner in the child
                _exit(2);
            }
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the import failed under the limit");
    }

    // A multi-page TIFF whose second page is damaged or huge is refused, with the file named, before Qt's
    // plugin decodes any page (tests/scanner/test_page_limits has the first-page cases).
    void damagedLaterTiffPage()
    {
        QTemporaryDir dir;
        const QByteArray good = tiffBytes({ grayPage(120, 90, 0), grayPage(120, 90, 1) }, 200);
        auto write = [&dir](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        QCOMPARE(FileImport::importFile(write("good.tif", good))->size(), 2);
        // libtiff repairs the strip size of an uncompressed single-strip page from the page's size: with the
        // repair, page 2 reads as it should.
        QByteArray repaired = good;
        QVERIFY(setTiffTag(repaired, 1, 279, 0xFFFFFFF0u)); // StripByteCounts of page 2
        auto pages = FileImport::importFile(write("repaired.tif", repaired));
        QVERIFY(pages.ok());
        QCOMPARE(pages->size(), 2);
        QCOMPARE(qGray(pages->at(1).image.pixel(20, 12)), 0);
        // A compressed page (PackBits) has no size to repair it from: refused.
        QByteArray strip = repaired;
        QVERIFY(setTiffTag(strip, 1, 259, 32773)); // Compression of page 2
        const QString stripPath = write("strip.tif", strip);
        auto damaged = FileImport::importFile(stripPath);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().message,
            ScanText::tr("%1 could not be read: %2. Ask for another copy.").arg(stripPath, PageLimits::damaged()));
        QByteArray tall = good;
        QVERIFY(setTiffTag(tall, 1, 257, 100000000)); // ImageLength of page 2
        QVERIFY(setTiffTag(tall, 1, 278, 100000000)); // RowsPerStrip
        const QString tallPath = write("tall.tif", tall);
        auto huge = FileImport::importFile(tallPath);
        QVERIFY(!huge.ok());
        QCOMPARE(huge.error().message,
            ScanText::tr("%1 could not be read: %2. Ask for another copy.")
                .arg(tallPath, PageLimits::tooLarge(120, 100000000)));
    }

    void unreadableFiles()
    {
        QTemporaryDir dir;
        auto missing = FileImport::importFile(dir.filePath("nope.png"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, QStringLiteral("file"));
        QFile junk(dir.filePath("junk.jpg"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not an image");
        junk.close();
        QVERIFY(!FileImport::importFile(junk.fileName()).ok());
        QFile badPdf(dir.filePath("bad.pdf"));
        QVERIFY(badPdf.open(QIODevice::WriteOnly));
        badPdf.write("%PDF-1.4 broken");
        badPdf.close();
        QVERIFY(!FileImport::importFile(badPdf.fileName()).ok());
    }
};

QTEST_MAIN(TestFileImport)
#include "test_file_import.moc"
