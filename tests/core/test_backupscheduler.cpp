// BackupScheduler and BackupSchedule (issue 12): the site's "backup" section read strictly; each run makes
// a whole backup folder (database, files, manifest) in the configured folder on a connection of its own,
// keeps the newest `keep`, and is audited as "system"; a backup that BackupSet::verify finds whole.
#include "core/store/BackupScheduler.h"
#include "tests/support/SqlProbe.h"
#include "tests/support/StoreFixture.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

class TestBackupScheduler : public QObject
{
    Q_OBJECT

private slots:
    void scheduleComesFromTheSiteFile()
    {
        SiteConfig site = SiteConfig::demo();
        QVERIFY(!store::BackupSchedule::fromSite(site).value().has_value());
        site.setSection(QStringLiteral("backup"),
            QJsonObject { { QStringLiteral("folder"), QStringLiteral("/mnt/share") },
                { QStringLiteral("interval_minutes"), 30 }, { QStringLiteral("keep"), 5 } });
        const auto s = store::BackupSchedule::fromSite(site);
        QVERIFY(s && s->has_value());
        QCOMPARE((*s)->folder, QStringLiteral("/mnt/share"));
        QCOMPARE((*s)->intervalMinutes, 30);
        QCOMPARE((*s)->keep, 5);
        site.setSection(QStringLiteral("backup"), QJsonObject { { QStringLiteral("keep"), 5 } });
        QCOMPARE(store::BackupSchedule::fromSite(site).error().code, QStringLiteral("invalid_site"));
        site.setSection(QStringLiteral("backup"),
            QJsonObject { { QStringLiteral("folder"), QStringLiteral("/x") }, { QStringLiteral("keep"), 0 } });
        QVERIFY(!store::BackupSchedule::fromSite(site));
    }

    void eachRunMakesAWholeBackupAndKeepsTheNewest()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        QVERIFY(!code.isEmpty());
        QTemporaryDir elsewhere; // another disk: never inside the data folder
        const QString share = elsewhere.filePath(QStringLiteral("share"));
        store::BackupScheduler scheduler(f.dbPath(), SiteConfig::demo(), { share, 60, 2 });
        QSignalSpy made(&scheduler, &store::BackupScheduler::backedUp);
        QStringList folders;
        for (int i = 0; i < 3; ++i) {
            auto r = scheduler.runOnce();
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QVERIFY(store::BackupSet::verify(r->folder).isEmpty());
            QCOMPARE(r->dossiers, 1);
            folders << r->folder;
        }
        QCOMPARE(made.size(), 3);
        QCOMPARE(made.last().at(2).toStringList(), QStringList { folders.at(0) });
        QCOMPARE(QDir(share).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
        QVERIFY(!QFileInfo::exists(folders.at(0)));
        // The copy opens as a store that holds the dossier.
        auto copy = store::Store::open(QDir(folders.at(2)).filePath(QStringLiteral("motcua.db")));
        QVERIFY(copy);
        QVERIFY(copy.value()->dossier(f.clerk, code));
        QCOMPARE(SqlProbe(f.store->handle())
                     .scalar("SELECT count(*) FROM audit_log WHERE action = 'backup' AND actor = 'system'"),
            3);
    }

    void aFailedRunSaysWhy()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QTemporaryDir elsewhere;
        const QString blocker = elsewhere.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        store::BackupScheduler scheduler(f.dbPath(), SiteConfig::demo(), { blocker, 60, 2 });
        QSignalSpy failed(&scheduler, &store::BackupScheduler::failed);
        QVERIFY(!scheduler.runOnce());
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupScheduler)
#include "test_backupscheduler.moc"
