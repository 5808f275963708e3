// DailyReportTable: the day's dashboard (DailyReport) as one report table for the exporters (CSV, XLSX,
// PDF through core/report/TableExport.h and ui/print/TablePdf.h): one line per figure, in sections
// (the day's intake by status, unit, procedure, clerk and channel; each queue's size and dossiers;
// fees per clerk; payment mismatches; ratings), columns Section | Item | Dossier | Number | Detail.
#pragma once

#include "core/report/DailyReport.h"
#include "core/report/ReportTable.h"

#include <QCoreApplication>

namespace motcua::report {

class DailyReportTable
{
    Q_DECLARE_TR_FUNCTIONS(DailyReportTable)
public:
    enum Column { Section, Item, Dossier, Number, Detail };
    static ReportTable build(const DailyReport& report);
    static QString queueLabel(Queue queue); // translated queue name
};

} // namespace motcua::report
