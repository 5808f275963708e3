#include "core/report/DailyReport.h"

#include "core/DateFormat.h"

#include <QJsonArray>

namespace motcua::report {

namespace {

QJsonValue isoOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(localIso(t)) : QJsonValue();
}

QJsonObject countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray codes(const QList<QueueRow>& rows)
{
    QJsonArray a;
    for (const QueueRow& r : rows)
        a.append(r.code);
    return a;
}

QJsonArray rowsJson(const QList<QueueRow>& rows)
{
    QJsonArray a;
    for (const QueueRow& r : rows)
        a.append(r.toJson());
    return a;
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : -1.0;
}

QJsonValue shareJson(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(qRound(value * 10000) / 10000.0);
}

} // namespace

QJsonObject QueueRow::toJson() const
{
    QJsonObject o { { QStringLiteral("code"), code }, { QStringLiteral("applicant"), applicant },
        { QStringLiteral("procedure"), procedure }, { QStringLiteral("unit"), unit },
        { QStringLiteral("status"), state }, { QStringLiteral("received"), isoOrNull(receivedUtc) },
        { QStringLiteral("due"), isoOrNull(dueLocal) } };
    if (workingDaysLate > 0)
        o.insert(QStringLiteral("working_days_late"), workingDaysLate);
    return o;
}

QJsonObject ParkedRow::toJson() const
{
    return { { QStringLiteral("code"), code }, { QStringLiteral("service"), service },
        { QStringLiteral("reason"), reason } };
}

QJsonObject ClerkFees::toJson() const
{
    return { { QStringLiteral("clerk"), login }, { QStringLiteral("name"), name }, { QStringLiteral("cash"), cashVnd },
        { QStringLiteral("transfer"), transferVnd }, { QStringLiteral("total"), totalVnd() },
        { QStringLiteral("payments"), payments } };
}

QString FeeMismatch::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Underpaid:
        return QStringLiteral("underpaid");
    case Kind::Overpaid:
        return QStringLiteral("overpaid");
    case Kind::NoFeeNotice:
        return QStringLiteral("no_fee_notice");
    }
    return {};
}

QJsonObject FeeMismatch::toJson() const
{
    return { { QStringLiteral("code"), code }, { QStringLiteral("clerks"), QJsonArray::fromStringList(clerks) },
        { QStringLiteral("expected"), expectedVnd ? QJsonValue(*expectedVnd) : QJsonValue() },
        { QStringLiteral("paid"), paidVnd }, { QStringLiteral("basis"), basis },
        { QStringLiteral("kind"), kindName(kind) } };
}

QString queueKey(Queue queue)
{
    switch (queue) {
    case Queue::WaitingHandOver:
        return QStringLiteral("waiting_hand_over");
    case Queue::DueToday:
        return QStringLiteral("due_today");
    case Queue::DueSoon:
        return QStringLiteral("due_within_2_working_days");
    case Queue::Overdue:
        return QStringLiteral("overdue");
    case Queue::ReadyForReturn:
        return QStringLiteral("ready_for_return");
    case Queue::WaitingSupplement:
        return QStringLiteral("waiting_supplement");
    case Queue::WaitingPayment:
        return QStringLiteral("waiting_payment");
    case Queue::Parked:
        return QStringLiteral("parked");
    }
    return {};
}

QList<Queue> allQueues()
{
    QList<Queue> out;
    for (int i = 0; i < kQueueCount; ++i)
        out << static_cast<Queue>(i);
    return out;
}

qint64 DailyReport::feesCashVnd() const
{
    qint64 sum = 0;
    for (const ClerkFees& f : fees)
        sum += f.cashVnd;
    return sum;
}

qint64 DailyReport::feesTransferVnd() const
{
    qint64 sum = 0;
    for (const ClerkFees& f : fees)
        sum += f.transferVnd;
    return sum;
}

QJsonObject DailyReport::toJson() const
{
    QJsonObject o { { QStringLiteral("date"), date.toString(Qt::ISODate) },
        { QStringLiteral("generated"), isoOrNull(generatedUtc) },
        { QStringLiteral("scope"), contents ? QStringLiteral("full") : QStringLiteral("counts") },
        { QStringLiteral("received"), received }, { QStringLiteral("by_status"), countsJson(byStatus) },
        { QStringLiteral("by_unit"), countsJson(byUnit) }, { QStringLiteral("by_procedure"), countsJson(byProcedure) },
        { QStringLiteral("by_clerk"), countsJson(byClerk) }, { QStringLiteral("by_channel"), countsJson(byChannel) },
        { QStringLiteral("open_by_status"), countsJson(openByStatus) } };
    QJsonObject counts;
    for (Queue q : allQueues()) {
        counts.insert(queueKey(q), count(q));
        if (q == Queue::Overdue) {
            QJsonArray overdue;
            for (const QueueRow& r : queue(q))
                overdue.append(QJsonObject { { QStringLiteral("code"), r.code },
                    { QStringLiteral("working_days_late"), r.workingDaysLate }, { QStringLiteral("unit"), r.unit },
                    { QStringLiteral("due"), isoOrNull(r.dueLocal) }, { QStringLiteral("status"), r.state } });
            o.insert(queueKey(q), overdue);
        } else if (q == Queue::Parked) {
            QJsonArray a;
            for (const ParkedRow& p : parked)
                a.append(p.toJson());
            o.insert(queueKey(q), a);
        } else {
            o.insert(queueKey(q), codes(queue(q)));
        }
    }
    counts.insert(QStringLiteral("fee_mismatches"), mismatchCount);
    o.insert(QStringLiteral("counts"), counts);
    QJsonObject details;
    for (Queue q : { Queue::WaitingHandOver, Queue::DueToday, Queue::DueSoon, Queue::ReadyForReturn,
             Queue::WaitingSupplement, Queue::WaitingPayment })
        details.insert(queueKey(q), rowsJson(queue(q)));
    o.insert(QStringLiteral("lists"), details);
    QJsonArray feeRows;
    for (const ClerkFees& f : fees)
        feeRows.append(f.toJson());
    o.insert(QStringLiteral("fees"), feeRows);
    if (contents)
        o.insert(QStringLiteral("fees_total"),
            QJsonObject {
                { QStringLiteral("cash"), feesCashVnd() }, { QStringLiteral("transfer"), feesTransferVnd() } });
    QJsonArray mismatchRows;
    for (const FeeMismatch& m : mismatches)
        mismatchRows.append(m.toJson());
    o.insert(QStringLiteral("fee_mismatches"), mismatchRows);
    o.insert(QStringLiteral("ratings"),
        QJsonObject { { QStringLiteral("1"), ratings[0] }, { QStringLiteral("2"), ratings[1] },
            { QStringLiteral("3"), ratings[2] } });
    return o;
}

double DashboardCharts::Week::onTimeRate() const
{
    return share(early + onTime, early + onTime + late);
}

double DashboardCharts::Week::digitisedShare() const
{
    return share(digitised, received);
}

double DashboardCharts::Week::satisfiedShare() const
{
    return share(ratings[0] + ratings[1], ratings[0] + ratings[1] + ratings[2]);
}

QJsonObject DashboardCharts::toJson() const
{
    QJsonArray dayRows;
    for (const Day& d : days)
        dayRows.append(
            QJsonObject { { QStringLiteral("date"), d.date.toString(Qt::ISODate) }, { QStringLiteral("desk"), d.desk },
                { QStringLiteral("postal"), d.postal }, { QStringLiteral("online"), d.online } });
    QJsonArray weekRows;
    for (const Week& w : weeks)
        weekRows.append(QJsonObject { { QStringLiteral("week"), w.monday.toString(Qt::ISODate) },
            { QStringLiteral("early"), w.early }, { QStringLiteral("on_time"), w.onTime },
            { QStringLiteral("late"), w.late }, { QStringLiteral("on_time_rate"), shareJson(w.onTimeRate()) },
            { QStringLiteral("received"), w.received }, { QStringLiteral("digitised"), w.digitised },
            { QStringLiteral("digitised_share"), shareJson(w.digitisedShare()) },
            { QStringLiteral("ratings"),
                QJsonObject { { QStringLiteral("1"), w.ratings[0] }, { QStringLiteral("2"), w.ratings[1] },
                    { QStringLiteral("3"), w.ratings[2] } } },
            { QStringLiteral("satisfied_share"), shareJson(w.satisfiedShare()) } });
    return { { QStringLiteral("from"), from.toString(Qt::ISODate) }, { QStringLiteral("to"), to.toString(Qt::ISODate) },
        { QStringLiteral("days"), dayRows }, { QStringLiteral("weeks"), weekRows } };
}

} // namespace motcua::report
