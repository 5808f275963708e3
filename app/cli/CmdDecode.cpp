// `motcua decode FILE...`: the barcodes on image or PDF files, read like scanned pages.
#include "app/cli/Command.h"

#include "scanner/BarcodeReader.h"
#include "scanner/FileImport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {
namespace {

int runDecode(CliContext& ctx)
{
    const QStringList formats = ctx.args.takeOptionList(QStringLiteral("--formats"), true);
    QStringList files;
    while (auto f = ctx.args.takePositional())
        files << *f;
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (files.isEmpty())
        return ctx.fail(Error::usage(
            QCoreApplication::translate("cli", "Name at least one image or PDF file: motcua decode FILE...")));
    scanner::BarcodeReader::Options options; // every ZXing format unless --formats narrows it
    options.formats = formats;
    const scanner::BarcodeReader reader(options);
    QJsonArray out;
    bool anyError = false;
    for (const QString& file : files) {
        QJsonObject entry { { QStringLiteral("file"), file } };
        QJsonArray barcodes;
        std::optional<Error> failure;
        auto pages = scanner::FileImport::importFile(file, [&](scanner::ScannedPage page) {
            if (failure)
                return;
            auto found = reader.barcodes(page.image);
            if (!found.ok()) {
                failure = found.error();
                return;
            }
            for (const auto& b : found.value())
                barcodes.append(QJsonObject { { QStringLiteral("format"), b.format },
                    { QStringLiteral("text"), b.text }, { QStringLiteral("page"), page.index + 1 } });
        });
        if (!pages.ok())
            failure = pages.error();
        if (failure) {
            if (failure->kind == ErrorKind::Invalid && failure->field == QLatin1String("formats"))
                return ctx.fail(Error::usage(failure->message));
            entry.insert(QStringLiteral("error"), failure->message);
            ctx.message(failure->message);
            anyError = true;
        } else {
            entry.insert(QStringLiteral("barcodes"), barcodes);
        }
        out.append(entry);
    }
    ctx.printJson(out);
    return anyError ? ExitRejected : ExitOk;
}

const CommandRegistrar registerDecode(
    { QStringLiteral("decode"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Read the barcodes on image or PDF files.")),
        QStringLiteral(QT_TRANSLATE_NOOP("cli",
            "motcua decode FILE... [--formats QRCode Code128 ...]\n\nReads JPEG, PNG, TIFF (every page) and PDF "
            "(rendered at 300 dpi) files and prints JSON: [{\"file\", \"barcodes\": [{\"format\", \"text\", "
            "\"page\"}]}]. Format names are ZXing's (QRCode, Code128, DataMatrix, PDF417, ...); all formats "
            "are read unless --formats lists some. A file that cannot be read gets \"error\" instead of "
            "\"barcodes\" and the exit code is 1.")),
        runDecode, true });

} // namespace
} // namespace motcua::cli
