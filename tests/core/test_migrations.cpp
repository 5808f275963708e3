// Migrations: a database built at every earlier schema version, holding data of that version, is
// brought to the latest version with its data intact and back-filled (search index, tracking-book
// numbers), and ends with exactly the schema of a fresh database.
#include "core/auth/PasswordHasher.h"
#include "core/domain/LookupSecret.h"
#include "core/store/SchemaSql.h"
#include "tests/support/SqlProbe.h"
#include "tests/support/StoreFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;
using namespace motcua::test;

namespace {

bool exec(sqlite3* db, const QString& sql)
{
    QString error;
    const bool ok = SqlProbe(db).exec(sql, &error);
    if (!ok)
        qWarning() << error;
    return ok;
}

QStringList schema(sqlite3* db)
{
    return SqlProbe(db).column(
        "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY name");
}

QString seedEntry(const char* code)
{
    QFile f(QStringLiteral(":/procedures.json"));
    f.open(QIODevice::ReadOnly);
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array())
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String(code))
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)).replace('\'', "''");
    return {};
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void everyVersionHasSql()
    {
        for (int v = 1; v <= store::Store::latestVersion(); ++v)
            QVERIFY(!store::Store::migrationSql(v).isEmpty());
        QVERIFY(store::Store::migrationSql(store::Store::latestVersion() + 1).isEmpty());
    }

    void fromEachEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < store::Store::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void fromEachEarlierVersion()
    {
        QFETCH(int, version);
        MockClock clock(QDate(2025, 3, 12), QTime(9, 5));
        auth::PasswordHasher::setCost(auth::PasswordHasher::Cost::Minimum);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        const QString hash = auth::PasswordHasher::hash(kTestPassword).value();
        {
            store::OpenOptions o;
            o.targetVersion = version;
            auto old = store::Store::open(path, o);
            QVERIFY(old);
            QCOMPARE(old.value()->schemaVersion(), version);
            sqlite3* db = old.value()->handle();
            if (version >= 1) {
                // Data as a desk of that version wrote it (times in ms UTC: 12/03/2025 09:05 +07:00).
                QVERIFY(exec(db,
                    QStringLiteral("INSERT INTO users(id, login, name, role, password_hash, created_at) "
                                   "VALUES(1, 'clerk', 'Nguyễn Thị Hoa', 'clerk', '%1', 1741745100000)")
                        .arg(hash)));
                QVERIFY(exec(db,
                    QStringLiteral("INSERT INTO procedures(id, code, version, valid_from, name, agency, data, "
                                   "complete, imported_at, imported_by) VALUES(1, 'LOCAL-RF-001', 1, "
                                   "'2025-01-01', 'Cấp giấy phép tần số', 'Cục Tần số vô tuyến điện', '%1', 0, "
                                   "1741745100000, 'system')")
                        .arg(seedEntry("LOCAL-RF-001"))));
                QVERIFY(exec(db,
                    QStringLiteral("INSERT INTO dossiers(id, code, procedure_id, channel, state, received_at, due_at, "
                                   "original_due_at, "
                                   "applicant, owner, return_method, received_by, updated_at) VALUES(1, "
                                   "'000.00.25.G14-250312-0001', 1, "
                                   "'desk', 'received', 1741745100000, 1744279200000, 1744279200000, "
                                   "'{\"kind\":\"citizen\",\"name\":\"Đặng Thị "
                                   "Ánh\",\"id_number\":\"001190012345\",\"phone\":\"0912345678\"}', "
                                   "NULL, 'desk', 1, 1741745100000)")));
                QVERIFY(exec(db,
                    QStringLiteral("INSERT INTO status_history(dossier_id, at, from_state, to_state, step, user_id) "
                                   "VALUES(1, 1741745100000, NULL, 'received', 'accept', 1)")));
                QVERIFY(exec(db, QStringLiteral("INSERT INTO code_counters VALUES('000.00.25.G14', '250312', 1)")));
            }
            if (version >= 2) {
                QVERIFY(exec(db,
                    QStringLiteral("INSERT INTO hand_overs(dossier_id, seq, from_unit, to_unit, at, user_id) "
                                   "VALUES(1, 1, 'Bộ phận Một cửa', 'Phòng Cấp phép', 1741831500000, 1)")));
                QVERIFY(exec(db, QStringLiteral("UPDATE dossiers SET state = 'processing'")));
                QVERIFY(exec(db,
                    QStringLiteral("INSERT INTO status_history(dossier_id, at, from_state, to_state, step, user_id) "
                                   "VALUES(1, 1741831500000, 'received', 'processing', 'hand_over', 1)")));
            }
            if (version >= 3) {
                // A desk of version 3 numbers the book and indexes the dossier at receipt.
                QVERIFY(exec(db, QStringLiteral("UPDATE dossiers SET book_year = 2025, book_serial = 1")));
                QVERIFY(exec(db, QStringLiteral("INSERT INTO book_counters(year, last) VALUES(2025, 1)")));
                QVERIFY(exec(db, QStringLiteral(MOTCUA_FTS_INSERT_SELECT)));
            }
            if (version >= 5) {
                // A desk of version 5 also indexes the names apart and the numbers as exact keys at receipt.
                QVERIFY(exec(db, QStringLiteral(MOTCUA_NAME_FTS_INSERT_SELECT)));
                QVERIFY(exec(db, QStringLiteral(MOTCUA_KEYS_INSERT_SELECT)));
            }
            if (version >= 11) // a desk of version 11 gives each dossier its lookup secret at receipt
                QVERIFY(exec(db,
                    QStringLiteral("INSERT INTO lookup_secrets(dossier_id, secret) "
                                   "SELECT id, 'ABCD2345' FROM dossiers")));
        }
        auto migrated = store::Store::open(path);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
        store::Store& s = *migrated.value();
        QCOMPARE(s.schemaVersion(), store::Store::latestVersion());

        QTemporaryDir freshDir;
        auto fresh = store::Store::open(freshDir.filePath(QStringLiteral("fresh.db")));
        QVERIFY(fresh);
        QCOMPARE(schema(s.handle()), schema(fresh.value()->handle()));

        if (version >= 1) {
            auto clerk = s.authenticate(QStringLiteral("clerk"), kTestPassword);
            QVERIFY(clerk);
            auto d = s.dossier(clerk.value(), QStringLiteral("000.00.25.G14-250312-0001"));
            QVERIFY2(d, d ? "" : qPrintable(d.error().message));
            QCOMPARE(d->applicant.name, QStringLiteral("Đặng Thị Ánh"));
            QCOMPARE(d->bookYear, 2025);
            QCOMPARE(d->bookSerial, 1);
            QCOMPARE(d->handOvers.size(), version >= 2 ? 1 : 0);
            // Version 11 gave the dossier its lookup secret for the public status page.
            QVERIFY2(LookupSecret::isValid(d->lookupSecret), qPrintable(d->lookupSecret));
            // The search index was back-filled, diacritic-insensitive.
            auto hits = s.search(clerk.value(), QStringLiteral("dang thi anh"));
            QVERIFY(hits);
            QCOMPARE(hits->size(), 1);
            QCOMPARE(hits->first().match, store::SearchHit::Match::NameStart);
            // And the numbers as exact keys (version 5).
            auto byId = s.search(clerk.value(), QStringLiteral("001190012345"));
            QVERIFY(byId);
            QCOMPARE(byId->size(), 1);
            QCOMPARE(byId->first().match, store::SearchHit::Match::Exact);
            // The counters continue: the next receipt is number 2 of the day and serial 2 of the book.
            auto r = s.receive(clerk.value(), StoreFixture::citizenIntake());
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QCOMPARE(r->code, QStringLiteral("000.00.25.G14-250312-0002"));
            QCOMPARE(s.dossier(clerk.value(), r->code)->bookSerial, 2);
            const QString newSecret = s.dossier(clerk.value(), r->code)->lookupSecret;
            QVERIFY(LookupSecret::isValid(newSecret));
            QVERIFY(newSecret != d->lookupSecret);
            store::Actor admin = store::Store::systemActor();
            auto check = s.check(admin, false);
            QVERIFY2(check->ok(), qPrintable(check->problems.join('\n')));
        }
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            auto s = store::Store::open(path);
            QVERIFY(s);
            QVERIFY(exec(s.value()->handle(),
                QStringLiteral("PRAGMA user_version = %1").arg(store::Store::latestVersion() + 1)));
        }
        auto again = store::Store::open(path);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("schema_too_new"));
        QCOMPARE(again.error().kind, ErrorKind::Environment);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
