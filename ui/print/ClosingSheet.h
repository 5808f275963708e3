// ClosingSheet: the fee closing sheet of one day (bảng kê thu phí, lệ phí cuối ngày) that a clerk and
// the supervisor sign: each clerk's cash and transfer takings, the totals, the payments that do not
// match their fee notice, and at the bottom the audit chain's head (sequence and hash) at printing
// time, so the sheet can later be checked against the log. Drawn with the forms' PageComposer (A4,
// Liberation Serif) onto a QPdfWriter or the window's print preview (a QPrinter set to full page).
#pragma once

#include "core/Result.h"
#include "core/report/DailyReport.h"
#include "ui/print/RenderReport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QPagedPaintDevice>

namespace motcua::print {

struct ClosingSheet {
    report::DailyReport report; // the day's fees and mismatches (supervisor's report)
    QString clerk; // login of the clerk whose takings are closed; empty = every clerk of the day
    QString agency; // letterhead
    QString unit;
    QString desk;
    QString supervisorName;
    qint64 auditSeq = 0;
    QByteArray auditHash; // the chain's head (lower-case hex SHA-256), printed as it is
    QDateTime printedUtc;

    QList<report::ClerkFees> clerks() const; // the rows the sheet lists
    QList<report::FeeMismatch> mismatches() const; // those involving the listed clerks
};

class ClosingSheetRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ClosingSheetRenderer)
public:
    static Result<RenderReport> render(const ClosingSheet& sheet, QPagedPaintDevice* device);
    static Result<RenderReport> renderPdf(const ClosingSheet& sheet, QIODevice* out);
};

} // namespace motcua::print
