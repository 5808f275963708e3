// fuzz_make_seeds: writes the seed corpora of the page readers (corpus/mixed_raster, corpus/jbig2,
// corpus/file_import) with the program's own encoders, from small typed pages (tests/support/TextPage at
// 50-75 dpi, so that each seed stays a few kilobytes and the fuzzers run fast). Run once after an encoder
// changes its format:  build-fuzz/tests/fuzz/fuzz_make_seeds tests/fuzz/corpus
#include "scanner/FaxG4.h"
#include "scanner/Jbig2Encoder.h"
#include "scanner/MixedRaster.h"
#include "scanner/PdfWriter.h"
#include "tests/support/TextPage.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace motcua;
using namespace motcua::scanner;

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    const bool ok = !bytes.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    std::fprintf(stderr, "%s: %lld bytes%s\n", qPrintable(path), qlonglong(bytes.size()), ok ? "" : " FAILED");
    return ok;
}

QByteArray encoded(const QImage& image, const char* format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// file_import's first byte picks the suffix (fuzz_file_import.cpp): 0 png, 1 jpg, 2 tif, 3 jb2, 4 pdf.
QByteArray withSuffix(char selector, const QByteArray& file)
{
    return QByteArray(1, selector) + file;
}

QByteArray pdfOf(const QByteArray& jb2, int dpi)
{
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("page.jb2"));
    const QString pdf = dir.filePath(QStringLiteral("page.pdf"));
    QFile file(page);
    if (!file.open(QIODevice::WriteOnly) || file.write(jb2) != jb2.size())
        return {};
    file.close();
    if (!PdfWriter::write(pdf, { { page, dpi } }, QStringLiteral("seed"), QDateTime::fromSecsSinceEpoch(0)).ok())
        return {};
    QFile out(pdf);
    return out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QDir corpus(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("tests/fuzz/corpus"));
    test::TextPage typed { .dpi = 75, .seed = 1 };
    test::TextPage stamped { .dpi = 75, .colour = true, .seal = true, .noise = 6, .seed = 2 };
    test::TextPage strokes { .dpi = 50, .glyphs = test::TextPage::Glyphs::Strokes };
    MixedRaster::Options mrc;
    mrc.backgroundDpi = 25;
    mrc.foregroundDpi = 25;
    const QByteArray gray = MixedRaster::compress(typed.render(), 75, mrc);
    const QByteArray colour = MixedRaster::compress(stamped.render(), 75, mrc);
    const QByteArray g4 = FaxG4::encodeTiff(strokes.renderMono(), 50);
    const QByteArray jb2 = Jbig2Encoder::encodeFile(typed.renderMono(), 75);
    const QByteArray jb2Strokes = Jbig2Encoder::encodeFile(strokes.renderMono(), 50);
    bool ok = write(corpus.filePath(QStringLiteral("mixed_raster/typed-gray.tif")), gray);
    ok &= write(corpus.filePath(QStringLiteral("mixed_raster/stamped-colour.tif")), colour);
    ok &= write(corpus.filePath(QStringLiteral("mixed_raster/g4-strokes.tif")), g4);
    ok &= write(corpus.filePath(QStringLiteral("jbig2/typed.jb2")), jb2);
    ok &= write(corpus.filePath(QStringLiteral("jbig2/strokes.jb2")), jb2Strokes);
    const QImage small = strokes.render().scaledToWidth(160); // plain images: their decoders are Qt's
    const QString fileImport = corpus.filePath(QStringLiteral("file_import/"));
    ok &= write(fileImport + QStringLiteral("strokes-mono.png"), withSuffix(0, encoded(strokes.renderMono(), "PNG")));
    ok &= write(fileImport + QStringLiteral("strokes-gray.jpg"), withSuffix(1, encoded(small, "JPG", 50)));
    ok &= write(fileImport + QStringLiteral("strokes-plain.tif"), withSuffix(2, encoded(small, "TIFF")));
    ok &= write(fileImport + QStringLiteral("typed-mixed.tif"), withSuffix(2, gray));
    ok &= write(fileImport + QStringLiteral("strokes.jb2"), withSuffix(3, jb2Strokes));
    ok &= write(fileImport + QStringLiteral("strokes.pdf"), withSuffix(4, pdfOf(jb2Strokes, 50)));
    return ok ? 0 : 1;
}
