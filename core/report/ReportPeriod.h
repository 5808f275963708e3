// ReportPeriod: the dates a report covers (local dates, both included): a month, a quarter, a year or
// any from–to range, and the line that names it on the report.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace motcua::report {

struct ReportPeriod {
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)
public:
    QDate from;
    QDate to;

    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter); // 1..4
    static ReportPeriod year(int year);
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // "From 01/11/2026 to 30/11/2026" (translated).
    QString label() const;
};

} // namespace motcua::report
