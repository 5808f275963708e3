// Issue 12 end to end through the real `motcua`: the data folder bound to its agency at init (another
// site file refused with exit 4 until `site rebind`); a receive retried with the same idempotency key
// returns the same code and makes no second dossier; strict intake types; orphan files listed by
// `db check` and removed by `db check --repair`; and a full run at debug log level whose logs hold no
// applicant name, ID number, phone or password.
#include "tests/support/CliRunner.h"
#include "tests/support/TempDataDir.h"

#include "core/SiteConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kAdminPw = QStringLiteral("Quay-so-1-2025");
const QString kClerkPw = QStringLiteral("Tiep-nhan-2025");
const QString kNow = QStringLiteral("2025-03-12T09:05:00");
const QString kName = QStringLiteral("Phạm Thị Lụa");
const QString kId = QStringLiteral("001190054321");
const QString kPhone = QStringLiteral("0987654321");

QJsonObject intake(const QString& key = {}, const QString& note = {})
{
    QJsonObject o { { QStringLiteral("procedure"), QStringLiteral("LOCAL-RF-001") },
        { QStringLiteral("applicant"),
            QJsonObject { { QStringLiteral("name"), kName }, { QStringLiteral("id_number"), kId },
                { QStringLiteral("phone"), kPhone }, { QStringLiteral("address"), QStringLiteral("5 Láng Hạ") } } } };
    if (!key.isEmpty())
        o.insert(QStringLiteral("idempotency_key"), key);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

bool writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0;
}

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT

    TempDataDir m_dir;
    QString m_data;
    QProcessEnvironment m_extraEnv;

    CliResult as(const QString& user, const QString& password, const QStringList& args, const QStringList& pre = {})
    {
        QStringList all { QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow };
        all << pre;
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        QProcessEnvironment env = passwordEnv(password);
        for (const QString& k : m_extraEnv.keys())
            env.insert(k, m_extraEnv.value(k));
        return runCli(all + args, {}, env);
    }
    CliResult admin(const QStringList& args, const QStringList& pre = {})
    {
        return as(QStringLiteral("admin"), kAdminPw, args, pre);
    }
    CliResult clerk(const QStringList& args, const QStringList& pre = {})
    {
        return as(QStringLiteral("clerk1"), kClerkPw, args, pre);
    }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_extraEnv = {};
        m_data = m_dir.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction()));
        const CliResult made
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("init") },
                {}, passwordEnv({}, kAdminPw));
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(made.json.object().value(QStringLiteral("agency")).toString(), QStringLiteral("000.00.25.G14"));
        QCOMPARE(runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("--user"),
                            QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
                            QStringLiteral("clerk1"), QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Hoa"),
                            QStringLiteral("--role"), QStringLiteral("clerk") },
                     {}, passwordEnv(kAdminPw, kClerkPw))
                     .exitCode,
            0);
    }

    void anotherAgencysSiteIsRefusedUntilRebound()
    {
        SiteConfig other = SiteConfig::demo();
        other.agencyCode = QStringLiteral("000.00.12.H29");
        const QString otherSite = file(QStringLiteral("other-site.json"));
        QVERIFY(other.save(otherSite));
        QVERIFY(writeJson(file(QStringLiteral("a.json")), intake()));
        const QStringList receive { QStringLiteral("dossier"), QStringLiteral("receive"),
            file(QStringLiteral("a.json")) };
        const QStringList withOther { QStringLiteral("--site"), otherSite };

        const CliResult refused = clerk(receive, withOther);
        QCOMPARE(refused.exitCode, 4);
        QCOMPARE(refused.error().value(QStringLiteral("code")).toString(), QStringLiteral("site_mismatch"));
        QVERIFY2(refused.errText().contains(QStringLiteral("000.00.12.H29")), qPrintable(refused.errText()));
        QVERIFY2(refused.errText().contains(QStringLiteral("thuộc")), qPrintable(refused.errText())); // Vietnamese
        // A clerk cannot rebind; an administrator can, and it is audited.
        QCOMPARE(clerk({ QStringLiteral("site"), QStringLiteral("rebind") }, withOther).exitCode, 4);
        const CliResult show = admin({ QStringLiteral("site"), QStringLiteral("show") }, withOther);
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.json.object().value(QStringLiteral("matches")).toBool(), false);
        const CliResult rebound = admin({ QStringLiteral("site"), QStringLiteral("rebind") }, withOther);
        QCOMPARE(rebound.exitCode, 0);
        QCOMPARE(rebound.json.object().value(QStringLiteral("bound_agency")).toString(), other.agencyCode);
        QCOMPARE(
            rebound.json.object().value(QStringLiteral("previous_agency")).toString(), QStringLiteral("000.00.25.G14"));
        const CliResult received = clerk(receive, withOther);
        QCOMPARE(received.exitCode, 0);
        QVERIFY(received.json.object().value(QStringLiteral("code")).toString().startsWith(other.agencyCode));
        // Now the demo site is the stranger.
        QCOMPARE(clerk(receive).exitCode, 4);
        QCOMPARE(admin({ QStringLiteral("audit"), QStringLiteral("verify") }, withOther).exitCode, 0);
    }

    void retryWithTheSameKeyReturnsTheSameDossier()
    {
        QVERIFY(writeJson(file(QStringLiteral("k.json")), intake(QStringLiteral("quay01-000123"))));
        const QStringList receive { QStringLiteral("dossier"), QStringLiteral("receive"),
            file(QStringLiteral("k.json")) };
        const CliResult first = clerk(receive);
        QCOMPARE(first.exitCode, 0);
        const CliResult retry = clerk(receive);
        QCOMPARE(retry.exitCode, 0);
        const QString code = first.json.object().value(QStringLiteral("code")).toString();
        QCOMPARE(retry.json.object().value(QStringLiteral("code")).toString(), code);
        QCOMPARE(retry.json.object().value(QStringLiteral("replayed")).toBool(), true);
        const CliResult check = admin({ QStringLiteral("db"), QStringLiteral("check") });
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.json.object().value(QStringLiteral("dossiers")).toInt(), 1);
        // The same key with another body is refused, naming the key.
        QVERIFY(writeJson(
            file(QStringLiteral("k2.json")), intake(QStringLiteral("quay01-000123"), QStringLiteral("khác"))));
        const CliResult conflict
            = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), file(QStringLiteral("k2.json")) });
        QCOMPARE(conflict.exitCode, 1);
        QCOMPARE(conflict.error().value(QStringLiteral("field")).toString(), QStringLiteral("idempotency_key"));
    }

    void filesGivenAsTextAreRefused()
    {
        QJsonObject o = intake();
        o.insert(QStringLiteral("documents"),
            QJsonArray { QJsonObject { { QStringLiteral("component"), QStringLiteral("don") },
                { QStringLiteral("files"), QStringLiteral("x.png") } } });
        QVERIFY(writeJson(file(QStringLiteral("s.json")), o));
        const CliResult r
            = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), file(QStringLiteral("s.json")) });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.error().value(QStringLiteral("field")).toString(), QStringLiteral("documents[0].files"));
    }

    void orphanFilesAreRepaired()
    {
        const QString orphan = m_data + QStringLiteral("/files/9f/9f00deadbeef");
        QVERIFY(QDir().mkpath(QFileInfo(orphan).absolutePath()));
        QFile o(orphan);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.write("left by a killed intake");
        o.close();
        QVERIFY(o.open(QIODevice::ReadWrite));
        QVERIFY(o.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
        o.close();
        const CliResult check = admin({ QStringLiteral("db"), QStringLiteral("check") });
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(check.json.object().value(QStringLiteral("orphan_files")).toArray(),
            QJsonArray { QStringLiteral("files/9f/9f00deadbeef") });
        const CliResult repaired = admin({ QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--repair") });
        QCOMPARE(repaired.exitCode, 0);
        QCOMPARE(repaired.json.object().value(QStringLiteral("removed_files")).toArray(),
            QJsonArray { QStringLiteral("files/9f/9f00deadbeef") });
        QVERIFY(!QFile::exists(orphan));
        QCOMPARE(admin({ QStringLiteral("db"), QStringLiteral("check") }).exitCode, 0);
    }

    void restoreBringsBackEveryDossierAndFile()
    {
        const QString folder = file(QStringLiteral("restore-intake"));
        QVERIFY(QDir().mkpath(folder));
        QFile page(folder + QStringLiteral("/page-1.png"));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("trang một");
        page.close();
        QJsonObject withFile = intake();
        withFile.insert(QStringLiteral("documents"),
            QJsonArray { QJsonObject { { QStringLiteral("component"), QStringLiteral("don") },
                { QStringLiteral("files"), QJsonArray { QStringLiteral("page-1.png") } } } });
        QVERIFY(writeJson(folder + QStringLiteral("/a.json"), withFile));
        QStringList before;
        for (int i = 0; i < 2; ++i) {
            const CliResult r
                = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), folder + QStringLiteral("/a.json") });
            QCOMPARE(r.exitCode, 0);
            before << r.json.object().value(QStringLiteral("code")).toString();
        }
        const QString backup = file(QStringLiteral("restore-backup.db"));
        QCOMPARE(admin({ QStringLiteral("db"), QStringLiteral("backup"), backup }).exitCode, 0);
        QVERIFY(writeJson(folder + QStringLiteral("/b.json"), intake()));
        const CliResult later
            = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), folder + QStringLiteral("/b.json") });
        QCOMPARE(later.exitCode, 0);

        // Never over a database without --force; never from a damaged file.
        const QStringList restore { QStringLiteral("db"), QStringLiteral("restore"), backup };
        QCOMPARE(admin(restore).error().value(QStringLiteral("code")).toString(), QStringLiteral("target_exists"));
        const QString damaged = file(QStringLiteral("damaged.db"));
        QFile d(damaged);
        QVERIFY(d.open(QIODevice::WriteOnly));
        d.write(QByteArray(4096, 'z'));
        d.close();
        const CliResult refused
            = admin({ QStringLiteral("db"), QStringLiteral("restore"), damaged, QStringLiteral("--force") });
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json.object().value(QStringLiteral("ok")).toBool(), false);

        const CliResult restored = admin(restore + QStringList { QStringLiteral("--force") });
        QCOMPARE(restored.exitCode, 0);
        QVERIFY(QFile::exists(restored.json.object().value(QStringLiteral("previous")).toString()));
        QCOMPARE(restored.json.object().value(QStringLiteral("dossiers")).toInt(), 2);
        for (const QString& code : before) {
            const CliResult shown = clerk({ QStringLiteral("dossier"), QStringLiteral("show"), code });
            QCOMPARE(shown.exitCode, 0);
            const QJsonObject f = shown.json.object()
                                      .value(QStringLiteral("documents"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("files"))
                                      .toArray()
                                      .first()
                                      .toObject();
            QVERIFY(QFile::exists(m_data + QLatin1Char('/') + f.value(QStringLiteral("path")).toString()));
        }
        QCOMPARE(clerk({ QStringLiteral("dossier"), QStringLiteral("show"),
                           later.json.object().value(QStringLiteral("code")).toString() })
                     .exitCode,
            1);
        QCOMPARE(admin({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
        QCOMPARE(admin({ QStringLiteral("db"), QStringLiteral("check") }).exitCode, 0);
        // The code issued after the backup is not issued again.
        const CliResult next
            = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), folder + QStringLiteral("/b.json") });
        QCOMPARE(next.exitCode, 0);
        QVERIFY(next.json.object().value(QStringLiteral("code")) != later.json.object().value(QStringLiteral("code")));
    }

    void debugLogsHoldNoPersonalData()
    {
        m_extraEnv.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        m_extraEnv.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category}: %{message}"));
        QByteArray logs;
        auto run = [&](const CliResult& r) {
            logs += r.err;
            return r.exitCode;
        };
        QVERIFY(writeJson(file(QStringLiteral("p.json")), intake(QStringLiteral("log-1"))));
        const CliResult received
            = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), file(QStringLiteral("p.json")) });
        QCOMPARE(run(received), 0);
        const QString code = received.json.object().value(QStringLiteral("code")).toString();
        QCOMPARE(
            run(clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), file(QStringLiteral("p.json")) })), 0);
        QCOMPARE(run(clerk({ QStringLiteral("dossier"), QStringLiteral("hand-over"), code })), 0);
        QCOMPARE(run(clerk({ QStringLiteral("dossier"), QStringLiteral("show"), code })), 0);
        QCOMPARE(run(clerk({ QStringLiteral("dossier"), QStringLiteral("search"), kName })), 0);
        run(as(QStringLiteral("clerk1"), QStringLiteral("Sai-mat-khau-1"),
            { QStringLiteral("user"), QStringLiteral("list") }));
        QCOMPARE(run(admin({ QStringLiteral("audit"), QStringLiteral("verify") })), 0);
        QCOMPARE(run(admin({ QStringLiteral("db"), QStringLiteral("check") })), 0);
        QVERIFY2(logs.contains("motcua.core.store: received"), "debug logging was not on: nothing to scan");
        for (const QString& secret :
            { kName, kId, kPhone, kAdminPw, kClerkPw, QStringLiteral("Sai-mat-khau-1"), QStringLiteral("Lụa") })
            QVERIFY2(!QString::fromUtf8(logs).contains(secret), qPrintable(QStringLiteral("log holds ") + secret));
    }
};

QTEST_GUILESS_MAIN(TestCliHardening)
#include "test_cli_hardening.moc"
