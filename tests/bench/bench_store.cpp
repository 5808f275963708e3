// bench_store: the store on a large database (default 1,000,000 dossiers in
// /work/benchdata/store-1m.db, generated once with batched transactions and reused).
// Measures: receiving a dossier with durable commits (synchronous=FULL), search p95, the tracking
// book of one day, and bytes per dossier. Usage:
//   bench_store [--db FILE] [--count N] [--receives N] [--searches N]
#include "core/Clock.h"
#include "core/auth/PasswordHasher.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"
#include "core/store/SyntheticDossiers.h"
#include "tests/bench/BenchStoreFile.h"
#include "tests/support/SqlProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace motcua;
using motcua::test::SqlProbe;
using namespace motcua::store;
using namespace motcua::bench;

namespace {

qint64 scalar(sqlite3* db, const char* sql)
{
    return SqlProbe(db).scalar(sql);
}

QStringList sample(sqlite3* db, const char* sql)
{
    return SqlProbe(db).column(sql);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const BenchArgs args { app.arguments().mid(1) };
    const auto opt = [&args](const QString& name, const QString& def) { return args.value(name, def); };
    const QString dbPath = args.dbPath();
    const qint64 count = args.count();
    const int receives = opt(QStringLiteral("--receives"), QStringLiteral("300")).toInt();
    const int searches = opt(QStringLiteral("--searches"), QStringLiteral("300")).toInt();
    const QDate to = kBenchTo;
    auth::PasswordHasher::setCost(auth::PasswordHasher::Cost::Minimum);

    // 1. Generate once (not durable per row: batched transactions, synchronous=OFF).
    if (const int rc = prepareBenchStore(dbPath, count); rc != 0)
        return rc;

    // 2. Measure on the durable store.
    auto opened = Store::open(dbPath);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    Store& store = *opened.value();
    sqlite3* db = store.handle();
    const qint64 dossiers = store.dossierCount();
    const qint64 pageCount = scalar(db, "PRAGMA page_count");
    const qint64 pageSize = scalar(db, "PRAGMA page_size");
    const qint64 freePages = scalar(db, "PRAGMA freelist_count");
    std::printf("store: %s, %lld dossiers, %lld audit rows, %lld outbox rows\n", qPrintable(dbPath), dossiers,
        scalar(db, "SELECT count(*) FROM audit_log"), scalar(db, "SELECT count(*) FROM outbox"));
    std::printf("size: %.1f MiB, %.0f bytes per dossier (all tables, indexes, audit, outbox, FTS)\n",
        (pageCount - freePages) * pageSize / 1048576.0, double((pageCount - freePages) * pageSize) / dossiers);
    {
        const QList<QStringList> tables
            = SqlProbe(db).rows("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12");
        for (const QStringList& t : tables)
            std::printf("  %-28s %8.1f bytes/dossier\n", qPrintable(t.value(0)), t.value(1).toDouble() / dossiers);
    }

    // Receive: durable commits, one dossier per transaction, on the day after the generated period.
    QDate day = to.addDays(1);
    while (!WorkCalendar::builtin().isWorkingDay(day))
        day = day.addDays(1);
    const qint64 already = scalar(db,
        "SELECT count(*) FROM dossiers WHERE received_at >= 1000 * "
        "CAST(strftime('%s','2026-10-31') AS INTEGER)");
    auto clock = std::make_shared<FixedClock>(Clock::local(day, QTime(7, 30)).addSecs(already * 5 + 5));
    Clock::setCurrent(clock);
    auto clerk = store.authenticate(QStringLiteral("clerk"), kBenchPassword);
    auto super = store.authenticate(QStringLiteral("super"), kBenchPassword);
    if (!clerk || !super) {
        std::fprintf(stderr, "log-in failed\n");
        return 3;
    }
    SyntheticDossiers gen(4242 + quint32(already));
    auto procs = store.procedures(day).value();
    QList<double> rx;
    for (int i = 0; i < receives; ++i) {
        clock->advanceSecs(5);
        auto req = gen.intake(procs.at(i % procs.size()));
        req.decision = dossier::IntakeDecision::Accept;
        req.channel = QStringLiteral("postal");
        if (!procs.at(i % procs.size()).acceptsChannel(req.channel))
            req.channel = QStringLiteral("desk");
        if (!procs.at(i % procs.size()).acceptsChannel(req.channel))
            continue;
        QElapsedTimer t;
        t.start();
        auto r = store.receive(clerk.value(), req);
        rx << t.nsecsElapsed() / 1e6;
        if (!r) {
            std::fprintf(stderr, "receive: %s\n", qPrintable(r.error().message));
            return 3;
        }
    }
    std::printf(
        "receive (synchronous=FULL, WAL, one transaction each, n=%lld): median %.2f ms, p95 %.2f ms, max %.2f ms\n",
        qint64(rx.size()), percentile(rx, 0.5), percentile(rx, 0.95), percentile(rx, 1.0));

    // What the disk charges for one durable commit: a 4 KiB write + fdatasync next to the database.
    {
        const QByteArray probe = QFileInfo(dbPath).absolutePath().toUtf8() + "/fsync-probe.tmp";
        const int fd = ::open(probe.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0600);
        QList<double> fs;
        char block[4096] = {};
        for (int i = 0; fd >= 0 && i < 50; ++i) {
            QElapsedTimer t;
            t.start();
            if (::pwrite(fd, block, sizeof block, 0) == sizeof block)
                ::fdatasync(fd);
            fs << t.nsecsElapsed() / 1e6;
        }
        if (fd >= 0)
            ::close(fd);
        ::unlink(probe.constData());
        std::printf("disk: 4 KiB write + fdatasync (n=50): median %.2f ms, p95 %.2f ms\n", percentile(fs, 0.5),
            percentile(fs, 0.95));
    }
    // The same receive without waiting for the disk (synchronous=OFF): the CPU and SQLite part.
    {
        sqlite3_exec(db, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
        QList<double> off;
        for (int i = 0; i < receives; ++i) {
            clock->advanceSecs(5);
            const catalogue::Procedure& p = procs.at(i % procs.size());
            auto req = gen.intake(p);
            req.decision = dossier::IntakeDecision::Accept;
            req.channel = QStringLiteral("desk");
            if (!p.acceptsChannel(req.channel))
                continue;
            QElapsedTimer t;
            t.start();
            auto r = store.receive(clerk.value(), req);
            off << t.nsecsElapsed() / 1e6;
            if (!r)
                return 3;
        }
        sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
        std::printf("receive without fsync (synchronous=OFF, diagnosis only, n=%lld): median %.2f ms, p95 %.2f ms\n",
            qint64(off.size()), percentile(off, 0.5), percentile(off, 0.95));
    }

    // Search: names with and without diacritics, ID numbers, tax codes, phones, codes, procedures.
    QStringList queries = { QStringLiteral("nguyen van an"), QStringLiteral("Nguyễn Văn An"),
        QStringLiteral("Đặng Thị Hạnh"), QStringLiteral("dang thi hanh"), QStringLiteral("tran"),
        QStringLiteral("Lê Minh Khánh"), QStringLiteral("cong ty dai viet"), QStringLiteral("Hoàng"),
        QStringLiteral("tan so"), QStringLiteral("vien thong") };
    queries << sample(db,
        "SELECT applicant->>'id_number' FROM dossiers WHERE applicant->>'id_number' IS NOT NULL "
        "ORDER BY random() LIMIT 40");
    queries << sample(db,
        "SELECT applicant->>'tax_code' FROM dossiers WHERE applicant->>'tax_code' IS NOT NULL "
        "ORDER BY random() LIMIT 20");
    queries << sample(db, "SELECT substr(applicant->>'phone', 1, 7) FROM dossiers ORDER BY random() LIMIT 20");
    queries << sample(db, "SELECT code FROM dossiers ORDER BY random() LIMIT 40");
    queries << sample(db, "SELECT applicant->>'name' FROM dossiers ORDER BY random() LIMIT 40");
    QList<double> sx;
    qint64 hits = 0;
    for (int i = 0; i < searches; ++i) {
        const QString q = queries.at(i % queries.size());
        QElapsedTimer t;
        t.start();
        auto r = store.search(clerk.value(), q, 50);
        sx << t.nsecsElapsed() / 1e6;
        if (r)
            hits += r->size();
    }
    std::printf(
        "search (limit 50, %d distinct queries, n=%lld, %.1f hits avg): median %.2f ms, p95 %.2f ms, max %.2f ms\n",
        int(queries.size()), qint64(sx.size()), double(hits) / sx.size(), percentile(sx, 0.5), percentile(sx, 0.95),
        percentile(sx, 1.0));

    // Tracking book of one day (a working day in the middle of the period).
    QDate bookDay(2025, 3, 12);
    QList<double> tx;
    qint64 rows = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = store.trackingBook(super.value(), bookDay, bookDay);
        tx << t.nsecsElapsed() / 1e6;
        rows = r ? r->size() : -1;
    }
    std::printf("tracking book of %s (%lld rows, n=20): median %.2f ms, p95 %.2f ms\n",
        qPrintable(bookDay.toString(Qt::ISODate)), rows, percentile(tx, 0.5), percentile(tx, 0.95));
    Clock::resetToSystem();
    return 0;
}
