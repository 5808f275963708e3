// `motcua report daily [--date D] [--format json|csv|xlsx|pdf] [--out FILE]`: the supervisor's dashboard
// of one day (core/report/DailyReport.h) as JSON, or its tables exported. Registered with the other
// reports in CmdReport.cpp.
#include "app/cli/CmdStoreCommon.h"
#include "core/report/DailyReportTable.h"
#include "core/report/TableExport.h"
#include "ui/print/TablePdf.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace motcua::cli {
namespace {

Result<QDate> reportDate(CliContext& ctx)
{
    const std::optional<QString> text = ctx.args.takeOption(QStringLiteral("--date"));
    if (!text)
        return ctx.clock().today();
    const QDate date = QDate::fromString(text->trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Error::usage(
            QCoreApplication::translate("cli", "--date must be a day written YYYY-MM-DD, e.g. 2027-03-01"),
            QStringLiteral("invalid_date"));
    return date;
}

// Writes the day's table in `format` to `out` (CSV may go to stdout); prints {"date","format","out","rows"}.
int exportDaily(CliContext& ctx, const report::DailyReport& daily, report::ExportFormat format, const QString& out)
{
    const report::ReportTable table = report::DailyReportTable::build(daily);
    Status written;
    switch (format) {
    case report::ExportFormat::Csv:
        if (out.isEmpty()) {
            const QByteArray csv = report::TableExport::toCsv(table);
            std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
            std::fflush(stdout);
            return ExitOk;
        }
        written = report::TableExport::writeCsv(table, out);
        break;
    case report::ExportFormat::Xlsx:
        written
            = report::TableExport::writeXlsx(table, out, QStringLiteral("%1").arg(daily.date.toString(Qt::ISODate)));
        break;
    case report::ExportFormat::Pdf:
        if (auto pages = print::TablePdf::writePdf(table, out); !pages)
            written = pages.error();
        break;
    case report::ExportFormat::Json:
        break;
    }
    if (!written)
        return ctx.fail(written.error());
    ctx.printJson(QJsonObject { { QStringLiteral("date"), daily.date.toString(Qt::ISODate) },
        { QStringLiteral("format"), report::exportFormatName(format) }, { QStringLiteral("out"), out },
        { QStringLiteral("rows"), int(table.rows.size()) } });
    return ExitOk;
}

} // namespace

// `motcua report daily`, dispatched by CmdReport.cpp.
int runReportDaily(CliContext& ctx)
{
    auto date = reportDate(ctx);
    if (!date)
        return ctx.fail(date.error());
    const QString out = ctx.args.takeOption(QStringLiteral("--out")).value_or(QString());
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    const auto format = report::exportFormatFromName(ctx.format);
    if (!format)
        return ctx.fail(Error::usage(QCoreApplication::translate("cli", "--format must be json, csv, xlsx or pdf"),
            QStringLiteral("unknown_format")));
    if (out.isEmpty() && (*format == report::ExportFormat::Xlsx || *format == report::ExportFormat::Pdf))
        return ctx.fail(Error::usage(
            QCoreApplication::translate("cli", "--format %1 writes a file: give it with --out FILE").arg(ctx.format),
            QStringLiteral("out_required")));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto daily = session->store->dailyReport(session->actor, date.value());
    if (!daily)
        return ctx.fail(daily.error());
    if (*format != report::ExportFormat::Json)
        return exportDaily(ctx, daily.value(), *format, out);
    if (!out.isEmpty()) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(daily->toJson()).toJson()) < 0)
            return ctx.fail(Error::environment(QStringLiteral("out"),
                QCoreApplication::translate("cli", "Cannot write %1").arg(out), QStringLiteral("write_failed")));
        return ExitOk;
    }
    ctx.printJson(daily->toJson());
    return ExitOk;
}

} // namespace motcua::cli
