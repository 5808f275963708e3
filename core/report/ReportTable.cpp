#include "core/report/ReportTable.h"

namespace motcua::report {

namespace {

// 1500000 -> "1.500.000" (Vietnamese thousands separator), independent of the process locale.
QString groupedVnd(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

} // namespace

QString ReportCell::plainText() const
{
    switch (kind) {
    case Kind::Text:
        return text;
    case Kind::Integer:
    case Kind::Money:
        return QString::number(number);
    case Kind::Date:
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    return {};
}

QString ReportCell::displayText() const
{
    switch (kind) {
    case Kind::Text:
        return text;
    case Kind::Integer:
        return QString::number(number);
    case Kind::Money:
        return groupedVnd(number);
    case Kind::Date:
        return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    }
    return {};
}

} // namespace motcua::report
