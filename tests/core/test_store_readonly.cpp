// A store opened read-only (OpenOptions::readOnly; a data folder on a disk mounted read-only, issue 12):
// lookups, search and sign-in work, every change is refused with "read_only", and the file is not
// touched. The real read-only mount is exercised by tests/storage/storage-faults.sh.
#include "core/store/Store.h"
#include "tests/support/StoreFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;
using namespace motcua::test;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

store::OpenOptions readOnlyOptions()
{
    store::OpenOptions o;
    o.readOnly = true;
    return o;
}

} // namespace

class TestStoreReadOnly : public QObject
{
    Q_OBJECT

private slots:
    void lookupWorksAndNothingChanges()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        QVERIFY(!code.isEmpty());
        f.store.reset(); // a clean close: no journal left
        QVERIFY(!QFileInfo::exists(f.dbPath() + QStringLiteral("-wal")));
        const QByteArray before = fileHash(f.dbPath());

        auto opened = store::Store::open(f.dbPath(), readOnlyOptions());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        store::Store& db = *opened.value();
        QVERIFY(db.isReadOnly());
        auto clerk = db.authenticate(QStringLiteral("clerk"), kTestPassword);
        QVERIFY2(clerk, clerk ? "" : qPrintable(clerk.error().message));
        auto d = db.dossier(clerk.value(), code);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QCOMPARE(d->code, code);
        auto hits = db.search(clerk.value(), QStringLiteral("nguyen van an"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().code, code);

        // A change is refused as read-only, naming it; the dossier count stays.
        auto again = db.receive(clerk.value(), StoreFixture::citizenIntake());
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("read_only"));
        // A wrong password is refused (and cannot be recorded).
        auto wrong = db.authenticate(QStringLiteral("clerk"), QStringLiteral("not-the-password"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("wrong_password"));
        opened.value().reset();
        QCOMPARE(fileHash(f.dbPath()), before);
    }

    void committedDossiersInTheJournalAreSeen()
    {
        // A crash leaves committed dossiers in the -wal file with its -shm: read-only must show them.
        StoreFixture f;
        QVERIFY(f.setUp());
        sqlite3* holder = nullptr; // a second connection keeps the journal from being folded in at close
        QCOMPARE(sqlite3_open_v2(f.dbPath().toUtf8().constData(), &holder, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr), SQLITE_OK);
        const QString code = f.receiveOne();
        QVERIFY(!code.isEmpty());
        f.store.reset();
        QVERIFY(QFileInfo(f.dbPath() + QStringLiteral("-wal")).size() > 0);

        auto opened = store::Store::open(f.dbPath(), readOnlyOptions());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        auto clerk = opened.value()->authenticate(QStringLiteral("clerk"), kTestPassword);
        QVERIFY(clerk);
        auto d = opened.value()->dossier(clerk.value(), code);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        opened.value().reset();
        sqlite3_close_v2(holder);
    }

    void anOldSchemaIsRefusedNotMigrated()
    {
        StoreFixture f;
        f.dir.setAutoRemove(true);
        {
            store::OpenOptions old;
            old.targetVersion = store::Store::latestVersion() - 1;
            auto s = store::Store::open(f.dbPath(), old);
            QVERIFY(s);
        }
        const QByteArray before = fileHash(f.dbPath());
        auto opened = store::Store::open(f.dbPath(), readOnlyOptions());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("read_only"));
        QVERIFY(opened.error().message.contains(QString::number(store::Store::latestVersion())));
        QCOMPARE(fileHash(f.dbPath()), before);
    }
};

QTEST_GUILESS_MAIN(TestStoreReadOnly)
#include "test_store_readonly.moc"
