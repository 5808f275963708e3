#include "core/Clock.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>

namespace motcua {

namespace {
QMutex s_mutex;
std::shared_ptr<Clock>& currentClock()
{
    static std::shared_ptr<Clock> clock = std::make_shared<SystemClock>();
    return clock;
}
} // namespace

QTimeZone Clock::zone()
{
    // Viet Nam has kept UTC+7 without daylight saving since 1975; a fixed offset avoids depending on
    // the machine's tzdata and time-zone setting.
    static const QTimeZone tz = QTimeZone(7 * 3600);
    return tz;
}

QDateTime Clock::local(QDate date, QTime time)
{
    return QDateTime(date, time, zone());
}

const Clock& Clock::current()
{
    QMutexLocker lock(&s_mutex);
    return *currentClock();
}

void Clock::setCurrent(std::shared_ptr<Clock> clock)
{
    QMutexLocker lock(&s_mutex);
    currentClock() = clock ? std::move(clock) : std::make_shared<SystemClock>();
}

void Clock::resetToSystem()
{
    setCurrent(nullptr);
}

Result<QDateTime> Clock::parseNow(const QString& input)
{
    const QString text = input.trimmed();
    const auto reject = [&] {
        return Error { ErrorKind::Usage, QStringLiteral("now"),
            QCoreApplication::translate("motcua::Clock",
                "The current time \"%1\" is not a date-time. Use the form 2027-03-01T09:30:00 "
                "(local time, Asia/Ho_Chi_Minh) or 2027-03-01.")
                .arg(text.left(64)),
            QStringLiteral("bad_now") };
    };
    if (text.isEmpty())
        return reject();

    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression localDateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?$"));
    static const QRegularExpression zonedDateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));

    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return reject();
        return local(date, QTime(9, 0));
    }
    if (localDateTime.match(text).hasMatch()) {
        QString normalized = text;
        normalized[10] = QLatin1Char('T');
        QDateTime dt = QDateTime::fromString(normalized, Qt::ISODateWithMs);
        if (!dt.isValid())
            return reject();
        return QDateTime(dt.date(), dt.time(), zone());
    }
    if (zonedDateTime.match(text).hasMatch()) {
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            return reject();
        return dt.toTimeZone(zone());
    }
    return reject();
}

} // namespace motcua
