// LocalDays: the desk's local date (Clock::zone()) of UTC instants, fast enough for reports over hundreds
// of thousands of dossiers: the zone's offset is looked up once per UTC day and reused, instead of one
// QDateTime::toTimeZone() (a time-zone database query) per instant.
#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QHash>

namespace motcua::report {

class LocalDays
{
public:
    QDate date(const QDateTime& utc)
    {
        if (!utc.isValid())
            return {};
        const qint64 ms = utc.toMSecsSinceEpoch();
        const qint64 utcDay = floorDiv(ms, kDayMs);
        auto it = m_offsetMs.constFind(utcDay);
        if (it == m_offsetMs.constEnd())
            it = m_offsetMs.insert(utcDay, qint64(m_zone.offsetFromUtc(utc)) * 1000);
        return QDate::fromJulianDay(kEpochJulianDay + floorDiv(ms + *it, kDayMs));
    }

private:
    static constexpr qint64 kDayMs = 86400000;
    static constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
    static qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

    QTimeZone m_zone = Clock::zone();
    QHash<qint64, qint64> m_offsetMs;
};

} // namespace motcua::report
