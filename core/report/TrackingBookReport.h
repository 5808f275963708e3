// TrackingBookReport: the tracking book (Sổ theo dõi hồ sơ) of a period as a report table, from the
// store's tracking-book query (Store::trackingBook, the same rows `motcua print tracking-book` prints),
// for the Reports page and the CSV/XLSX exports. Holds dossier contents: view_reports only.
#pragma once

#include "core/Result.h"
#include "core/report/ReportPeriod.h"
#include "core/report/ReportTable.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace motcua::report {

class TrackingBookReport
{
    Q_DECLARE_TR_FUNCTIONS(TrackingBookReport)
public:
    static ReportTable toTable(const QList<store::TrackingRow>& rows, const ReportPeriod& period);
    static Result<ReportTable> load(store::Store& store, const store::Actor& actor, const ReportPeriod& period);
};

} // namespace motcua::report
