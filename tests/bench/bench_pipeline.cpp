// bench_pipeline: figures for issue 5 (docs/scanning.md "Benchmarks").
//  1. per-page pipeline time at 300 dpi A4, gray and colour, on one core (stage by stage);
//  2. our SANE scan + pipeline + PDF against `scanimage --batch` + `img2pdf` on the same test-backend pages;
//  3. bytes per page of a text page (gray and colour: mixed raster against one JPEG; lineart: JBIG2 against G4)
//     with its barcodes decoding after compression;
//  4. peak memory (VmHWM) over a 100-page colour batch through the two-core pipeline;
//  5. (only when asked: "5") the cost of the barcode reader's variants; 6. one gray JPEG's size by quality.
// Run from a Release build: bench_pipeline [pages-for-timing=10] [batch-pages=100] [section: 1-6 | save]
// `bench_pipeline 1 1 file IMAGE [dpi]` compresses one image both ways and writes IMAGE.mixed.png to look at.
// BENCH_NOISE=n sets the text page's scanner noise to +-n levels (default 3; 0 = none); section "save" writes
// the text pages (gray and colour) as PNG, JPEG, mixed raster with its layers, and lineart JBIG2 to the current
// directory.
#include "core/Clock.h"
#include "scanner/BarcodeReader.h"
#include "scanner/BlankDetector.h"
#include "scanner/DocumentAssembler.h"
#include "scanner/Jbig2Encoder.h"
#include "scanner/MixedRaster.h"
#include "scanner/PageCompressor.h"
#include "scanner/PagePipeline.h"
#include "scanner/SaneBackend.h"
#include "tests/support/TextPage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

using namespace motcua;
using namespace motcua::scanner;

namespace {

constexpr int kW = 2480, kH = 3508; // A4 at 300 dpi

// A typed A4 page at 300 dpi (tests/support/TextPage): 40 lines of 12 pt serif Vietnamese text (about 3,000
// characters), a receipt QR code and Code 128 label, in colour a red seal, and scanner noise of +-3 levels so
// that JPEG sizes are those of a scan rather than of clean pixels.
QImage textPage(int seed, bool colour)
{
    test::TextPage page;
    page.colour = colour;
    page.seal = colour;
    page.paper = colour ? QColor(250, 247, 238) : QColor(250, 250, 250);
    page.ink = QColor(25, 25, 25);
    page.barcodes = true;
    page.noise = qEnvironmentVariableIsSet("BENCH_NOISE") ? qEnvironmentVariableIntValue("BENCH_NOISE") : 3;
    page.seed = seed;
    return page.render();
}

// CPU time of this process plus its reaped children (the barcode helpers), in ms.
double cpuMs()
{
    rusage self {}, children {};
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    auto ms = [](const timeval& t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
    return ms(self.ru_utime) + ms(self.ru_stime) + ms(children.ru_utime) + ms(children.ru_stime);
}

double vmHwmMb()
{
    QFile f("/proc/self/status");
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

struct StageTimes {
    double normalise = 0, blank = 0, barcode = 0, compress = 0, store = 0, total = 0;
};

StageTimes timeOnePage(
    const PageStore& store, const QImage& input, ColorMode mode, const BarcodeReader& reader, qint64* bytes, int* found)
{
    StageTimes t;
    QElapsedTimer all, step;
    all.start();
    step.start();
    const QImage img = PageCompressor::normalise(input, mode);
    t.normalise = step.nsecsElapsed() / 1e6;
    step.restart();
    const BlankAnalysis blank = BlankDetector().analyse(img);
    t.blank = step.nsecsElapsed() / 1e6;
    step.restart();
    auto codes = reader.barcodes(img);
    *found = codes.ok() ? int(codes->size()) : -1;
    t.barcode = step.nsecsElapsed() / 1e6;
    step.restart();
    auto c = PageCompressor().compress(img, mode);
    t.compress = step.nsecsElapsed() / 1e6;
    step.restart();
    auto s = store.put(c->bytes, c->suffix);
    t.store = step.nsecsElapsed() / 1e6;
    t.total = all.nsecsElapsed() / 1e6;
    *bytes = c->bytes.size();
    Q_UNUSED(blank);
    Q_UNUSED(s);
    return t;
}

void perPage(int pages)
{
    QTemporaryDir dir;
    const PageStore store(dir.path());
    const BarcodeReader reader(BarcodeReader::Options { BarcodeReader::documentFormats() });
    for (bool colour : { false, true }) {
        StageTimes sum;
        qint64 bytes = 0;
        int minFound = 99;
        QElapsedTimer pipelineClock;
        double pipelineMs = 0;
        double pipelineCpu = 0;
        for (int i = 0; i < pages; ++i) {
            const QImage page = textPage(100 + i, colour);
            qint64 b = 0;
            int found = 0;
            const StageTimes t
                = timeOnePage(store, page, colour ? ColorMode::Color : ColorMode::Gray, reader, &b, &found);
            sum.normalise += t.normalise;
            sum.blank += t.blank;
            sum.barcode += t.barcode;
            sum.compress += t.compress;
            sum.store += t.store;
            sum.total += t.total;
            bytes += b;
            minFound = std::min(minFound, found);
            // the same page through PagePipeline::process (what production calls), single thread
            PagePipeline one(PageStore(dir.path()), [] {
                PagePipeline::Options o;
                o.threads = 1;
                return o;
            }());
            pipelineClock.start();
            const double cpuBefore = cpuMs();
            auto r = one.process({ i, page, 300, colour ? ColorMode::Color : ColorMode::Gray });
            pipelineMs += pipelineClock.nsecsElapsed() / 1e6;
            pipelineCpu += cpuMs() - cpuBefore;
            if (!r.ok() || r->barcodes.size() != 2)
                std::printf("  !! page %d: pipeline found %d barcodes\n", i, r.ok() ? int(r->barcodes.size()) : -1);
        }
        std::printf("[1] %s A4 300 dpi, one core, %d pages: PagePipeline::process %.1f ms/page wall, %.1f ms/page CPU "
                    "(incl. helper processes) "
                    "(stages: normalise %.1f, blank %.1f, barcodes %.1f, compress %.1f, store %.1f); "
                    "%.0f KB/page; barcodes found per page >= %d of 2\n",
            colour ? "colour" : "gray  ", pages, pipelineMs / pages, pipelineCpu / pages, sum.normalise / pages,
            sum.blank / pages, sum.barcode / pages, sum.compress / pages, sum.store / pages, bytes / 1024.0 / pages,
            minFound);
    }
}

void compareScanimage(int pages)
{
    QTemporaryDir dir;
    const QString sane = qEnvironmentVariable("SANE_CONFIG_DIR");
    // ours: SANE scan (ADF, 300 dpi gray A4, test picture Grid) -> pipeline (2 threads) -> PDF
    QElapsedTimer t;
    t.start();
    PagePipeline pipeline(PageStore(dir.path()), {});
    ScanSettings s;
    s.device = "test:0";
    s.source = ScanSource::Adf;
    s.dpi = 300;
    s.mode = ColorMode::Gray;
    s.maxPages = pages;
    s.extraOptions = { { "test-picture", "Grid" } };
    ScanCallbacks cb;
    cb.page = [&](ScannedPage p) { pipeline.submit(std::move(p)); };
    SaneBackend backend;
    const ScanOutcome outcome = backend.scan(s, cb);
    QList<ProcessedPage> processed;
    for (const auto& r : pipeline.finish())
        if (r.ok())
            processed << r.value();
    auto docs = DocumentAssembler::split(processed, {}, false);
    if (!docs.isEmpty())
        (void)DocumentAssembler::writePdf(docs[0], dir.filePath("ours.pdf"), "bench");
    const double oursMs = t.nsecsElapsed() / 1e6;
    const qint64 oursBytes = QFileInfo(dir.filePath("ours.pdf")).size();

    // reference: scanimage --batch (PNG) + img2pdf, same device, options and page count
    t.restart();
    QProcess scanimage;
    scanimage.setWorkingDirectory(dir.path());
    scanimage.start("scanimage",
        { "-d", "test:0", "--source", "Automatic Document Feeder", "--mode", "Gray", "--resolution", "300", "-x", "210",
            "-y", "297", "--test-picture", "Grid", "--format=png", "--batch=ref-%03d.png",
            QString("--batch-count=%1").arg(pages) });
    scanimage.waitForFinished(600000);
    const double scanMs = t.nsecsElapsed() / 1e6;
    QStringList pngs = QDir(dir.path()).entryList({ "ref-*.png" }, QDir::Files, QDir::Name);
    QProcess img2pdf;
    img2pdf.setWorkingDirectory(dir.path());
    img2pdf.start("img2pdf", pngs + QStringList { "-o", "ref.pdf" });
    img2pdf.waitForFinished(600000);
    const double refMs = t.nsecsElapsed() / 1e6;
    const qint64 refBytes = QFileInfo(dir.filePath("ref.pdf")).size();
    std::printf("[2] %d gray A4 300 dpi pages from SANE test:0 (SANE_CONFIG_DIR=%s): ours (scan + blank + barcodes + "
                "compression + SHA-256 store + PDF, 2 threads) %.0f ms, PDF %.0f KB, status %s; scanimage --batch PNG "
                "%.0f ms + "
                "img2pdf %.0f ms = %.0f ms, PDF %.0f KB, %d PNGs; time ratio ours/reference = %.2f\n",
        pages, qPrintable(sane), oursMs, oursBytes / 1024.0, qPrintable(scanStateCode(outcome.state)), scanMs,
        refMs - scanMs, refMs, refBytes / 1024.0, int(pngs.size()), oursMs / refMs);
}

// Dust on the glass or fibres in the paper: `count` black specks of 1 x 1 to 2 x 2 pixels on the paper.
QImage dusty(QImage page, int count)
{
    QRandomGenerator rng { 4242u };
    for (int i = 0; i < count; ++i) {
        const int x = int(rng.bounded(kW - 2)), y = int(rng.bounded(kH - 2)), s = 1 + int(rng.bounded(2));
        for (int dy = 0; dy < s; ++dy)
            for (int dx = 0; dx < s; ++dx)
                page.scanLine(y + dy)[x + dx] = 40;
    }
    return page;
}

void bytesPerPage()
{
    QTemporaryDir dir;
    const QImage page = textPage(7, false);
    const BarcodeReader reader(BarcodeReader::Options { BarcodeReader::documentFormats() });
    auto report = [&](const char* what, const QImage& input, ColorMode mode, PageCompressor::Options options,
                      const char* target) {
        QElapsedTimer t;
        t.start();
        auto c = PageCompressor(options).compress(input, mode);
        const double ms = t.nsecsElapsed() / 1e6;
        // What the page looks like after compression: mixed raster composed, anything else decoded by Qt.
        QImage decoded
            = c->suffix == QLatin1String("jb2") ? Jbig2Encoder::decode(c->bytes) : MixedRaster::render(c->bytes);
        if (decoded.isNull())
            decoded = QImage::fromData(c->bytes);
        auto codes = reader.barcodes(decoded);
        QStringList texts;
        for (const auto& b : codes.value())
            texts << b.format + "=" + b.text;
        MixedRasterStreams layers;
        const QString split = MixedRaster::readTiff(c->bytes, layers)
            ? QStringLiteral(" (mask %1 KB, background %2 KB, foreground %3 KB)")
                  .arg(layers.mask.data.size() / 1024.0, 0, 'f', 1)
                  .arg(layers.background.size() / 1024.0, 0, 'f', 1)
                  .arg(layers.foreground.size() / 1024.0, 0, 'f', 1)
            : QString();
        std::printf("[3] %s: %.1f KB%s (target %s), compressed in %.0f ms; barcodes after compression: %s\n", what,
            c->bytes.size() / 1024.0, qPrintable(split), target, ms, qPrintable(texts.join("; ")));
    };
    report("text page 300 dpi gray, mixed raster (G4 mask, JPEG layers)", page, ColorMode::Gray, {}, "< 200 KB");
    PageCompressor::Options jpegOnly;
    jpegOnly.mixedRaster = false;
    report("text page 300 dpi gray, one JPEG q70", page, ColorMode::Gray, jpegOnly, "< 200 KB");
    const QImage colourPage = textPage(7, true);
    report("text page 300 dpi colour (red seal), mixed raster", colourPage, ColorMode::Color, {}, "none");
    report("text page 300 dpi colour (red seal), one JPEG q75", colourPage, ColorMode::Color, jpegOnly, "none");
    report("text page 300 dpi lineart, lossless JBIG2", page, ColorMode::Lineart, {}, "< 80 KB");
    PageCompressor::Options g4Only;
    g4Only.jbig2 = false;
    report("text page 300 dpi lineart, CCITT G4 TIFF", page, ColorMode::Lineart, g4Only, "< 80 KB");
    // What despeckling is for: the same page with 2,000 specks of dust (1-2 px) on the paper.
    const QImage dust = dusty(page, 2000);
    PageCompressor::Options keep;
    keep.speckSize = 0;
    report("text page + 2000 specks, lineart JBIG2, despeckle off", dust, ColorMode::Lineart, keep, "< 80 KB");
    report("text page + 2000 specks, lineart JBIG2, despeckle on", dust, ColorMode::Lineart, {}, "< 80 KB");
}

void peakMemory(int pages)
{
    QTemporaryDir dir;
    const double before = vmHwmMb();
    QElapsedTimer t;
    t.start();
    PagePipeline pipeline(PageStore(dir.path()), {}); // two threads, 4 pages queued at most
    for (int i = 0; i < pages; ++i)
        pipeline.submit({ i, textPage(1000 + i % 10, true), 300, ColorMode::Color }); // 26 MB each uncompressed
    const auto results = pipeline.finish();
    int ok = 0;
    qint64 bytes = 0;
    for (const auto& r : results)
        if (r.ok()) {
            ++ok;
            bytes += r->bytes;
        }
    std::printf("[4] %d colour A4 300 dpi pages (%.0f MB uncompressed) through the 2-thread pipeline in %.1f s: "
                "VmHWM %.0f MB (before the batch %.0f MB); %d stored, %.1f MB on disk\n",
        pages, pages * double(kW) * kH * 3 / 1048576.0, t.elapsed() / 1000.0, vmHwmMb(), before, ok, bytes / 1048576.0);
}

// Barcode reading variants on one page with codes and one without (what the defaults cost).
void barcodeVariants()
{
    const QImage with = textPage(3, false);
    QImage without = with.copy();
    QPainter(&without).fillRect(0, 0, kW, 400, QColor(250, 250, 250)); // remove the codes (top band)
    struct Variant {
        const char* name;
        BarcodeReader::Options options;
    };
    auto make = [](bool harder, bool rotate, BarcodeReader::Isolation iso, bool downscale) {
        BarcodeReader::Options o { BarcodeReader::documentFormats() };
        o.tryHarder = harder;
        o.tryRotate = rotate;
        o.isolation = iso;
        o.downscalePass = downscale;
        return o;
    };
    const QList<Variant> variants = {
        { "default (helper, safe pass + downscale pass if none)",
            make(true, true, BarcodeReader::Isolation::Subprocess, true) },
        { "helper, safe pass only", make(true, true, BarcodeReader::Isolation::Subprocess, false) },
        { "in-process safe pass only", make(true, true, BarcodeReader::Isolation::InProcess, false) },
        { "in-process, no tryHarder", make(false, true, BarcodeReader::Isolation::InProcess, false) },
        { "in-process, no tryHarder/tryRotate", make(false, false, BarcodeReader::Isolation::InProcess, false) },
    };
    for (const auto& v : variants) {
        const BarcodeReader reader(v.options);
        for (int k = 0; k < 2; ++k) {
            const QImage& img = k == 0 ? with : without;
            QElapsedTimer t;
            t.start();
            int n = 0;
            for (int i = 0; i < 3; ++i)
                n = int(reader.barcodes(img)->size());
            std::printf("[5] barcodes %-52s %-14s %.1f ms/page (%d found)\n", v.name,
                k == 0 ? "with codes:" : "without codes:", t.nsecsElapsed() / 3e6, n);
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the text pages
    Clock::setCurrent(std::make_shared<FixedClock>(Clock::local(QDate(2027, 3, 1), QTime(9, 30))));
    const int timingPages = argc > 1 ? std::atoi(argv[1]) : 10;
    const int batchPages = argc > 2 ? std::atoi(argv[2]) : 100;
    const QString only = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    if (qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR"))
        qputenv("SANE_CONFIG_DIR", MOTCUA_SOURCE_DIR "/resources/sane");
    double load[3] = { 0, 0, 0 };
    getloadavg(load, 3);
    std::printf("bench_pipeline: %d cores, load average %.1f (wall times grow with other work on the machine; "
                "CPU times do not)\n",
        QThread::idealThreadCount(), load[0]);
    if (only.isEmpty() || only == "1")
        perPage(timingPages);
    if (only.isEmpty() || only == "2")
        compareScanimage(timingPages);
    if (only.isEmpty() || only == "3")
        bytesPerPage();
    if (only == "5")
        barcodeVariants();
    if (only.isEmpty() || only == "6") { // JPEG quality sweep on the text page
        const QImage page = textPage(7, false);
        for (int q : { 40, 50, 60, 70, 75 })
            for (int tol : { -1, 28 }) {
                PageCompressor::Options o;
                o.mixedRaster = false; // one JPEG: what quality does
                o.grayQuality = q;
                o.paperTolerance = tol;
                auto c = PageCompressor(o).compress(page, ColorMode::Gray);
                std::printf(
                    "[6] gray q%d paper cleaning %s: %.1f KB\n", q, tol < 0 ? "off" : "on", c->bytes.size() / 1024.0);
            }
    }
    if (only == "file" && argc > 4) { // any image: bench_pipeline 1 1 file IMAGE [dpi=300] -> IMAGE.mixed.png
        const QString path = QString::fromLocal8Bit(argv[4]);
        const int dpi = argc > 5 ? std::atoi(argv[5]) : 300;
        const QImage image(path);
        const bool colour = !image.isGrayscale();
        const QImage page = PageCompressor::normalise(image, colour ? ColorMode::Color : ColorMode::Gray);
        PageCompressor::Options jpegOnly;
        jpegOnly.mixedRaster = false;
        auto jpeg = PageCompressor(jpegOnly).compress(page, colour ? ColorMode::Color : ColorMode::Gray, -1, dpi);
        auto mixed = PageCompressor().compress(page, colour ? ColorMode::Color : ColorMode::Gray, -1, dpi);
        MixedRasterStreams layers;
        if (!jpeg.ok() || !mixed.ok() || !MixedRaster::readTiff(mixed->bytes, layers)) {
            const double photos = MixedRaster::split(page, dpi, {}).photoFraction;
            std::printf("[file] %s: photo regions %.0f %% of the page: stored as one JPEG, %.1f KB\n", qPrintable(path),
                photos * 100, mixed.ok() ? mixed->bytes.size() / 1024.0 : -1.0);
            return 0;
        }
        MixedRaster::render(mixed->bytes).save(path + ".mixed.png");
        std::printf("[file] %s %dx%d %s at %d dpi: one JPEG %.1f KB, mixed raster %.1f KB (mask %.1f, background "
                    "%.1f, foreground %.1f) -> %s.mixed.png\n",
            qPrintable(path), page.width(), page.height(), colour ? "colour" : "gray", dpi, jpeg->bytes.size() / 1024.0,
            mixed->bytes.size() / 1024.0, layers.mask.data.size() / 1024.0, layers.background.size() / 1024.0,
            layers.foreground.size() / 1024.0, qPrintable(path));
    }
    if (only == "save") { // the synthetic text pages and their compressed forms, to look at
        auto write = [](const QString& name, const QByteArray& bytes) {
            QFile f(name);
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
        };
        for (bool colour : { false, true }) {
            const QImage page = textPage(7, colour);
            const QString stem = colour ? QStringLiteral("colour-page") : QStringLiteral("text-page");
            page.save(stem + ".png");
            PageCompressor::Options jpegOnly;
            jpegOnly.mixedRaster = false;
            const ColorMode mode = colour ? ColorMode::Color : ColorMode::Gray;
            write(stem + ".jpg", PageCompressor(jpegOnly).compress(page, mode)->bytes);
            const QByteArray mixed = PageCompressor().compress(page, mode)->bytes;
            write(stem + "-mixed.tif", mixed);
            MixedRasterStreams layers;
            if (MixedRaster::readTiff(mixed, layers)) {
                write(stem + "-background.jpg", layers.background);
                write(stem + "-foreground.jpg", layers.foreground);
                MixedRaster::render(mixed).save(stem + "-mixed.png");
            }
        }
        write(QStringLiteral("text-page-lineart.jb2"),
            PageCompressor().compress(textPage(7, false), ColorMode::Lineart)->bytes);
    }
    if (only.isEmpty() || only == "4")
        peakMemory(batchPages); // last: VmHWM is the process's high-water mark
    return 0;
}
