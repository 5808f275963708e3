// Backups with the stored files (issue 12) through the real `motcua`: a backup taken mid-day is a private
// folder (database, files, manifest with SHA-256), never made over anything; restored after more intakes and
// the loss of the data folder's files, it brings back every dossier of that moment with its files, checked;
// `--rotate DIR --keep N` keeps the newest N; a damaged backup is refused; a missing stored file fails the
// backup with exit 3 and leaves nothing; clerks may not back up.
#include "tests/support/CliRunner.h"
#include "tests/support/TempDataDir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kAdminPw = QStringLiteral("Quay-so-1-2025");
const QString kClerkPw = QStringLiteral("Tiep-nhan-2025");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

bool ownerOnly(const QString& path, bool dir)
{
    const auto p = QFileInfo(path).permissions();
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return !(p & others) && (p & QFileDevice::ReadOwner) && (!dir || (p & QFileDevice::ExeOwner));
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

    TempDataDir m_dir;
    QString m_data;
    QString m_now = QStringLiteral("2025-03-12T09:05:00");

    CliResult as(const QString& user, const QString& pw, const QStringList& args)
    {
        return runCli(QStringList { QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), m_now,
                          QStringLiteral("--user"), user }
                + args,
            {}, passwordEnv(pw));
    }
    CliResult admin(const QStringList& args) { return as(QStringLiteral("admin"), kAdminPw, args); }
    CliResult clerk(const QStringList& args) { return as(QStringLiteral("clerk1"), kClerkPw, args); }

    // Receives a dossier with `pages` pages of distinct content; returns its code.
    QString receive(const QString& name, int pages)
    {
        const QString folder = m_dir.filePath(QStringLiteral("intake-%1").arg(name));
        QJsonArray files;
        for (int i = 1; i <= pages; ++i) {
            const QString page = QStringLiteral("page-%1.png").arg(i);
            if (!writeFile(folder + QLatin1Char('/') + page, QStringLiteral("%1 trang %2").arg(name).arg(i).toUtf8()))
                return {};
            files.append(page);
        }
        const QJsonObject intake { { QStringLiteral("procedure"), QStringLiteral("LOCAL-RF-001") },
            { QStringLiteral("applicant"),
                QJsonObject { { QStringLiteral("name"), name },
                    { QStringLiteral("id_number"), QStringLiteral("001090012345") } } },
            { QStringLiteral("documents"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("component"), QStringLiteral("don") }, { QStringLiteral("files"), files } } } } };
        if (!writeFile(folder + QStringLiteral("/intake.json"), QJsonDocument(intake).toJson()))
            return {};
        const CliResult r
            = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), folder + QStringLiteral("/intake.json") });
        if (r.exitCode != 0)
            qWarning() << r.errText();
        return r.json.object().value(QStringLiteral("code")).toString();
    }

    // The stored files of dossier `code` (paths under the data folder) with their recorded SHA-256.
    QList<QPair<QString, QString>> filesOf(const QString& code)
    {
        QList<QPair<QString, QString>> out;
        const CliResult shown = clerk({ QStringLiteral("dossier"), QStringLiteral("show"), code });
        for (const QJsonValue& d : shown.json.object().value(QStringLiteral("documents")).toArray())
            for (const QJsonValue& f : d.toObject().value(QStringLiteral("files")).toArray())
                out.append({ f.toObject().value(QStringLiteral("path")).toString(),
                    f.toObject().value(QStringLiteral("sha256")).toString() });
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction()));
        QCOMPARE(
            runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), m_now, QStringLiteral("init") }, {},
                passwordEnv({}, kAdminPw))
                .exitCode,
            0);
        const CliResult added
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), m_now, QStringLiteral("--user"),
                         QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
                         QStringLiteral("clerk1"), QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Hoa"),
                         QStringLiteral("--role"), QStringLiteral("clerk") },
                {}, passwordEnv(kAdminPw, kClerkPw));
        QCOMPARE(added.exitCode, 0);
    }

    void midDayBackupRestoresEveryDossierWithItsFiles()
    {
        QStringList morning;
        for (const QString& name :
            { QStringLiteral("Trần Văn Bình"), QStringLiteral("Lê Thị Cúc"), QStringLiteral("Phạm Minh Đức") })
            morning << receive(name, 2);
        QVERIFY(!morning.contains(QString()));
        m_now = QStringLiteral("2025-03-12T12:00:00");
        const QString backup = m_dir.filePath(QStringLiteral("share/noon"));
        const CliResult made = admin({ QStringLiteral("db"), QStringLiteral("backup"), backup });
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(made.json.object().value(QStringLiteral("dossiers")).toInt(), 3);
        QCOMPARE(made.json.object().value(QStringLiteral("files")).toInt(), 6);
        QVERIFY(ownerOnly(backup, true));
        QVERIFY(ownerOnly(backup + QStringLiteral("/motcua.db"), false));
        QVERIFY(ownerOnly(backup + QStringLiteral("/manifest.json"), false));
        QDirIterator it(backup + QStringLiteral("/files"), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(ownerOnly(path, it.fileInfo().isDir()), qPrintable(path));
        }
        // Never over anything: not the same folder again, not with --force.
        QCOMPARE(admin({ QStringLiteral("db"), QStringLiteral("backup"), backup })
                     .error()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("target_exists"));
        QCOMPARE(
            admin({ QStringLiteral("db"), QStringLiteral("backup"), backup, QStringLiteral("--force") }).exitCode, 2);

        // The afternoon goes on, then the data folder loses its files.
        m_now = QStringLiteral("2025-03-12T14:00:00");
        const QString afternoon = receive(QStringLiteral("Hoàng Văn Em"), 1);
        QVERIFY(!afternoon.isEmpty());
        QVERIFY(QDir(m_data + QStringLiteral("/files")).removeRecursively());

        const CliResult restored
            = admin({ QStringLiteral("db"), QStringLiteral("restore"), backup, QStringLiteral("--force") });
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(restored.json.object().value(QStringLiteral("dossiers")).toInt(), 3);
        QCOMPARE(restored.json.object().value(QStringLiteral("files_restored")).toInt(), 6);
        QCOMPARE(admin({ QStringLiteral("db"), QStringLiteral("check") }).exitCode, 0);
        QCOMPARE(admin({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
        for (const QString& code : std::as_const(morning)) {
            const auto files = filesOf(code);
            QCOMPARE(files.size(), 2);
            for (const auto& [path, sha] : files)
                QCOMPARE(sha256(m_data + QLatin1Char('/') + path), sha.toLatin1());
        }
        // The afternoon's dossier was after the backup; its code is never issued again.
        QCOMPARE(clerk({ QStringLiteral("dossier"), QStringLiteral("show"), afternoon }).exitCode, 1);
        const QString next = receive(QStringLiteral("Vũ Thị Giang"), 1);
        QVERIFY(!next.isEmpty());
        QVERIFY(next != afternoon);
    }

    void rotationKeepsTheNewest()
    {
        QVERIFY(!receive(QStringLiteral("Trần Văn Bình"), 1).isEmpty());
        const QString share = m_dir.filePath(QStringLiteral("rotate-share"));
        QVERIFY(writeFile(share + QStringLiteral("/notes.txt"), "not a backup"));
        QStringList made;
        for (int i = 0; i < 4; ++i) {
            const CliResult r = admin({ QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--rotate"),
                share, QStringLiteral("--keep"), QStringLiteral("2") });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            made << r.json.object().value(QStringLiteral("backup")).toString();
        }
        const QStringList left = QDir(share).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(left.size(), 2);
        QCOMPARE(QDir(share).absoluteFilePath(left.at(0)), made.at(2));
        QCOMPARE(QDir(share).absoluteFilePath(left.at(1)), made.at(3));
        QVERIFY(QFile::exists(share + QStringLiteral("/notes.txt"))); // nothing else is touched
        QCOMPARE(
            clerk({ QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--rotate"), share }).exitCode, 4);
    }

    void damagedOrIncompleteBackupsAreRefused()
    {
        const QString code = receive(QStringLiteral("Trần Văn Bình"), 1);
        const auto files = filesOf(code);
        QCOMPARE(files.size(), 1);
        const QString backup = m_dir.filePath(QStringLiteral("damaged-backup"));
        QCOMPARE(admin({ QStringLiteral("db"), QStringLiteral("backup"), backup }).exitCode, 0);
        // A page in the backup changed: restore lists it and changes nothing.
        QVERIFY(writeFile(backup + QLatin1Char('/') + files.first().first, "altered"));
        const QByteArray liveBefore = sha256(m_data + QStringLiteral("/motcua.db"));
        const CliResult refused
            = admin({ QStringLiteral("db"), QStringLiteral("restore"), backup, QStringLiteral("--force") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(files.first().first), qPrintable(refused.errText()));
        QCOMPARE(sha256(m_data + QStringLiteral("/motcua.db")), liveBefore);
        // A stored file missing from the data folder: the backup fails (exit 3, Vietnamese) and leaves nothing.
        QVERIFY(QFile::remove(m_data + QLatin1Char('/') + files.first().first));
        const QString second = m_dir.filePath(QStringLiteral("second-backup"));
        const CliResult failed = admin({ QStringLiteral("db"), QStringLiteral("backup"), second });
        QCOMPARE(failed.exitCode, 3);
        QCOMPARE(failed.error().value(QStringLiteral("code")).toString(), QStringLiteral("file_missing"));
        QVERIFY2(failed.errText().contains(QStringLiteral("thiếu")), qPrintable(failed.errText()));
        QVERIFY(!QFileInfo::exists(second));
        QVERIFY(!QFileInfo::exists(second + QStringLiteral(".part")));
        QCOMPARE(
            clerk({ QStringLiteral("db"), QStringLiteral("backup"), m_dir.filePath(QStringLiteral("clerk-backup")) })
                .exitCode,
            4);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "test_cli_backup.moc"
