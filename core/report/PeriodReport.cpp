#include "core/report/PeriodReport.h"

#include "core/Clock.h"
#include "core/report/LocalDays.h"
#include "core/store/Store.h"

#include <QMap>

namespace motcua::report {

namespace {

const QStringList kChannels { QStringLiteral("desk"), QStringLiteral("postal"), QStringLiteral("online") };

// The deadline on-time statistics measure against: the appointment moved by pauses, but never by an
// apology slip (domain rule: both dates are kept so the original deadline still counts).
QDateTime statsDeadline(const store::PeriodFact& f)
{
    if (f.rescheduled && f.originalDueUtc.isValid())
        return f.originalDueUtc;
    return f.dueUtc;
}

// Adds one dossier to `c`; false when it does not count in the period at all.
bool count(PeriodCounts& c, const store::PeriodFact& f, const QDateTime& start, const QDateTime& end,
    const QDateTime& cutoff, LocalDays& days)
{
    QDateTime finish = f.resolvedUtc;
    bool resolved = finish.isValid();
    if (f.endedUtc.isValid() && (!resolved || f.endedUtc < finish)) {
        finish = f.endedUtc;
        resolved = false;
    }
    if (finish.isValid() && finish < start)
        return false; // finished before the period: not carried over
    if (f.receivedUtc < start)
        ++c.carriedOver;
    else if (f.channel == QLatin1String("postal"))
        ++c.receivedPostal;
    else if (f.channel == QLatin1String("online"))
        ++c.receivedOnline;
    else
        ++c.receivedDesk;
    const QDateTime deadline = statsDeadline(f);
    if (finish.isValid() && finish < end) {
        if (!resolved)
            ++c.endedOther;
        else if (!deadline.isValid())
            ++c.onTime; // no known limit: it cannot be late
        else if (days.date(finish) < days.date(deadline))
            ++c.early;
        else if (finish <= deadline)
            ++c.onTime;
        else
            ++c.late;
        return true;
    }
    // In progress at the cut-off. A dossier paused then has its clock stopped since the pause began.
    const QDateTime judged = f.pausedSinceUtc.isValid() ? f.pausedSinceUtc : cutoff;
    if (deadline.isValid() && deadline < judged)
        ++c.overdue;
    else
        ++c.withinLimit;
    return true;
}

} // namespace

void PeriodCounts::add(const PeriodCounts& o)
{
    carriedOver += o.carriedOver;
    receivedDesk += o.receivedDesk;
    receivedPostal += o.receivedPostal;
    receivedOnline += o.receivedOnline;
    early += o.early;
    onTime += o.onTime;
    late += o.late;
    withinLimit += o.withinLimit;
    overdue += o.overdue;
    endedOther += o.endedOther;
}

QJsonObject PeriodCounts::toJson() const
{
    return QJsonObject { { QStringLiteral("received"), received() }, { QStringLiteral("carried_over"), carriedOver },
        { QStringLiteral("to_handle"), toHandle() },
        { QStringLiteral("received_by_channel"),
            QJsonObject { { QStringLiteral("desk"), receivedDesk }, { QStringLiteral("postal"), receivedPostal },
                { QStringLiteral("online"), receivedOnline } } },
        { QStringLiteral("resolved"),
            QJsonObject { { QStringLiteral("total"), resolved() }, { QStringLiteral("early"), early },
                { QStringLiteral("on_time"), onTime }, { QStringLiteral("late"), late } } },
        { QStringLiteral("in_progress"),
            QJsonObject { { QStringLiteral("total"), inProgress() }, { QStringLiteral("within_limit"), withinLimit },
                { QStringLiteral("overdue"), overdue } } },
        { QStringLiteral("withdrawn_stopped_refused"), endedOther } };
}

QDateTime PeriodReport::cutoffFor(const ReportPeriod& period, const QDateTime& nowUtc)
{
    const QDateTime end = Clock::local(period.to.addDays(1)).toUTC();
    return nowUtc.isValid() && nowUtc < end ? nowUtc.toUTC() : end;
}

PeriodReport PeriodReport::fromFacts(
    const QList<store::PeriodFact>& facts, const ReportPeriod& period, const QDateTime& cutoffUtc)
{
    PeriodReport r;
    r.period = period;
    r.cutoffUtc = cutoffUtc;
    const QDateTime start = Clock::local(period.from);
    const QDateTime end = Clock::local(period.to.addDays(1));
    QMap<QString, PeriodGroup> procedures;
    QMap<QString, PeriodCounts> channels;
    LocalDays days;
    for (const store::PeriodFact& f : facts) {
        PeriodCounts one;
        if (!count(one, f, start, end, cutoffUtc, days))
            continue;
        r.total.add(one);
        PeriodGroup& g = procedures[f.procedureCode];
        g.key = f.procedureCode;
        g.name = f.procedureName; // the latest version's name wins only by order; names rarely change
        g.counts.add(one);
        channels[f.channel].add(one);
    }
    r.byProcedure = procedures.values();
    for (const QString& ch : kChannels)
        r.byChannel << PeriodGroup { ch, channelLabel(ch), channels.value(ch) };
    return r;
}

Result<PeriodReport> PeriodReport::load(store::Store& store, const store::Actor& actor, const ReportPeriod& period)
{
    const QDateTime cutoff = cutoffFor(period, Clock::current().nowUtc());
    auto facts = store.periodFacts(actor, period.from, period.to, cutoff);
    if (!facts)
        return facts.error();
    return fromFacts(facts.value(), period, cutoff);
}

QString PeriodReport::channelLabel(const QString& channel)
{
    if (channel == QLatin1String("postal"))
        return tr("By post");
    if (channel == QLatin1String("online"))
        return tr("Online");
    return tr("At the desk");
}

QJsonObject PeriodReport::toJson() const
{
    QJsonObject o = total.toJson();
    o.insert(QStringLiteral("from"), period.from.toString(Qt::ISODate));
    o.insert(QStringLiteral("to"), period.to.toString(Qt::ISODate));
    o.insert(QStringLiteral("cutoff"), cutoffUtc.toTimeZone(Clock::zone()).toString(Qt::ISODate));
    QJsonArray procs;
    for (const PeriodGroup& g : byProcedure) {
        QJsonObject p = g.counts.toJson();
        p.insert(QStringLiteral("code"), g.key);
        p.insert(QStringLiteral("name"), g.name);
        procs << p;
    }
    o.insert(QStringLiteral("by_procedure"), procs);
    QJsonArray chans;
    for (const PeriodGroup& g : byChannel) {
        QJsonObject c = g.counts.toJson();
        c.insert(QStringLiteral("channel"), g.key);
        chans << c;
    }
    o.insert(QStringLiteral("by_channel"), chans);
    return o;
}

namespace {

QList<ReportCell> countCells(const PeriodCounts& c)
{
    return { ReportCell::ofInteger(c.toHandle()), ReportCell::ofInteger(c.carriedOver),
        ReportCell::ofInteger(c.receivedDesk), ReportCell::ofInteger(c.receivedPostal),
        ReportCell::ofInteger(c.receivedOnline), ReportCell::ofInteger(c.resolved()), ReportCell::ofInteger(c.early),
        ReportCell::ofInteger(c.onTime), ReportCell::ofInteger(c.late), ReportCell::ofInteger(c.inProgress()),
        ReportCell::ofInteger(c.withinLimit), ReportCell::ofInteger(c.overdue), ReportCell::ofInteger(c.endedOther) };
}

QStringList countHeaders()
{
    return { PeriodReport::tr("To handle"), PeriodReport::tr("Carried over"), PeriodReport::tr("New at the desk"),
        PeriodReport::tr("New by post"), PeriodReport::tr("New online"), PeriodReport::tr("Resolved"),
        PeriodReport::tr("Resolved early"), PeriodReport::tr("Resolved on time"), PeriodReport::tr("Resolved late"),
        PeriodReport::tr("In progress"), PeriodReport::tr("In progress within the limit"),
        PeriodReport::tr("In progress past the limit"), PeriodReport::tr("Withdrawn, stopped or refused") };
}

} // namespace

ReportTable PeriodReport::toTable() const
{
    ReportTable t;
    t.title = tr("REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS");
    t.subtitle = period.label();
    t.headers = QStringList { tr("No."), tr("Procedure code"), tr("Procedure") } + countHeaders();
    int n = 0;
    for (const PeriodGroup& g : byProcedure)
        t.rows << (QList<ReportCell> {
                       ReportCell::ofInteger(++n), ReportCell::ofText(g.key), ReportCell::ofText(g.name) }
            + countCells(g.counts));
    t.rows << (QList<ReportCell> { ReportCell::ofText({}), ReportCell::ofText({}), ReportCell::ofText(tr("Total")) }
        + countCells(total));
    return t;
}

ReportTable PeriodReport::channelTable() const
{
    ReportTable t;
    t.title = tr("REPORT ON THE HANDLING OF ADMINISTRATIVE PROCEDURE DOSSIERS BY CHANNEL");
    t.subtitle = period.label();
    t.headers = QStringList { tr("Channel") } + countHeaders();
    for (const PeriodGroup& g : byChannel)
        t.rows << (QList<ReportCell> { ReportCell::ofText(g.name) } + countCells(g.counts));
    t.rows << (QList<ReportCell> { ReportCell::ofText(tr("Total")) } + countCells(total));
    return t;
}

} // namespace motcua::report
