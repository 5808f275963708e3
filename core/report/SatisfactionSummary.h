// SatisfactionSummary: the applicants' ratings of a period (Rất hài lòng / Hài lòng / Không hài lòng),
// in total and by agency, procedure and the clerk who received the dossier. Counts only
// (view_report_counts).
#pragma once

#include "core/Result.h"
#include "core/report/ReportPeriod.h"
#include "core/report/ReportTable.h"
#include "core/store/ReportFacts.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua::store {
class Store;
struct Actor;
} // namespace motcua::store

namespace motcua::report {

struct RatingCounts {
    qint64 verySatisfied = 0; // 1
    qint64 satisfied = 0; // 2
    qint64 dissatisfied = 0; // 3
    qint64 total() const { return verySatisfied + satisfied + dissatisfied; }
    bool operator==(const RatingCounts& o) const = default;
    QJsonObject toJson() const; // {"1","2","3","total"}
};

struct RatingGroup {
    QString key;
    QString name;
    RatingCounts counts;
};

class SatisfactionSummary
{
    Q_DECLARE_TR_FUNCTIONS(SatisfactionSummary)
public:
    ReportPeriod period;
    RatingCounts total;
    QList<RatingGroup> byAgency; // sorted by key
    QList<RatingGroup> byProcedure;
    QList<RatingGroup> byClerk;

    static SatisfactionSummary fromFacts(const QList<store::RatingFact>& facts, const ReportPeriod& period);
    static Result<SatisfactionSummary> load(store::Store& store, const store::Actor& actor, const ReportPeriod& period);
    // {"from","to","total":{...},"by_agency":[{"agency",...}],"by_procedure":[{"code","name",...}],
    //  "by_clerk":[{"clerk",...}]}
    QJsonObject toJson() const;
    // Rows: the total, then each agency, procedure and clerk, with the group named in the first column.
    ReportTable toTable() const;
};

} // namespace motcua::report
