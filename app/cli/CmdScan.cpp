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

int runScan(CliContext& ctx)
{
    auto settingsResult = ScannerSettings::fromSite(ctx.site);
    if (!settingsResult.ok())
        return ctx.fail(settingsResult.error());
    const ScannerSettings site = settingsResult.value();

    ScanSettings settings;
    settings.device = ctx.args.takeOption(QStringLiteral("--device")).value_or(site.defaultDevice);
    const auto source = ctx.args.takeOption(QStringLiteral("--source"));
    const auto resolution = ctx.args.takeOption(QStringLiteral("--resolution"));
    const auto mode = ctx.args.takeOption(QStringLiteral("--mode"));
    const auto pages = ctx.args.takeOption(QStringLiteral("--pages"));
    const auto pageSize = ctx.args.takeOption(QStringLiteral("--page-size"));
    const auto out = ctx.args.takeOption(QStringLiteral("--out"));
    const QStringList rawOptions = ctx.args.takeOptionList(QStringLiteral("--option"));
    const bool noPdf = ctx.args.takeFlag(QStringLiteral("--no-pdf"));
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (settings.device.isEmpty())
        return ctx.fail(Error::usage(
            QCoreApplication::translate("cli", "Name the scanner with --device (see \"motcua devices\").")));
    if (!out)
        return ctx.fail(
            Error::usage(QCoreApplication::translate("cli", "Name the folder for the scanned pages with --out DIR.")));
    if (source) {
        const auto s = scanSourceFromName(*source);
        if (!s)
            return ctx.fail(
                Error::usage(QCoreApplication::translate("cli", "--source must be flatbed, adf or duplex.")));
        settings.source = *s;
    }
    if (mode) {
        const auto m = colorModeFromName(*mode);
        if (!m)
            return ctx.fail(Error::usage(QCoreApplication::translate("cli", "--mode must be color, gray or lineart.")));
        settings.mode = *m;
    }
    settings.dpi = site.resolution;
    if (resolution) {
        bool ok = false;
        settings.dpi = resolution->toInt(&ok);
        if (!ok || settings.dpi < 50 || settings.dpi > 1200)
            return ctx.fail(Error::usage(
                QCoreApplication::translate("cli", "--resolution must be a number of dots per inch from 50 to 1200.")));
    }
    if (pages) {
        bool ok = false;
        settings.maxPages = pages->toInt(&ok);
        if (!ok || settings.maxPages < 1)
            return ctx.fail(Error::usage(
                QCoreApplication::translate("cli", "--pages must be a whole number of pages, at least 1.")));
    }
    if (pageSize) {
        const auto p = pageSizeFromName(*pageSize);
        if (!p || *p == PageSize::Custom)
            return ctx.fail(
                Error::usage(QCoreApplication::translate("cli", "--page-size must be a4, a5, letter or max.")));
        settings.pageSize = *p;
    }
    for (const QString& option : rawOptions) {
        const int eq = option.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.fail(Error::usage(
                QCoreApplication::translate("cli", "--option takes NAME=VALUE (a SANE option of the device).")));
        settings.extraOptions.insert(option.left(eq), option.mid(eq + 1));
    }
    QDir outDir(*out);
    if (!outDir.mkpath(QStringLiteral(".")))
        return ctx.fail(Error::environment(QStringLiteral("out"),
            QCoreApplication::translate("cli", "Cannot create the folder %1. Choose a writable folder.").arg(*out)));

    // Pages go through the pipeline as they arrive (both cores); the content-addressed copies live in
    // the data dir, the folder gets page-NNN files and one PDF per document.
    PagePipeline::Options pipelineOptions;
    pipelineOptions.blank.maxInkRatio = site.blankMaxInkRatio;
    pipelineOptions.compression.colorQuality = site.jpegQualityColor;
    pipelineOptions.compression.grayQuality = site.jpegQualityGray;
    pipelineOptions.compression.mixedRaster = site.mixedRaster;
    pipelineOptions.compression.jbig2 = site.jbig2;
    PagePipeline pipeline(PageStore(ctx.dataDir), pipelineOptions);
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
    const auto results = pipeline.finish();

    QJsonArray pageArray;
    QList<ProcessedPage> processed;
    std::optional<Error> storageError;
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
    QJsonArray documentArray;
    if (!noPdf) {
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
    }
    ctx.printJson(QJsonObject { { QStringLiteral("device"), settings.device },
        { QStringLiteral("status"), scanStateCode(outcome.state) }, { QStringLiteral("message"), outcome.message },
        { QStringLiteral("pages"), pageArray }, { QStringLiteral("documents"), documentArray } });
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
