// Shared by the benchmarks that need a large store (bench_store, bench_search): the store at a path,
// created when needed and filled once with synthetic dossiers of 2023-01-02 .. 2026-10-30 (batched, not
// durable per row), reused by later runs; and percentiles of timings.
#pragma once

#include "core/Clock.h"
#include "core/store/Store.h"
#include "core/store/SyntheticDossiers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace motcua::bench {

using namespace motcua::store;

inline const QString kBenchPassword = QStringLiteral("Bench-pass-2025");
inline const QDate kBenchFrom(2023, 1, 2);
inline const QDate kBenchTo(2026, 10, 30);

inline double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const int i = qBound(0, int(p * (v.size() - 1) + 0.5), int(v.size() - 1));
    return v.at(i);
}

// This thread's CPU time in milliseconds. On the shared 2-core machine the wall time of a measure is
// several times its CPU time when other jobs run; the benchmarks print both.
inline double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

// The load average over the last minute, as /proc/loadavg says.
inline double loadAverage()
{
    double l = 0;
    if (FILE* f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &l) != 1)
            l = 0;
        std::fclose(f);
    }
    return l;
}

// Opens (creating when needed) the store at `path` and fills it up to `count` dossiers. Returns a
// process exit code, 0 when the store is ready.
inline int prepareBenchStore(const QString& path, qint64 count)
{
    const QDate from = kBenchFrom;
    const QDate to = kBenchTo;
    QDir().mkpath(QFileInfo(path).absolutePath());
    OpenOptions gen;
    gen.durable = false;
    auto s = Store::open(path, gen);
    if (!s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.error().message));
        return 3;
    }
    Store& store = *s.value();
    Clock::setCurrent(std::make_shared<FixedClock>(Clock::local(from.addDays(-1), QTime(8, 0))));
    if (!store.hasUsers()) {
        auto admin = store.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"), kBenchPassword);
        const bool ok = admin
            && store.addUser(admin.value(), QStringLiteral("clerk"), QStringLiteral("Nguyễn Thị Hoa"),
                auth::Role::Clerk, kBenchPassword)
            && store.addUser(admin.value(), QStringLiteral("super"), QStringLiteral("Lê Minh Giám"),
                auth::Role::Supervisor, kBenchPassword)
            && store.seedCatalogue(QDate(2020, 1, 1));
        if (!ok) {
            std::fprintf(stderr, "cannot set up users and catalogue in %s\n", qPrintable(path));
            return 3;
        }
    }
    Clock::resetToSystem();
    const qint64 have = store.dossierCount();
    if (have >= count)
        return 0;
    if (have > 0) {
        std::fprintf(stderr, "%s holds %lld dossiers, fewer than %lld: delete it to regenerate\n", qPrintable(path),
            have, count);
        return 2;
    }
    Clock::setCurrent(std::make_shared<FixedClock>(Clock::local(from, QTime(7, 0))));
    auto clerk = store.authenticate(QStringLiteral("clerk"), kBenchPassword).value();
    auto super = store.authenticate(QStringLiteral("super"), kBenchPassword).value();
    Clock::resetToSystem();
    GeneratorOptions o;
    o.count = count;
    o.from = from;
    o.to = to;
    o.batchSize = 5000;
    QElapsedTimer t;
    t.start();
    o.progress = [&](qint64 done) {
        std::fprintf(stderr, "\rgenerated %lld / %lld (%.0f s)", done, count, t.elapsed() / 1000.0);
    };
    auto r = SyntheticDossiers::fill(store, clerk, super, o);
    std::fprintf(stderr, "\n");
    if (!r) {
        std::fprintf(stderr, "generate: %s\n", qPrintable(r.error().message));
        return 3;
    }
    std::printf("generated %lld dossiers in %.1f s\n", r.value(), t.elapsed() / 1000.0);
    sqlite3_exec(store.handle(), "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE", nullptr, nullptr, nullptr);
    return 0;
}

// The command line of a large-store benchmark: `--name value` options, with the store file (--db) and its
// size (--count) that every such benchmark takes.
struct BenchArgs {
    QStringList args;
    QString value(const QString& name, const QString& fallback) const
    {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    }
    QString dbPath() const { return value(QStringLiteral("--db"), QStringLiteral("/work/benchdata/store-1m.db")); }
    qint64 count() const { return value(QStringLiteral("--count"), QStringLiteral("1000000")).toLongLong(); }
};

} // namespace motcua::bench
