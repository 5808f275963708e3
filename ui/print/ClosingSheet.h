// ClosingSheet: the fee closing sheet of one day (bảng kê thu phí, lệ phí cuối ngày) that a clerk and
// the supervisor sign: each clerk's cash and transfer takings, the totals, the payments that do not
// match their fee notice, and at the bottom the audit chain's head (sequence and hash) at printing
// time, so the sheet can later be checked against the log. Drawn with the forms' PageComposer (A4,
// Liberation Serif) onto a QPdfWriter or the window's print preview (a QPrinter set to full page).
#pragma once

#include "core/Result.h"
#include "core/SiteConfig.h"
#include "core/audit/AuditChain.h"
#include "core/report/DailyReport.h"
#include "ui/print/RenderReport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QPagedPaintDevice>

namespace motcua::store {
class Store;
struct Actor;
} // namespace motcua::store

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
    report::ClerkFees totals() const; // the listed clerks' takings added up (login and name empty)

    // The sheet of a day's report for `clerk` (empty: every clerk) under the site's letterhead, signed
    // by `supervisorName`; the window and `motcua print closing-sheet` both make it this way.
    static ClosingSheet forDay(
        const report::DailyReport& report, const QString& clerk, const SiteConfig& site, const QString& supervisorName);
    // Stamps the audit chain's head read at printing time.
    void setAuditHead(const audit::AuditChain::Head& head, const QDateTime& printedUtc);
    // Reads the day's report (supervisor) and the chain's head from the store, now.
    static Result<ClosingSheet> load(
        store::Store& store, const store::Actor& actor, const QDate& day, const QString& clerk, const SiteConfig& site);
};

class ClosingSheetRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ClosingSheetRenderer)
public:
    static Result<RenderReport> render(const ClosingSheet& sheet, QPagedPaintDevice* device);
    static Result<RenderReport> renderPdf(const ClosingSheet& sheet, QIODevice* out);
};

} // namespace motcua::print
