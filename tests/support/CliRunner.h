// CliRunner: runs the real `motcua` (or `motcua-desk`) binary with arguments, optional stdin and
// environment, and returns its exit code, stdout (parsed as JSON when it is JSON) and stderr.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace motcua::test {

struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QJsonDocument json; // null when stdout is not JSON
    QString errText() const { return QString::fromUtf8(err); }
    // The "error" object a failed command prints ({"error": {"kind", "message", "field", ...}}).
    QJsonObject error() const;
};

// The environment of a signed-in command: MOTCUA_PASSWORD, and MOTCUA_PASSWORD_NEW for commands that
// set a password (each left out when empty).
QProcessEnvironment passwordEnv(const QString& password, const QString& newPassword = {});

QString cliPath();
QString deskPath();

// Runs `motcua args...`; `env` entries are added to a clean environment that has MOTCUA_LANG=vi,
// QT_QPA_PLATFORM=offscreen and MOTCUA_TEST_CLOCK=1 (so that --now is honoured; pass
// MOTCUA_TEST_CLOCK=0 in `env` to test the refusal). Times out after `timeoutMs` (crashed = true then).
CliResult runCli(const QStringList& args, const QByteArray& stdinData = {},
    const QProcessEnvironment& env = QProcessEnvironment(), int timeoutMs = 60000);
// The same for any program (e.g. deskPath()).
CliResult runProgram(const QString& program, const QStringList& args, const QByteArray& stdinData = {},
    const QProcessEnvironment& env = QProcessEnvironment(), int timeoutMs = 60000);

} // namespace motcua::test
