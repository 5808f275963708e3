// One start-up path (core/Startup) for motcua, motcua-desk and motcua-central, through the real
// binaries: with only HOME and the XDG folders pointed at a temporary home, `motcua init` and
// `motcua-desk` use the same data folder; the folder is user-only (0700) and the files in it 0600;
// --now is refused by all three programs unless the environment has MOTCUA_TEST_CLOCK=1.
#include "tests/support/CliRunner.h"
#include "tests/support/TempDataDir.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QtTest>

#include <sys/stat.h>

using namespace motcua::test;

namespace {

// The default environment of a user whose home is `home`: no --data-dir, no MOTCUA_DATA_DIR.
QProcessEnvironment homeEnvironment(const QString& home)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("MOTCUA_PASSWORD_NEW"), QStringLiteral("Desk-Pass-2027!"));
    return env;
}

// Permission bits (e.g. 0700) of a file, -1 when it does not exist.
int modeOf(const QString& path)
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString centralPath()
{
    return QFileInfo(QStringLiteral(MOTCUA_CENTRAL_PATH)).absoluteFilePath();
}

} // namespace

class TestCliStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initThenDeskUseTheSameStore()
    {
        TempDataDir home;
        const QProcessEnvironment env = homeEnvironment(home.path());

        // Before init, the desk finds no store where init will put it.
        const CliResult before = runProgram(deskPath(), { QStringLiteral("--check-store") }, {}, env);
        QCOMPARE(before.exitCode, 3);
        QCOMPARE(before.json.object().value(QStringLiteral("store")).toBool(true), false);

        const CliResult init = runCli({ QStringLiteral("init") }, {}, env);
        QCOMPARE(init.exitCode, 0);
        const QString dataDir = init.json.object().value(QStringLiteral("data_dir")).toString();
        QCOMPARE(dataDir, QDir(home.path()).filePath(QStringLiteral(".local/share/MotCua/motcua")));

        const CliResult desk = runProgram(deskPath(), { QStringLiteral("--check-store") }, {}, env);
        QVERIFY2(desk.exitCode == 0, desk.err.constData());
        const QJsonObject report = desk.json.object();
        QCOMPARE(report.value(QStringLiteral("data_dir")).toString(), dataDir);
        QCOMPARE(report.value(QStringLiteral("database")).toString(),
            init.json.object().value(QStringLiteral("database")).toString());
        QCOMPARE(report.value(QStringLiteral("store")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("initialised")).toBool(), true);
        QVERIFY(report.value(QStringLiteral("schema_version")).toInt() > 0);
        QCOMPARE(before.json.object().value(QStringLiteral("data_dir")).toString(), dataDir);
    }

    void dataFolderAndFilesAreUserOnly()
    {
        TempDataDir home;
        const QProcessEnvironment env = homeEnvironment(home.path());
        const CliResult init = runCli({ QStringLiteral("init") }, {}, env);
        QCOMPARE(init.exitCode, 0);
        const QString dataDir = init.json.object().value(QStringLiteral("data_dir")).toString();
        QCOMPARE(modeOf(dataDir), 0700);
        const QString db = QDir(dataDir).filePath(QStringLiteral("motcua.db"));
        QCOMPARE(modeOf(db), 0600);
        for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            const int mode = modeOf(db + suffix);
            QVERIFY2(mode == -1 || mode == 0600, qPrintable(suffix + QString::number(mode, 8)));
        }
        // An explicit --data-dir that does not exist yet is created user-only too.
        const QString other = home.filePath(QStringLiteral("desk-data"));
        QCOMPARE(runCli({ QStringLiteral("--data-dir"), other, QStringLiteral("init") }, {}, env).exitCode, 0);
        QCOMPARE(modeOf(other), 0700);
        QCOMPARE(modeOf(QDir(other).filePath(QStringLiteral("motcua.db"))), 0600);
    }

    void nowNeedsTheTestClockInEveryProgram()
    {
        TempDataDir home;
        QProcessEnvironment env = homeEnvironment(home.path());
        env.insert(QStringLiteral("MOTCUA_TEST_CLOCK"), QStringLiteral("0"));
        const QStringList now { QStringLiteral("--now"), QStringLiteral("2099-01-01T09:00:00") };

        const CliResult cli = runCli(now + QStringList { QStringLiteral("version") }, {}, env);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.errText().contains(QStringLiteral("MOTCUA_TEST_CLOCK=1")), cli.err.constData());
        QCOMPARE(cli.json.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("now_not_allowed"));

        const CliResult desk = runProgram(deskPath(), now + QStringList { QStringLiteral("--check-store") }, {}, env);
        QCOMPARE(desk.exitCode, 2);
        QVERIFY2(desk.errText().contains(QStringLiteral("MOTCUA_TEST_CLOCK=1")), desk.err.constData());

        const CliResult central = runProgram(centralPath(),
            now + QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }, {}, env, 10000);
        QVERIFY(!central.crashed);
        QCOMPARE(central.exitCode, 2);
        QVERIFY2(central.errText().contains(QStringLiteral("MOTCUA_TEST_CLOCK=1")), central.err.constData());

        // With the test clock on, the same --now is honoured (the desk goes on to look for its store).
        env.insert(QStringLiteral("MOTCUA_TEST_CLOCK"), QStringLiteral("1"));
        const CliResult honoured
            = runProgram(deskPath(), now + QStringList { QStringLiteral("--check-store") }, {}, env);
        QCOMPARE(honoured.exitCode, 3);
        QVERIFY(honoured.json.isObject());
    }
};

QTEST_GUILESS_MAIN(TestCliStartup)
#include "test_cli_startup.moc"
