// MockClock: a fixed, steppable clock installed as Clock::current() for the lifetime of the object.
#pragma once

#include "core/Clock.h"

#include <memory>

namespace motcua::test {

class MockClock
{
public:
    // `local` is read as Asia/Ho_Chi_Minh local time, e.g. MockClock({2027, 3, 1}, {9, 30}).
    explicit MockClock(QDate date = QDate(2027, 3, 1), QTime time = QTime(9, 30))
        : m_clock(std::make_shared<FixedClock>(Clock::local(date, time)))
    {
        Clock::setCurrent(m_clock);
    }
    ~MockClock() { Clock::resetToSystem(); }
    MockClock(const MockClock&) = delete;
    MockClock& operator=(const MockClock&) = delete;

    void setLocal(QDate date, QTime time) { m_clock->set(Clock::local(date, time)); }
    void advanceSecs(qint64 secs) { m_clock->advanceSecs(secs); }
    void advanceDays(qint64 days) { m_clock->advanceDays(days); }
    QDateTime now() const { return m_clock->now(); }
    // The clock itself, e.g. for Store::setLockoutClock().
    std::shared_ptr<FixedClock> shared() const { return m_clock; }

private:
    std::shared_ptr<FixedClock> m_clock;
};

} // namespace motcua::test
