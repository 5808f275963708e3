// bench_reports: the period-level reports over a large store (issue 14 targets, 1,000,000 dossiers: one
// month's tracking book to XLSX under 2 s; a year's periodic report under 1 s). Times, each over a few
// rounds (median and worst printed, never asserted): the month's tracking book read (Store::trackingBook)
// and written to XLSX (TableExport, libxlsxwriter); the periodic report of a year (PeriodReport::load:
// Store::periodFacts and the counting); the satisfaction summary of the same year. Usage:
//   bench_reports [--db FILE] [--count N] [--rounds R] [--month YYYY-MM] [--year YYYY]
// (defaults: the shared bench store /work/benchdata/store-1m.db, 1000000 dossiers, 3 rounds, 2026-09,
// 2025). Opening a store migrates it: run it on a copy when other branches share the file.
#include "core/auth/PasswordHasher.h"
#include "core/report/PeriodReport.h"
#include "core/report/SatisfactionSummary.h"
#include "core/report/TableExport.h"
#include "core/report/TrackingBookReport.h"
#include "tests/bench/BenchStoreFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace motcua;
using namespace motcua::bench;
using namespace motcua::report;

namespace {

void printTimes(const char* what, const QList<double>& ms, const QString& detail, const QList<double>& cpu = {})
{
    std::printf("%-44s median %8.1f ms  worst %8.1f ms  cpu %8.1f ms  (%s)\n", what, percentile(ms, 0.5),
        percentile(ms, 1.0), percentile(cpu, 0.5), qPrintable(detail));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const BenchArgs args { app.arguments().mid(1) };
    const int rounds = qMax(1, args.value(QStringLiteral("--rounds"), QStringLiteral("3")).toInt());
    const QDate monthStart
        = QDate::fromString(args.value(QStringLiteral("--month"), QStringLiteral("2026-09")) + "-01", Qt::ISODate);
    const int year = args.value(QStringLiteral("--year"), QStringLiteral("2025")).toInt();
    auth::PasswordHasher::setCost(auth::PasswordHasher::Cost::Minimum);
    if (const int rc = prepareBenchStore(args.dbPath(), args.count()); rc != 0)
        return rc;
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Store::open(args.dbPath()); // migrates to the latest schema the first time
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    std::printf("opened (and migrated) %s in %.1f s: %lld dossiers\n", qPrintable(args.dbPath()),
        openTimer.elapsed() / 1000.0, opened.value()->dossierCount());
    Store& store = *opened.value();
    // A copy of a bench store may come without its audit key (sign-in writes an audit row): the reports
    // only read, and check the actor's role, so a supervisor actor is used directly then.
    Result<Actor> super = store.authenticate(QStringLiteral("super"), kBenchPassword);
    if (!super) {
        std::fprintf(stderr, "sign-in: %s; reading as a supervisor actor\n", qPrintable(super.error().message));
        super = Actor { 0, QStringLiteral("super"), QStringLiteral("Lê Minh Giám"), auth::Role::Supervisor };
    }
    QTemporaryDir dir;
    const ReportPeriod month = ReportPeriod::month(monthStart.year(), monthStart.month());
    const ReportPeriod wholeYear = ReportPeriod::year(year);
    QList<double> bookRead, bookXlsx, bookTotal, periodMs, factsMs, satisfactionMs;
    QList<double> bookReadCpu, bookXlsxCpu, periodCpu, factsCpu;
    std::printf("load average at the start: %.2f\n", loadAverage());
    qsizetype bookRows = 0;
    qint64 xlsxBytes = 0;
    PeriodReport last;
    qint64 ratings = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        double cpu0 = threadCpuMs();
        auto book = TrackingBookReport::load(store, super.value(), month);
        if (!book) {
            std::fprintf(stderr, "book: %s\n", qPrintable(book.error().message));
            return 3;
        }
        const double read = t.nsecsElapsed() / 1e6;
        const double cpuRead = threadCpuMs();
        bookReadCpu << cpuRead - cpu0;
        const QString path = dir.filePath(QStringLiteral("book-%1.xlsx").arg(r));
        if (auto st = TableExport::writeXlsx(book.value(), path); !st) {
            std::fprintf(stderr, "xlsx: %s\n", qPrintable(st.error().message));
            return 3;
        }
        const double total = t.nsecsElapsed() / 1e6;
        bookXlsxCpu << threadCpuMs() - cpuRead;
        bookRead << read;
        bookXlsx << total - read;
        bookTotal << total;
        bookRows = book->rows.size();
        xlsxBytes = QFileInfo(path).size();

        t.restart();
        cpu0 = threadCpuMs();
        auto period = PeriodReport::load(store, super.value(), wholeYear);
        if (!period) {
            std::fprintf(stderr, "period: %s\n", qPrintable(period.error().message));
            return 3;
        }
        periodMs << t.nsecsElapsed() / 1e6;
        periodCpu << threadCpuMs() - cpu0;
        last = period.value();

        t.restart();
        cpu0 = threadCpuMs();
        auto facts = store.periodFacts(super.value(), wholeYear.from, wholeYear.to,
            PeriodReport::cutoffFor(wholeYear, QDateTime::currentDateTimeUtc()));
        factsMs << t.nsecsElapsed() / 1e6;
        factsCpu << threadCpuMs() - cpu0;
        if (!facts)
            return 3;

        t.restart();
        auto sat = SatisfactionSummary::load(store, super.value(), wholeYear);
        if (!sat)
            return 3;
        satisfactionMs << t.nsecsElapsed() / 1e6;
        ratings = sat->total.total();
    }
    const QString monthText = month.from.toString(QStringLiteral("yyyy-MM"));
    printTimes("tracking book of a month: read", bookRead, QStringLiteral("%1, %2 rows").arg(monthText).arg(bookRows),
        bookReadCpu);
    printTimes(
        "tracking book of a month: write XLSX", bookXlsx, QStringLiteral("%1 bytes").arg(xlsxBytes), bookXlsxCpu);
    printTimes("tracking book of a month to XLSX (target 2 s)", bookTotal, monthText);
    printTimes("periodic report of a year (target 1 s)", periodMs,
        QStringLiteral("%1: to handle %2, resolved %3, in progress %4, %5 procedures")
            .arg(year)
            .arg(last.total.toHandle())
            .arg(last.total.resolved())
            .arg(last.total.inProgress())
            .arg(last.byProcedure.size()),
        periodCpu);
    printTimes("  of which reading the facts (Store::periodFacts)", factsMs, QStringLiteral("timed apart"), factsCpu);
    printTimes("satisfaction summary of a year", satisfactionMs, QStringLiteral("%1 ratings").arg(ratings));
    std::printf("load average at the end: %.2f\n", loadAverage());
    return 0;
}
