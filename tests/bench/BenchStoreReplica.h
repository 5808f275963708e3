// The fast way to a large bench store (issue 14: benchmarks on 1,000,000 dossiers with whole histories).
// Receiving through the real intake makes 130-300 dossiers a second on this machine, hours for a million;
// so only a template and the recent weeks go through the Store API, and the rest is copied in SQL:
//   1. template: `perBlock` dossiers received over the first two weeks (from kBenchFrom, a Monday),
//      each moved along as far as it would have got 60 days later (hand-over, supplements, fees and
//      payments, results early/on time/late by procedure, returns, ratings, reschedules, withdrawals),
//      through SyntheticDossiers and the real Store API; its dossiers are spread over four clerks;
//   2. copies: the template copied block after block, each moved 14 days later (same weekdays) into
//      every table that holds a dossier's history: dossiers (codes re-dated, so unique), documents,
//      files, status_history, hand_overs, supplement_rounds, pauses, fee_notices, payments, returns,
//      ratings, outbox (delivered), dossier_keys; the search indexes and the audit log are not copied
//      (no report reads them; bench_search has its own store);
//   3. book numbers renumbered per year in receipt order, as the migration to version 3 does;
//   4. the recent weeks: twice a block received through the real API up to kBenchTo, left as they
//      stand on that day, so the dashboard's queues (due today, overdue, waiting hand-over) are real.
// With the defaults (10,000 a block, 97 copies) that is exactly 1,000,000 dossiers from 2023-01-02 to
// 2026-10-30, about 1,000 a working day. See tests/bench/README.md.
#pragma once

#include "core/auth/PasswordHasher.h"
#include "tests/bench/BenchStoreFile.h"

#include <QByteArray>
#include <QFile>

namespace motcua::bench {

namespace replica {

inline bool exec(sqlite3* db, const QByteArray& sql)
{
    char* err = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "\nSQL failed: %s\n  in: %.300s\n", err ? err : "?", sql.constData());
        sqlite3_free(err);
        return false;
    }
    return true;
}

inline qint64 scalar(sqlite3* db, const QByteArray& sql)
{
    sqlite3_stmt* s = nullptr;
    qint64 v = 0;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

// The columns of `table`, in order.
inline QList<QByteArray> columns(sqlite3* db, const char* table)
{
    QList<QByteArray> out;
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, QByteArray("PRAGMA table_info(") + table + ")", -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW)
        out << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, 1)));
    sqlite3_finalize(s);
    return out;
}

// The tables copied, each with the column that says which template rows belong to it.
struct Copied {
    const char* table;
    const char* templateRows; // WHERE clause selecting the template's rows
};

inline const QList<Copied>& copiedTables()
{
    static const QList<Copied> t {
        { "dossiers", "id <= :maxDossier" },
        { "documents", "dossier_id <= :maxDossier" },
        { "files", "document_id <= :maxDocument" },
        { "status_history", "dossier_id <= :maxDossier" },
        { "hand_overs", "dossier_id <= :maxDossier" },
        { "supplement_rounds", "dossier_id <= :maxDossier" },
        { "pauses", "dossier_id <= :maxDossier" },
        { "fee_notices", "dossier_id <= :maxDossier" },
        { "payments", "dossier_id <= :maxDossier" },
        { "returns", "dossier_id <= :maxDossier" },
        { "ratings", "dossier_id <= :maxDossier" },
        { "outbox", "dossier_id <= :maxDossier" },
        { "dossier_keys", "dossier_id <= :maxDossier" },
    };
    return t;
}

// The SELECT expression copying column `c` of `table` into block :k (moved :shift ms later); :idStep is
// the template's largest id in `table`.
inline QByteArray copyExpr(const char* table, const QByteArray& c)
{
    static const QList<QByteArray> times { "at", "received_at", "due_at", "original_due_at", "updated_at", "created_at",
        "delivered_at", "requested_at", "from_at", "to_at" };
    const QByteArray t(table);
    if (c == "id")
        return "id + :k * :idStep";
    if (c == "dossier_id")
        return "dossier_id + :k * :maxDossier";
    if (c == "document_id")
        return "document_id + :k * :maxDocument";
    if (t == "dossiers" && c == "code")
        return "substr(code, 1, instr(code, '-')) || substr(strftime('%Y%m%d', (received_at + :shift) / 1000 + "
               "25200, 'unixepoch'), 3) || substr(code, instr(code, '-') + 7)";
    if (t == "dossiers" && (c == "book_year" || c == "book_serial"))
        return "NULL";
    if (t == "outbox" && c == "key")
        return "key || '~' || :k";
    if (times.contains(c))
        return c + " + :shift";
    return c;
}

struct CopyStatement {
    QByteArray sql;
    qint64 idStep = 0;
};

inline CopyStatement copySql(sqlite3* db, const Copied& c, qint64 maxDossier, qint64 maxDocument)
{
    const QList<QByteArray> cols = columns(db, c.table);
    QByteArray sel;
    for (const QByteArray& col : cols)
        sel += (sel.isEmpty() ? "" : ", ") + copyExpr(c.table, col);
    QByteArray where = c.templateRows;
    where.replace(":maxDossier", QByteArray::number(maxDossier))
        .replace(":maxDocument", QByteArray::number(maxDocument));
    CopyStatement out;
    out.sql = "INSERT INTO " + QByteArray(c.table) + "(" + cols.join(", ") + ") SELECT " + sel + " FROM " + c.table
        + " WHERE " + where;
    if (cols.contains("id"))
        out.idStep = scalar(db, "SELECT max(id) FROM " + QByteArray(c.table) + " WHERE " + where);
    return out;
}

inline QByteArray bindAll(const CopyStatement& c, qint64 k, qint64 shiftMs, qint64 maxDossier, qint64 maxDocument)
{
    QByteArray sql = c.sql;
    sql.replace(":maxDossier", QByteArray::number(maxDossier));
    sql.replace(":maxDocument", QByteArray::number(maxDocument));
    sql.replace(":idStep", QByteArray::number(c.idStep));
    sql.replace(":shift", QByteArray::number(shiftMs));
    sql.replace(":k", QByteArray::number(k));
    return sql;
}

// Adds three more clerks and spreads the template's dossiers over the four, in every table that says
// who acted for the clerk (the supervisor's steps stay his).
inline bool spreadOverClerks(Store& store, const Actor& admin, qint64 clerkId)
{
    const QStringList logins { QStringLiteral("clerk2"), QStringLiteral("clerk3"), QStringLiteral("clerk4") };
    const QStringList names { QStringLiteral("Trần Văn Bình"), QStringLiteral("Phạm Thu Trang"),
        QStringLiteral("Hoàng Đức Long") };
    sqlite3* db = store.handle();
    QByteArray cases = "0 THEN " + QByteArray::number(clerkId);
    for (int i = 0; i < logins.size(); ++i) {
        if (!store.addUser(admin, logins[i], names[i], auth::Role::Clerk, kBenchPassword))
            return false;
        cases += " WHEN " + QByteArray::number(i + 1) + " THEN "
            + QByteArray::number(scalar(db, "SELECT id FROM users WHERE login = '" + logins[i].toUtf8() + "'"));
    }
    const QByteArray c = QByteArray::number(clerkId);
    auto set = [&](const char* table, const char* column, const char* dossier) {
        return exec(db,
            "UPDATE " + QByteArray(table) + " SET " + column + " = CASE " + dossier + " % 4 WHEN " + cases
                + " END WHERE " + column + " = " + c);
    };
    return set("dossiers", "received_by", "id") && set("status_history", "user_id", "dossier_id")
        && set("hand_overs", "user_id", "dossier_id") && set("fee_notices", "user_id", "dossier_id")
        && set("payments", "user_id", "dossier_id") && set("returns", "user_id", "dossier_id")
        && set("supplement_rounds", "requested_by", "dossier_id")
        && set("supplement_rounds", "received_by", "dossier_id");
}

inline Result<qint64> receiveThroughApi(
    Store& store, const Actor& clerk, const Actor& super, QDate from, QDate to, QDate asOf, qint64 count, quint32 seed)
{
    GeneratorOptions o;
    o.count = count;
    o.from = from;
    o.to = to;
    o.asOf = asOf;
    o.seed = seed;
    o.batchSize = 5000;
    QElapsedTimer t;
    t.start();
    o.progress = [&](qint64 done) {
        std::fprintf(
            stderr, "\rreceived %lld / %lld through the Store API (%.0f s)", done, count, t.elapsed() / 1000.0);
    };
    auto r = SyntheticDossiers::fill(store, clerk, super, o);
    std::fprintf(stderr, "\n");
    return r;
}

} // namespace replica

// Makes the store at `path` (which must not exist) with `perBlock` * (copies + 3) dossiers as described
// atop this file. Returns a process exit code, 0 when done.
inline int makeReplicatedStore(const QString& path, qint64 perBlock, int copies)
{
    using namespace replica;
    if (QFile::exists(path)) {
        std::fprintf(stderr, "%s exists: delete it first\n", qPrintable(path));
        return 2;
    }
    auth::PasswordHasher::setCost(auth::PasswordHasher::Cost::Minimum);
    QElapsedTimer total;
    total.start();
    // Users and catalogue, as prepareBenchStore makes them.
    if (const int rc = prepareBenchStore(path, 0); rc != 0)
        return rc;
    OpenOptions gen;
    gen.durable = false;
    auto s = Store::open(path, gen);
    if (!s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.error().message));
        return 3;
    }
    Store& store = *s.value();
    sqlite3* db = store.handle();
    Clock::setCurrent(std::make_shared<FixedClock>(Clock::local(kBenchFrom.addDays(-1), QTime(7, 0))));
    auto admin = store.authenticate(QStringLiteral("admin"), kBenchPassword);
    auto clerk = store.authenticate(QStringLiteral("clerk"), kBenchPassword);
    auto super = store.authenticate(QStringLiteral("super"), kBenchPassword);
    if (!admin || !clerk || !super)
        return 3;
    const QDate blockEnd = kBenchFrom.addDays(11); // Monday + 11: the second Friday
    QElapsedTimer t;
    t.start();
    auto made = receiveThroughApi(
        store, clerk.value(), super.value(), kBenchFrom, blockEnd, blockEnd.addDays(60), perBlock, 20250312);
    if (!made)
        return std::fprintf(stderr, "template: %s\n", qPrintable(made.error().message)), 3;
    if (!spreadOverClerks(store, admin.value(), clerk->userId))
        return 3;
    std::printf("template: %lld dossiers through the Store API in %.1f s (%.0f a second)\n", made.value(),
        t.elapsed() / 1000.0, made.value() * 1000.0 / qMax<qint64>(1, t.elapsed()));
    Clock::resetToSystem();

    t.restart();
    const qint64 maxDossier = scalar(db, "SELECT max(id) FROM dossiers");
    const qint64 maxDocument = scalar(db, "SELECT max(id) FROM documents");
    if (!exec(db, "UPDATE outbox SET delivered_at = created_at + 60000, attempts = 1 WHERE delivered_at IS NULL"))
        return 3;
    QList<CopyStatement> sqls;
    for (const Copied& c : copiedTables())
        sqls << copySql(db, c, maxDossier, maxDocument);
    const qint64 dayMs = 86400000;
    for (int k = 1; k <= copies; ++k) {
        if (!exec(db, "BEGIN"))
            return 3;
        for (const CopyStatement& sql : sqls)
            if (!exec(db, bindAll(sql, k, 14 * k * dayMs, maxDossier, maxDocument)))
                return 3;
        if (!exec(db, "COMMIT"))
            return 3;
        std::fprintf(stderr, "\rcopied block %d / %d (%.0f s)", k, copies, t.elapsed() / 1000.0);
    }
    std::printf("\ncopies: %lld dossiers in %.1f s\n", qint64(copies) * maxDossier, t.elapsed() / 1000.0);

    t.restart();
    const bool numbered = exec(db, "BEGIN") && exec(db, "UPDATE dossiers SET book_year = NULL, book_serial = NULL")
        && exec(db,
            "UPDATE dossiers SET book_year = b.y, book_serial = b.n FROM (SELECT id, y, row_number() OVER "
            " (PARTITION BY y ORDER BY received_at, id) AS n FROM (SELECT id, received_at, CAST(strftime('%Y', "
            " received_at / 1000 + 25200, 'unixepoch') AS INTEGER) AS y FROM dossiers WHERE state NOT IN "
            " ('incomplete', 'refused'))) AS b WHERE dossiers.id = b.id")
        && exec(db,
            "INSERT OR REPLACE INTO book_counters(year, last) SELECT book_year, max(book_serial) FROM dossiers "
            " WHERE book_year IS NOT NULL GROUP BY book_year")
        && exec(db, "COMMIT");
    if (!numbered)
        return 3;
    std::printf("book numbers: %.1f s\n", t.elapsed() / 1000.0);

    // The recent weeks through the API, on the four clerks in turn (one fill each, one after another).
    t.restart();
    const QDate recentFrom = kBenchFrom.addDays(14 * (copies + 1));
    Clock::setCurrent(std::make_shared<FixedClock>(Clock::local(recentFrom, QTime(7, 0))));
    const QStringList logins { QStringLiteral("clerk"), QStringLiteral("clerk2"), QStringLiteral("clerk3"),
        QStringLiteral("clerk4") };
    QList<Actor> clerks;
    for (const QString& l : logins)
        clerks << store.authenticate(l, kBenchPassword).value();
    Clock::resetToSystem();
    const int recentDays = int(recentFrom.daysTo(kBenchTo)) + 1;
    qint64 recent = 0;
    for (int i = 0; i < clerks.size(); ++i) {
        const QDate from = recentFrom.addDays(recentDays * i / clerks.size());
        const QDate to = recentFrom.addDays(recentDays * (i + 1) / clerks.size() - 1);
        auto r = receiveThroughApi(store, clerks[i], super.value(), from, to, kBenchTo,
            2 * perBlock * (i + 1) / clerks.size() - 2 * perBlock * i / clerks.size(), 777 + i);
        if (!r)
            return std::fprintf(stderr, "recent: %s\n", qPrintable(r.error().message)), 3;
        recent += r.value();
    }
    std::printf("recent weeks %s .. %s: %lld dossiers through the Store API in %.1f s\n",
        qPrintable(recentFrom.toString(Qt::ISODate)), qPrintable(kBenchTo.toString(Qt::ISODate)), recent,
        t.elapsed() / 1000.0);
    t.restart();
    exec(db, "ANALYZE");
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    std::printf("analyze and checkpoint: %.1f s\ntotal: %lld dossiers in %.1f s\n", t.elapsed() / 1000.0,
        store.dossierCount(), total.elapsed() / 1000.0);
    return 0;
}

} // namespace motcua::bench
