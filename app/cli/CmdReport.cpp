// `motcua report period|tracking-book|satisfaction`: the period-level reports of the supervisor views
// (issue 14) as JSON, or exported to CSV, XLSX or PDF with --out. The period: --from D --to D, or
// --month YYYY-MM, --quarter YYYY-QN, --year YYYY. The figures need view_report_counts (supervisor,
// administrator); the tracking book names applicants and needs view_reports (supervisor).
#include "app/cli/CmdStoreCommon.h"
#include "core/forms/PrintableFromStore.h"
#include "core/report/PeriodReport.h"
#include "core/report/SatisfactionSummary.h"
#include "core/report/TableExport.h"
#include "core/report/TrackingBookReport.h"
#include "ui/print/FormRenderer.h"
#include "ui/print/TablePdf.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace motcua::cli {

int runReportDaily(CliContext& ctx); // CmdReportDaily.cpp

namespace {

using report::ExportFormat;
using report::ReportPeriod;

Result<ReportPeriod> parsePeriod(CliContext& ctx)
{
    const auto from = ctx.args.takeOption(QStringLiteral("--from"));
    const auto to = ctx.args.takeOption(QStringLiteral("--to"));
    const auto month = ctx.args.takeOption(QStringLiteral("--month"));
    const auto quarter = ctx.args.takeOption(QStringLiteral("--quarter"));
    const auto year = ctx.args.takeOption(QStringLiteral("--year"));
    const int given = int(bool(from) || bool(to)) + int(bool(month)) + int(bool(quarter)) + int(bool(year));
    const Error usage = Error::usage(
        QCoreApplication::translate(
            "cli", "Give the period as --from DATE --to DATE, --month YYYY-MM, --quarter YYYY-Q1..Q4 or --year YYYY."),
        QStringLiteral("period_required"));
    if (given != 1)
        return usage;
    ReportPeriod p;
    if (from || to) {
        p = { QDate::fromString(from.value_or(QString()), Qt::ISODate),
            QDate::fromString(to.value_or(QString()), Qt::ISODate) };
    } else if (month) {
        const QDate d = QDate::fromString(*month + QStringLiteral("-01"), Qt::ISODate);
        if (d.isValid())
            p = ReportPeriod::month(d.year(), d.month());
    } else if (quarter) {
        const auto m = QRegularExpression(QStringLiteral("^(\\d{4})-[Qq]([1-4])$")).match(*quarter);
        if (m.hasMatch())
            p = ReportPeriod::quarter(m.captured(1).toInt(), m.captured(2).toInt());
    } else {
        bool ok = false;
        const int y = year->toInt(&ok);
        if (ok && y > 1900 && y < 3000)
            p = ReportPeriod::year(y);
    }
    if (!p.isValid())
        return Error::invalid(QStringLiteral("period"),
            QCoreApplication::translate(
                "cli", "The period is not valid: use dates yyyy-MM-dd, the first not after the last."),
            QStringLiteral("invalid_period"));
    return p;
}

struct Output {
    ExportFormat format = ExportFormat::Json;
    QString out;
};

Result<Output> parseOutput(CliContext& ctx)
{
    Output o;
    const auto out = ctx.args.takeOption(QStringLiteral("--out"));
    const auto f = report::exportFormatFromName(ctx.format);
    if (!f)
        return Error::usage(
            QCoreApplication::translate("cli", "Unknown --format %1; use json, csv, xlsx or pdf.").arg(ctx.format),
            QStringLiteral("unknown_format"));
    o.format = *f;
    o.out = out.value_or(QString());
    if (o.format != ExportFormat::Json && o.out.isEmpty())
        return Error::usage(
            QCoreApplication::translate("cli", "--format %1 writes a file: give it with --out FILE.").arg(ctx.format),
            QStringLiteral("out_required"));
    return o;
}

// Writes `table` in the chosen file format; `pdf` draws the PDF when the report has its own layout.
Status writeTable(const report::ReportTable& table, const Output& o, const std::function<Status()>& pdf = {})
{
    switch (o.format) {
    case ExportFormat::Csv:
        return report::TableExport::writeCsv(table, o.out);
    case ExportFormat::Xlsx:
        return report::TableExport::writeXlsx(table, o.out);
    case ExportFormat::Pdf:
        if (pdf)
            return pdf();
        if (auto r = print::TablePdf::writePdf(table, o.out); !r)
            return r.error();
        return {};
    case ExportFormat::Json:
        break;
    }
    return {};
}

int finish(CliContext& ctx, const QString& kind, const ReportPeriod& p, const Output& o, int rows,
    const QJsonObject& json, const std::function<report::ReportTable()>& table, const std::function<Status()>& pdf = {})
{
    if (o.format == ExportFormat::Json && o.out.isEmpty()) {
        ctx.printJson(json);
        return ExitOk;
    }
    if (o.format == ExportFormat::Json) {
        QSaveFile f(o.out);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(json).toJson()) < 0 || !f.commit())
            return ctx.fail(Error::environment(QStringLiteral("out"),
                QCoreApplication::translate("cli", "Cannot write the file %1: %2. Choose a writable path.")
                    .arg(o.out, f.errorString()),
                QStringLiteral("export_unwritable")));
    } else if (auto st = writeTable(table(), o, pdf); !st) {
        return ctx.fail(st.error());
    }
    ctx.printJson(QJsonObject { { QStringLiteral("report"), kind },
        { QStringLiteral("from"), p.from.toString(Qt::ISODate) }, { QStringLiteral("to"), p.to.toString(Qt::ISODate) },
        { QStringLiteral("format"), report::exportFormatName(o.format) },
        { QStringLiteral("out"), QFileInfo(o.out).absoluteFilePath() }, { QStringLiteral("rows"), rows } });
    return ExitOk;
}

int runPeriod(CliContext& ctx, store::Store& db, const store::Actor& actor, const ReportPeriod& p, const Output& o)
{
    auto r = report::PeriodReport::load(db, actor, p);
    if (!r)
        return ctx.fail(r.error());
    const report::PeriodReport rep = r.value();
    return finish(ctx, QStringLiteral("period"), p, o, int(rep.byProcedure.size()) + 1, rep.toJson(),
        [&rep] { return rep.toTable(); });
}

int runSatisfaction(
    CliContext& ctx, store::Store& db, const store::Actor& actor, const ReportPeriod& p, const Output& o)
{
    auto r = report::SatisfactionSummary::load(db, actor, p);
    if (!r)
        return ctx.fail(r.error());
    const report::SatisfactionSummary s = r.value();
    const report::ReportTable t = s.toTable();
    return finish(ctx, QStringLiteral("satisfaction"), p, o, int(t.rows.size()), s.toJson(), [&t] { return t; });
}

int runBook(CliContext& ctx, store::Store& db, const store::Actor& actor, const ReportPeriod& p, const Output& o)
{
    auto rows = db.trackingBook(actor, p.from, p.to);
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray entries;
    for (const store::TrackingRow& row : rows.value())
        entries << row.toJson();
    const QJsonObject json { { QStringLiteral("from"), p.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), p.to.toString(Qt::ISODate) }, { QStringLiteral("entries"), entries } };
    // The PDF is the printed book form (Mẫu tracking_book), the same as `motcua print tracking-book`.
    auto pdf = [&]() -> Status {
        auto book = forms::PrintableFromStore::loadBook(db, actor, p.from, p.to, ctx.site);
        if (!book)
            return book.error();
        print::PrintRequest request;
        request.key = forms::FormKey::TrackingBook;
        request.book = book.value();
        auto done = print::FormRenderer(print::RenderOptions::fromSite(ctx.site)).renderPdf(request, o.out);
        if (!done)
            return done.error();
        return {};
    };
    return finish(
        ctx, QStringLiteral("tracking-book"), p, o, int(rows->size()), json,
        [&] { return report::TrackingBookReport::toTable(rows.value(), p); }, pdf);
}

int runReport(CliContext& ctx)
{
    if (ctx.args.remaining().value(0) == QLatin1String("daily")) {
        ctx.args.takePositional();
        return runReportDaily(ctx);
    }
    const auto output = parseOutput(ctx);
    if (!output)
        return ctx.fail(output.error());
    auto period = parsePeriod(ctx);
    const auto kind = ctx.args.takePositional();
    if (!kind)
        return ctx.fail(Error::usage(QCoreApplication::translate("cli",
            "Usage: motcua report daily|period|tracking-book|satisfaction PERIOD "
            "[--format json|csv|xlsx|pdf] [--out FILE]")));
    if (*kind != QLatin1String("period") && *kind != QLatin1String("tracking-book")
        && *kind != QLatin1String("satisfaction"))
        return ctx.fail(Error::usage(QCoreApplication::translate("cli",
                                         "Unknown report \"%1\". Use daily, period, tracking-book or satisfaction.")
                                         .arg(*kind),
            QStringLiteral("unknown_report")));
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (!period)
        return ctx.fail(period.error());
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    if (*kind == QLatin1String("period"))
        return runPeriod(ctx, *session->store, session->actor, period.value(), output.value());
    if (*kind == QLatin1String("satisfaction"))
        return runSatisfaction(ctx, *session->store, session->actor, period.value(), output.value());
    return runBook(ctx, *session->store, session->actor, period.value(), output.value());
}

const CommandRegistrar registerReport({ QStringLiteral("report"),
    QStringLiteral(QT_TRANSLATE_NOOP(
        "cli", "Supervisor reports: the day's dashboard, periodic report, tracking book, satisfaction; exports.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua report daily [--date D] [--format json|csv|xlsx|pdf] [--out FILE]\n"
        "motcua report period|tracking-book|satisfaction (--from DATE --to DATE | --month YYYY-MM | "
        "--quarter YYYY-QN | --year YYYY) [--format json|csv|xlsx|pdf] [--out FILE]\n\n"
        "period: dossiers to handle (carried over, new by channel), resolved early/on time/late, in "
        "progress within/past the limit, by procedure and channel. satisfaction: ratings by agency, "
        "procedure and clerk. tracking-book: the book's entries (supervisor only).\n"
        "JSON on stdout; with --format csv|xlsx|pdf the file goes to --out and stdout gets "
        "{\"report\", \"from\", \"to\", \"format\", \"out\", \"rows\"}.\n"
        "daily: the dashboard of day D (default today), counts, queues, fees per clerk, ratings; an "
        "administrator gets the counts only. See docs/dashboard.md and docs/reports.md.")),
    runReport, true });

} // namespace
} // namespace motcua::cli
