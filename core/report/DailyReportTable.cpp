#include "core/report/DailyReportTable.h"

#include "core/DateFormat.h"
#include "core/workflow/Workflow.h"

#include <functional>

namespace motcua::report {

namespace {

using TableRow = QList<ReportCell>;

TableRow tableLine(const QString& section, const QString& item, const QString& code, const ReportCell& number,
    const QString& detail = {})
{
    return { ReportCell::ofText(section), ReportCell::ofText(item), ReportCell::ofText(code), number,
        ReportCell::ofText(detail) };
}

QString tableStateItem(const QString& state)
{
    const auto s = workflow::stateFromName(state);
    return s ? workflow::stateLabel(*s) : state;
}

void tableCounts(QList<TableRow>& rows, const QString& section, const QMap<QString, qint64>& map,
    const std::function<QString(const QString&)>& name)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        rows << tableLine(section, name(it.key()), {}, ReportCell::ofInteger(it.value()));
}

void tableQueues(QList<TableRow>& rows, const DailyReport& r)
{
    for (Queue q : allQueues()) {
        const QString section = DailyReportTable::queueLabel(q);
        rows << tableLine(section, DailyReportTable::tr("Dossiers"), {}, ReportCell::ofInteger(r.count(q)));
        for (const QueueRow& d : r.queue(q)) {
            const QString due = d.dueLocal.isValid()
                ? DailyReportTable::tr("appointment %1").arg(displayDateTime(d.dueLocal))
                : QString();
            const QString detail = QStringList { d.unit, tableStateItem(d.state), due }.join(QStringLiteral("; "));
            rows << tableLine(section, d.procedure, d.code,
                q == Queue::Overdue ? ReportCell::ofInteger(d.workingDaysLate) : ReportCell::ofText({}), detail);
        }
        if (q == Queue::Parked)
            for (const ParkedRow& p : r.parked)
                rows << tableLine(section, p.service, p.code, ReportCell::ofText({}), p.reason);
    }
}

void tableMoney(QList<TableRow>& rows, const DailyReport& r)
{
    const QString section = DailyReportTable::tr("Fees");
    for (const ClerkFees& f : r.fees) {
        const QString who = QStringLiteral("%1 (%2)").arg(f.name, f.login);
        rows << tableLine(section, who, {}, ReportCell::ofMoney(f.cashVnd), DailyReportTable::tr("cash"));
        rows << tableLine(section, who, {}, ReportCell::ofMoney(f.transferVnd), DailyReportTable::tr("transfer"));
    }
    if (r.contents) {
        rows << tableLine(section, DailyReportTable::tr("Total"), {}, ReportCell::ofMoney(r.feesCashVnd()),
            DailyReportTable::tr("cash"));
        rows << tableLine(section, DailyReportTable::tr("Total"), {}, ReportCell::ofMoney(r.feesTransferVnd()),
            DailyReportTable::tr("transfer"));
    }
    const QString mismatch = DailyReportTable::tr("Payments not matching their fee notice");
    rows << tableLine(mismatch, DailyReportTable::tr("Dossiers"), {}, ReportCell::ofInteger(r.mismatchCount));
    for (const FeeMismatch& m : r.mismatches)
        rows << tableLine(mismatch, m.clerks.join(QStringLiteral(", ")), m.code, ReportCell::ofMoney(m.paidVnd),
            m.expectedVnd ? DailyReportTable::tr("paid; due %1 đồng (%2)")
                                .arg(ReportCell::ofMoney(*m.expectedVnd).displayText(), m.basis)
                          : DailyReportTable::tr("paid; no fee notice"));
}

} // namespace

QString DailyReportTable::queueLabel(Queue queue)
{
    switch (queue) {
    case Queue::WaitingHandOver:
        return tr("Waiting for hand-over");
    case Queue::DueToday:
        return tr("Due today");
    case Queue::DueSoon:
        return tr("Due within 2 working days");
    case Queue::Overdue:
        return tr("Overdue");
    case Queue::ReadyForReturn:
        return tr("Ready for return");
    case Queue::WaitingSupplement:
        return tr("Waiting for the applicant's supplement");
    case Queue::WaitingPayment:
        return tr("Waiting for payment");
    case Queue::Parked:
        return tr("Parked in sync");
    }
    return {};
}

ReportTable DailyReportTable::build(const DailyReport& r)
{
    ReportTable t;
    t.title = tr("Daily report of the one-stop desk");
    t.subtitle = tr("Day %1").arg(displayDate(r.date));
    t.headers = QStringList { tr("Section"), tr("Item"), tr("Dossier"), tr("Number"), tr("Detail") };
    const auto same = [](const QString& k) { return k; };
    t.rows << tableLine(tr("Received"), tr("Dossiers received on the day"), {}, ReportCell::ofInteger(r.received));
    tableCounts(t.rows, tr("By status"), r.byStatus, tableStateItem);
    tableCounts(t.rows, tr("By unit"), r.byUnit, same);
    tableCounts(t.rows, tr("By procedure"), r.byProcedure,
        [&r](const QString& code) { return QStringLiteral("%1 — %2").arg(code, r.procedureNames.value(code)); });
    tableCounts(t.rows, tr("By clerk"), r.byClerk, same);
    tableCounts(t.rows, tr("By channel"), r.byChannel, same);
    tableQueues(t.rows, r);
    tableMoney(t.rows, r);
    for (int v = 1; v <= 3; ++v)
        t.rows << tableLine(tr("Ratings"), QString::number(v), {}, ReportCell::ofInteger(r.ratings[v - 1]),
            v == 1       ? tr("very satisfied")
                : v == 2 ? tr("satisfied")
                         : tr("dissatisfied"));
    return t;
}

} // namespace motcua::report
