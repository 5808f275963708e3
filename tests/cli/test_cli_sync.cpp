// `motcua sync` end to end against the real motcua-central program on loopback: a received dossier
// reaches central with `sync --once`; a record central refuses is parked and shown with its reason in
// `sync --status`, and goes out after the fix (`sync retry`); the credential comes from the environment
// or a file only its user can read; with central stopped, `sync --once` exits 3 and loses nothing.
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

class TestCliSync : public QObject
{
    Q_OBJECT

    TempDataDir m_dir;
    QString m_data;
    QString m_centralData;
    QProcess m_central;
    QString m_url;
    QString m_credential;

    QString site(const QJsonObject& national = {})
    {
        QFile demo(QStringLiteral(":/demo/site.json"));
        QJsonObject s;
        if (demo.open(QIODevice::ReadOnly))
            s = QJsonDocument::fromJson(demo.readAll()).object();
        s.insert(QStringLiteral("central_url"), m_url);
        if (!national.isEmpty())
            s.insert(QStringLiteral("national"), national);
        return m_dir.writeFile(
            QStringLiteral("site-%1.json").arg(national.isEmpty() ? 0 : 1), QJsonDocument(s).toJson());
    }
    CliResult cli(QStringList args, const QString& siteFile, QProcessEnvironment env = {})
    {
        return runCli(QStringList { QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow,
                          QStringLiteral("--site"), siteFile }
                + args,
            {}, env);
    }
    QProcessEnvironment withCredential(const QString& password = {})
    {
        QProcessEnvironment env = passwordEnv(password);
        env.insert(QStringLiteral("MOTCUA_CENTRAL_CREDENTIAL"), m_credential);
        return env;
    }
    QString receive(const QString& siteFile)
    {
        const QString file = m_dir.writeFile(QStringLiteral("intake.json"), kIntake);
        const CliResult r
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("--site"),
                         siteFile, QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("dossier"),
                         QStringLiteral("receive"), file },
                {}, passwordEnv(kClerkPw));
        return r.json.object().value(QStringLiteral("code")).toString();
    }
    QJsonArray centralList()
    {
        return runProgram(centralPath(), { QStringLiteral("--data-dir"), m_centralData, QStringLiteral("list") })
            .json.array();
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
        m_url = QString::fromUtf8(m_central.readLine()).trimmed();
        QVERIFY(m_url.startsWith(QStringLiteral("http://127.0.0.1:")));
        const CliResult desk = runProgram(centralPath(),
            { QStringLiteral("--data-dir"), m_centralData, QStringLiteral("desk"), QStringLiteral("add"),
                QStringLiteral("D01"), QStringLiteral("--agency"), QStringLiteral("000.00.25.G14") });
        QCOMPARE(desk.exitCode, 0);
        m_credential = desk.json.object().value(QStringLiteral("credential")).toString();
        QVERIFY(m_credential.startsWith(QStringLiteral("D01.")));

        const QString plain = site();
        QCOMPARE(runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("init") },
                     {}, passwordEnv({}, kAdminPw))
                     .exitCode,
            0);
        QCOMPARE(runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("--site"),
                            plain, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                            QStringLiteral("add"), QStringLiteral("clerk1"), QStringLiteral("--name"),
                            QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("--role"), QStringLiteral("clerk") },
                     {}, passwordEnv(kAdminPw, kClerkPw))
                     .exitCode,
            0);
    }

    void cleanupTestCase()
    {
        m_central.kill();
        m_central.waitForFinished();
    }

    void onceDeliversTheDossier()
    {
        const QString plain = site();
        const QString code = receive(plain);
        QVERIFY(!code.isEmpty());
        const CliResult none = cli({ QStringLiteral("sync"), QStringLiteral("--once") }, plain);
        QCOMPARE(none.exitCode, 4); // no credential yet
        QCOMPARE(none.json.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("credential_required"));
        const CliResult r = cli({ QStringLiteral("sync"), QStringLiteral("--once") }, plain, withCredential());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = r.json.object();
        QCOMPARE(report.value(QStringLiteral("pushed")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("parked")).toInt(), 0);
        const QJsonArray list = centralList();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("code")).toString(), code);
        QCOMPARE(list.first().toObject().value(QStringLiteral("status")).toInt(), 2);
        const QJsonObject status = cli({ QStringLiteral("sync"), QStringLiteral("--status") }, plain).json.object();
        QCOMPARE(status.value(QStringLiteral("online")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(!status.value(QStringLiteral("last_success")).toString().isEmpty());
    }

    void parkedRecordShowsAndGoesOutAfterFix()
    {
        const QString bad = site(QJsonObject { { QStringLiteral("applicant_kinds"),
            QJsonObject { { QStringLiteral("citizen"), QStringLiteral("CN") } } } });
        const QString code = receive(bad);
        QVERIFY(!code.isEmpty());
        const CliResult r = cli({ QStringLiteral("sync"), QStringLiteral("--once") }, bad, withCredential());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.object().value(QStringLiteral("parked")).toInt(), 1);
        const QJsonObject status = cli({ QStringLiteral("sync"), QStringLiteral("--status") }, bad).json.object();
        const QJsonArray parked = status.value(QStringLiteral("parked")).toArray();
        QCOMPARE(parked.size(), 1);
        QCOMPARE(parked.first().toObject().value(QStringLiteral("code")).toString(), code);
        QCOMPARE(parked.first().toObject().value(QStringLiteral("service")).toString(), QStringLiteral("DongBoHoSoMC"));
        QVERIFY(parked.first()
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .startsWith(QStringLiteral("LoaiDoiTuong")));
        QCOMPARE(status.value(QStringLiteral("pending")).toInt(), 1);

        // The fix is the site's code table; `sync retry` rebuilds the record, the next round sends it.
        const QString fixed = site();
        const CliResult retry = cli(
            { QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("sync"), QStringLiteral("retry") },
            fixed, passwordEnv(kAdminPw));
        QCOMPARE(retry.exitCode, 0);
        QCOMPARE(retry.json.object().value(QStringLiteral("released")).toInt(), 1);
        const CliResult again = cli({ QStringLiteral("sync"), QStringLiteral("--once") }, fixed, withCredential());
        QCOMPARE(again.json.object().value(QStringLiteral("pushed")).toInt(), 1);
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--status") }, fixed)
                     .json.object()
                     .value(QStringLiteral("parked"))
                     .toArray()
                     .size(),
            0);
        QCOMPARE(centralList().size(), 2);
    }

    void credentialFileIsPrivate()
    {
        const QString plain = site();
        QProcessEnvironment noKeychain = withCredential(); // the fallback, as where no keychain service runs
        noKeychain.insert(QStringLiteral("MOTCUA_KEYCHAIN"), QStringLiteral("off"));
        const CliResult login = cli({ QStringLiteral("sync"), QStringLiteral("login") }, plain, noKeychain);
        QCOMPARE(login.exitCode, 0);
        const QString file = login.json.object().value(QStringLiteral("saved")).toString();
        const QFile::Permissions perms = QFile::permissions(file);
        QVERIFY(perms.testFlag(QFile::ReadOwner) && perms.testFlag(QFile::WriteOwner));
        QCOMPARE(int(perms
                     & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                         | QFile::ExeOther)),
            0);
        QVERIFY(!login.out.contains(m_credential.toUtf8()));
        QVERIFY(!login.err.contains(m_credential.toUtf8()));
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--once") }, plain).exitCode, 0); // from the file
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const CliResult exposed = cli({ QStringLiteral("sync"), QStringLiteral("--once") }, plain);
        QCOMPARE(exposed.exitCode, 4);
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        QProcessEnvironment wrong;
        wrong.insert(QStringLiteral("MOTCUA_CENTRAL_CREDENTIAL"), QStringLiteral("D01.wrong"));
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("login") }, plain, wrong).exitCode, 4);
    }

    void centralDownLosesNothing()
    {
        const QString plain = site();
        const QString code = receive(plain);
        m_central.kill();
        m_central.waitForFinished();
        const CliResult r = cli({ QStringLiteral("sync"), QStringLiteral("--once") }, plain, withCredential());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json.object().value(QStringLiteral("pending")).toInt(), 1);
        const QJsonObject status = cli({ QStringLiteral("sync"), QStringLiteral("--status") }, plain).json.object();
        QCOMPARE(status.value(QStringLiteral("online")).toBool(), false);
        QVERIFY(!status.value(QStringLiteral("last_error")).toString().isEmpty());
        QCOMPARE(status.value(QStringLiteral("pending")).toInt(), 1);
        QVERIFY(!code.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "test_cli_sync.moc"
