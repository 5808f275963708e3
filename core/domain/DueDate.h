// DueDate: the appointment (ngày hẹn trả) of a dossier from its procedure's
// time limit, the work calendar and the pauses while the dossier waited for the
// applicant (calendar.md §5-6, docs/calendar.md).
#pragma once

#include "core/Result.h"
#include "core/domain/WorkCalendar.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTime>

namespace motcua {

struct TimeLimit {
    enum class Unit { WorkingDays, Days, Hours, SameDay, Unknown };
    struct Stage {
        int value = 0;
        Unit unit = Unit::Unknown;
    };
    QList<Stage> stages; // chained stages

    // procedures.json "time_limit": {"value": 20, "unit": "working_days"} or with
    // chained stages
    // {"stages": [{"value": 5, "unit": "working_days"}, {"value": 15, "unit":
    // "days"}]}. Units: working_days, days, hours, same_day; null value/unit =
    // unknown.
    static TimeLimit fromCatalogueJson(const QJsonObject& timeLimit);
    static TimeLimit single(int value, Unit unit) { return TimeLimit { { Stage { value, unit } } }; }
    bool isKnown() const;
    QJsonObject toJson() const;
    static QString unitName(Unit unit); // "working_days", ...
};

struct PauseInterval {
    QDateTime from;
    QDateTime to; // UTC; `to` invalid = still paused (counted up to Clock::current())
};

struct DueRules {
    QTime sameDayCutoff { 15, 0 };
    QTime officeStart { 7, 30 };
    QTime officeEnd { 17, 0 };
    bool firstDayNotCounted = true;
    bool rollForwardToWorkingDay = true;
    QTime appointmentTime { 17, 0 };

    // From a JSON object
    // {"sameDayCutoff":"15:00","officeStart":"07:30","officeEnd":"17:00",
    // "firstDayNotCounted":true,"rollForwardToWorkingDay":true,"appointmentTime":"17:00"};
    // missing keys keep their defaults. Errors name the key.
    static Result<DueRules> fromJson(const QJsonObject& json);
};

// Appointment for a dossier received complete at `receivedUtc`; pauses extend
// it. Error when the limit is unknown (the program never invents a deadline).
// The result is a UTC+7 QDateTime.
Result<QDateTime> computeDue(const WorkCalendar&, const TimeLimit&, const QDateTime& receivedUtc,
    const QList<PauseInterval>& pauses = {}, const DueRules& rules = {});

} // namespace motcua
