// The store commands of `motcua` end to end: init, user add|list, catalogue import|list, dossier
// receive (intake JSON contract) / show / search / workflow steps, audit verify, db check|backup,
// with the contract's exit codes (1 rejected, 2 usage, 3 storage, 4 permission).
#include "tests/support/CliRunner.h"
#include "tests/support/TempDataDir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <sqlite3.h>

using namespace motcua::test;

namespace {

const QString kAdminPw = QStringLiteral("Quay-so-1-2025");
const QString kClerkPw = QStringLiteral("Tiep-nhan-2025");
const QString kNow = QStringLiteral("2025-03-12T09:05:00");

const char* kIntake = R"({
  "procedure": "LOCAL-RF-002",
  "channel": "desk",
  "applicant": {"kind": "citizen", "name": "Nguyễn Văn An", "id_number": "001090012345",
                "birth_date": "1990-01-01", "phone": "0912345678", "email": "", "address": "12 Láng Hạ, Hà Nội"},
  "owner": null,
  "documents": [{"component": "new-application-form", "originals": 1, "certified_copies": 0, "photocopies": 0,
                 "files": ["scans/page-1.png"]}],
  "return_method": "desk",
  "note": ""
})";

} // namespace

class TestCliDossier : public QObject
{
    Q_OBJECT

    TempDataDir m_dir;
    QString m_data;
    // The desk's "now" for calls that give none: moves forward with the tests that run later (the store
    // refuses events dated before the last one it recorded).
    QString m_now = kNow;

    CliResult as(const QString& user, const QString& password, QStringList args, const QString& now = {})
    {
        QStringList all { QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), now.isEmpty() ? m_now : now };
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        return runCli(all + args, {}, passwordEnv(password));
    }
    CliResult clerk(const QStringList& args, const QString& now = {})
    {
        return as(QStringLiteral("clerk1"), kClerkPw, args, now);
    }

    QString receive(const QByteArray& json)
    {
        const QString file = m_dir.writeFile(QStringLiteral("in/intake-%1.json").arg(qHash(json)), json);
        const CliResult r = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), file });
        if (r.exitCode != 0)
            qWarning() << r.out;
        return r.json.object().value(QStringLiteral("code")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        const CliResult init
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("init") },
                {}, passwordEnv({}, kAdminPw));
        QCOMPARE(init.exitCode, 0);
        const QJsonObject o = init.json.object();
        QCOMPARE(o.value(QStringLiteral("data_dir")).toString(), QDir(m_data).absolutePath());
        QVERIFY(!o.contains(QStringLiteral("admin_password"))); // given in the environment: not echoed
        QCOMPARE(o.value(QStringLiteral("catalogue")).toObject().value(QStringLiteral("added")).toInt(), 15);
        // A second init refuses.
        const CliResult again
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("init") }, {}, passwordEnv({}, kAdminPw));
        QCOMPARE(again.exitCode, 1);
        const CliResult add
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("--user"),
                         QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
                         QStringLiteral("clerk1"), QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Hoa"),
                         QStringLiteral("--role"), QStringLiteral("clerk") },
                {}, passwordEnv(kAdminPw, kClerkPw));
        QCOMPARE(add.exitCode, 0);
        QCOMPARE(add.json.object().value(QStringLiteral("role")).toString(), QStringLiteral("clerk"));
        m_dir.writeFile(QStringLiteral("in/scans/page-1.png"), "page one");
    }

    void initPrintsARandomPasswordOnce()
    {
        const QString other = m_dir.filePath(QStringLiteral("other"));
        const CliResult init = runCli({ QStringLiteral("--data-dir"), other, QStringLiteral("init") });
        QCOMPARE(init.exitCode, 0);
        const QString pw = init.json.object().value(QStringLiteral("admin_password")).toString();
        QVERIFY(pw.size() >= 12);
        const CliResult list = runCli({ QStringLiteral("--data-dir"), other, QStringLiteral("--user"),
                                          QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("list") },
            {}, passwordEnv(pw));
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json.array().size(), 1);
        QVERIFY(!list.out.contains(pw.toUtf8()));
    }

    void userListAndPermissions()
    {
        const CliResult list
            = as(QStringLiteral("admin"), kAdminPw, { QStringLiteral("user"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json.array().size(), 2);
        const CliResult denied = clerk({ QStringLiteral("user"), QStringLiteral("list") });
        QCOMPARE(denied.exitCode, 4);
        QCOMPARE(denied.error().value(QStringLiteral("kind")).toString(), QStringLiteral("permission"));
        const CliResult wrongPw = as(QStringLiteral("clerk1"), QStringLiteral("not-the-password"),
            { QStringLiteral("dossier"), QStringLiteral("search"), QStringLiteral("x") });
        QCOMPARE(wrongPw.exitCode, 4);
        const CliResult noUser
            = as({}, {}, { QStringLiteral("dossier"), QStringLiteral("search"), QStringLiteral("x") });
        QCOMPARE(noUser.exitCode, 2);
    }

    void catalogueList()
    {
        const CliResult list = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow,
            QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--incomplete") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json.array().size(), 15);
        const QJsonObject first = list.json.array().first().toObject();
        QVERIFY(first.contains(QStringLiteral("missing")));
        QCOMPARE(first.value(QStringLiteral("complete")).toBool(), false);
        QCOMPARE(first.value(QStringLiteral("version")).toInt(), 1);
    }

    void catalogueImportNeedsAdminAndNamesBadKeys()
    {
        const QString bad = m_dir.writeFile(
            QStringLiteral("cat-bad.json"), R"([{"code": "NEW-2", "name_vi": "Thủ tục", "deadline": 3}])");
        const CliResult denied = clerk({ QStringLiteral("catalogue"), QStringLiteral("import"), bad });
        QCOMPARE(denied.exitCode, 4);
        const CliResult rejected
            = as(QStringLiteral("admin"), kAdminPw, { QStringLiteral("catalogue"), QStringLiteral("import"), bad });
        QCOMPARE(rejected.exitCode, 1);
        QCOMPARE(rejected.error().value(QStringLiteral("field")).toString(), QStringLiteral("deadline"));
    }

    void receiveShowSearch()
    {
        const QString file = m_dir.writeFile(QStringLiteral("in/intake.json"), kIntake);
        const CliResult r = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), file });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json.object();
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("000.00.25.G14-250312-0001"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QCOMPARE(o.value(QStringLiteral("received")).toString(), QStringLiteral("2025-03-12T09:05:00+07:00"));
        QCOMPARE(o.value(QStringLiteral("due")).toString(), QStringLiteral("2025-04-10T17:00:00+07:00"));

        const CliResult show
            = clerk({ QStringLiteral("dossier"), QStringLiteral("show"), QStringLiteral("000.00.25.G14-250312-0001") });
        QCOMPARE(show.exitCode, 0);
        const QJsonObject d = show.json.object();
        QCOMPARE(d.value(QStringLiteral("national_status")).toInt(), 2);
        const QJsonObject file0 = d.value(QStringLiteral("documents"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("files"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(file0.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash("page one", QCryptographicHash::Sha256).toHex()));
        QVERIFY(QFile::exists(QDir(m_data).filePath(file0.value(QStringLiteral("path")).toString())));

        for (const QString& q :
            { QStringLiteral("nguyen van an"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("001090012345") }) {
            const CliResult s = clerk({ QStringLiteral("dossier"), QStringLiteral("search"), q });
            QCOMPARE(s.exitCode, 0);
            QCOMPARE(s.json.array().size(), 1);
        }
        const CliResult missing
            = clerk({ QStringLiteral("dossier"), QStringLiteral("show"), QStringLiteral("000.00.25.G14-250312-0999") });
        QCOMPARE(missing.exitCode, 1);
    }

    void intakeRejectionsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray ok = kIntake;
        QTest::newRow("unknown top key") << QByteArray(ok).replace("\"note\": \"\"", "\"note\": \"\", \"colour\": 1")
                                         << "colour";
        QTest::newRow("unknown applicant key")
            << QByteArray(ok).replace("\"email\": \"\"", "\"mail\": \"\"") << "applicant.mail";
        QTest::newRow("bad id") << QByteArray(ok).replace("001090012345", "12345") << "applicant.id_number";
        QTest::newRow("bad phone") << QByteArray(ok).replace("0912345678", "12") << "applicant.phone";
        QTest::newRow("missing file") << QByteArray(ok).replace("page-1.png", "nope.png") << "documents[0].files[0]";
        QTest::newRow("unknown component")
            << QByteArray(ok).replace("new-application-form", "xyz") << "documents[0].component";
        QTest::newRow("unknown procedure") << QByteArray(ok).replace("LOCAL-RF-002", "9.999999") << "procedure";
        QTest::newRow("refuse without reason")
            << QByteArray(ok).replace("\"note\": \"\"", "\"note\": \"\", \"decision\": \"refuse\"") << "reason";
        QTest::newRow("business with id")
            << QByteArray(ok).replace("\"kind\": \"citizen\"", "\"kind\": \"business\"") << "applicant.id_number";
        QTest::newRow("not json") << QByteArray("{ nope") << "file";
    }

    void intakeRejectionsNameTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const QString file = m_dir.writeFile(QStringLiteral("in/bad.json"), json);
        const CliResult r = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), file });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.error().value(QStringLiteral("field")).toString(), field);
        QVERIFY(!r.errText().isEmpty());
    }

    void workflowStepsAndIllegalOnes()
    {
        const QString code = receive(QByteArray(kIntake).replace("Nguyễn Văn An", "Đặng Thị Ánh"));
        QVERIFY(!code.isEmpty());
        const CliResult early = clerk({ QStringLiteral("dossier"), QStringLiteral("return"), code });
        QCOMPARE(early.exitCode, 1);
        QCOMPARE(early.error().value(QStringLiteral("code")).toString(), QStringLiteral("illegal_transition"));
        QVERIFY(early.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("tiếp nhận"))
            || early.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("received")));
        QCOMPARE(clerk({ QStringLiteral("dossier"), QStringLiteral("hand-over"), code, QStringLiteral("--unit"),
                           QStringLiteral("Phòng Cấp phép") })
                     .exitCode,
            0);
        QCOMPARE(clerk({ QStringLiteral("dossier"), QStringLiteral("request-supplement"), code,
                           QStringLiteral("--reason"), QStringLiteral("Thiếu sơ đồ"), QStringLiteral("--missing"),
                           QStringLiteral("new-mofa-request-letter") })
                     .exitCode,
            0);
        QCOMPARE(clerk({ QStringLiteral("dossier"), QStringLiteral("supplement-received"), code },
                     QStringLiteral("2025-03-14T10:00:00"))
                     .exitCode,
            0);
        QCOMPARE(clerk({ QStringLiteral("dossier"), QStringLiteral("fee-notice"), code, QStringLiteral("--amount"),
                           QStringLiteral("1500000"), QStringLiteral("--number"), QStringLiteral("797/26/CTS-DR") },
                     QStringLiteral("2025-03-14T11:00:00"))
                     .exitCode,
            0);
        const CliResult pay
            = clerk({ QStringLiteral("dossier"), QStringLiteral("pay"), code, QStringLiteral("--amount"),
                        QStringLiteral("1500000"), QStringLiteral("--method"), QStringLiteral("transfer") },
                QStringLiteral("2025-03-17T09:00:00"));
        QCOMPARE(pay.exitCode, 0);
        QCOMPARE(pay.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("processing"));
        const CliResult resched
            = clerk({ QStringLiteral("dossier"), QStringLiteral("reschedule"), code, QStringLiteral("--to"),
                QStringLiteral("2025-05-30"), QStringLiteral("--reason"), QStringLiteral("Chờ thẩm định") });
        QCOMPARE(resched.exitCode, 4); // a supervisor's decision
        QCOMPARE(clerk({ QStringLiteral("dossier"), QStringLiteral("result-ready"), code },
                     QStringLiteral("2025-04-01T14:00:00"))
                     .exitCode,
            0);
        const CliResult ret = clerk(
            { QStringLiteral("dossier"), QStringLiteral("return"), code, QStringLiteral("--collector-name"),
                QStringLiteral("Lê Văn Nhận"), QStringLiteral("--collector-id"), QStringLiteral("001080099999") },
            QStringLiteral("2025-04-02T09:00:00"));
        QCOMPARE(ret.exitCode, 0);
        QCOMPARE(
            ret.json.object().value(QStringLiteral("return")).toObject().value(QStringLiteral("authorised")).toBool(),
            true);
        QCOMPARE(clerk({ QStringLiteral("dossier"), QStringLiteral("rate"), code, QStringLiteral("--rating"),
                           QStringLiteral("1") },
                     QStringLiteral("2025-04-02T09:05:00"))
                     .exitCode,
            0);
        const CliResult twice = clerk({ QStringLiteral("dossier"), QStringLiteral("rate"), code,
                                          QStringLiteral("--rating"), QStringLiteral("2") },
            QStringLiteral("2025-04-02T09:06:00"));
        QCOMPARE(twice.exitCode, 1);
        const CliResult badRating = clerk({ QStringLiteral("dossier"), QStringLiteral("rate"), code,
            QStringLiteral("--rating"), QStringLiteral("7") });
        QCOMPARE(badRating.exitCode, 1);
        const CliResult usage = clerk({ QStringLiteral("dossier"), QStringLiteral("hand-over") });
        QCOMPARE(usage.exitCode, 2);
        m_now = QStringLiteral("2025-04-02T10:00:00"); // the tests below come after these steps
    }

    // Core names the domain field; the CLI names the option that feeds it (and only for options).
    void missingValuesNameTheirOption()
    {
        const QString code = receive(QByteArray(kIntake).replace("Nguyễn Văn An", "Phạm Văn Tuỳ"));
        QVERIFY(!code.isEmpty());
        const CliResult refuse = clerk({ QStringLiteral("dossier"), QStringLiteral("refuse"), code });
        QCOMPARE(refuse.exitCode, 1);
        QCOMPARE(refuse.error().value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
        QVERIFY2(refuse.errText().startsWith(QStringLiteral("--reason: ")), qPrintable(refuse.errText()));
        QVERIFY(refuse.error().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("--reason: ")));
        const CliResult pay = clerk({ QStringLiteral("dossier"), QStringLiteral("pay"), code,
            QStringLiteral("--amount"), QStringLiteral("1000"), QStringLiteral("--method"), QStringLiteral("cheque") });
        QCOMPARE(pay.exitCode, 1);
        QVERIFY2(pay.errText().startsWith(QStringLiteral("--method: ")), qPrintable(pay.errText()));
        // In the intake JSON "reason" is a key, not an option: no option is named.
        const QString file = m_dir.writeFile(QStringLiteral("in/refuse.json"),
            QByteArray(kIntake).replace("\"note\": \"\"", "\"note\": \"\", \"decision\": \"refuse\""));
        const CliResult intake = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), file });
        QCOMPARE(intake.error().value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
        QVERIFY2(!intake.errText().contains(QStringLiteral("--")), qPrintable(intake.errText()));
    }

    void auditVerifyAndTampering()
    {
        const CliResult ok
            = as(QStringLiteral("admin"), kAdminPw, { QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.json.object().value(QStringLiteral("ok")).toBool(), true);
        const CliResult check
            = as(QStringLiteral("admin"), kAdminPw, { QStringLiteral("db"), QStringLiteral("check") });
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.json.object().value(QStringLiteral("ok")).toBool(), check.out.constData());
        const QString backup = m_dir.filePath(QStringLiteral("backup/desk.db"));
        const CliResult b
            = as(QStringLiteral("admin"), kAdminPw, { QStringLiteral("db"), QStringLiteral("backup"), backup });
        QCOMPARE(b.exitCode, 0);
        QVERIFY(QFileInfo(backup).size() > 0);
        // Tamper with the live file: edit row 3.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QDir(m_data).filePath(QStringLiteral("motcua.db")).toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(db, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE seq = 3",
                nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
        const CliResult bad
            = as(QStringLiteral("admin"), kAdminPw, { QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(bad.exitCode, 1);
        const QJsonArray findings = bad.json.object().value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().toObject().value(QStringLiteral("seq")).toInt(), 3);
        QCOMPARE(findings.first().toObject().value(QStringLiteral("problem")).toString(), QStringLiteral("edited"));
        QCOMPARE(as(QStringLiteral("admin"), kAdminPw, { QStringLiteral("db"), QStringLiteral("check") }).exitCode, 1);
        QCOMPARE(clerk({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 4);
    }

    // issue 12: two payments of INT64_MAX once summed to paid_vnd -2; an amount past the cap is refused.
    void hugeAmountsAreRefused()
    {
        const QString code = receive(QByteArray(kIntake).replace("Nguyễn Văn An", "Vũ Thị Lớn"));
        QVERIFY(!code.isEmpty());
        for (int i = 0; i < 2; ++i) {
            const CliResult pay
                = clerk({ QStringLiteral("dossier"), QStringLiteral("pay"), code, QStringLiteral("--amount"),
                    QStringLiteral("9223372036854775807"), QStringLiteral("--method"), QStringLiteral("cash") });
            QCOMPARE(pay.exitCode, 1);
            QCOMPARE(pay.error().value(QStringLiteral("field")).toString(), QStringLiteral("amount"));
            QVERIFY2(pay.errText().startsWith(QStringLiteral("--amount: ")), qPrintable(pay.errText()));
        }
        const CliResult show = clerk({ QStringLiteral("dossier"), QStringLiteral("show"), code });
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.json.object().value(QStringLiteral("paid_vnd")).toInteger(), 0);
    }

    void storageFailureExitsThree()
    {
        const CliResult r = runCli(
            { QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("never-initialised")),
                QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("db"), QStringLiteral("check") },
            {}, passwordEnv(kAdminPw));
        QCOMPARE(r.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliDossier)
#include "test_cli_dossier.moc"
