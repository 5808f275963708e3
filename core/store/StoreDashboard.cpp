// The supervisor's dashboard (issue 14): the day's counts, queues, fees and ratings, and the charts'
// series. Read-only; every query goes through an index (received_at, state+due_at, payments.at, results
// and ratings by time (schema 7), parked messages (schema 8)), so a refresh stays fast on a store of a
// million dossiers. docs/dashboard.md defines each figure.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include "core/Clock.h"

#include <QScopeGuard>

#include <sqlite3.h>

namespace motcua::store {

using report::DailyReport;
using report::Queue;
using report::QueueRow;

namespace {

qint64 dayStartMs(const QDate& d)
{
    return Clock::local(d).toMSecsSinceEpoch();
}

// The states whose appointment clock runs: they can be due or overdue. A paused dossier (supplement,
// payment) has no running appointment; one whose result is back is resolved.
#define MOTCUA_RUNNING "d.state IN ('received', 'processing')"

// One queue's condition on dossiers `d` (?1 = start of the day, ?2 = its end, ?3 = end of "soon") and
// order: the appointment, oldest first, which the (state, due_at) index gives without sorting.
struct QueueSql {
    const char* where;
    const char* order;
};

QueueSql queueSql(Queue q)
{
    switch (q) {
    case Queue::WaitingHandOver:
        return { "d.state = 'received'", "d.due_at, d.id" };
    case Queue::DueToday:
        return { MOTCUA_RUNNING " AND d.due_at >= ?1 AND d.due_at < ?2", "d.due_at, d.id" };
    case Queue::DueSoon:
        return { MOTCUA_RUNNING " AND d.due_at >= ?2 AND d.due_at < ?3", "d.due_at, d.id" };
    case Queue::Overdue:
        return { MOTCUA_RUNNING " AND d.due_at < ?1", "d.due_at, d.id" };
    case Queue::ReadyForReturn:
        return { "d.state = 'result_ready'", "d.due_at, d.id" };
    case Queue::WaitingSupplement:
        return { "d.state = 'supplement_requested'", "d.due_at, d.id" };
    case Queue::WaitingPayment:
        return { "d.state = 'awaiting_payment'", "d.due_at, d.id" };
    case Queue::Parked:
        break;
    }
    return { "0", "d.id" };
}

// The sum of the fees whose amount the catalogue states; nullopt when it states none.
std::optional<qint64> catalogueFeesVnd(const catalogue::Procedure& p)
{
    if (!p.fees)
        return std::nullopt;
    std::optional<qint64> total;
    for (const catalogue::Fee& fee : *p.fees)
        if (fee.amountVnd)
            total = total.value_or(0) + *fee.amountVnd;
    return total;
}

} // namespace

// The queries of one dashboard, on the store's connection.
class DashboardReader
{
public:
    DashboardReader(Store& store, DailyReport& r, int listLimit) : m_store(store), m_r(r), m_limit(listLimit)
    {
        m_start = dayStartMs(r.date);
        m_end = dayStartMs(r.date.addDays(1));
        m_soonEnd = dayStartMs(store.m_calendar->addWorkingDays(r.date, 2).addDays(1));
    }

    Status intake();
    Status openCounts();
    Status queue(Queue q);
    Status parked();
    Status fees();
    Status mismatches();
    Status ratings();

private:
    Error failed(const QString& what) { return m_store.sqlError(what); }
    QString holder(const QString& lastUnit) const { return lastUnit.isEmpty() ? m_store.m_site.unit : lastUnit; }

    Store& m_store;
    DailyReport& m_r;
    int m_limit;
    qint64 m_start = 0, m_end = 0, m_soonEnd = 0;
};

Status DashboardReader::intake()
{
    Statement q = m_store.prepare(
        "SELECT d.state, d.channel, p.code, p.name, p.agency, u.login, u.name, count(*) FROM dossiers d "
        "JOIN procedures p ON p.id = d.procedure_id LEFT JOIN users u ON u.id = d.received_by "
        "WHERE d.received_at >= ?1 AND d.received_at < ?2 GROUP BY d.state, d.channel, d.procedure_id, d.received_by");
    if (!q.valid())
        return failed(Store::tr("counting the day's dossiers"));
    q.bind(1, m_start).bind(2, m_end);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 n = q.i64(7);
        m_r.received += n;
        m_r.byStatus[q.text(0)] += n;
        m_r.byChannel[q.text(1)] += n;
        m_r.byProcedure[q.text(2)] += n;
        m_r.procedureNames.insert(q.text(2), q.text(3));
        m_r.byUnit[q.text(4)] += n;
        m_r.byClerk[q.text(5)] += n;
        m_r.clerkNames.insert(q.text(5), q.text(6));
    }
    return rc == SQLITE_DONE ? Status() : failed(Store::tr("counting the day's dossiers"));
}

Status DashboardReader::openCounts()
{
    Statement q = m_store.prepare("SELECT state, count(*) FROM dossiers WHERE state IN ('received', 'processing', "
                                  "'supplement_requested', 'awaiting_payment', 'result_ready') GROUP BY state");
    if (!q.valid())
        return failed(Store::tr("counting the open dossiers"));
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        m_r.openByStatus.insert(q.text(0), q.i64(1));
    return rc == SQLITE_DONE ? Status() : failed(Store::tr("counting the open dossiers"));
}

Status DashboardReader::queue(Queue which)
{
    const QueueSql sql = queueSql(which);
    const int index = static_cast<int>(which);
    const QByteArray count = QByteArray("SELECT count(*) FROM dossiers d WHERE ") + sql.where;
    {
        Statement q = m_store.prepare(count.constData());
        if (!q.valid())
            return failed(Store::tr("counting a queue"));
        q.bind(1, m_start).bind(2, m_end).bind(3, m_soonEnd);
        if (q.step() != SQLITE_ROW)
            return failed(Store::tr("counting a queue"));
        m_r.queueCounts[index] = q.i64(0);
    }
    if (!m_r.contents || m_r.queueCounts[index] == 0)
        return {};
    // The rows to show are picked on the (state, due_at) index alone, oldest appointment first; only
    // those few are then read in full (a queue of thousands never has its names read).
    const QByteArray list = QByteArray("SELECT d.code, d.applicant->>'name', p.name, d.state, d.received_at, d.due_at, "
                                       "(SELECT h.to_unit FROM hand_overs h WHERE h.dossier_id = d.id ORDER BY h.seq "
                                       "DESC LIMIT 1) FROM (SELECT d.id FROM dossiers d WHERE ")
        + sql.where + " ORDER BY " + sql.order + " LIMIT ?4) AS pick JOIN dossiers d ON d.id = pick.id "
        + "JOIN procedures p ON p.id = d.procedure_id ORDER BY " + sql.order;
    Statement q = m_store.prepare(list.constData());
    if (!q.valid())
        return failed(Store::tr("listing a queue"));
    q.bind(1, m_start).bind(2, m_end).bind(3, m_soonEnd).bind(4, m_limit > 0 ? qint64(m_limit) : qint64(-1));
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        QueueRow row { q.text(0), q.text(1), q.text(2), holder(q.text(6)), q.text(3), q.time(4), {}, 0 };
        if (!q.isNull(5))
            row.dueLocal = q.time(5).toTimeZone(Clock::zone());
        if (which == Queue::Overdue)
            row.workingDaysLate = qMax(1, m_store.m_calendar->workingDaysBetween(row.dueLocal.date(), m_r.date));
        m_r.queues[index] << row;
    }
    return rc == SQLITE_DONE ? Status() : failed(Store::tr("listing a queue"));
}

Status DashboardReader::parked()
{
    Statement q = m_store.prepare("SELECT coalesce(d.code, ''), o.service, o.last_error FROM outbox o LEFT JOIN "
                                  "dossiers d ON d.id = o.dossier_id WHERE o.delivered_at IS NULL AND o.last_error IS "
                                  "NOT NULL ORDER BY o.id");
    if (!q.valid())
        return failed(Store::tr("listing the parked records"));
    const int index = static_cast<int>(Queue::Parked);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        ++m_r.queueCounts[index];
        if (m_r.contents && (m_limit <= 0 || m_r.parked.size() < m_limit))
            m_r.parked << report::ParkedRow { q.text(0), q.text(1), q.text(2) };
    }
    return rc == SQLITE_DONE ? Status() : failed(Store::tr("listing the parked records"));
}

Status DashboardReader::fees()
{
    Statement q = m_store.prepare("SELECT u.login, u.name, p.method, sum(p.amount_vnd), count(*) FROM payments p "
                                  "JOIN users u ON u.id = p.user_id WHERE p.at >= ?1 AND p.at < ?2 "
                                  "GROUP BY u.login, p.method ORDER BY u.login");
    if (!q.valid())
        return failed(Store::tr("adding up the day's fees"));
    q.bind(1, m_start).bind(2, m_end);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const QString login = q.text(0);
        if (m_r.fees.isEmpty() || m_r.fees.last().login != login)
            m_r.fees << report::ClerkFees { login, q.text(1) };
        report::ClerkFees& f = m_r.fees.last();
        (q.text(2) == QLatin1String("transfer") ? f.transferVnd : f.cashVnd) += q.i64(3);
        f.payments += q.i32(4);
        m_r.clerkNames.insert(login, q.text(1));
    }
    return rc == SQLITE_DONE ? Status() : failed(Store::tr("adding up the day's fees"));
}

Status DashboardReader::mismatches()
{
    Statement q = m_store.prepare(
        "SELECT d.code, d.procedure_id, "
        " (SELECT count(*) FROM fee_notices f WHERE f.dossier_id = d.id AND f.at < ?2), "
        " (SELECT coalesce(sum(f.amount_vnd), 0) FROM fee_notices f WHERE f.dossier_id = d.id AND f.at < ?2), "
        " (SELECT coalesce(sum(x.amount_vnd), 0) FROM payments x WHERE x.dossier_id = d.id AND x.at < ?2), "
        " (SELECT group_concat(login, ',') FROM (SELECT DISTINCT u.login FROM payments y JOIN users u ON "
        "  u.id = y.user_id WHERE y.dossier_id = d.id AND y.at >= ?1 AND y.at < ?2 ORDER BY u.login)) "
        "FROM dossiers d WHERE d.id IN (SELECT dossier_id FROM payments WHERE at >= ?1 AND at < ?2) ORDER BY d.code");
    if (!q.valid())
        return failed(Store::tr("comparing payments with fee notices"));
    q.bind(1, m_start).bind(2, m_end);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        report::FeeMismatch m;
        m.code = q.text(0);
        m.paidVnd = q.i64(4);
        m.clerks = q.text(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (q.i64(2) > 0) {
            m.expectedVnd = q.i64(3);
            m.basis = QStringLiteral("fee_notice");
        } else if (auto p = m_store.procedureById(q.i64(1)); p && catalogueFeesVnd(p.value())) {
            m.expectedVnd = catalogueFeesVnd(p.value());
            m.basis = QStringLiteral("catalogue");
        } else {
            m.basis = QStringLiteral("none");
        }
        if (m.expectedVnd && *m.expectedVnd == m.paidVnd)
            continue;
        m.kind = !m.expectedVnd          ? report::FeeMismatch::Kind::NoFeeNotice
            : m.paidVnd < *m.expectedVnd ? report::FeeMismatch::Kind::Underpaid
                                         : report::FeeMismatch::Kind::Overpaid;
        ++m_r.mismatchCount;
        if (m_r.contents)
            m_r.mismatches << m;
    }
    return rc == SQLITE_DONE ? Status() : failed(Store::tr("comparing payments with fee notices"));
}

Status DashboardReader::ratings()
{
    Statement q = m_store.prepare("SELECT value, count(*) FROM ratings WHERE at >= ?1 AND at < ?2 GROUP BY value");
    if (!q.valid())
        return failed(Store::tr("counting the day's ratings"));
    q.bind(1, m_start).bind(2, m_end);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        if (q.i32(0) >= 1 && q.i32(0) <= 3)
            m_r.ratings[q.i32(0) - 1] = q.i64(1);
    return rc == SQLITE_DONE ? Status() : failed(Store::tr("counting the day's ratings"));
}

Result<DailyReport> Store::dailyReport(const Actor& actor, const QDate& date, int listLimit)
{
    const bool contents = authorize(actor, auth::Action::ViewReports).ok();
    if (!contents)
        if (auto s = authorize(actor, auth::Action::ViewReportCounts); !s)
            return s.error();
    if (!date.isValid())
        return Error::invalid(QStringLiteral("date"), tr("Give the day of the report"), QStringLiteral("invalid_date"));
    DailyReport r;
    r.date = date;
    r.generatedUtc = nowUtc();
    r.contents = contents;
    r.deskUnit = m_site.unit;
    // One read transaction: every figure comes from the same moment of the database.
    if (auto s = exec("BEGIN"); !s)
        return s.error();
    DashboardReader read(*this, r, listLimit);
    Status st = read.intake();
    if (st)
        st = read.openCounts();
    for (Queue q : report::allQueues())
        if (st && q != Queue::Parked)
            st = read.queue(q);
    if (st)
        st = read.parked();
    if (st && contents)
        st = read.fees();
    if (st)
        st = read.mismatches();
    if (st)
        st = read.ratings();
    (void)exec("COMMIT");
    if (!st)
        return st.error();
    return r;
}

Result<report::DashboardCharts> Store::dashboardCharts(const Actor& actor, const QDate& to, int weeks)
{
    if (!authorize(actor, auth::Action::ViewReports))
        if (auto s = authorize(actor, auth::Action::ViewReportCounts); !s)
            return s.error();
    if (!to.isValid() || weeks < 1 || weeks > 104)
        return Error::invalid(
            QStringLiteral("weeks"), tr("Chart 1 to 104 weeks up to a valid day"), QStringLiteral("invalid_period"));
    report::DashboardCharts c;
    c.to = to;
    c.from = to.addDays(1 - to.dayOfWeek() - 7 * (weeks - 1)); // the Monday `weeks` weeks back
    for (QDate d = c.from; d <= to; d = d.addDays(1))
        c.days << report::DashboardCharts::Day { d };
    for (int w = 0; w < weeks; ++w)
        c.weeks << report::DashboardCharts::Week { c.from.addDays(7 * w) };
    const qint64 start = dayStartMs(c.from);
    const qint64 end = dayStartMs(to.addDays(1));
    const qint64 firstDay = QDate(1970, 1, 1).daysTo(c.from);
    if (auto s = exec("BEGIN"); !s)
        return s.error();
    const auto done = qScopeGuard([this] { (void)exec("COMMIT"); });
    {
        Statement q = prepare("SELECT (received_at / 1000 + 25200) / 86400 - ?3, channel, count(*) FROM dossiers "
                              "WHERE received_at >= ?1 AND received_at < ?2 GROUP BY 1, 2");
        q.bind(1, start).bind(2, end).bind(3, firstDay);
        while (q.valid() && q.step() == SQLITE_ROW) {
            const int day = q.i32(0);
            if (day < 0 || day >= c.days.size())
                continue;
            auto& d = c.days[day];
            const QString channel = q.text(1);
            (channel == QLatin1String("postal")          ? d.postal
                    : channel == QLatin1String("online") ? d.online
                                                         : d.desk)
                += q.i64(2);
        }
    }
    {
        Statement q
            = prepare("SELECT ((received_at / 1000 + 25200) / 86400 - ?3) / 7, count(*), sum(EXISTS(SELECT 1 "
                      "FROM documents doc JOIN files f ON f.document_id = doc.id WHERE doc.dossier_id = d.id)) "
                      "FROM dossiers d WHERE received_at >= ?1 AND received_at < ?2 AND book_serial IS NOT NULL "
                      "GROUP BY 1");
        q.bind(1, start).bind(2, end).bind(3, firstDay);
        while (q.valid() && q.step() == SQLITE_ROW)
            if (q.i32(0) >= 0 && q.i32(0) < weeks) {
                c.weeks[q.i32(0)].received = q.i64(1);
                c.weeks[q.i32(0)].digitised = q.i64(2);
            }
    }
    {
        Statement q = prepare(
            "SELECT ((s.at / 1000 + 25200) / 86400 - ?3) / 7, h.result, count(*) FROM status_history s "
            "JOIN hand_overs h ON h.dossier_id = s.dossier_id AND h.seq = (SELECT max(g.seq) FROM hand_overs g "
            "WHERE g.dossier_id = s.dossier_id AND g.at <= s.at) "
            "WHERE s.step = 'mark_result_ready' AND s.at >= ?1 AND s.at < ?2 GROUP BY 1, 2");
        q.bind(1, start).bind(2, end).bind(3, firstDay);
        while (q.valid() && q.step() == SQLITE_ROW) {
            if (q.i32(0) < 0 || q.i32(0) >= weeks)
                continue;
            auto& w = c.weeks[q.i32(0)];
            const QString result = q.text(1);
            (result == QLatin1String("early")         ? w.early
                    : result == QLatin1String("late") ? w.late
                                                      : w.onTime)
                += result.isEmpty() ? 0 : q.i64(2);
        }
    }
    {
        Statement q = prepare("SELECT ((at / 1000 + 25200) / 86400 - ?3) / 7, value, count(*) FROM ratings "
                              "WHERE at >= ?1 AND at < ?2 GROUP BY 1, 2");
        q.bind(1, start).bind(2, end).bind(3, firstDay);
        while (q.valid() && q.step() == SQLITE_ROW)
            if (q.i32(0) >= 0 && q.i32(0) < weeks && q.i32(1) >= 1 && q.i32(1) <= 3)
                c.weeks[q.i32(0)].ratings[q.i32(1) - 1] = q.i64(2);
    }
    return c;
}

Result<audit::AuditChain::Head> Store::auditChainHead(const Actor& actor)
{
    if (auto s = authorize(actor, auth::Action::ViewReports); !s)
        return s.error();
    return auditHead();
}

#undef MOTCUA_RUNNING

} // namespace motcua::store
