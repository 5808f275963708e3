// bench_search: search as you type over a large store (issue 11 target: results under 100 ms on
// 1,000,000 dossiers). Times Store::search — the call the lookup page makes through StoreWorker on each
// pause in typing, with its default limit of 50 — for every prefix of realistic typed inputs (a dossier
// code, names without diacritics, an ID number, a phone, a procedure word), from the second character on
// as the page does. The store is generated once (SyntheticDossiers, batched) and reused. Usage:
//   bench_search [--db FILE] [--count N] [--rounds R]
// (defaults: /work/benchdata/store-1m.db, 1000000 dossiers, 3 rounds of every input).
// With --replicate, a store holding fewer dossiers than --count (e.g. a copy of one whose generation was
// stopped early: the generator makes about 130 dossiers a second on a loaded machine, two hours for a
// million) is brought up to --count by copying its dossiers block after block, each block moved later
// by the span of the originals (codes re-dated, ID numbers and phones varied so they stay rare), and
// indexed for search like received dossiers. Only the dossiers table and its search index grow; the
// figures are those of search, which reads nothing else.
#include "core/Clock.h"
#include "core/auth/PasswordHasher.h"
#include "core/store/SchemaSql.h"
#include "core/store/Store.h"
#include "core/store/SyntheticDossiers.h"
#include "tests/bench/BenchStoreFile.h"
#include "tests/support/SqlProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace motcua;
using motcua::test::SqlProbe;
using namespace motcua::store;
using namespace motcua::bench;

namespace {

struct Typed {
    QString label;
    QString text;
};

// Brings the store at `path` up to `count` dossiers by copying the ones it holds (see the top comment).
int replicateStore(const QString& path, qint64 count)
{
    OpenOptions fast;
    fast.durable = false;
    auto s = Store::open(path, fast);
    if (!s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.error().message));
        return 3;
    }
    sqlite3* db = s.value()->handle();
    SqlProbe probe(db);
    const qint64 have = probe.scalar("SELECT count(*) FROM dossiers");
    const qint64 maxId = probe.scalar("SELECT max(id) FROM dossiers");
    if (have <= 0 || have >= count)
        return have > 0 ? 0 : 2;
    const qint64 dayMs = 86400000;
    const qint64 spanDays
        = (probe.scalar("SELECT max(received_at) - min(received_at) FROM dossiers") + dayMs - 1) / dayMs + 1;
    QElapsedTimer t;
    t.start();
    const char* copy
        = "INSERT INTO dossiers(id, code, procedure_id, channel, state, received_at, due_at, original_due_at, "
          " applicant, owner, return_method, note, reason, summary, extra, received_by, updated_at) "
          "SELECT id + ?1 * ?2, substr(code, 1, instr(code, '-')) || substr(strftime('%Y%m%d', (received_at + ?3) / "
          "1000 "
          " + 25200, 'unixepoch'), 3) || substr(code, instr(code, '-') + 7), procedure_id, channel, state, "
          " received_at + ?3, due_at + ?3, original_due_at + ?3, "
          " CASE WHEN applicant->>'id_number' IS NULL THEN a ELSE json_set(a, '$.id_number', "
          "  substr(applicant->>'id_number', 1, length(applicant->>'id_number') - 2) "
          "  || printf('%02d', (CAST(substr(applicant->>'id_number', -2) AS INTEGER) + ?1) % 100)) END, "
          " owner, return_method, note, reason, summary, extra, received_by, updated_at + ?3 "
          "FROM (SELECT *, CASE WHEN applicant->>'phone' IS NULL THEN applicant ELSE json_set(applicant, '$.phone', "
          "  substr(applicant->>'phone', 1, length(applicant->>'phone') - 2) "
          "  || printf('%02d', (CAST(substr(applicant->>'phone', -2) AS INTEGER) + ?1) % 100)) END AS a "
          " FROM dossiers WHERE id <= ?2 ORDER BY id LIMIT ?4)";
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    qint64 total = have;
    for (qint64 k = 1; total < count; ++k) {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, copy, -1, &st, nullptr);
        sqlite3_bind_int64(st, 1, k);
        sqlite3_bind_int64(st, 2, maxId);
        sqlite3_bind_int64(st, 3, k * spanDays * dayMs);
        sqlite3_bind_int64(st, 4, std::min(have, count - total));
        const int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) {
            std::fprintf(stderr, "replicate: %s\n", sqlite3_errmsg(db));
            return 3;
        }
        total += sqlite3_changes64(db);
        std::fprintf(stderr, "\rreplicated %lld / %lld (%.0f s)", total, count, t.elapsed() / 1000.0);
    }
    const QByteArray fts = QByteArray(MOTCUA_FTS_INSERT_SELECT) + " WHERE d.id > " + QByteArray::number(maxId);
    char* err = nullptr;
    if (sqlite3_exec(db, fts.constData(), nullptr, nullptr, &err) != SQLITE_OK
        || sqlite3_exec(db, "COMMIT", nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "\nreplicate (index): %s\n", err);
        return 3;
    }
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE", nullptr, nullptr, nullptr);
    std::printf("\nreplicated %lld dossiers into %lld (blocks of %lld days) in %.1f s\n", have, total, spanDays,
        t.elapsed() / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const BenchArgs args { app.arguments().mid(1) };
    const auto opt = [&args](const QString& name, const QString& def) { return args.value(name, def); };
    const QString dbPath = args.dbPath();
    const qint64 count = args.count();
    const int rounds = qMax(1, opt(QStringLiteral("--rounds"), QStringLiteral("3")).toInt());
    auth::PasswordHasher::setCost(auth::PasswordHasher::Cost::Minimum);
    if (args.args.contains(QStringLiteral("--replicate")))
        if (const int rc = replicateStore(dbPath, count); rc != 0)
            return rc;
    if (const int rc = prepareBenchStore(dbPath, count); rc != 0)
        return rc;

    // The desk opens its store durable; so does the benchmark.
    auto opened = Store::open(dbPath);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    Store& store = *opened.value();
    SqlProbe probe(store.handle());
    auto clerk = store.authenticate(QStringLiteral("clerk"), kBenchPassword);
    if (!clerk) {
        std::fprintf(stderr, "log-in failed: %s\n", qPrintable(clerk.error().message));
        return 3;
    }
    const qint64 pages = probe.scalar("PRAGMA page_count") - probe.scalar("PRAGMA freelist_count");
    std::printf("store: %s, %lld dossiers, %.1f MiB\n", qPrintable(dbPath), store.dossierCount(),
        pages * probe.scalar("PRAGMA page_size") / 1048576.0);

    // Real values from the store (a fixed pick: the dossier in the middle of the table), typed as a
    // clerk would type them: the code as printed on the receipt, names without diacritics.
    const QString code
        = probe.text("SELECT code FROM dossiers ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM dossiers)");
    const QString idNumber
        = probe.text("SELECT applicant->>'id_number' FROM dossiers WHERE applicant->>'id_number' IS NOT NULL "
                     "ORDER BY id DESC LIMIT 1 OFFSET 1000");
    const QString phone = probe.text("SELECT applicant->>'phone' FROM dossiers ORDER BY id DESC LIMIT 1 OFFSET 2000");
    const QList<Typed> inputs
        = { { QStringLiteral("dossier code"), code }, { QStringLiteral("name"), QStringLiteral("nguyen van an") },
              { QStringLiteral("name"), QStringLiteral("tran thi hoa") },
              { QStringLiteral("name"), QStringLiteral("le minh") }, { QStringLiteral("ID number"), idNumber },
              { QStringLiteral("phone"), phone }, { QStringLiteral("procedure word"), QStringLiteral("giay phep") },
              { QStringLiteral("procedure word"), QStringLiteral("tan so") } };

    QList<double> all;
    struct Slow {
        double ms = 0;
        QString text;
    } slowest;
    for (const Typed& in : inputs) {
        QList<double> times;
        Slow worst;
        qint64 lastHits = 0;
        for (int round = 0; round < rounds; ++round) {
            for (int n = 2; n <= in.text.size(); ++n) {
                const QString prefix = in.text.left(n);
                if (prefix.trimmed().size() < 2)
                    continue; // the page waits for two characters
                QElapsedTimer t;
                t.start();
                auto r = store.search(clerk.value(), prefix);
                const double ms = t.nsecsElapsed() / 1e6;
                if (!r) {
                    std::fprintf(stderr, "search '%s': %s\n", qPrintable(prefix), qPrintable(r.error().message));
                    return 3;
                }
                lastHits = r->size();
                times << ms;
                if (ms > worst.ms)
                    worst = { ms, prefix };
            }
        }
        all << times;
        if (worst.ms > slowest.ms)
            slowest = worst;
        std::printf("%-15s \"%s\" (%lld keystrokes x %d, %lld hits at the end): p50 %.2f ms, p95 %.2f ms, max %.2f "
                    "ms (\"%s\")\n",
            qPrintable(in.label), qPrintable(in.text), qint64(times.size() / rounds), rounds, lastHits,
            percentile(times, 0.5), percentile(times, 0.95), worst.ms, qPrintable(worst.text));
    }
    std::printf("all keystrokes (n=%lld): p50 %.2f ms, p95 %.2f ms, max %.2f ms (\"%s\"); target < 100 ms\n",
        qint64(all.size()), percentile(all, 0.5), percentile(all, 0.95), slowest.ms, qPrintable(slowest.text));
    return 0;
}
