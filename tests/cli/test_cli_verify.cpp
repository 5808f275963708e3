// `motcua verify` end to end against two real motcua-central programs on loopback (issue 15): one with
// the built-in fixture databases, one started with --fixtures DIR and --service-down citizen. A match, a
// mismatch, an unknown citizen, a dissolved business; a check kept with a dossier; the service down gives
// a pending check (exit 3) that `motcua sync --once` answers later, with history and audit rows;
// permissions and usage errors.
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

namespace {

const QString kSuperPw = QStringLiteral("Giam-sat-2025");

struct Central {
    QProcess process;
    QString data;
    QString url;
    QString credential;
};

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT

    TempDataDir m_dir;
    QString m_data;
    Central m_up; // built-in fixtures, every service up
    Central m_down; // --fixtures DIR --service-down citizen

    bool start(Central& c, const QString& name, const QStringList& extra)
    {
        c.data = m_dir.filePath(name);
        c.process.setProgram(centralPath());
        c.process.setArguments(QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                   QStringLiteral("--data-dir"), c.data }
            + extra);
        c.process.start();
        if (!c.process.waitForStarted() || !QTest::qWaitFor([&] { return c.process.canReadLine(); }, 20000))
            return false;
        c.url = QString::fromUtf8(c.process.readLine()).trimmed();
        const CliResult desk = runProgram(centralPath(),
            { QStringLiteral("--data-dir"), c.data, QStringLiteral("desk"), QStringLiteral("add"),
                QStringLiteral("D01"), QStringLiteral("--agency"), QStringLiteral("000.00.25.G14") });
        c.credential = desk.json.object().value(QStringLiteral("credential")).toString();
        return desk.exitCode == 0 && !c.credential.isEmpty();
    }
    QString site(const Central& c)
    {
        QFile demo(QStringLiteral(":/demo/site.json"));
        QJsonObject s;
        if (demo.open(QIODevice::ReadOnly))
            s = QJsonDocument::fromJson(demo.readAll()).object();
        s.insert(QStringLiteral("central_url"), c.url);
        return m_dir.writeFile(QStringLiteral("site-%1.json").arg(&c == &m_up ? 0 : 1), QJsonDocument(s).toJson());
    }
    CliResult verify(const Central& c, QStringList args, const QString& user = QStringLiteral("clerk1"),
        const QString& password = kClerkPw)
    {
        QProcessEnvironment env = passwordEnv(password);
        env.insert(QStringLiteral("MOTCUA_CENTRAL_CREDENTIAL"), c.credential);
        QStringList all { QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("--site"),
            site(c) };
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        return runCli(all + QStringList { QStringLiteral("verify") } + args, {}, env);
    }
    QString receive()
    {
        const QString file = m_dir.writeFile(QStringLiteral("intake.json"), kIntake);
        return runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("--site"),
                          site(m_up), QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("dossier"),
                          QStringLiteral("receive"), file },
            {}, passwordEnv(kClerkPw))
            .json.object()
            .value(QStringLiteral("code"))
            .toString();
    }
    void addUser(const QString& login, const QString& role, const QString& password)
    {
        QCOMPARE(runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("--user"),
                            QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"), login,
                            QStringLiteral("--name"), QStringLiteral("Lê Minh Giám"), QStringLiteral("--role"), role },
                     {}, passwordEnv(kAdminPw, password))
                     .exitCode,
            0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("desk"));
        QVERIFY(start(m_up, QStringLiteral("central-up"), {}));
        // A fixture folder of its own: one business that the built-in files do not have.
        const QString fixtures = m_dir.filePath(QStringLiteral("fixtures"));
        QVERIFY(QDir().mkpath(fixtures));
        m_dir.writeFile(QStringLiteral("fixtures/citizens.json"), R"({"citizens": []})");
        m_dir.writeFile(QStringLiteral("fixtures/businesses.json"),
            R"({"businesses": [{"tax_code": "0100109106", "name": "Công ty Thử nghiệm Riêng", "address": "Hà Nội",
                "representative": "Mai Văn Thử", "status": "suspended"}]})");
        QVERIFY(start(m_down, QStringLiteral("central-down"),
            { QStringLiteral("--fixtures"), fixtures, QStringLiteral("--service-down"), QStringLiteral("citizen") }));
        QCOMPARE(runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("init") },
                     {}, passwordEnv({}, kAdminPw))
                     .exitCode,
            0);
        addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"), kClerkPw);
        addUser(QStringLiteral("super1"), QStringLiteral("supervisor"), kSuperPw);
    }

    void cleanupTestCase()
    {
        for (Central* c : { &m_up, &m_down }) {
            c->process.kill();
            c->process.waitForFinished();
        }
    }

    void citizenAnswers()
    {
        CliResult r = verify(m_up,
            { QStringLiteral("citizen"), QStringLiteral("--id"), QStringLiteral("001090012345"),
                QStringLiteral("--name"), QStringLiteral("nguyen van AN"), QStringLiteral("--birth-date"),
                QStringLiteral("1990-05-14") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.object(), QJsonObject({ { QStringLiteral("result"), QStringLiteral("match") } }));
        r = verify(m_up,
            { QStringLiteral("citizen"), QStringLiteral("--id"), QStringLiteral("001090012345"),
                QStringLiteral("--name"), QStringLiteral("Nguyễn Văn Bình"), QStringLiteral("--birth-date"),
                QStringLiteral("1990-05-14") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.object().value(QStringLiteral("result")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(r.json.object().value(QStringLiteral("differs")).toArray(), QJsonArray({ QStringLiteral("name") }));
        r = verify(m_up,
            { QStringLiteral("citizen"), QStringLiteral("--id"), QStringLiteral("001090099999"),
                QStringLiteral("--name"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("--birth-date"),
                QStringLiteral("1990-05-14") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.object().value(QStringLiteral("result")).toString(), QStringLiteral("not_found"));
    }

    void businessAnswers()
    {
        CliResult r
            = verify(m_up, { QStringLiteral("business"), QStringLiteral("--tax-code"), QStringLiteral("0102345677") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json.object();
        QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("found"));
        QCOMPARE(
            o.value(QStringLiteral("name")).toString(), QStringLiteral("Công ty TNHH Một thành viên Cơ khí Bình An"));
        QCOMPARE(o.value(QStringLiteral("representative")).toString(), QStringLiteral("Ngô Quang Vinh"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("dissolved"));
        QVERIFY(!o.value(QStringLiteral("address")).toString().isEmpty());
        r = verify(m_up, { QStringLiteral("business"), QStringLiteral("--tax-code"), QStringLiteral("0101234565") });
        QCOMPARE(r.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        // The other central reads its own fixture folder.
        r = verify(m_down, { QStringLiteral("business"), QStringLiteral("--tax-code"), QStringLiteral("0100109106") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.object().value(QStringLiteral("name")).toString(), QStringLiteral("Công ty Thử nghiệm Riêng"));
        QCOMPARE(r.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
    }

    void refusalsAndPermissions()
    {
        const QStringList ok { QStringLiteral("citizen"), QStringLiteral("--id"), QStringLiteral("001090012345"),
            QStringLiteral("--name"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("--birth-date"),
            QStringLiteral("1990-05-14") };
        QCOMPARE(verify(m_up, ok, QStringLiteral("super1"), kSuperPw).exitCode, 4);
        QCOMPARE(verify(m_up, ok, QString()).exitCode, 2); // no --user
        QCOMPARE(verify(m_up, { QStringLiteral("citizen"), QStringLiteral("--id"), QStringLiteral("001090012345") })
                     .exitCode,
            2);
        CliResult bad = verify(m_up,
            { QStringLiteral("citizen"), QStringLiteral("--id"), QStringLiteral("12345"), QStringLiteral("--name"),
                QStringLiteral("An"), QStringLiteral("--birth-date"), QStringLiteral("1990-05-14") });
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(
            verify(m_up, { QStringLiteral("business"), QStringLiteral("--tax-code"), QStringLiteral("0101234560") })
                .exitCode,
            1);
        QCOMPARE(verify(m_up, { QStringLiteral("nothing") }).exitCode, 2);
        const QString spare = m_dir.filePath(QStringLiteral("central-spare"));
        QCOMPARE(runProgram(centralPath(),
                     { QStringLiteral("--data-dir"), spare, QStringLiteral("--service-down"), QStringLiteral("tax") })
                     .exitCode,
            2);
        QCOMPARE(runProgram(centralPath(),
                     { QStringLiteral("--data-dir"), spare, QStringLiteral("--fixtures"),
                         m_dir.filePath(QStringLiteral("none")) })
                     .exitCode,
            3);
    }

    void pendingCheckIsAnsweredBySync()
    {
        const QString code = receive();
        QVERIFY(!code.isEmpty());
        // Kept with the dossier: the applicant's own data (birth date 1990-01-01 on the intake) is asked.
        CliResult r = verify(m_up, { QStringLiteral("citizen"), QStringLiteral("--dossier"), code });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.object().value(QStringLiteral("result")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(
            r.json.object().value(QStringLiteral("differs")).toArray(), QJsonArray({ QStringLiteral("birth_date") }));
        QCOMPARE(r.json.object().value(QStringLiteral("pending")).toBool(), false);
        // Options that disagree with the dossier are refused.
        QCOMPARE(verify(m_up,
                     { QStringLiteral("citizen"), QStringLiteral("--dossier"), code, QStringLiteral("--id"),
                         QStringLiteral("079185004321") })
                     .exitCode,
            1);

        // The population database down: exit 3, kept as pending, the dossier flagged.
        r = verify(m_down, { QStringLiteral("citizen"), QStringLiteral("--dossier"), code });
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json.object().value(QStringLiteral("result")).toString(), QStringLiteral("unavailable"));
        QCOMPARE(r.json.object().value(QStringLiteral("pending")).toBool(), true);
        QJsonObject shown = verify(m_up, { QStringLiteral("show"), code }).json.object();
        QCOMPARE(shown.value(QStringLiteral("pending")).toBool(), true);
        QCOMPARE(shown.value(QStringLiteral("checks")).toArray().size(), 2);

        // The next sync round (with central up) asks again and keeps the answer.
        QProcessEnvironment env;
        env.insert(QStringLiteral("MOTCUA_CENTRAL_CREDENTIAL"), m_up.credential);
        const CliResult round
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("--site"),
                         site(m_up), QStringLiteral("sync"), QStringLiteral("--once") },
                {}, env);
        QCOMPARE(round.exitCode, 0);
        shown = verify(m_up, { QStringLiteral("show"), code }).json.object();
        QCOMPARE(shown.value(QStringLiteral("pending")).toBool(), false);
        const QJsonObject later = shown.value(QStringLiteral("checks")).toArray().last().toObject();
        QCOMPARE(later.value(QStringLiteral("result")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(later.value(QStringLiteral("asked_by")).toString(), QStringLiteral("clerk1"));
        QVERIFY(!later.value(QStringLiteral("answered_at")).toString().isEmpty());

        const QJsonObject dossier
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("--user"),
                         QStringLiteral("clerk1"), QStringLiteral("dossier"), QStringLiteral("show"), code },
                {}, passwordEnv(kClerkPw))
                  .json.object();
        int checkRows = 0;
        for (const QJsonValue v : dossier.value(QStringLiteral("history")).toArray())
            checkRows += v.toObject().value(QStringLiteral("step")).toString() == QLatin1String("national_check");
        QCOMPARE(checkRows, 3); // answered, pending, answered later
        const CliResult audit
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--user"), QStringLiteral("super1"),
                         QStringLiteral("audit"), QStringLiteral("verify") },
                {}, passwordEnv(kSuperPw));
        QCOMPARE(audit.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "test_cli_verify.moc"
