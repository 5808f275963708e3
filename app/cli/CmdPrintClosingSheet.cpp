// `motcua print closing-sheet [--date D] [--clerk LOGIN] [--out FILE.pdf]`: the day's fee closing sheet
// (fees per clerk, cash and transfer, the payments that do not match their fee notice, two signature
// blocks, the audit chain's head) as a PDF, drawn by the same code as the window's print preview
// (ui/print/ClosingSheet). Supervisor only. Dispatched by CmdPrint.cpp.
#include "app/cli/CmdStoreCommon.h"
#include "ui/print/ClosingSheet.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace motcua::cli {

namespace {

Result<QDate> sheetDate(CliContext& ctx, const std::optional<QString>& text)
{
    if (!text)
        return ctx.clock().today();
    const QDate date = QDate::fromString(text->trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Error::usage(
            QCoreApplication::translate("cli", "--date must be a day written YYYY-MM-DD, e.g. 2027-03-01"),
            QStringLiteral("invalid_date"));
    return date;
}

Status writeSheet(const print::ClosingSheet& sheet, const QString& path, int& pages)
{
    QSaveFile file(path);
    const auto unwritable = [&path](const QString& why) {
        return Error::environment(QStringLiteral("out"),
            QCoreApplication::translate("cli", "Cannot write the file %1: %2. Choose a writable path.").arg(path, why),
            QStringLiteral("export_unwritable"));
    };
    if (!file.open(QIODevice::WriteOnly))
        return unwritable(file.errorString());
    auto rendered = print::ClosingSheetRenderer::renderPdf(sheet, &file);
    if (!rendered) {
        file.cancelWriting();
        return rendered.error();
    }
    if (!file.commit())
        return unwritable(file.errorString());
    pages = rendered->pageCount();
    return {};
}

} // namespace

int runPrintClosingSheet(CliContext& ctx)
{
    const auto dateText = ctx.args.takeOption(QStringLiteral("--date"));
    const QString clerk = ctx.args.takeOption(QStringLiteral("--clerk")).value_or(QString()).trimmed();
    auto out = ctx.args.takeOption(QStringLiteral("--out"));
    if (!out)
        out = ctx.args.takeOption(QStringLiteral("--pdf"));
    (void)ctx.args.takePositional(); // "closing-sheet"
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    auto day = sheetDate(ctx, dateText);
    if (!day)
        return ctx.fail(day.error());
    const QString path
        = out.value_or(QStringLiteral("closing-sheet-%1%2.pdf")
                           .arg(day->toString(Qt::ISODate), clerk.isEmpty() ? QString() : QLatin1Char('-') + clerk));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto sheet = print::ClosingSheet::load(*session->store, session->actor, day.value(), clerk, ctx.site);
    if (!sheet)
        return ctx.fail(sheet.error());
    int pages = 0;
    if (auto written = writeSheet(sheet.value(), path, pages); !written)
        return ctx.fail(written.error());
    const report::ClerkFees total = sheet->totals();
    ctx.printJson(QJsonObject { { QStringLiteral("form"), QStringLiteral("closing-sheet") },
        { QStringLiteral("date"), day->toString(Qt::ISODate) }, { QStringLiteral("clerk"), clerk },
        { QStringLiteral("clerks"), int(sheet->clerks().size()) }, { QStringLiteral("cash"), total.cashVnd },
        { QStringLiteral("transfer"), total.transferVnd }, { QStringLiteral("total"), total.totalVnd() },
        { QStringLiteral("payments"), total.payments },
        { QStringLiteral("mismatches"), int(sheet->mismatches().size()) },
        { QStringLiteral("audit_seq"), sheet->auditSeq }, { QStringLiteral("pages"), pages },
        { QStringLiteral("pdf"), QFileInfo(path).absoluteFilePath() } });
    return ExitOk;
}

} // namespace motcua::cli
