// The audit chain on a REAL store file: rows written by the Store (user accounts, failed logins), then
// the file is tampered with through the sqlite3 C API the way an intruder with file access would
// (drop the append-only triggers, then UPDATE / DELETE / swap / INSERT), reopened, and
// Store::verifyAudit() (the path behind `motcua audit verify`) must name the row.
#include "core/auth/PasswordHasher.h"
#include "core/store/Store.h"
#include "tests/support/MockClock.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace motcua;

namespace {

const QString kAdminPassword = QStringLiteral("Quản trị 2027!");

// Runs SQL on the closed database file behind the program's back.
bool tamper(const QString& dbPath, const QString& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    const QByteArray script = ("DROP TRIGGER IF EXISTS audit_log_no_update;"
                               "DROP TRIGGER IF EXISTS audit_log_no_delete;"
        + sql)
                                  .toUtf8();
    char* err = nullptr;
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK)
        qWarning("tamper failed: %s", err);
    sqlite3_free(err);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QStringList summary(const QList<audit::AuditChain::Finding>& fs)
{
    QStringList out;
    for (const auto& f : fs)
        out << QStringLiteral("%1:%2").arg(f.problem).arg(f.seq);
    return out;
}

QString describe(const QList<audit::AuditChain::Finding>& fs)
{
    QStringList out;
    for (const auto& f : fs)
        out << QStringLiteral("%1:%2 %3").arg(f.problem).arg(f.seq).arg(f.message);
    return out.isEmpty() ? QStringLiteral("(no findings)") : out.join('\n');
}

} // namespace

class TestAuditSqlite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    store::Actor m_admin;
    std::unique_ptr<test::MockClock> m_clock;
    qint64 m_rows = 0;

    // Reopens the tampered file and runs the verification the CLI runs.
    QList<audit::AuditChain::Finding> verifyFile(bool* ok)
    {
        *ok = false;
        auto opened = store::Store::open(m_db);
        if (!opened.ok()) {
            qWarning("open failed: %s", qPrintable(opened.error().message));
            return {};
        }
        auto report = opened.value()->verifyAudit(m_admin);
        if (!report.ok()) {
            qWarning("verify failed: %s", qPrintable(report.error().message));
            return {};
        }
        *ok = true;
        return report.value().findings;
    }

private Q_SLOTS:
    void initTestCase() { auth::PasswordHasher::setCost(auth::PasswordHasher::Cost::Minimum); }

    // A fresh store with 8 audit rows for every test: the first admin, five users, two failed logins.
    void init()
    {
        m_clock = std::make_unique<test::MockClock>(QDate(2027, 3, 1), QTime(8, 0));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("motcua-%1.db").arg(QTest::currentTestFunction()));
        QFile::remove(m_db);
        auto opened = store::Store::open(m_db);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        store::Store& s = *opened.value();
        auto admin = s.createFirstAdmin("admin", "Quản Trị Viên", kAdminPassword);
        QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
        m_admin = admin.value();
        const QStringList names { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Đặng Văn Đức" };
        const QList<auth::Role> roles { auth::Role::Clerk, auth::Role::Postal, auth::Role::Supervisor,
            auth::Role::Clerk, auth::Role::Admin };
        for (int i = 0; i < names.size(); ++i) {
            m_clock->advanceSecs(60);
            const Status st = s.addUser(m_admin, QStringLiteral("user%1").arg(i + 1), names[i], roles[i],
                QStringLiteral("Mật khẩu số %1").arg(i + 1));
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        }
        for (int i = 0; i < 2; ++i) {
            m_clock->advanceSecs(60);
            QVERIFY(!s.authenticate("user1", "sai mật khẩu").ok());
        }
        auto report = s.verifyAudit(m_admin);
        QVERIFY(report.ok());
        QVERIFY2(report.value().ok(), qPrintable(describe(report.value().findings)));
        m_rows = report.value().rows;
        QVERIFY2(m_rows >= 8, qPrintable(QString::number(m_rows)));
        QCOMPARE(report.value().head.seq, m_rows);
    }

    void cleanup() { m_clock.reset(); }

    void untouchedFileVerifies()
    {
        bool ok = false;
        const auto fs = verifyFile(&ok);
        QVERIFY(ok);
        QVERIFY2(fs.isEmpty(), qPrintable(describe(fs)));
    }

    void triggersRefuseUpdateAndDelete()
    {
        // Without dropping the triggers, SQLite itself refuses to change the log.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(m_db.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        QVERIFY(
            sqlite3_exec(db, "UPDATE audit_log SET actor = 'x' WHERE seq = 2", nullptr, nullptr, nullptr) != SQLITE_OK);
        QVERIFY(sqlite3_exec(db, "DELETE FROM audit_log WHERE seq = 2", nullptr, nullptr, nullptr) != SQLITE_OK);
        sqlite3_close(db);
        bool ok = false;
        QVERIFY(verifyFile(&ok).isEmpty());
        QVERIFY(ok);
    }

    void tamper_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("edit actor") << "UPDATE audit_log SET actor = 'ke.gian' WHERE seq = 3"
                                    << QStringList { "edited:3" };
        QTest::newRow("edit action") << "UPDATE audit_log SET action = 'user_remove' WHERE seq = 2"
                                     << QStringList { "edited:2" };
        QTest::newRow("edit entity id") << "UPDATE audit_log SET entity_id = 'user9' WHERE seq = 4"
                                        << QStringList { "edited:4" };
        QTest::newRow("edit time by 1 ms")
            << "UPDATE audit_log SET at = at + 1 WHERE seq = 5" << QStringList { "edited:5" };
        QTest::newRow("edit details")
            << "UPDATE audit_log SET details = json_set(details, '$.failures', 0) WHERE seq = 7"
            << QStringList { "edited:7" };
        QTest::newRow("edit first row") << "UPDATE audit_log SET actor = 'nobody' WHERE seq = 1"
                                        << QStringList { "edited:1" };
        QTest::newRow("edit seq") << "UPDATE audit_log SET seq = 40 WHERE seq = 3" << QStringList { "edited:3" };
        QTest::newRow("edit stored hash")
            << "UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 6" << QStringList { "edited:6" };
        QTest::newRow("delete middle row") << "DELETE FROM audit_log WHERE seq = 4" << QStringList { "deleted:4" };
        QTest::newRow("delete first row") << "DELETE FROM audit_log WHERE seq = 1" << QStringList { "deleted:1" };
        QTest::newRow("delete last row") << "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"
                                         << QStringList { "deleted:LAST" };
        QTest::newRow("delete two rows") << "DELETE FROM audit_log WHERE seq IN (2, 6)"
                                         << QStringList { "deleted:2", "deleted:6" };
        // Swap the contents of the rows with seq 2 and 5 (their ids stay): the stored order changes.
        QTest::newRow("swap rows")
            << "CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE seq IN (2, 5);"
               "UPDATE audit_log SET (seq, at, actor, action, entity, entity_id, details, prev_hash, hash) = "
               " (SELECT seq, at, actor, action, entity, entity_id, details, prev_hash, hash FROM t "
               "  WHERE t.id <> audit_log.id) WHERE id IN (SELECT id FROM t);"
            << QStringList { "reordered:2", "reordered:5" };
        // Move a row to the end by re-inserting it with a new id.
        QTest::newRow("move row to the end")
            << "INSERT INTO audit_log(seq, at, actor, action, entity, entity_id, details, prev_hash, hash) "
               " SELECT seq, at, actor, action, entity, entity_id, details, prev_hash, hash FROM audit_log "
               " WHERE seq = 3; DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log WHERE seq = 3);"
            << QStringList { "reordered:3" };
        // A copy of row 4 with another actor, stored at the end (hash left as it was: naive forgery).
        QTest::newRow("insert forged row")
            << "INSERT INTO audit_log(seq, at, actor, action, entity, entity_id, details, prev_hash, hash) "
               " SELECT seq, at, 'ke.gian', action, entity, entity_id, details, prev_hash, hash FROM audit_log "
               " WHERE seq = 4"
            << QStringList { "inserted:4" };
        // A row appended after the last one the program wrote (the head in meta does not move).
        QTest::newRow("append row")
            << "INSERT INTO audit_log(seq, at, actor, action, entity, entity_id, details, prev_hash, hash) "
               " SELECT seq + 1, at + 1000, 'ke.gian', 'user_add', entity, 'ke.gian', details, hash, "
               " randomblob(32) FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"
            << QStringList { "inserted:NEXT" };
    }

    void tamperHead_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("head hash changed")
            << "UPDATE meta SET value = '" + QString(64, QLatin1Char('e')) + "' WHERE key = 'audit_head_hash'"
            << QStringList { "edited:LAST" };
        QTest::newRow("head seq moved on")
            << "UPDATE meta SET value = CAST(value + 1 AS TEXT) WHERE key = 'audit_head_seq'"
            << QStringList { "deleted:NEXT" };
    }

    void tamperHead() { tamper(); }

    void tamper()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, expected);
        for (QString& e : expected)
            e.replace("LAST", QString::number(m_rows)).replace("NEXT", QString::number(m_rows + 1));
        QVERIFY(::tamper(m_db, sql));
        bool ok = false;
        const auto fs = verifyFile(&ok);
        QVERIFY(ok);
        QVERIFY2(summary(fs) == expected, qPrintable(describe(fs)));
        for (const auto& f : fs)
            QVERIFY2(f.message.contains(QString::number(f.seq)), qPrintable(f.message));
    }

    // The documented limit: whoever can rewrite the file can delete the last row AND move the head
    // back; locally that is a valid shorter chain. (The rows already sent to the central system are
    // the outside anchor; see docs/audit-log.md.)
    void deletingLastRowAndHeadTogetherIsALocalLimit()
    {
        QVERIFY(::tamper(m_db,
            QStringLiteral("DELETE FROM audit_log WHERE seq = %1;"
                           "UPDATE meta SET value = '%2' WHERE key = 'audit_head_seq';"
                           "UPDATE meta SET value = (SELECT lower(hex(hash)) FROM audit_log "
                           " WHERE seq = %2) WHERE key = 'audit_head_hash';")
                .arg(m_rows)
                .arg(m_rows - 1)));
        bool ok = false;
        const auto fs = verifyFile(&ok);
        QVERIFY(ok);
        QVERIFY2(fs.isEmpty(), qPrintable(describe(fs)));
    }

    void onlyPermittedRolesMayVerify()
    {
        auto opened = store::Store::open(m_db);
        QVERIFY(opened.ok());
        store::Actor clerk = m_admin;
        clerk.role = auth::Role::Clerk;
        const auto denied = opened.value()->verifyAudit(clerk);
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().kind, ErrorKind::Permission);
        store::Actor supervisor = m_admin;
        supervisor.role = auth::Role::Supervisor;
        QVERIFY(opened.value()->verifyAudit(supervisor).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditSqlite)
#include "test_audit_sqlite.moc"
