// motcua: the command line. Composition root only: parses the global options of the contract
// (docs/cli.md), resolves language, clock, site and data folder through core/Startup, then runs one
// registered command.
#include "app/cli/Command.h"

#include "core/Startup.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace motcua;
using namespace motcua::cli;

namespace {

struct GlobalOptions {
    QString dataDir, siteFile, now, user, lang, format;
    QString command;
    QStringList rest;
    QStringList problems;
};

const QStringList& globalsWithValue()
{
    static const QStringList names = { QStringLiteral("--data-dir"), QStringLiteral("--site"), QStringLiteral("--now"),
        QStringLiteral("--user"), QStringLiteral("--lang"), QStringLiteral("--format") };
    return names;
}

GlobalOptions parseGlobals(const QStringList& argv)
{
    GlobalOptions g;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString& arg = argv.at(i);
        QString name = arg, value;
        bool inlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            name = arg.section(QLatin1Char('='), 0, 0);
            value = arg.section(QLatin1Char('='), 1);
            inlineValue = true;
        }
        if (globalsWithValue().contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= argv.size()) {
                    g.problems << QCoreApplication::translate("cli", "option %1 needs a value").arg(name);
                    continue;
                }
                value = argv.at(++i);
            }
            if (name == QLatin1String("--data-dir"))
                g.dataDir = value;
            else if (name == QLatin1String("--site"))
                g.siteFile = value;
            else if (name == QLatin1String("--now"))
                g.now = value;
            else if (name == QLatin1String("--user"))
                g.user = value;
            else if (name == QLatin1String("--lang"))
                g.lang = value;
            else
                g.format = value;
            continue;
        }
        if ((arg == QLatin1String("--help") || arg == QLatin1String("-h")) && g.command.isEmpty()) {
            g.command = QStringLiteral("help");
            continue;
        }
        if (arg == QLatin1String("--version") && g.command.isEmpty()) {
            g.command = QStringLiteral("version");
            continue;
        }
        if (g.command.isEmpty() && !arg.startsWith(QLatin1String("-")))
            g.command = arg;
        else
            g.rest << arg;
    }
    return g;
}

bool commandNeedsGui(const QString& name)
{
    const CommandInfo* info = CommandRegistry::find(name);
    return info && info->needsGui;
}

} // namespace

int main(int argc, char* argv[])
{
    Startup::prepareProcess();
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    GlobalOptions g = parseGlobals(rawArgs);

    std::unique_ptr<QCoreApplication> app;
    if (commandNeedsGui(g.command)) {
        // Painting (fonts, PDF, printing) needs a GUI application; headless use gets the offscreen
        // platform unless the caller chose one.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
            && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    // Language, clock, site and data folder: the same start-up path as the window's (core/Startup).
    auto environment = Startup::resolve({ g.dataDir, g.siteFile, g.now, g.lang, {} });
    CliContext ctx { CliArgs(g.rest) };
    ctx.command = g.command;
    ctx.user = g.user;
    ctx.lang = Translations::current();
    if (!g.format.isEmpty()) {
        ctx.format = g.format;
        ctx.formatGiven = true;
    }
    if (!environment)
        return ctx.fail(environment.error());
    if (!g.problems.isEmpty())
        return ctx.fail(Error::usage(g.problems.join(QStringLiteral("; "))));
    ctx.site = environment->site();
    ctx.siteFile = environment->siteFile();
    ctx.dataDir = environment->dataDir();

    if (g.command.isEmpty()) {
        const CommandInfo* help = CommandRegistry::find(QStringLiteral("help"));
        help->run(ctx);
        return ExitUsage;
    }
    const CommandInfo* command = CommandRegistry::find(g.command);
    if (!command)
        return ctx.fail(
            Error::usage(QCoreApplication::translate("cli", "Unknown command \"%1\". Run \"motcua help\" for the list.")
                             .arg(g.command.left(80)),
                QStringLiteral("unknown_command")));
    return command->run(ctx);
}
