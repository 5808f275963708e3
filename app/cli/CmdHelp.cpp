// `motcua help [COMMAND]`: the list of commands, or one command's usage.
#include "app/cli/Command.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {
namespace {

QString translated(const QString& source)
{
    return QCoreApplication::translate("cli", source.toUtf8().constData());
}

int runHelp(CliContext& ctx)
{
    const std::optional<QString> topic = ctx.args.takePositional();
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());

    if (topic) {
        const CommandInfo* info = CommandRegistry::find(*topic);
        if (!info)
            return ctx.fail(Error::usage(
                QCoreApplication::translate("cli", "Unknown command \"%1\". Run \"motcua help\" for the list.")
                    .arg(topic->left(80)),
                QStringLiteral("unknown_command")));
        if (ctx.formatGiven && ctx.format == QLatin1String("json"))
            ctx.printJson(QJsonObject { { QStringLiteral("command"), info->name },
                { QStringLiteral("summary"), translated(info->summary) },
                { QStringLiteral("usage"), translated(info->usage) } });
        else
            ctx.printText(translated(info->usage) + QLatin1Char('\n'));
        return ExitOk;
    }

    if (ctx.formatGiven && ctx.format == QLatin1String("json")) {
        QJsonArray commands;
        for (const CommandInfo& info : CommandRegistry::all())
            commands.append(QJsonObject {
                { QStringLiteral("command"), info.name }, { QStringLiteral("summary"), translated(info.summary) } });
        ctx.printJson(QJsonObject { { QStringLiteral("commands"), commands } });
        return ExitOk;
    }
    QString text = QCoreApplication::translate("cli", "Usage: motcua [global options] COMMAND [arguments]")
        + QStringLiteral("\n\n") + QCoreApplication::translate("cli", "Commands:") + QLatin1Char('\n');
    for (const CommandInfo& info : CommandRegistry::all())
        text += QStringLiteral("  %1  %2\n").arg(info.name.leftJustified(12), translated(info.summary));
    text += QLatin1Char('\n') + QCoreApplication::translate("cli", "Global options:") + QLatin1Char('\n')
        + QCoreApplication::translate("cli",
            "  --data-dir DIR   local database and stored files\n"
            "  --site FILE      site configuration (default: the built-in demo site)\n"
            "  --now DATETIME   use this local time (Asia/Ho_Chi_Minh) as now\n"
            "  --user LOGIN     who acts (password from MOTCUA_PASSWORD or a prompt)\n"
            "  --lang vi|en     language of messages (default vi)\n"
            "  --format FORMAT  output format (json by default; help prints text)\n");
    ctx.printText(text);
    return ExitOk;
}

const CommandRegistrar registerHelp({ QStringLiteral("help"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "List the commands or show one command's usage.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua help [COMMAND] [--format json]\n\nWithout COMMAND: the list of "
        "commands. Help is text unless --format json is given.")),
    runHelp });

} // namespace
} // namespace motcua::cli
