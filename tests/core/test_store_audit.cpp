// The audit log on a real database file: every change writes one sealed row in its own transaction;
// the table refuses UPDATE and DELETE; and when someone bypasses that (drops the triggers with the
// sqlite3 C API), verifyAudit() names the edited, deleted or reordered row.
#include "tests/support/StoreFixture.h"

#include <QTest>

#include <sqlite3.h>

using namespace motcua;
using namespace motcua::test;

namespace {

bool tamper(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    char* err = nullptr;
    const QString all = QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS "
                                       "audit_log_no_delete; ")
        + sql;
    const bool ok = sqlite3_exec(db, all.toUtf8().constData(), nullptr, nullptr, &err) == SQLITE_OK;
    if (!ok)
        qWarning() << err;
    sqlite3_free(err);
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestStoreAudit : public QObject
{
    Q_OBJECT

private:
    // A store with a few audited changes; returns the number of audit rows.
    qint64 populate(StoreFixture& f)
    {
        for (int i = 0; i < 3; ++i) {
            const QString code = f.receiveOne();
            store::StepRequest r;
            r.step = workflow::Step::HandOver;
            const auto applied = f.store->apply(f.clerk, code, r);
            if (!applied)
                qWarning() << "hand-over failed:" << applied.error().message;
        }
        return f.store->verifyAudit(f.admin)->rows;
    }

private slots:
    void intactChainVerifies()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const qint64 rows = populate(f);
        QVERIFY(rows >= 10); // users, catalogue, receipts, hand-overs
        auto r = f.store->verifyAudit(f.admin);
        QVERIFY(r->ok());
        QCOMPARE(r->head.seq, rows);
    }

    void tableIsAppendOnly()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        populate(f);
        char* err = nullptr;
        QVERIFY(
            sqlite3_exec(f.store->handle(), "UPDATE audit_log SET actor = 'x' WHERE seq = 2", nullptr, nullptr, &err)
            != SQLITE_OK);
        sqlite3_free(err);
        QVERIFY(sqlite3_exec(f.store->handle(), "DELETE FROM audit_log WHERE seq = 2", nullptr, nullptr, &err)
            != SQLITE_OK);
        sqlite3_free(err);
        QVERIFY(f.store->verifyAudit(f.admin)->ok());
    }

    void tamperingIsNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("edit actor") << QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 5")
                                    << QStringLiteral("edited") << qint64(5);
        QTest::newRow("edit details") << QStringLiteral("UPDATE audit_log SET details = '{\"x\":1}' WHERE seq = 7")
                                      << QStringLiteral("edited") << qint64(7);
        QTest::newRow("edit time") << QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE seq = 6")
                                   << QStringLiteral("edited") << qint64(6);
        QTest::newRow("delete middle") << QStringLiteral("DELETE FROM audit_log WHERE seq = 4")
                                       << QStringLiteral("deleted") << qint64(4);
        QTest::newRow("delete last") << QStringLiteral(
            "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
                                     << QStringLiteral("deleted") << qint64(-1);
        QTest::newRow("reorder") << QStringLiteral(
            "CREATE TEMP TABLE a AS SELECT * FROM audit_log WHERE seq IN (5, 6); "
            "UPDATE audit_log SET seq = (SELECT seq FROM a WHERE seq = 6), at = (SELECT at FROM a WHERE seq = 6), "
            " actor = (SELECT actor FROM a WHERE seq = 6), action = (SELECT action FROM a WHERE seq = 6), "
            " entity = (SELECT entity FROM a WHERE seq = 6), entity_id = (SELECT entity_id FROM a WHERE seq = 6), "
            " details = (SELECT details FROM a WHERE seq = 6), prev_hash = (SELECT prev_hash FROM a WHERE seq = 6), "
            " hash = (SELECT hash FROM a WHERE seq = 6) WHERE id = (SELECT id FROM a WHERE seq = 5); "
            "UPDATE audit_log SET seq = (SELECT seq FROM a WHERE seq = 5), at = (SELECT at FROM a WHERE seq = 5), "
            " actor = (SELECT actor FROM a WHERE seq = 5), action = (SELECT action FROM a WHERE seq = 5), "
            " entity = (SELECT entity FROM a WHERE seq = 5), entity_id = (SELECT entity_id FROM a WHERE seq = 5), "
            " details = (SELECT details FROM a WHERE seq = 5), prev_hash = (SELECT prev_hash FROM a WHERE seq = 5), "
            " hash = (SELECT hash FROM a WHERE seq = 5) WHERE id = (SELECT id FROM a WHERE seq = 6);")
                                 << QStringLiteral("reordered") << qint64(5);
    }

    void tamperingIsNamed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, problem);
        QFETCH(qint64, seq);
        StoreFixture f;
        QVERIFY(f.setUp());
        const qint64 rows = populate(f);
        const QString path = f.dbPath();
        f.store.reset(); // close the desk's connection, tamper with the file, open again
        QVERIFY(tamper(path, sql));
        auto reopened = store::Store::open(path);
        QVERIFY(reopened);
        auto admin = reopened.value()->authenticate(QStringLiteral("admin"), kTestPassword);
        QVERIFY(admin);
        auto report = reopened.value()->verifyAudit(admin.value());
        QVERIFY(report);
        QVERIFY(!report->ok());
        const qint64 expectedSeq = seq < 0 ? rows : seq;
        bool named = false;
        for (const auto& finding : report->findings) {
            if (finding.problem == problem
                && (finding.seq == expectedSeq
                    || (problem == QLatin1String("reordered") && (finding.seq == 5 || finding.seq == 6))))
                named = true;
            QVERIFY(!finding.message.isEmpty());
        }
        QVERIFY2(named,
            qPrintable(report->findings.isEmpty() ? QString()
                                                  : report->findings.first().problem + QLatin1Char(' ')
                        + QString::number(report->findings.first().seq)));
        auto check = reopened.value()->check(admin.value(), false);
        QVERIFY(!check->ok()); // db check includes the chain
    }
};

QTEST_GUILESS_MAIN(TestStoreAudit)
#include "test_store_audit.moc"
