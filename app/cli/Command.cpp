#include "app/cli/Command.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace motcua::cli {

// ---- CliArgs ------------------------------------------------------------------------------------

std::optional<QString> CliArgs::takeOption(const QString& name)
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString& arg = m_args.at(i);
        if (arg == name) {
            if (i + 1 >= m_args.size()) {
                m_problems << QCoreApplication::translate("cli", "option %1 needs a value").arg(name);
                m_args.removeAt(i);
                return std::nullopt;
            }
            QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
        if (arg.startsWith(name + QLatin1Char('='))) {
            QString value = arg.mid(name.size() + 1);
            m_args.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

QStringList CliArgs::takeOptionList(const QString& name, bool greedy)
{
    QStringList values;
    for (qsizetype i = 0; i < m_args.size();) {
        const QString& arg = m_args.at(i);
        if (arg == name) {
            m_args.removeAt(i);
            if (i >= m_args.size() || m_args.at(i).startsWith(QLatin1String("--"))) {
                m_problems << QCoreApplication::translate("cli", "option %1 needs a value").arg(name);
                continue;
            }
            do {
                values << m_args.takeAt(i);
            } while (greedy && i < m_args.size() && !m_args.at(i).startsWith(QLatin1String("--")));
        } else if (arg.startsWith(name + QLatin1Char('='))) {
            values << arg.mid(name.size() + 1);
            m_args.removeAt(i);
        } else {
            ++i;
        }
    }
    return values;
}

bool CliArgs::takeFlag(const QString& name)
{
    return m_args.removeAll(name) > 0;
}

std::optional<QString> CliArgs::takePositional()
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString& arg = m_args.at(i);
        if (arg == QLatin1String("-") || !arg.startsWith(QLatin1String("--")))
            return m_args.takeAt(i);
    }
    return std::nullopt;
}

Status CliArgs::checkDone() const
{
    QStringList problems = m_problems;
    for (const QString& arg : m_args) {
        if (arg.startsWith(QLatin1String("--")))
            problems << QCoreApplication::translate("cli", "unknown option %1").arg(arg);
        else
            problems << QCoreApplication::translate("cli", "unexpected argument \"%1\"").arg(arg.left(80));
    }
    if (problems.isEmpty())
        return {};
    return Error::usage(problems.join(QStringLiteral("; ")), QStringLiteral("usage"));
}

// ---- CliContext ---------------------------------------------------------------------------------

void CliContext::printJson(const QJsonValue& value) const
{
    QByteArray bytes;
    if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else {
        // A bare scalar: wrap-and-strip keeps Qt's escaping rules.
        const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        bytes = wrapped.mid(1, wrapped.size() - 2) + '\n';
    }
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::printText(const QString& text) const
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::message(const QString& text) const
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
        return ExitRejected;
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::Environment:
        return ExitEnvironment;
    case ErrorKind::Permission:
        return ExitPermission;
    }
    return ExitEnvironment;
}

QHash<QString, QString> CliContext::standardFieldFlags()
{
    return { { QStringLiteral("reason"), QStringLiteral("--reason") }, { QStringLiteral("to"), QStringLiteral("--to") },
        { QStringLiteral("from"), QStringLiteral("--from") }, { QStringLiteral("amount"), QStringLiteral("--amount") },
        { QStringLiteral("method"), QStringLiteral("--method") },
        { QStringLiteral("collector_name"), QStringLiteral("--collector-name") },
        { QStringLiteral("unit"), QStringLiteral("--unit") }, { QStringLiteral("name"), QStringLiteral("--name") },
        { QStringLiteral("rating"), QStringLiteral("--rating") }, { QStringLiteral("now"), QStringLiteral("--now") },
        { QStringLiteral("lang"), QStringLiteral("--lang") } };
}

int CliContext::fail(const Error& error) const
{
    QString text = error.message;
    const QString flag = fieldFlags.value(error.field);
    if (!flag.isEmpty() && !text.contains(flag))
        text = QStringLiteral("%1: %2").arg(flag, text);
    QJsonObject body { { QStringLiteral("kind"), errorKindName(error.kind) }, { QStringLiteral("message"), text } };
    if (!error.field.isEmpty())
        body.insert(QStringLiteral("field"), error.field);
    if (!error.code.isEmpty())
        body.insert(QStringLiteral("code"), error.code);
    printJson(QJsonObject { { QStringLiteral("error"), body } });
    message(text);
    return exitCodeFor(error.kind);
}

QString promptSilently(const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    std::fprintf(stderr, "%s", prompt.toUtf8().constData());
    std::fflush(stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    return line;
}

QString CliContext::password() const
{
    if (qEnvironmentVariableIsSet("MOTCUA_PASSWORD"))
        return qEnvironmentVariable("MOTCUA_PASSWORD");
    return promptSilently(QCoreApplication::translate("cli", "Password for %1: ").arg(user));
}

// ---- CommandRegistry ----------------------------------------------------------------------------

namespace {
QMap<QString, CommandInfo>& registry()
{
    static QMap<QString, CommandInfo> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(CommandInfo info)
{
    Q_ASSERT_X(!registry().contains(info.name), "CommandRegistry::add", "command registered twice");
    registry().insert(info.name, std::move(info));
}

const CommandInfo* CommandRegistry::find(const QString& name)
{
    const auto it = registry().constFind(name);
    return it == registry().constEnd() ? nullptr : &it.value();
}

QList<CommandInfo> CommandRegistry::all()
{
    return registry().values();
}

} // namespace motcua::cli
