#include "tests/support/CliRunner.h"

#include <QFileInfo>
#include <QProcess>

namespace motcua::test {

QString cliPath()
{
    return QFileInfo(QStringLiteral(MOTCUA_CLI_PATH)).absoluteFilePath();
}

QString deskPath()
{
    return QFileInfo(QStringLiteral(MOTCUA_DESK_PATH)).absoluteFilePath();
}

CliResult runCli(const QStringList& args, const QByteArray& stdinData, const QProcessEnvironment& env, int timeoutMs)
{
    return runProgram(cliPath(), args, stdinData, env, timeoutMs);
}

CliResult runProgram(const QString& program, const QStringList& args, const QByteArray& stdinData,
    const QProcessEnvironment& env, int timeoutMs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MOTCUA_LANG"), QStringLiteral("vi"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("MOTCUA_TEST_CLOCK"), QStringLiteral("1"));
    environment.remove(QStringLiteral("MOTCUA_PASSWORD"));
    environment.remove(QStringLiteral("MOTCUA_PASSWORD_NEW"));
    environment.remove(QStringLiteral("MOTCUA_DATA_DIR"));
    for (const QString& key : env.keys())
        environment.insert(key, env.value(key));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    CliResult result;
    if (!process.waitForStarted(10000)) {
        result.crashed = true;
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit)
        result.crashed = true;
    result.exitCode = process.exitCode();
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
    if (error.error == QJsonParseError::NoError)
        result.json = doc;
    return result;
}

QJsonObject CliResult::error() const
{
    return json.object().value(QStringLiteral("error")).toObject();
}

QProcessEnvironment passwordEnv(const QString& password, const QString& newPassword)
{
    QProcessEnvironment e;
    if (!password.isEmpty())
        e.insert(QStringLiteral("MOTCUA_PASSWORD"), password);
    if (!newPassword.isEmpty())
        e.insert(QStringLiteral("MOTCUA_PASSWORD_NEW"), newPassword);
    return e;
}

} // namespace motcua::test
