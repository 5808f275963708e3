#include "core/DateFormat.h"

#include "core/Clock.h"

namespace motcua {

QString localIso(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(Clock::zone()).toString(Qt::ISODate) : QString();
}

QString displayDate(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString displayDate(const QDateTime& t)
{
    return t.isValid() ? displayDate(t.toTimeZone(Clock::zone()).date()) : QString();
}

QString displayDateTime(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(Clock::zone()).toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

} // namespace motcua
