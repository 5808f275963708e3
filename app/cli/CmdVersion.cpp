// `motcua version`: the program version and the versions of the libraries it runs with.
#include "app/cli/Command.h"

#include "core/Version.h"
#include "scanner/ScannerVersions.h"
#include "sync/SyncVersions.h"

#include <QJsonObject>

namespace motcua::cli {
namespace {

int runVersion(CliContext& ctx)
{
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    const QJsonObject libraries {
        { QStringLiteral("qt"), qtRuntimeVersion() },
        { QStringLiteral("sqlite"), sqliteRuntimeVersion() },
        { QStringLiteral("libcurl"), sync::curlVersion() },
        { QStringLiteral("zxing-cpp"), scanner::zxingVersion() },
        { QStringLiteral("sane"), scanner::saneVersion() },
    };
    ctx.printJson(QJsonObject { { QStringLiteral("program"), QStringLiteral("motcua") },
        { QStringLiteral("version"), programVersion() }, { QStringLiteral("libraries"), libraries } });
    return ExitOk;
}

const CommandRegistrar registerVersion({ QStringLiteral("version"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Show the program version and library versions.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua version\n\nPrints JSON: {\"program\", \"version\", \"libraries\": "
        "{\"qt\", \"sqlite\", \"libcurl\", \"zxing-cpp\", \"sane\"}}.")),
    runVersion });

} // namespace
} // namespace motcua::cli
