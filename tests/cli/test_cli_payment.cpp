// Online payments and leased code blocks from the command line, end to end against the real motcua-central
// program on loopback (issue 15): `motcua-central payment CODE --amount VND --txn ID --channel vietqr`
// records a payment for an open fee notice (exit 0; the same transaction again changes nothing; a code
// without an open notice, a bad channel or amount exit 1; no code exits 2); `motcua sync --once` takes it
// into the desk (`dossier show`: processing, paid by transfer, the transaction kept); with leasing on in
// the site, `sync --status` shows the block the desk leased and `motcua-central codes` the slices and blocks.
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

class TestCliPayment : public QObject
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
    CliResult pay(const QString& code, const QString& amount, const QString& txn,
        const QString& channel = QStringLiteral("vietqr"))
    {
        return central({ QStringLiteral("payment"), code, QStringLiteral("--amount"), amount, QStringLiteral("--txn"),
            txn, QStringLiteral("--channel"), channel, QStringLiteral("--paid-at"),
            QStringLiteral("2025-03-12T09:30:00+07:00") });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("desk"));
        m_centralData = m_dir.filePath(QStringLiteral("central"));
        m_central.setProgram(centralPath());
        // Central's clock is the desk's: a block is leased for central's today.
        QProcessEnvironment centralEnv = QProcessEnvironment::systemEnvironment();
        centralEnv.insert(QStringLiteral("MOTCUA_TEST_CLOCK"), QStringLiteral("1"));
        m_central.setProcessEnvironment(centralEnv);
        m_central.setArguments({ QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--data-dir"), m_centralData, QStringLiteral("--now"), kNow });
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
        s.insert(QStringLiteral("codes"),
            QJsonObject { { QStringLiteral("first"), 1 }, { QStringLiteral("last"), 2000 },
                { QStringLiteral("lease"),
                    QJsonObject { { QStringLiteral("size"), 10 }, { QStringLiteral("low_water"), 3 } } } });
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

    void paymentReachesTheDesk()
    {
        const QString code = receiveAndHandOver(); // before any lease: the static slice's first number
        const QString other = receiveAndHandOver();
        QVERIFY2(code.endsWith(QStringLiteral("-0001")), qPrintable(code));
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--once") }, m_env).exitCode, 0);

        // The round leased a block ahead of need; `sync --status` shows it, central lists it with the slice.
        const QJsonArray leases = cli({ QStringLiteral("sync"), QStringLiteral("--status") })
                                      .json.object()
                                      .value(QStringLiteral("code_leases"))
                                      .toArray();
        QCOMPARE(leases.size(), 1);
        QCOMPARE(leases.first().toObject().value(QStringLiteral("first")).toInt(), 5001);
        QCOMPARE(leases.first().toObject().value(QStringLiteral("left")).toInt(), 10);
        const QJsonObject codes = central({ QStringLiteral("codes") }).json.object();
        QCOMPARE(
            codes.value(QStringLiteral("slices")).toArray().first().toObject().value(QStringLiteral("last")).toInt(),
            2000);
        QCOMPARE(codes.value(QStringLiteral("blocks"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("desk_id"))
                     .toString(),
            QStringLiteral("D01"));
        QVERIFY(receiveAndHandOver().endsWith(QStringLiteral("-5001")));

        QCOMPARE(central({ QStringLiteral("unit"), QStringLiteral("fee-notice"), code, QStringLiteral("--amount"),
                             QStringLiteral("150000") })
                     .exitCode,
            0);
        const CliResult paid = pay(code, QStringLiteral("150000"), QStringLiteral("VQR-20250312-01"));
        QCOMPARE(paid.exitCode, 0);
        const QJsonObject change = paid.json.object();
        QCOMPARE(change.value(QStringLiteral("kind")).toString(), QStringLiteral("payment"));
        QCOMPARE(change.value(QStringLiteral("data")).toObject().value(QStringLiteral("txn_id")).toString(),
            QStringLiteral("VQR-20250312-01"));
        QCOMPARE(change.value(QStringLiteral("data")).toObject().value(QStringLiteral("channel")).toString(),
            QStringLiteral("vietqr"));
        const CliResult again = pay(code, QStringLiteral("150000"), QStringLiteral("VQR-20250312-01"));
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.json.object().value(QStringLiteral("replayed")).toBool());
        QCOMPARE(again.json.object().value(QStringLiteral("seq")), change.value(QStringLiteral("seq")));

        // Refused: no open fee notice (exit 1, the code named), a bad channel or amount; no code at all is usage.
        const CliResult noNotice = pay(other, QStringLiteral("150000"), QStringLiteral("VQR-20250312-02"));
        QCOMPARE(noNotice.exitCode, 1);
        QVERIFY2(noNotice.errText().contains(other), noNotice.err.constData());
        QCOMPARE(pay(code, QStringLiteral("150000"), QStringLiteral("X-1"), QStringLiteral("cash")).exitCode, 1);
        QCOMPARE(pay(code, QStringLiteral("-5"), QStringLiteral("X-2")).exitCode, 1);
        QCOMPARE(central({ QStringLiteral("payment"), QStringLiteral("--amount"), QStringLiteral("1") }).exitCode, 2);

        const CliResult pulled = cli({ QStringLiteral("sync"), QStringLiteral("--once") }, m_env);
        QCOMPARE(pulled.exitCode, 0);
        QCOMPARE(pulled.json.object().value(QStringLiteral("pulled")).toInt(), 2); // the notice and the payment
        const QJsonObject shown = clerk({ QStringLiteral("dossier"), QStringLiteral("show"), code }).json.object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("processing"));
        const QJsonObject payment = shown.value(QStringLiteral("payments")).toArray().first().toObject();
        QCOMPARE(payment.value(QStringLiteral("method")).toString(), QStringLiteral("transfer"));
        QCOMPARE(payment.value(QStringLiteral("by")).toString(), QStringLiteral("@central"));
        const QJsonObject online = shown.value(QStringLiteral("extra"))
                                       .toObject()
                                       .value(QStringLiteral("online_payments"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(online.value(QStringLiteral("txn_id")).toString(), QStringLiteral("VQR-20250312-01"));
        QCOMPARE(online.value(QStringLiteral("result")).toString(), QStringLiteral("paid"));
    }
};

QTEST_GUILESS_MAIN(TestCliPayment)
#include "test_cli_payment.moc"
