// CliRunner: runs the real `motcua` binary with arguments, optional stdin and environment, and
// returns its exit code, stdout (parsed as JSON when it is JSON) and stderr.
#pragma once

#include <QJsonDocument>
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
};

QString cliPath();

// Runs `motcua args...`; `env` entries are added to a clean environment that has MOTCUA_LANG=vi and
// QT_QPA_PLATFORM=offscreen. Times out after `timeoutMs` (crashed = true then).
CliResult runCli(const QStringList& args, const QByteArray& stdinData = {},
    const QProcessEnvironment& env = QProcessEnvironment(), int timeoutMs = 60000);

} // namespace motcua::test
