// Personal data (Decree 13/2023/NĐ-CP) through the real `motcua`: a supervisor exports everything the desk
// holds about one ID number and erases it; the dossiers' administrative record stays, the person is gone
// from the details, notes, search and the papers that were theirs alone (a page another dossier also holds
// stays); clerks and administrators are refused; `db purge` erases finished dossiers past the site's
// retention period (--dry-run lists them); `db check` and `audit verify` pass after each.
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
const QString kSupPw = QStringLiteral("Giam-sat-2025");
const QString kAnId = QStringLiteral("001090012345");
const QString kAnName = QStringLiteral("Nguyễn Văn An");
const QString kAnPhone = QStringLiteral("0912345678");
const QString kMarker = QStringLiteral("[đã xóa]");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliPerson : public QObject
{
    Q_OBJECT

    TempDataDir m_dir;
    QString m_data;
    QString m_site;
    QString m_now = QStringLiteral("2025-03-12T09:05:00");

    CliResult as(const QString& user, const QString& pw, const QStringList& args, const QString& newPw = {})
    {
        return runCli(QStringList { QStringLiteral("--data-dir"), m_data, QStringLiteral("--site"), m_site,
                          QStringLiteral("--now"), m_now, QStringLiteral("--user"), user }
                + args,
            {}, passwordEnv(pw, newPw));
    }
    CliResult admin(const QStringList& a) { return as(QStringLiteral("admin"), kAdminPw, a); }
    CliResult clerk(const QStringList& a) { return as(QStringLiteral("clerk1"), kClerkPw, a); }
    CliResult supervisor(const QStringList& a) { return as(QStringLiteral("sup1"), kSupPw, a); }

    QString receive(
        const QString& key, const QString& name, const QString& id, const QStringList& pages, const QString& note = {})
    {
        const QString folder = m_dir.filePath(QStringLiteral("intake-%1").arg(key));
        QJsonArray files;
        for (int i = 0; i < pages.size(); ++i) {
            const QString file = QStringLiteral("page-%1.png").arg(i + 1);
            writeFile(folder + QLatin1Char('/') + file, pages.at(i).toUtf8());
            files.append(file);
        }
        QJsonObject intake { { QStringLiteral("procedure"), QStringLiteral("LOCAL-RF-001") },
            { QStringLiteral("applicant"),
                QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("id_number"), id },
                    { QStringLiteral("phone"), kAnPhone },
                    { QStringLiteral("address"), QStringLiteral("12 Hàng Bạc") } } },
            { QStringLiteral("documents"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("component"), QStringLiteral("don") }, { QStringLiteral("files"), files } } } } };
        if (!note.isEmpty())
            intake.insert(QStringLiteral("note"), note);
        writeFile(folder + QStringLiteral("/intake.json"), QJsonDocument(intake).toJson());
        const CliResult r
            = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), folder + QStringLiteral("/intake.json") });
        if (r.exitCode != 0)
            qWarning() << r.errText();
        return r.json.object().value(QStringLiteral("code")).toString();
    }

    QJsonObject show(const QString& code)
    {
        return clerk({ QStringLiteral("dossier"), QStringLiteral("show"), code }).json.object();
    }
    QStringList paths(const QJsonObject& dossier)
    {
        QStringList out;
        for (const QJsonValue& d : dossier.value(QStringLiteral("documents")).toArray())
            for (const QJsonValue& f : d.toObject().value(QStringLiteral("files")).toArray())
                out << f.toObject().value(QStringLiteral("path")).toString();
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction()));
        SiteConfig site = SiteConfig::demo();
        site.setSection(QStringLiteral("personal_data"), QJsonObject { { QStringLiteral("retention_days"), 365 } });
        m_site = m_dir.filePath(QStringLiteral("site.json"));
        QVERIFY(site.save(m_site));
        QCOMPARE(runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--site"), m_site,
                            QStringLiteral("--now"), m_now, QStringLiteral("init") },
                     {}, passwordEnv({}, kAdminPw))
                     .exitCode,
            0);
        QCOMPARE(
            as(QStringLiteral("admin"), kAdminPw,
                { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"), QStringLiteral("--name"),
                    QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("--role"), QStringLiteral("clerk") },
                kClerkPw)
                .exitCode,
            0);
        QCOMPARE(as(QStringLiteral("admin"), kAdminPw,
                     { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sup1"), QStringLiteral("--name"),
                         QStringLiteral("Lê Văn Giám"), QStringLiteral("--role"), QStringLiteral("supervisor") },
                     kSupPw)
                     .exitCode,
            0);
    }

    void exportAndEraseOnePerson()
    {
        const QString shared = QStringLiteral("trang mẫu dùng chung");
        const QString a = receive(QStringLiteral("a"), kAnName, kAnId, { shared, QStringLiteral("CCCD của An") },
            QStringLiteral("Ông Nguyễn Văn An hẹn gọi 0912345678"));
        const QString b = receive(QStringLiteral("b"), QStringLiteral("Trần Thị Bình"), QStringLiteral("001190054321"),
            { QStringLiteral("đơn của Bình") });
        const QString c
            = receive(QStringLiteral("c"), QStringLiteral("Lê Thị Cúc"), QStringLiteral("001190099999"), { shared });
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        // An collects Bình's result.
        for (const QString& step : { QStringLiteral("hand-over"), QStringLiteral("result-ready") })
            QCOMPARE(clerk({ QStringLiteral("dossier"), step, b }).exitCode, 0);
        QCOMPARE(clerk({ QStringLiteral("dossier"), QStringLiteral("return"), b, QStringLiteral("--collector-name"),
                           kAnName, QStringLiteral("--collector-id"), kAnId })
                     .exitCode,
            0);
        const QJsonObject before = show(a);
        const QStringList aFiles = paths(before);
        QCOMPARE(aFiles.size(), 2);

        // Only a supervisor: clerks and administrators are refused (exit 4).
        const QStringList exportArgs { QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("--id"),
            kAnId };
        QCOMPARE(clerk(exportArgs).exitCode, 4);
        QCOMPARE(admin(exportArgs).exitCode, 4);
        const CliResult exported = supervisor(exportArgs);
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject data = exported.json.object();
        QCOMPARE(data.value(QStringLiteral("party")).toObject().value(QStringLiteral("name")).toString(), kAnName);
        const QJsonArray dossiers = data.value(QStringLiteral("dossiers")).toArray();
        QCOMPARE(dossiers.size(), 2);
        QCOMPARE(dossiers.at(0).toObject().value(QStringLiteral("code")).toString(), a);
        QCOMPARE(dossiers.at(0).toObject().value(QStringLiteral("roles")).toArray(),
            QJsonArray { QStringLiteral("applicant") });
        QCOMPARE(dossiers.at(1).toObject().value(QStringLiteral("code")).toString(), b);
        QCOMPARE(dossiers.at(1).toObject().value(QStringLiteral("roles")).toArray(),
            QJsonArray { QStringLiteral("collector") });
        QVERIFY(exported.out.contains(aFiles.at(1).toUtf8()));

        m_now = QStringLiteral("2025-03-12T10:00:00");
        const QStringList erase { QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("--id"), kAnId,
            QStringLiteral("--reason"), QStringLiteral("Đơn yêu cầu xóa dữ liệu số 12/2025") };
        QCOMPARE(clerk(erase).exitCode, 4);
        QCOMPARE(supervisor(erase.mid(0, 4)).exitCode, 1); // the reason is required
        const CliResult erased = supervisor(erase);
        QVERIFY2(erased.exitCode == 0, erased.err.constData());
        QCOMPARE(erased.json.object().value(QStringLiteral("dossiers")).toArray(), (QJsonArray { a, b }));
        QCOMPARE(erased.json.object().value(QStringLiteral("files_removed")).toInt(), 2);

        // The administrative record stays; the person does not.
        const QJsonObject after = show(a);
        for (const char* key : { "code", "procedure", "procedure_version", "status", "received", "due", "book" })
            QCOMPARE(after.value(QLatin1String(key)), before.value(QLatin1String(key)));
        const QJsonObject applicant = after.value(QStringLiteral("applicant")).toObject();
        QCOMPARE(applicant.value(QStringLiteral("name")).toString(), kMarker);
        QCOMPARE(applicant.value(QStringLiteral("id_number")).toString(), kMarker);
        QCOMPARE(applicant.value(QStringLiteral("phone")).toString(), kMarker);
        const QByteArray shownA = clerk({ QStringLiteral("dossier"), QStringLiteral("show"), a }).out;
        const QByteArray shownB = clerk({ QStringLiteral("dossier"), QStringLiteral("show"), b }).out;
        for (const QByteArray& shown : { shownA, shownB }) {
            QVERIFY2(!shown.contains(kAnName.toUtf8()), shown.constData());
            QVERIFY2(!shown.contains(kAnId.toUtf8()), shown.constData());
        }
        QVERIFY(shownB.contains("Trần Thị Bình")); // Bình's own record is hers
        QCOMPARE(clerk({ QStringLiteral("dossier"), QStringLiteral("search"), kAnId }).json.array().size(), 0);
        QCOMPARE(clerk({ QStringLiteral("dossier"), QStringLiteral("search"), QStringLiteral("Nguyen Van An") })
                     .json.array()
                     .size(),
            0);
        // An's own page is gone; the page Cúc's dossier also holds stays.
        QVERIFY(!QFile::exists(m_data + QLatin1Char('/') + aFiles.at(1)));
        QVERIFY(QFile::exists(m_data + QLatin1Char('/') + aFiles.at(0)));
        QCOMPARE(admin({ QStringLiteral("db"), QStringLiteral("check") }).exitCode, 0);
        QCOMPARE(admin({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
        QCOMPARE(supervisor(exportArgs).json.object().value(QStringLiteral("dossiers")).toArray().size(), 0);
        QCOMPARE(supervisor(erase).exitCode, 1); // nothing left to erase
    }

    void purgeErasesFinishedDossiersPastRetention()
    {
        const QString open = receive(QStringLiteral("open"), kAnName, kAnId, { QStringLiteral("trang 1") });
        const QString done = receive(QStringLiteral("done"), QStringLiteral("Trần Thị Bình"),
            QStringLiteral("001190054321"), { QStringLiteral("trang 2") });
        for (const QString& step :
            { QStringLiteral("hand-over"), QStringLiteral("result-ready"), QStringLiteral("return") })
            QCOMPARE(clerk({ QStringLiteral("dossier"), step, done }).exitCode, 0);
        const QStringList purge { QStringLiteral("db"), QStringLiteral("purge") };
        // Within the retention period: nothing.
        m_now = QStringLiteral("2025-06-01T09:00:00");
        QCOMPARE(admin(purge + QStringList { QStringLiteral("--dry-run") })
                     .json.object()
                     .value(QStringLiteral("dossiers"))
                     .toArray()
                     .size(),
            0);
        m_now = QStringLiteral("2026-04-01T09:00:00");
        QCOMPARE(clerk(purge).exitCode, 4);
        const CliResult dry = admin(purge + QStringList { QStringLiteral("--dry-run") });
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.json.object().value(QStringLiteral("dossiers")).toArray(), QJsonArray { done });
        QVERIFY(show(done).value(QStringLiteral("applicant")).toObject().value(QStringLiteral("name")).toString()
            != kMarker);
        const CliResult purged = supervisor(purge);
        QVERIFY2(purged.exitCode == 0, purged.err.constData());
        QCOMPARE(purged.json.object().value(QStringLiteral("dossiers")).toArray(), QJsonArray { done });
        QCOMPARE(
            show(done).value(QStringLiteral("applicant")).toObject().value(QStringLiteral("name")).toString(), kMarker);
        QCOMPARE(show(done).value(QStringLiteral("status")).toString(), QStringLiteral("returned"));
        QCOMPARE(
            show(open).value(QStringLiteral("applicant")).toObject().value(QStringLiteral("name")).toString(), kAnName);
        QCOMPARE(admin(purge).json.object().value(QStringLiteral("dossiers")).toArray().size(), 0); // done once
        QCOMPARE(admin({ QStringLiteral("db"), QStringLiteral("check") }).exitCode, 0);
        QCOMPARE(admin({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPerson)
#include "test_cli_person.moc"
