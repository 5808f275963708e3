// `motcua db check|backup` on damaged and missing databases (issue 12): a damaged file is listed as
// problems (exit 1) and never re-created, migrated or written; other commands refuse it (exit 3).
#include "tests/support/CliRunner.h"
#include "tests/support/TempDataDir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace motcua::test;

namespace {

const QString kAdminPw = QStringLiteral("Quay-so-1-2025");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// Read and write for the owner, nothing for the group or others (0600).
bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (p & others) == 0 && p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner);
}

} // namespace

class TestCliDb : public QObject
{
    Q_OBJECT

    TempDataDir m_dir;
    QString m_data;
    QByteArray m_realDb; // a sound store's bytes, made once by init

    CliResult admin(const QString& dataDir, const QStringList& args)
    {
        return runCli(
            QStringList { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--user"), QStringLiteral("admin") }
                + args,
            {}, passwordEnv(kAdminPw));
    }

    // A data folder whose motcua.db holds `bytes`; returns the folder.
    QString damagedDataDir(const QString& name, const QByteArray& bytes)
    {
        m_dir.writeFile(name + QStringLiteral("/motcua.db"), bytes);
        return m_dir.filePath(name);
    }

    // db check lists the damage (exit 1), another command refuses it (exit 3), the bytes stay as they were.
    void expectReportedAndUntouched(const QString& dataDir, const QByteArray& bytes)
    {
        const QString db = dataDir + QStringLiteral("/motcua.db");
        const CliResult check = admin(dataDir, { QStringLiteral("db"), QStringLiteral("check") });
        QCOMPARE(check.exitCode, 1);
        const QJsonObject report = check.json.object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY2(!report.value(QStringLiteral("problems")).toArray().isEmpty(), check.out.constData());
        QCOMPARE(readAll(db), bytes);
        const CliResult list = admin(dataDir, { QStringLiteral("user"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 3);
        QVERIFY2(list.errText().contains(QFileInfo(db).absoluteFilePath()), qPrintable(list.errText()));
        QCOMPARE(readAll(db), bytes);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")) || QFileInfo(db + QStringLiteral("-wal")).size() == 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        const CliResult init = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"),
                                          QStringLiteral("2025-03-12T09:05:00"), QStringLiteral("init") },
            {}, passwordEnv({}, kAdminPw));
        QCOMPARE(init.exitCode, 0);
        m_realDb = readAll(m_data + QStringLiteral("/motcua.db"));
        QVERIFY(m_realDb.startsWith("SQLite format 3"));
    }

    void soundDatabaseChecksOk()
    {
        const CliResult check = admin(m_data, { QStringLiteral("db"), QStringLiteral("check") });
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.json.object().value(QStringLiteral("ok")).toBool(), true);
    }

    void zeroByteDatabaseIsNotRecreated()
    {
        expectReportedAndUntouched(damagedDataDir(QStringLiteral("zero"), {}), {});
    }

    void randomBytesAreNotADatabase()
    {
        QRandomGenerator random(12);
        QByteArray bytes(8192, '\0');
        for (char& c : bytes)
            c = char(random.bounded(256));
        expectReportedAndUntouched(damagedDataDir(QStringLiteral("random"), bytes), bytes);
    }

    void truncatedStoreIsReported()
    {
        const QByteArray half = m_realDb.left(m_realDb.size() / 2);
        expectReportedAndUntouched(damagedDataDir(QStringLiteral("half"), half), half);
    }

    // A backup is its owner's only (a folder with the database, files and manifest), and never replaces
    // anything that exists, not even with --force.
    void backupRefusesAnExistingTargetAndIsPrivate()
    {
        const QString target = m_dir.writeFile(QStringLiteral("backups/precious.txt"), "someone's document");
        const CliResult refused = admin(m_data, { QStringLiteral("db"), QStringLiteral("backup"), target });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(target), qPrintable(refused.errText()));
        QCOMPARE(readAll(target), QByteArray("someone's document"));
        const QString fresh = m_dir.filePath(QStringLiteral("backups/motcua-1"));
        const CliResult made = admin(m_data, { QStringLiteral("db"), QStringLiteral("backup"), fresh });
        QCOMPARE(made.exitCode, 0);
        QVERIFY(readAll(fresh + QStringLiteral("/motcua.db")).startsWith("SQLite format 3"));
        QVERIFY(ownerOnly(fresh + QStringLiteral("/motcua.db")));
        QVERIFY(ownerOnly(fresh + QStringLiteral("/manifest.json")));
        const CliResult forced
            = admin(m_data, { QStringLiteral("db"), QStringLiteral("backup"), target, QStringLiteral("--force") });
        QCOMPARE(forced.exitCode, 2);
        QCOMPARE(readAll(target), QByteArray("someone's document"));
    }

    void missingDatabaseExitsThree()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(dataDir));
        const CliResult check = admin(dataDir, { QStringLiteral("db"), QStringLiteral("check") });
        QCOMPARE(check.exitCode, 3);
        QVERIFY(!check.errText().isEmpty());
        QVERIFY(!QFileInfo::exists(dataDir + QStringLiteral("/motcua.db")));
    }
};

QTEST_GUILESS_MAIN(TestCliDb)
#include "test_cli_db.moc"
