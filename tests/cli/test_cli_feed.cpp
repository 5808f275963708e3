// The pull feed from the command line, end to end against the real motcua-central program on loopback:
// `motcua-central unit result-ready|request-supplement|fee-notice|stop CODE` act as a processing unit,
// `motcua sync --once` pulls the change into the desk (`dossier show` has the new state, "@central" in
// the history), `sync --status` shows the feed's cursor and last pull, `motcua-central list` the unit's
// change with the desk's outcome, and a unit action the dossier's state does not allow exits 1.
#include "tests/cli/CentralCliData.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TempDataDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace motcua::test;
using namespace motcua::test::central_cli;

class TestCliFeed : public QObject
{
    Q_OBJECT

    TempDataDir m_dir;
    QString m_data;
    QString m_centralData;
    QString m_site;
    QProcess m_central;
    QProcessEnvironment m_env;

    CliResult cli(const QStringList& args, const QProcessEnvironment& env = {})
    {
        return runCli(QStringList { QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow,
                          QStringLiteral("--site"), m_site }
                + args,
            {}, env);
    }
    CliResult clerk(const QStringList& args)
    {
        return cli(QStringList { QStringLiteral("--user"), QStringLiteral("clerk1") } + args, passwordEnv(kClerkPw));
    }
    CliResult central(const QStringList& args)
    {
        return runProgram(centralPath(), QStringList { QStringLiteral("--data-dir"), m_centralData } + args);
    }
    QString receiveAndHandOver()
    {
        const QString file = m_dir.writeFile(QStringLiteral("intake.json"), kIntake);
        const QString code = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), file })
                                 .json.object()
                                 .value(QStringLiteral("code"))
                                 .toString();
        clerk({ QStringLiteral("dossier"), QStringLiteral("hand-over"), code, QStringLiteral("--unit"),
            QStringLiteral("Phòng Cấp phép") });
        return code;
    }
    QJsonObject show(const QString& code)
    {
        return clerk({ QStringLiteral("dossier"), QStringLiteral("show"), code }).json.object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("desk"));
        m_centralData = m_dir.filePath(QStringLiteral("central"));
        m_central.setProgram(centralPath());
        m_central.setArguments(
            { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), m_centralData });
        m_central.start();
        QVERIFY(m_central.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_central.canReadLine(), 20000);
        const QString url = QString::fromUtf8(m_central.readLine()).trimmed();
        const CliResult desk = central({ QStringLiteral("desk"), QStringLiteral("add"), QStringLiteral("D01"),
            QStringLiteral("--agency"), QStringLiteral("000.00.25.G14") });
        QCOMPARE(desk.exitCode, 0);
        m_env.insert(QStringLiteral("MOTCUA_CENTRAL_CREDENTIAL"),
            desk.json.object().value(QStringLiteral("credential")).toString());

        QFile demo(QStringLiteral(":/demo/site.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject s = QJsonDocument::fromJson(demo.readAll()).object();
        s.insert(QStringLiteral("central_url"), url);
        m_site = m_dir.writeFile(QStringLiteral("site.json"), QJsonDocument(s).toJson());
        QCOMPARE(runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("init") },
                     {}, passwordEnv({}, kAdminPw))
                     .exitCode,
            0);
        QCOMPARE(cli({ QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
                         QStringLiteral("clerk1"), QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Hoa"),
                         QStringLiteral("--role"), QStringLiteral("clerk") },
                     passwordEnv(kAdminPw, kClerkPw))
                     .exitCode,
            0);
    }

    void cleanupTestCase()
    {
        m_central.kill();
        m_central.waitForFinished();
    }

    void unitCommandsReachTheDesk()
    {
        const QStringList codes
            = { receiveAndHandOver(), receiveAndHandOver(), receiveAndHandOver(), receiveAndHandOver() };
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--once") }, m_env).exitCode, 0);

        const CliResult ready = central({ QStringLiteral("unit"), QStringLiteral("result-ready"), codes[0] });
        QCOMPARE(ready.exitCode, 0);
        QCOMPARE(ready.json.object().value(QStringLiteral("status")).toInt(), 9);
        QCOMPARE(central({ QStringLiteral("unit"), QStringLiteral("request-supplement"), codes[1],
                             QStringLiteral("--reason"), QStringLiteral("Thiếu sơ đồ mạng") })
                     .exitCode,
            0);
        QCOMPARE(central({ QStringLiteral("unit"), QStringLiteral("fee-notice"), codes[2], QStringLiteral("--amount"),
                             QStringLiteral("150000") })
                     .exitCode,
            0);
        const CliResult stop = central({ QStringLiteral("unit"), QStringLiteral("stop"), codes[3],
            QStringLiteral("--reason"), QStringLiteral("Trùng hồ sơ") });
        QCOMPARE(stop.exitCode, 0);
        // Refused: a reason is required; an amount is a number; a stopped dossier takes no more.
        QCOMPARE(central({ QStringLiteral("unit"), QStringLiteral("stop"), codes[0] }).exitCode, 1);
        QCOMPARE(central({ QStringLiteral("unit"), QStringLiteral("fee-notice"), codes[0], QStringLiteral("--amount"),
                             QStringLiteral("mười") })
                     .exitCode,
            1);
        const CliResult again = central({ QStringLiteral("unit"), QStringLiteral("result-ready"), codes[3] });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.errText().contains(QStringLiteral("8")), again.err.constData());

        const CliResult pulled = cli({ QStringLiteral("sync"), QStringLiteral("--once") }, m_env);
        QCOMPARE(pulled.exitCode, 0);
        QCOMPARE(pulled.json.object().value(QStringLiteral("pulled")).toInt(), 4);
        QCOMPARE(pulled.json.object().value(QStringLiteral("pending")).toInt(), 0);

        const QJsonObject shown = show(codes[0]);
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("result_ready"));
        const QJsonArray history = shown.value(QStringLiteral("history")).toArray();
        QVERIFY2(QJsonDocument(history.last().toObject()).toJson().contains("@central"),
            QJsonDocument(history.last().toObject()).toJson().constData());
        QCOMPARE(show(codes[1]).value(QStringLiteral("status")).toString(), QStringLiteral("supplement_requested"));
        QCOMPARE(show(codes[2]).value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_payment"));
        QCOMPARE(show(codes[3]).value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));

        const QJsonObject status = cli({ QStringLiteral("sync"), QStringLiteral("--status") }).json.object();
        const QJsonObject feed = status.value(QStringLiteral("feed")).toObject();
        QCOMPARE(feed.value(QStringLiteral("cursor")).toInteger(),
            stop.json.object().value(QStringLiteral("seq")).toInteger());
        QCOMPARE(feed.value(QStringLiteral("changes")).toInt(), 4);
        QVERIFY(!feed.value(QStringLiteral("last_pull")).toString().isEmpty());

        // `list` has the unit's change in the history and what the desk made of it.
        const QJsonArray list = central({ QStringLiteral("list") }).json.array();
        QJsonObject held;
        for (const QJsonValue d : list)
            if (d.toObject().value(QStringLiteral("code")).toString() == codes[0])
                held = d.toObject();
        QCOMPARE(held.value(QStringLiteral("status")).toInt(), 9);
        bool unitRow = false;
        for (const QJsonValue h : held.value(QStringLiteral("history")).toArray())
            unitRow = unitRow
                || h.toObject().value(QStringLiteral("service")).toString() == QLatin1String("unit:result_ready");
        QVERIFY(unitRow);
        const QJsonObject change = held.value(QStringLiteral("unit_changes")).toArray().first().toObject();
        QCOMPARE(change.value(QStringLiteral("outcomes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
            QStringLiteral("applied"));
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--once") }, m_env)
                     .json.object()
                     .value(QStringLiteral("pulled"))
                     .toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestCliFeed)
#include "test_cli_feed.moc"
