// `motcua devices`: the scanners SANE finds now.
#include "app/cli/Command.h"

#include "scanner/SaneBackend.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {
namespace {

int runDevices(CliContext& ctx)
{
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    scanner::SaneBackend backend;
    const auto devices = backend.devices(true);
    if (!devices.ok())
        return ctx.fail(devices.error());
    QJsonArray out;
    for (const auto& d : devices.value())
        out.append(QJsonObject { { QStringLiteral("name"), d.name }, { QStringLiteral("vendor"), d.vendor },
            { QStringLiteral("model"), d.model }, { QStringLiteral("type"), d.type } });
    if (devices->isEmpty())
        ctx.message(QCoreApplication::translate("cli",
            "No scanner found. Check that it is connected and switched "
            "on, then run \"motcua devices\" again."));
    ctx.printJson(out);
    return ExitOk;
}

const CommandRegistrar registerDevices(
    { QStringLiteral("devices"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "List the scanners that are connected.")),
        QStringLiteral(QT_TRANSLATE_NOOP("cli",
            "motcua devices\n\nPrints JSON: [{\"name\", \"vendor\", \"model\", "
            "\"type\"}]. \"name\" is what \"motcua scan --device\" takes. SANE finds "
            "the devices; SANE_CONFIG_DIR chooses its configuration folder.")),
        runDevices });

} // namespace
} // namespace motcua::cli
