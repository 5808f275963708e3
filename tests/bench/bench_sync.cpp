// bench_sync: draining a desk's outbox to a local reference central over loopback HTTP (libcurl,
// keep-alive), with durable commits on both sides. Fills a fresh store with synthetic dossiers
// (default 100,000, one registration record each; --states adds their workflow steps), starts
// CentralServer on its own thread, runs one SyncEngine round and reports records per second and the
// process's memory (RSS) sampled while draining: flat memory means the engine reads the queue in pages.
// Usage: bench_sync [--count N] [--batch N] [--states] [--dir DIR]
#include "core/Clock.h"
#include "core/auth/PasswordHasher.h"
#include "core/store/Store.h"
#include "core/store/SyntheticDossiers.h"
#include "sync/SyncEngine.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>

using namespace motcua;
using namespace motcua::store;

namespace {

const QString kPassword = QStringLiteral("Bench-pass-2025");

qint64 rssKb(const char* field = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    return -1;
}

// CPU seconds (user + system) of the calling thread (RUSAGE_THREAD) or of the process (RUSAGE_SELF).
double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The machine's load average ("0.52 0.61 0.70"): the figures mean little without it on a shared machine.
QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto opt = [&](const QString& name, const QString& def) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : def;
    };
    const qint64 count = opt(QStringLiteral("--count"), QStringLiteral("100000")).toLongLong();
    const int batch = opt(QStringLiteral("--batch"), QStringLiteral("500")).toInt();
    QTemporaryDir tmp(opt(QStringLiteral("--dir"), QDir::tempPath()) + QStringLiteral("/bench_sync-XXXXXX"));
    const QString dbPath = tmp.filePath(QStringLiteral("motcua.db"));
    auth::PasswordHasher::setCost(auth::PasswordHasher::Cost::Minimum);

    // 1. The queue: synthetic dossiers received in large transactions.
    qint64 queued = 0;
    {
        OpenOptions gen;
        gen.durable = false;
        auto s = Store::open(dbPath, gen);
        if (!s) {
            std::fprintf(stderr, "open: %s\n", qPrintable(s.error().message));
            return 3;
        }
        Store& store = *s.value();
        const QDate from(2026, 1, 5);
        Clock::setCurrent(std::make_shared<FixedClock>(Clock::local(from.addDays(-1), QTime(8, 0))));
        auto admin = store.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"), kPassword);
        if (!admin
            || !store.addUser(
                admin.value(), QStringLiteral("clerk"), QStringLiteral("Nguyễn Thị Hoa"), auth::Role::Clerk, kPassword)
            || !store.addUser(admin.value(), QStringLiteral("super"), QStringLiteral("Lê Minh Giám"),
                auth::Role::Supervisor, kPassword)
            || !store.seedCatalogue(QDate(2020, 1, 1))) {
            std::fprintf(stderr, "cannot set up the store\n");
            return 3;
        }
        const auto clerk = store.authenticate(QStringLiteral("clerk"), kPassword).value();
        const auto super = store.authenticate(QStringLiteral("super"), kPassword).value();
        GeneratorOptions o;
        o.count = count;
        o.from = from;
        o.to = QDate(2026, 11, 30);
        o.batchSize = 5000;
        o.advanceStates = args.contains(QStringLiteral("--states"));
        QElapsedTimer t;
        t.start();
        if (auto r = SyntheticDossiers::fill(store, clerk, super, o); !r) {
            std::fprintf(stderr, "generate: %s\n", qPrintable(r.error().message));
            return 3;
        }
        queued = store.outboxCounts(Store::systemActor())->pending;
        std::printf("queued %lld records for %lld dossiers in %.1f s\n", queued, count, t.elapsed() / 1000.0);
        Clock::resetToSystem();
    }

    // 2. Central on a thread of its own, state in a file (WAL, synchronous=NORMAL).
    QThread centralThread;
    centralThread.start();
    QObject centralContext;
    centralContext.moveToThread(&centralThread);
    std::unique_ptr<sync::CentralServer> central;
    QString credential;
    QMetaObject::invokeMethod(
        &centralContext,
        [&] {
            central = std::make_unique<sync::CentralServer>(
                sync::CentralServerOptions { QHostAddress::LocalHost, 0, tmp.filePath(QStringLiteral("central")) });
            if (central->start())
                credential = central->state()
                                 ->addDesk(QStringLiteral("D01"), QStringLiteral("000.00.25.G14"))
                                 .value()
                                 .value(QStringLiteral("credential"))
                                 .toString();
        },
        Qt::BlockingQueuedConnection);
    if (credential.isEmpty()) {
        std::fprintf(stderr, "central did not start\n");
        return 3;
    }

    // 3. One round of the engine, durable store, pruning delivered rows at the end.
    sync::SyncSettings settings;
    settings.dbPath = dbPath;
    settings.central = QUrl(central->baseUrl());
    settings.credential = credential;
    settings.batchSize = batch;
    settings.keepDeliveredDays = 0;
    sync::SyncEngine engine(settings);
    if (auto s = engine.open(); !s) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(s.error().message));
        return 3;
    }
    const qint64 rssBefore = rssKb();
    qint64 rssPeak = rssBefore;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { rssPeak = std::max(rssPeak, rssKb()); });
    sampler.start(50);
    QEventLoop loop;
    sync::SyncRoundReport report;
    QObject::connect(&engine, &sync::SyncEngine::roundFinished, &loop, [&](const sync::SyncRoundReport& r) {
        report = r;
        loop.quit();
    });
    QElapsedTimer t;
    const QByteArray loadBefore = loadAverage();
    double centralCpu = 0;
    QMetaObject::invokeMethod(
        &centralContext, [&] { centralCpu = cpuSeconds(RUSAGE_THREAD); }, Qt::BlockingQueuedConnection);
    const double deskCpu = cpuSeconds(RUSAGE_THREAD);
    const double processCpu = cpuSeconds(RUSAGE_SELF);
    t.start();
    engine.syncOnce();
    loop.exec();
    const double seconds = t.elapsed() / 1000.0;
    sampler.stop();
    qint64 held = 0;
    QMetaObject::invokeMethod(
        &centralContext, [&] { held = central->state()->recordCount(); }, Qt::BlockingQueuedConnection);
    std::printf("drained %lld records (central holds %lld) in %.2f s with batches of %d: %.0f records/s\n",
        report.pushed, held, seconds, batch, report.pushed / seconds);
    const double deskUsed = cpuSeconds(RUSAGE_THREAD) - deskCpu;
    QMetaObject::invokeMethod(
        &centralContext, [&] { centralCpu = cpuSeconds(RUSAGE_THREAD) - centralCpu; }, Qt::BlockingQueuedConnection);
    const double processUsed = cpuSeconds(RUSAGE_SELF) - processCpu;
    // On a shared machine the wall-clock rate mostly measures the other programs; CPU time does not.
    std::printf("CPU: desk thread %.2f s, central thread %.2f s, process %.2f s: %.0f records per CPU second "
                "(desk %.0f us, central %.0f us per record)\n",
        deskUsed, centralCpu, processUsed, report.pushed / std::max(processUsed, 1e-9),
        deskUsed * 1e6 / std::max<qint64>(report.pushed, 1), centralCpu * 1e6 / std::max<qint64>(report.pushed, 1));
    std::printf("load average (1, 5, 15 min): %s before, %s after (%d CPUs)\n", loadBefore.constData(),
        loadAverage().constData(), QThread::idealThreadCount());
    std::printf("left: pending %lld, parked %lld%s%s\n", report.pending, report.parked,
        report.error.isEmpty() ? "" : ", error: ", qPrintable(report.error));
    std::printf(
        "process RSS: %lld kB before, %lld kB peak while draining, %lld kB after (central in the same process)\n",
        rssBefore, rssPeak, rssKb());
    std::printf("desk database after pruning: %lld kB\n", QFileInfo(dbPath).size() / 1024);
    QMetaObject::invokeMethod(
        &centralContext, [&] { central.reset(); }, Qt::BlockingQueuedConnection);
    centralThread.quit();
    centralThread.wait();
    return report.pending == 0 && held == queued ? 0 : 1;
}
