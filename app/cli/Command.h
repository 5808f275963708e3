// The `motcua` command line: each command lives in its own file app/cli/Cmd<Name>.cpp and registers
// itself with a static CommandRegistrar (the files are compiled straight into the executable, so the
// registrars are never dropped by the linker). main.cpp parses the global options, builds a CliContext
// and runs the command. The contract is docs/cli.md.
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/SiteConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace motcua::cli {

enum ExitCode { ExitOk = 0, ExitRejected = 1, ExitUsage = 2, ExitEnvironment = 3, ExitPermission = 4 };

// The exit code for an error kind (docs/cli.md): invalid and not found 1, usage 2, environment 3,
// permission 4. Exit codes are the command line's business; core only says what kind of error it was.
int exitCodeFor(ErrorKind kind);

// Reads one line from the terminal without echo, after printing `prompt` on stderr; empty when stdin is
// not a terminal (scripts give passwords through the environment).
QString promptSilently(const QString& prompt);

// Positional arguments and options of one command, after the global options were removed.
class CliArgs
{
public:
    explicit CliArgs(QStringList args) : m_args(std::move(args)) { }

    // Removes and returns "--name VALUE" (or "--name=VALUE"); nullopt when absent. A missing value
    // is recorded and reported by checkDone().
    std::optional<QString> takeOption(const QString& name);
    // Removes every occurrence of a repeatable option ("--missing a --missing b" or "--missing a b"
    // up to the next option when greedy is true).
    QStringList takeOptionList(const QString& name, bool greedy = false);
    // Removes and returns whether "--name" is present.
    bool takeFlag(const QString& name);
    // Removes and returns the next positional argument; nullopt when none is left.
    std::optional<QString> takePositional();
    // Everything still left.
    QStringList remaining() const { return m_args; }
    // Usage error when unknown options or extra arguments are left, or an option lacked its value.
    Status checkDone() const;

private:
    QStringList m_args;
    QStringList m_problems;
};

// Everything a command needs: global options, the clock, the site, and output helpers.
struct CliContext {
    explicit CliContext(CliArgs arguments) : args(std::move(arguments)) { }

    CliArgs args;
    QString command; // "calendar", "dossier", ...
    QString dataDir; // --data-dir, already resolved to an absolute path (created on use)
    QString siteFile; // --site, empty for the built-in demo site
    QString user; // --user, may be empty
    QString lang = QStringLiteral("vi");
    QString format = QStringLiteral("json"); // --format
    bool formatGiven = false; // whether --format was on the command line
    SiteConfig site;
    // The option that feeds each domain field ("reason" -> "--reason"): core errors name the field,
    // fail() names the option in front of the message. A command whose fields come from elsewhere (the
    // intake JSON of `dossier receive`) clears it.
    QHash<QString, QString> fieldFlags = standardFieldFlags();

    static QHash<QString, QString> standardFieldFlags();

    const Clock& clock() const { return Clock::current(); }

    // Writes one JSON document (UTF-8, indented, not ASCII-escaped) to stdout.
    void printJson(const QJsonValue& value) const;
    // Writes raw text to stdout.
    void printText(const QString& text) const;
    // A human message on stderr (already translated).
    void message(const QString& text) const;
    // Reports an error: {"error":{"kind","field","message","code"}} on stdout, the message on stderr
    // (prefixed with the option of its field, see fieldFlags); returns the exit code for its kind.
    int fail(const Error& error) const;
    // The password for --user: MOTCUA_PASSWORD, else an interactive prompt on the terminal.
    QString password() const;
};

using CommandFn = std::function<int(CliContext&)>;

struct CommandInfo {
    QString name; // "calendar"
    QString summary; // one line, English source text; shown through QCoreApplication::translate("cli", ...)
    QString usage; // full help text (English source, translated the same way)
    CommandFn run;
    bool needsGui = false; // true when the command paints (fonts, printing): main creates a QGuiApplication
};

class CommandRegistry
{
public:
    static void add(CommandInfo info);
    static const CommandInfo* find(const QString& name);
    static QList<CommandInfo> all(); // sorted by name
};

struct CommandRegistrar {
    explicit CommandRegistrar(CommandInfo info) { CommandRegistry::add(std::move(info)); }
};

} // namespace motcua::cli
