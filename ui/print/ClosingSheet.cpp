#include "ui/print/ClosingSheet.h"

#include "core/Clock.h"
#include "core/DateFormat.h"
#include "core/store/Store.h"
#include "ui/print/FormRenderer.h"
#include "ui/print/PageComposer.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace motcua::print {

namespace {

QString closingMoney(qint64 vnd)
{
    QString digits = QString::number(vnd < 0 ? -vnd : vnd);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return vnd < 0 ? QLatin1Char('-') + digits : digits;
}

QString mismatchText(const report::FeeMismatch& m)
{
    switch (m.kind) {
    case report::FeeMismatch::Kind::Underpaid:
        return ClosingSheetRenderer::tr("paid less than due");
    case report::FeeMismatch::Kind::Overpaid:
        return ClosingSheetRenderer::tr("paid more than due");
    case report::FeeMismatch::Kind::NoFeeNotice:
        return ClosingSheetRenderer::tr("no fee notice");
    }
    return {};
}

using Style = PageComposer::Style;

void drawFees(PageComposer& c, const ClosingSheet& sheet)
{
    const QList<PageComposer::Column> cols { { 10, Qt::AlignCenter }, { 55 }, { 30, Qt::AlignRight },
        { 30, Qt::AlignRight }, { 30, Qt::AlignRight }, { c.width() - 155, Qt::AlignCenter } };
    const QStringList head { ClosingSheetRenderer::tr("No."), ClosingSheetRenderer::tr("Clerk"),
        ClosingSheetRenderer::tr("Cash (đồng)"), ClosingSheetRenderer::tr("Transfer (đồng)"),
        ClosingSheetRenderer::tr("Total (đồng)"), ClosingSheetRenderer::tr("Payments") };
    QList<QStringList> rows;
    qint64 cash = 0, transfer = 0;
    int payments = 0, i = 0;
    for (const report::ClerkFees& f : sheet.clerks()) {
        rows << QStringList { QString::number(++i), QStringLiteral("%1 (%2)").arg(f.name, f.login),
            closingMoney(f.cashVnd), closingMoney(f.transferVnd), closingMoney(f.totalVnd()),
            QString::number(f.payments) };
        cash += f.cashVnd;
        transfer += f.transferVnd;
        payments += f.payments;
    }
    rows << QStringList { QString(), ClosingSheetRenderer::tr("Total"), closingMoney(cash), closingMoney(transfer),
        closingMoney(cash + transfer), QString::number(payments) };
    c.table(cols, head, rows, 11, 10);
}

void drawMismatches(PageComposer& c, const ClosingSheet& sheet)
{
    const QList<report::FeeMismatch> list = sheet.mismatches();
    c.space(4);
    c.paragraph(
        { { ClosingSheetRenderer::tr("Payments that do not match their fee notice: %1").arg(list.size()), true } },
        c.left(), c.width(), Style { 12 });
    if (list.isEmpty())
        return;
    const QList<PageComposer::Column> cols { { 55 }, { 28, Qt::AlignRight }, { 28, Qt::AlignRight }, { 30 },
        { c.width() - 141 } };
    const QStringList head { ClosingSheetRenderer::tr("Dossier"), ClosingSheetRenderer::tr("Due (đồng)"),
        ClosingSheetRenderer::tr("Paid (đồng)"), ClosingSheetRenderer::tr("Clerk"),
        ClosingSheetRenderer::tr("Difference") };
    QList<QStringList> rows;
    for (const report::FeeMismatch& m : list)
        rows << QStringList { m.code, m.expectedVnd ? closingMoney(*m.expectedVnd) : QStringLiteral("—"),
            closingMoney(m.paidVnd), m.clerks.join(QStringLiteral(", ")), mismatchText(m) };
    c.table(cols, head, rows, 10, 10);
}

void drawSignatures(PageComposer& c, const ClosingSheet& sheet)
{
    c.space(8);
    c.ensureSpace(45);
    const double half = c.width() / 2;
    const double top = c.y();
    c.paragraph(
        { { ClosingSheetRenderer::tr("CLERK"), true } }, c.left(), half, Style { 12, true, false, Qt::AlignCenter });
    c.paragraph({ { ClosingSheetRenderer::tr("(signature and full name)"), false, true } }, c.left(), half,
        Style { 11, false, true, Qt::AlignCenter });
    c.setY(top);
    c.paragraph({ { ClosingSheetRenderer::tr("SUPERVISOR"), true } }, c.left() + half, half,
        Style { 12, true, false, Qt::AlignCenter });
    c.paragraph({ { ClosingSheetRenderer::tr("(signature and full name)"), false, true } }, c.left() + half, half,
        Style { 11, false, true, Qt::AlignCenter });
    c.space(22);
    c.paragraph({ { sheet.supervisorName } }, c.left() + half, half, Style { 12, true, false, Qt::AlignCenter });
}

void drawAuditHead(PageComposer& c, const ClosingSheet& sheet)
{
    c.space(6);
    c.ensureSpace(18);
    c.rule(c.left(), c.right(), c.y());
    c.space(2);
    const QString hex = QString::fromLatin1(sheet.auditHash);
    c.paragraph({ { ClosingSheetRenderer::tr("Audit chain head at printing (%1): entry %2, hash")
                        .arg(displayDateTime(sheet.printedUtc))
                        .arg(sheet.auditSeq) } },
        c.left(), c.width(), Style { 9 });
    c.paragraph({ { hex } }, c.left(), c.width(), Style { 9, true });
}

} // namespace

QList<report::ClerkFees> ClosingSheet::clerks() const
{
    QList<report::ClerkFees> out;
    for (const report::ClerkFees& f : report.fees)
        if (clerk.isEmpty() || f.login == clerk)
            out << f;
    return out;
}

QList<report::FeeMismatch> ClosingSheet::mismatches() const
{
    QList<report::FeeMismatch> out;
    for (const report::FeeMismatch& m : report.mismatches)
        if (clerk.isEmpty() || m.clerks.contains(clerk))
            out << m;
    return out;
}

report::ClerkFees ClosingSheet::totals() const
{
    report::ClerkFees t;
    for (const report::ClerkFees& f : clerks()) {
        t.cashVnd += f.cashVnd;
        t.transferVnd += f.transferVnd;
        t.payments += f.payments;
    }
    return t;
}

ClosingSheet ClosingSheet::forDay(
    const report::DailyReport& report, const QString& clerk, const SiteConfig& site, const QString& supervisorName)
{
    ClosingSheet sheet;
    sheet.report = report;
    sheet.clerk = clerk;
    sheet.agency = site.agencyName;
    sheet.unit = site.unit;
    sheet.desk = site.deskName;
    sheet.supervisorName = supervisorName;
    return sheet;
}

void ClosingSheet::setAuditHead(const audit::AuditChain::Head& head, const QDateTime& printed)
{
    auditSeq = head.seq;
    auditHash = head.hash;
    printedUtc = printed;
}

Result<ClosingSheet> ClosingSheet::load(
    store::Store& store, const store::Actor& actor, const QDate& day, const QString& clerk, const SiteConfig& site)
{
    auto report = store.dailyReport(actor, day);
    if (!report)
        return report.error();
    if (!report->contents) // an administrator sees counts, never whose money it is
        return Error::permission(QStringLiteral("user"),
            ClosingSheetRenderer::tr("The closing sheet lists each clerk's takings: only a supervisor prints it."),
            QStringLiteral("permission_denied"));
    auto head = store.auditChainHead(actor);
    if (!head)
        return head.error();
    ClosingSheet sheet = forDay(report.value(), clerk, site, actor.name);
    sheet.setAuditHead(head.value(), Clock::current().nowUtc());
    return sheet;
}

Result<RenderReport> ClosingSheetRenderer::render(const ClosingSheet& sheet, QPagedPaintDevice* device)
{
    if (auto st = FormRenderer::ensureFonts(); !st.ok())
        return st.error();
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(device))
        return Error::environment(QStringLiteral("output"),
            tr("Cannot start printing: the printer or PDF file could not be opened."), QStringLiteral("output_failed"));
    RenderReport report;
    report.form = QStringLiteral("closing_sheet");
    PageComposer c(device, &painter, QMarginsF(30, 20, 15, 20), FormRenderer::fontFamily(), &report);
    c.paragraph({ { sheet.agency.toUpper(), true } }, c.left(), c.width(), Style { 12, true, false, Qt::AlignCenter });
    c.paragraph({ { sheet.unit } }, c.left(), c.width(), Style { 12, false, false, Qt::AlignCenter });
    c.space(6);
    c.paragraph({ { tr("FEE CLOSING SHEET"), true } }, c.left(), c.width(), Style { 14, true, false, Qt::AlignCenter });
    c.paragraph({ { tr("Day %1 — %2").arg(displayDate(sheet.report.date), sheet.desk) } }, c.left(), c.width(),
        Style { 12, false, true, Qt::AlignCenter });
    c.space(5);
    drawFees(c, sheet);
    drawMismatches(c, sheet);
    drawSignatures(c, sheet);
    drawAuditHead(c, sheet);
    painter.end();
    return report;
}

Result<RenderReport> ClosingSheetRenderer::renderPdf(const ClosingSheet& sheet, QIODevice* out)
{
    QPdfWriter writer(out);
    writer.setResolution(1200);
    writer.setCreator(QStringLiteral("MotCua Desk"));
    writer.setTitle(tr("Fee closing sheet %1").arg(displayDate(sheet.report.date)));
    return render(sheet, &writer);
}

} // namespace motcua::print
