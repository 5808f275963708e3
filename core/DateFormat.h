// DateFormat: the few ways MotCua writes dates and times, in the desk's local time (Clock::zone(),
// UTC+7). Machine text is ISO 8601 with the offset; what people read is dd/MM/yyyy and, with a time,
// always "dd/MM/yyyy HH:mm" (date first, everywhere: screens, forms, messages).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace motcua {

// "2027-03-01T09:30:00+07:00": the instant in local time with its offset; empty for an invalid time.
QString localIso(const QDateTime& t);
// "01/03/2027"; empty for an invalid date.
QString displayDate(QDate d);
// The local date of an instant, "01/03/2027"; empty for an invalid time.
QString displayDate(const QDateTime& t);
// "01/03/2027 09:30" in local time; empty for an invalid time.
QString displayDateTime(const QDateTime& t);

} // namespace motcua
