// bench_dashboard: the supervisor dashboard's refresh (Store::dailyReport with the window's list limit,
// plus Store::dashboardCharts over eight weeks) on the large bench store (tests/bench/BenchStoreFile.h),
// on the last day the store holds. Prints figures, asserts nothing (target: refresh under 200 ms).
//   bench_dashboard [--db FILE] [--count N] [--runs N]
// A store with fewer dossiers than --count is measured as it is (the count is printed), never filled.
#include "tests/bench/BenchStoreFile.h"

#include <QCoreApplication>

#include <cstdio>
#include <numeric>

using namespace motcua;
using namespace motcua::bench;

namespace {

struct Timing {
    QList<double> ms;
    QList<double> cpu;
    void print(const char* what) const
    {
        std::printf("%-44s n=%lld median %.1f ms, p95 %.1f ms, max %.1f ms; cpu median %.1f ms (load %.2f)\n", what,
            qint64(ms.size()), percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 1.0), percentile(cpu, 0.5),
            loadAverage());
    }
};

template <typename F> Timing measure(int runs, F&& f)
{
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer e;
        e.start();
        const double cpu0 = threadCpuMs();
        f();
        t.ms << e.nsecsElapsed() / 1e6;
        t.cpu << threadCpuMs() - cpu0;
    }
    return t;
}

QDate lastDay(Store& store)
{
    sqlite3_stmt* s = nullptr;
    QDate day;
    if (sqlite3_prepare_v2(store.handle(), "SELECT max(received_at) FROM dossiers", -1, &s, nullptr) == SQLITE_OK
        && sqlite3_step(s) == SQLITE_ROW)
        day = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(s, 0), Qt::UTC).toTimeZone(Clock::zone()).date();
    sqlite3_finalize(s);
    return day;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const BenchArgs args { app.arguments().mid(1) };
    const int runs = args.value(QStringLiteral("--runs"), QStringLiteral("20")).toInt();
    {
        auto probe = Store::open(args.dbPath());
        if (probe && probe.value()->dossierCount() == 0) {
            probe.value().reset();
            if (const int rc = prepareBenchStore(args.dbPath(), args.count()); rc != 0)
                return rc;
        }
    }
    QElapsedTimer opening;
    opening.start();
    auto opened = Store::open(args.dbPath()); // migrates to the latest schema (the dashboard's indexes)
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    std::printf("open (with any migration): %.1f s\n", opening.elapsed() / 1000.0);
    Store& store = *opened.value();
    (void)store.setSite(SiteConfig::demo());
    const QDate day = lastDay(store);
    Clock::setCurrent(std::make_shared<FixedClock>(Clock::local(day, QTime(16, 0))));
    auto super = store.authenticate(QStringLiteral("super"), kBenchPassword);
    auto admin = store.authenticate(QStringLiteral("admin"), kBenchPassword);
    if (!super || !admin) {
        std::fprintf(stderr, "sign-in failed\n");
        return 3;
    }
    const qint64 dossiers = store.dossierCount();
    std::printf("store %s: %lld dossiers; report day %s\n", qPrintable(args.dbPath()), dossiers,
        qPrintable(day.toString(Qt::ISODate)));

    auto sample = store.dailyReport(super.value(), day, 500);
    if (!sample) {
        std::fprintf(stderr, "report: %s\n", qPrintable(sample.error().message));
        return 3;
    }
    std::printf("the day: received %lld, open %lld; queues:", sample->received,
        std::accumulate(sample->openByStatus.cbegin(), sample->openByStatus.cend(), qint64(0)));
    for (report::Queue q : report::allQueues())
        std::printf(" %s %lld", qPrintable(report::queueKey(q)), sample->count(q));
    std::printf("; fees of %lld clerks, %lld mismatches\n", qint64(sample->fees.size()), sample->mismatchCount);

    measure(runs, [&] { (void)store.dailyReport(super.value(), day, 500); }).print("daily report (lists cut at 500)");
    measure(runs, [&] { (void)store.dailyReport(super.value(), day, 0); }).print("daily report (whole lists)");
    measure(runs, [&] { (void)store.dailyReport(admin.value(), day, 500); }).print("daily report, counts only (admin)");
    measure(runs, [&] { (void)store.dashboardCharts(super.value(), day, 8); }).print("charts, 8 weeks");
    measure(runs, [&] {
        (void)store.dailyReport(super.value(), day, 500);
    }).print("timed refresh (every minute: the report)");
    measure(runs, [&] {
        (void)store.dailyReport(super.value(), day, 500);
        (void)store.dashboardCharts(super.value(), day, 8);
    }).print("full refresh (report + charts)");
    return 0;
}
