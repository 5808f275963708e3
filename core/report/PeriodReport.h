// PeriodReport: the periodic report on the handling of dossiers in the Government Office's layout:
// dossiers to handle in the period (carried over from before it, newly received at the desk, by post,
// online), resolved in it (early, on time, late), still in progress at its end (within or past the
// limit), and withdrawn, stopped or refused; in total, by procedure and by channel. Counts only: an
// administrator may read it (view_report_counts). How each dossier counts: docs/reports.md.
#pragma once

#include "core/Result.h"
#include "core/report/ReportPeriod.h"
#include "core/report/ReportTable.h"
#include "core/store/ReportFacts.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace motcua::store {
class Store;
struct Actor;
} // namespace motcua::store

namespace motcua::report {

struct PeriodCounts {
    qint64 carriedOver = 0;
    qint64 receivedDesk = 0;
    qint64 receivedPostal = 0;
    qint64 receivedOnline = 0;
    qint64 early = 0;
    qint64 onTime = 0;
    qint64 late = 0;
    qint64 withinLimit = 0;
    qint64 overdue = 0;
    qint64 endedOther = 0; // withdrawn, stopped or refused after acceptance

    qint64 received() const { return receivedDesk + receivedPostal + receivedOnline; }
    qint64 toHandle() const { return carriedOver + received(); }
    qint64 resolved() const { return early + onTime + late; }
    qint64 inProgress() const { return withinLimit + overdue; }
    void add(const PeriodCounts& o);
    bool operator==(const PeriodCounts& o) const = default;
    // {"received","carried_over","received_by_channel":{desk,postal,online},"resolved":{"total","early",
    //  "on_time","late"},"in_progress":{"total","within_limit","overdue"},"withdrawn_stopped_refused"}
    QJsonObject toJson() const;
};

struct PeriodGroup {
    QString key; // procedure code, or channel id
    QString name; // procedure name, or the channel's label
    PeriodCounts counts;
};

class PeriodReport
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReport)
public:
    ReportPeriod period;
    QDateTime cutoffUtc; // when "in progress within/past the limit" was judged
    PeriodCounts total;
    QList<PeriodGroup> byProcedure; // by procedure code
    QList<PeriodGroup> byChannel; // desk, postal, online (always the three)

    // Counts the facts (Store::periodFacts) of `period`; cutoff = the period's end, or now if sooner.
    static PeriodReport fromFacts(
        const QList<store::PeriodFact>& facts, const ReportPeriod& period, const QDateTime& cutoffUtc);
    static QDateTime cutoffFor(const ReportPeriod& period, const QDateTime& nowUtc);
    // Reads and counts through the store (Clock::current() gives "now").
    static Result<PeriodReport> load(store::Store& store, const store::Actor& actor, const ReportPeriod& period);

    QJsonObject toJson() const; // total fields at the top level, plus "from","to","by_procedure","by_channel"
    // The report table: one row per procedure then the total row.
    ReportTable toTable() const;
    // One row per channel then the total row.
    ReportTable channelTable() const;
    static QString channelLabel(const QString& channel);
};

} // namespace motcua::report
