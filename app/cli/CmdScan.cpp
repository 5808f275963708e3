// `motcua scan`: scan pages from a SANE device through the page pipeline into a folder. Pages scanned
// before a device error are kept and listed; a device error exits 3.
#include "app/cli/Command.h"

#include "scanner/DocumentAssembler.h"
#include "scanner/PagePipeline.h"
#include "scanner/SaneBackend.h"
#include "scanner/ScannerSettings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace motcua::cli {
namespace {

using namespace motcua::scanner;

// Ctrl-C during a scan cancels it at the next chunk; the pages already scanned are still listed.
std::atomic_bool g_cancelScan { false };
extern "C" void cancelScanOnSignal(int)
{
    g_cancelScan.store(true);
}

// What `motcua scan` was asked to do: the scan settings (the command line over the site's defaults) and
// where the pages go.
struct ScanRequest {
    ScanSettings settings;
    QString out;
    bool noPdf = false;
};

Error usageError(const char* text)
{
    return Error::usage(QCoreApplication::translate("cli", text));
}

// --source and --mode: names from a fixed list.
std::optional<Error> applyChoices(
    ScanSettings& settings, const std::optional<QString>& source, const std::optional<QString>& mode)
{
    if (source) {
        const auto s = scanSourceFromName(*source);
        if (!s)
            return usageError(QT_TRANSLATE_NOOP("cli", "--source must be flatbed, adf or duplex."));
        settings.source = *s;
    }
    if (mode) {
        const auto m = colorModeFromName(*mode);
        if (!m)
            return usageError(QT_TRANSLATE_NOOP("cli", "--mode must be color, gray or lineart."));
        settings.mode = *m;
    }
    return std::nullopt;
}

// --resolution, --pages, --page-size and the device's own --option NAME=VALUE.
std::optional<Error> applySizes(ScanSettings& settings, const std::optional<QString>& resolution,
    const std::optional<QString>& pages, const std::optional<QString>& pageSize, const QStringList& rawOptions)
{
    if (resolution) {
        bool ok = false;
        settings.dpi = resolution->toInt(&ok);
        if (!ok || settings.dpi < 50 || settings.dpi > 1200)
            return usageError(
                QT_TRANSLATE_NOOP("cli", "--resolution must be a number of dots per inch from 50 to 1200."));
    }
    if (pages) {
        bool ok = false;
        settings.maxPages = pages->toInt(&ok);
        if (!ok || settings.maxPages < 1)
            return usageError(QT_TRANSLATE_NOOP("cli", "--pages must be a whole number of pages, at least 1."));
    }
    if (pageSize) {
        const auto p = pageSizeFromName(*pageSize);
        if (!p || *p == PageSize::Custom)
            return usageError(QT_TRANSLATE_NOOP("cli", "--page-size must be a4, a5, letter or max."));
        settings.pageSize = *p;
    }
    for (const QString& option : rawOptions) {
        const int eq = option.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(QT_TRANSLATE_NOOP("cli", "--option takes NAME=VALUE (a SANE option of the device)."));
        settings.extraOptions.insert(option.left(eq), option.mid(eq + 1));
    }
    return std::nullopt;
}

Result<ScanRequest> parseScanRequest(CliArgs& args, const ScannerSettings& site)
{
    ScanRequest request;
    ScanSettings& settings = request.settings;
    settings.device = args.takeOption(QStringLiteral("--device")).value_or(site.defaultDevice);
    settings.dpi = site.resolution;
    const auto source = args.takeOption(QStringLiteral("--source"));
    const auto resolution = args.takeOption(QStringLiteral("--resolution"));
    const auto mode = args.takeOption(QStringLiteral("--mode"));
    const auto pages = args.takeOption(QStringLiteral("--pages"));
    const auto pageSize = args.takeOption(QStringLiteral("--page-size"));
    const auto out = args.takeOption(QStringLiteral("--out"));
    const QStringList rawOptions = args.takeOptionList(QStringLiteral("--option"));
    request.noPdf = args.takeFlag(QStringLiteral("--no-pdf"));
    if (auto done = args.checkDone(); !done)
        return done.error();
    if (settings.device.isEmpty())
        return usageError(QT_TRANSLATE_NOOP("cli", "Name the scanner with --device (see \"motcua devices\")."));
    if (!out)
        return usageError(QT_TRANSLATE_NOOP("cli", "Name the folder for the scanned pages with --out DIR."));
    request.out = *out;
    if (auto error = applyChoices(settings, source, mode))
        return *error;
    if (auto error = applySizes(settings, resolution, pages, pageSize, rawOptions))
        return *error;
    return request;
}

// Pages go through the pipeline as they arrive (both cores); the content-addressed copies live in the data
// dir.
PagePipeline::Options pipelineOptionsFor(const ScannerSettings& site)
{
    PagePipeline::Options options;
    options.blank.maxInkRatio = site.blankMaxInkRatio;
    options.compression.colorQuality = site.jpegQualityColor;
    options.compression.grayQuality = site.jpegQualityGray;
    options.compression.mixedRaster = site.mixedRaster;
    options.compression.jbig2 = site.jbig2;
    return options;
}

// Scans with SANE, handing each page to the pipeline; Ctrl-C cancels.
ScanOutcome scanIntoPipeline(CliContext& ctx, const ScanSettings& settings, PagePipeline& pipeline)
{
    ScanCallbacks callbacks;
    callbacks.page = [&](ScannedPage page) {
        ctx.message(QCoreApplication::translate("cli", "Page %1 scanned.").arg(page.index + 1));
        pipeline.submit(std::move(page));
    };
    callbacks.cancel = &g_cancelScan;
    struct sigaction onInterrupt {
    }, previous {};
    onInterrupt.sa_handler = cancelScanOnSignal;
    sigemptyset(&onInterrupt.sa_mask);
    // No SA_RESTART: Ctrl-C also interrupts the blocking read from the device (EINTR), so the scan stops at
    // once; SaneBackend reports a call that fails after the cancel as Cancelled, not as a device error.
    sigaction(SIGINT, &onInterrupt, &previous);
    SaneBackend backend;
    const ScanOutcome outcome = backend.scan(settings, callbacks);
    sigaction(SIGINT, &previous, nullptr);
    return outcome;
}

// Copies the stored pages to DIR/page-NNN.<suffix> and lists them; `processed` gets the pages copied.
QJsonArray copyPages(const QList<Result<ProcessedPage>>& results, const QDir& outDir, QList<ProcessedPage>& processed,
    std::optional<Error>& storageError)
{
    QJsonArray pageArray;
    for (const auto& r : results) {
        if (!r.ok()) {
            storageError = r.error();
            continue;
        }
        const ProcessedPage& p = r.value();
        const QString file = outDir.absoluteFilePath(
            QStringLiteral("page-%1.%2").arg(p.index + 1, 3, 10, QLatin1Char('0')).arg(QFileInfo(p.path).suffix()));
        // A copy, not a link: a page edited or moved in DIR must never change or break the stored page.
        QFile::remove(file);
        if (!QFile::copy(p.path, file)) {
            storageError = Error::environment(
                QStringLiteral("out"), QCoreApplication::translate("cli", "Cannot write %1.").arg(file));
            continue;
        }
        QJsonArray barcodes;
        for (const auto& b : p.barcodes)
            barcodes.append(QJsonObject { { QStringLiteral("format"), b.format }, { QStringLiteral("text"), b.text } });
        pageArray.append(QJsonObject { { QStringLiteral("file"), file }, { QStringLiteral("sha256"), p.sha256 },
            { QStringLiteral("width"), p.width }, { QStringLiteral("height"), p.height },
            { QStringLiteral("dpi"), p.dpi }, { QStringLiteral("bytes"), p.bytes },
            { QStringLiteral("blank"), p.blank }, { QStringLiteral("barcodes"), barcodes } });
        processed.append(p);
    }
    return pageArray;
}

// One DIR/document-N.pdf per document (separator sheets split the batch).
QJsonArray writeDocuments(const QList<ProcessedPage>& processed, const ScannerSettings& site, const QDir& outDir,
    std::optional<Error>& storageError)
{
    QJsonArray documentArray;
    auto documents = DocumentAssembler::split(processed, site.separatorBarcode, site.dropBlankPages);
    for (int i = 0; i < documents.size(); ++i) {
        const QString pdf = outDir.absoluteFilePath(QStringLiteral("document-%1.pdf").arg(i + 1));
        if (auto st = DocumentAssembler::writePdf(documents[i], pdf, QFileInfo(pdf).completeBaseName()); !st) {
            storageError = st.error();
            continue;
        }
        QJsonArray indexes;
        for (const auto& p : documents[i].pages)
            indexes.append(p.index + 1);
        documentArray.append(QJsonObject { { QStringLiteral("file"), pdf }, { QStringLiteral("pages"), indexes } });
    }
    return documentArray;
}

// A device error exits 3, a refused setting or a cancel 1; then a storage error by its kind.
int scanExitCode(const CliContext& ctx, const ScanOutcome& outcome, const std::optional<Error>& storageError)
{
    if (outcome.state != ScanState::Ok) {
        ctx.message(outcome.message);
        if (outcome.state == ScanState::Cancelled)
            return ExitRejected;
        return outcome.state == ScanState::InvalidSettings || outcome.state == ScanState::Unsupported ? ExitRejected
                                                                                                      : ExitEnvironment;
    }
    if (storageError) {
        ctx.message(storageError->message);
        return exitCodeFor(storageError->kind);
    }
    return ExitOk;
}

int runScan(CliContext& ctx)
{
    auto settingsResult = ScannerSettings::fromSite(ctx.site);
    if (!settingsResult.ok())
        return ctx.fail(settingsResult.error());
    const ScannerSettings site = settingsResult.value();
    auto request = parseScanRequest(ctx.args, site);
    if (!request.ok())
        return ctx.fail(request.error());
    const ScanSettings& settings = request->settings;
    QDir outDir(request->out);
    if (!outDir.mkpath(QStringLiteral(".")))
        return ctx.fail(Error::environment(QStringLiteral("out"),
            QCoreApplication::translate("cli", "Cannot create the folder %1. Choose a writable folder.")
                .arg(request->out)));

    PagePipeline pipeline(PageStore(ctx.dataDir), pipelineOptionsFor(site));
    const ScanOutcome outcome = scanIntoPipeline(ctx, settings, pipeline);
    const auto results = pipeline.finish();
    QList<ProcessedPage> processed;
    std::optional<Error> storageError;
    const QJsonArray pageArray = copyPages(results, outDir, processed, storageError);
    const QJsonArray documentArray
        = request->noPdf ? QJsonArray() : writeDocuments(processed, site, outDir, storageError);
    ctx.printJson(QJsonObject { { QStringLiteral("device"), settings.device },
        { QStringLiteral("status"), scanStateCode(outcome.state) }, { QStringLiteral("message"), outcome.message },
        { QStringLiteral("pages"), pageArray }, { QStringLiteral("documents"), documentArray } });
    return scanExitCode(ctx, outcome, storageError);
}

const CommandRegistrar registerScan(
    { QStringLiteral("scan"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Scan pages from a scanner into a folder.")),
        QStringLiteral(QT_TRANSLATE_NOOP("cli",
            "motcua scan --device NAME [--source flatbed|adf|duplex] [--resolution DPI] [--mode color|gray|lineart]\n"
            "            [--pages N] [--page-size a4|a5|letter|max] [--option NAME=VALUE]... [--no-pdf] --out DIR\n\n"
            "Scans (flatbed: one page unless --pages; feeder: until it is empty or N pages), checks every page for\n"
            "blank and barcodes, stores it compressed under the data dir (pages/ab/<sha256>.jpg|tif|jb2) and\n"
            "writes DIR/page-NNN.jpg|tif|jb2 and one DIR/document-N.pdf per document (separator sheets split "
            "documents; the\n"
            "site's scanner.separator_barcode). --option sets a SANE option of the device by its own name.\n"
            "Prints JSON: {\"device\", \"status\": \"ok|no_documents|jammed|cover_open|busy|io_error|access_denied|\n"
            "out_of_memory|cancelled|not_found|...\", \"message\", \"pages\": [{\"file\", \"sha256\", \"width\", "
            "\"height\",\n"
            "\"dpi\", \"bytes\", \"blank\", \"barcodes\": [{\"format\", \"text\"}]}], \"documents\": [{\"file\", "
            "\"pages\"}]}.\n"
            "Pages scanned before a device error are kept and listed; a device error exits 3.")),
        runScan });

} // namespace
} // namespace motcua::cli
