#include "core/report/ReportPeriod.h"

namespace motcua::report {

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return { first, first.isValid() ? first.addMonths(1).addDays(-1) : QDate() };
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    const QDate first(year, 3 * (quarter - 1) + 1, 1);
    return { first, first.addMonths(3).addDays(-1) };
}

ReportPeriod ReportPeriod::year(int year)
{
    return { QDate(year, 1, 1), QDate(year, 12, 31) };
}

QString ReportPeriod::label() const
{
    const QString f = QStringLiteral("dd/MM/yyyy");
    return tr("From %1 to %2").arg(from.toString(f), to.toString(f));
}

} // namespace motcua::report
