// Clock: the only source of "now" in MotCua. Product code asks Clock::current(); tests install a
// FixedClock (tests/support MockClock) and the CLI's --now installs one too. Local time is always
// Asia/Ho_Chi_Minh (UTC+7, no daylight saving since 1975), independent of the machine's time zone.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace motcua {

class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime nowUtc() const = 0;
    // Now in Asia/Ho_Chi_Minh.
    QDateTime now() const { return nowUtc().toTimeZone(zone()); }
    QDate today() const { return now().date(); }

    // The desk's time zone: fixed UTC+7.
    static QTimeZone zone();
    // A local (UTC+7) date-time from a date and a time.
    static QDateTime local(QDate date, QTime time = QTime(0, 0));

    // The process-wide clock; a SystemClock unless setCurrent() installed another.
    static const Clock& current();
    static void setCurrent(std::shared_ptr<Clock> clock);
    static void resetToSystem();

    // Parses the value of the global --now option: "2027-03-01T09:30:00" (local UTC+7),
    // "2027-03-01" (09:00 local), or an ISO date-time with an explicit offset or Z.
    static Result<QDateTime> parseNow(const QString& text);
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told otherwise; used by --now and by tests.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_now(at.toUTC()) { }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& at) { m_now = at.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace motcua
