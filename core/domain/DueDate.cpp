#include "core/domain/DueDate.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

#include <algorithm>

namespace motcua {

namespace {

TimeLimit::Unit unitFromName(const QJsonValue& v)
{
    const QString s = v.toString();
    if (s == QLatin1String("working_days"))
        return TimeLimit::Unit::WorkingDays;
    if (s == QLatin1String("days"))
        return TimeLimit::Unit::Days;
    if (s == QLatin1String("hours"))
        return TimeLimit::Unit::Hours;
    if (s == QLatin1String("same_day"))
        return TimeLimit::Unit::SameDay;
    return TimeLimit::Unit::Unknown;
}

TimeLimit::Stage stageFromJson(const QJsonObject& o)
{
    TimeLimit::Stage st;
    st.unit = unitFromName(o.value(QStringLiteral("unit")));
    const QJsonValue v = o.value(QStringLiteral("value"));
    // A limit is a whole number of days or hours; anything outside 0..kMaxLimit (no procedure takes
    // years) is unknown. The range is checked before the cast: casting 1e66 to int is undefined
    // behaviour (found by fuzz_catalogue).
    constexpr double kMaxLimit = 10000;
    const double number = v.toDouble();
    if (v.isDouble() && number >= 0 && number <= kMaxLimit && number == std::floor(number))
        st.value = static_cast<int>(number);
    else if (st.unit == TimeLimit::Unit::SameDay)
        st.value = 0; // "same day" needs no number
    else
        st.unit = TimeLimit::Unit::Unknown; // null/absent/fractional value: unknown, never guessed
    return st;
}

QDateTime toLocal(const QDateTime& utc)
{
    return utc.toTimeZone(Clock::zone());
}

// Adds `seconds` of office time (working days, officeStart..officeEnd) to a local instant.
QDateTime addOfficeSeconds(const WorkCalendar& cal, const QDateTime& startLocal, qint64 seconds, const DueRules& r)
{
    QDate d = startLocal.date();
    QTime t = startLocal.time();
    if (!cal.isWorkingDay(d)) {
        d = cal.nextWorkingDay(d);
        t = r.officeStart;
    } else if (t >= r.officeEnd) {
        d = cal.addWorkingDays(d, 1);
        t = r.officeStart;
    } else if (t < r.officeStart) {
        t = r.officeStart;
    }
    qint64 remaining = seconds;
    while (d.isValid()) {
        const qint64 available = t.secsTo(r.officeEnd);
        if (remaining <= available)
            return Clock::local(d, t.addSecs(static_cast<int>(remaining)));
        remaining -= available;
        d = cal.addWorkingDays(d, 1);
        t = r.officeStart;
    }
    return {};
}

// Office seconds (working days, officeStart..officeEnd) inside the local interval [a, b).
qint64 officeSecondsBetween(const WorkCalendar& cal, const QDateTime& a, const QDateTime& b, const DueRules& r)
{
    qint64 total = 0;
    for (QDate d = a.date(); d.isValid() && d <= b.date(); d = d.addDays(1)) {
        if (!cal.isWorkingDay(d))
            continue;
        const QDateTime open = Clock::local(d, r.officeStart);
        const QDateTime close = Clock::local(d, r.officeEnd);
        const QDateTime from = std::max(open, a);
        const QDateTime to = std::min(close, b);
        if (from < to)
            total += from.secsTo(to);
    }
    return total;
}

} // namespace

TimeLimit TimeLimit::fromCatalogueJson(const QJsonObject& json)
{
    TimeLimit limit;
    const QJsonValue stages = json.value(QStringLiteral("stages"));
    if (stages.isArray()) {
        for (const QJsonValue& v : stages.toArray())
            limit.stages.append(stageFromJson(v.toObject()));
    } else if (!json.isEmpty()) {
        limit.stages.append(stageFromJson(json));
    }
    return limit;
}

bool TimeLimit::isKnown() const
{
    if (stages.isEmpty())
        return false;
    return std::all_of(stages.cbegin(), stages.cend(),
        [](const Stage& s) { return s.unit == Unit::SameDay || (s.unit != Unit::Unknown && s.value > 0); });
}

QString TimeLimit::unitName(Unit unit)
{
    switch (unit) {
    case Unit::WorkingDays:
        return QStringLiteral("working_days");
    case Unit::Days:
        return QStringLiteral("days");
    case Unit::Hours:
        return QStringLiteral("hours");
    case Unit::SameDay:
        return QStringLiteral("same_day");
    case Unit::Unknown:
        break;
    }
    return {};
}

QJsonObject TimeLimit::toJson() const
{
    const auto stageJson = [](const Stage& s) {
        QJsonObject o;
        o.insert(QStringLiteral("value"), s.unit == Unit::Unknown ? QJsonValue() : QJsonValue(s.value));
        o.insert(QStringLiteral("unit"), s.unit == Unit::Unknown ? QJsonValue() : QJsonValue(unitName(s.unit)));
        return o;
    };
    if (stages.size() == 1)
        return stageJson(stages.first());
    QJsonArray arr;
    for (const Stage& s : stages)
        arr.append(stageJson(s));
    return QJsonObject { { QStringLiteral("stages"), arr } };
}

Result<DueRules> DueRules::fromJson(const QJsonObject& json)
{
    DueRules r;
    const auto time = [&](const char* key, QTime& out) -> Status {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        const QTime t = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
        if (!t.isValid())
            return Error::invalid(QLatin1String(key),
                QCoreApplication::translate("motcua::DueDate",
                    "Setting %1 must be a time of day as HH:mm (e.g. 15:00), not "
                    "\"%2\".")
                    .arg(QLatin1String(key), v.toString()));
        out = t;
        return {};
    };
    for (auto [key, field] :
        { std::pair { "sameDayCutoff", &r.sameDayCutoff }, std::pair { "officeStart", &r.officeStart },
            std::pair { "officeEnd", &r.officeEnd }, std::pair { "appointmentTime", &r.appointmentTime } })
        if (auto s = time(key, *field); !s)
            return s.error();
    r.firstDayNotCounted = json.value(QStringLiteral("firstDayNotCounted")).toBool(r.firstDayNotCounted);
    r.rollForwardToWorkingDay = json.value(QStringLiteral("rollForwardToWorkingDay")).toBool(r.rollForwardToWorkingDay);
    if (r.officeStart >= r.officeEnd)
        return Error::invalid(QStringLiteral("officeEnd"),
            QCoreApplication::translate("motcua::DueDate",
                "Office hours must end after they start (officeStart %1, "
                "officeEnd %2).")
                .arg(r.officeStart.toString(QStringLiteral("HH:mm")), r.officeEnd.toString(QStringLiteral("HH:mm"))));
    return r;
}

Result<QDateTime> computeDue(const WorkCalendar& cal, const TimeLimit& limit, const QDateTime& receivedUtc,
    const QList<PauseInterval>& pauses, const DueRules& rules)
{
    if (!limit.isKnown())
        return Error::invalid(QStringLiteral("time_limit"),
            QCoreApplication::translate("motcua::DueDate",
                "The time limit of this procedure is unknown, so no appointment "
                "date can be computed. Enter the limit in the procedure catalogue "
                "or set the appointment by hand."),
            QStringLiteral("unknown_time_limit"));
    if (!receivedUtc.isValid())
        return Error::invalid(QStringLiteral("received"),
            QCoreApplication::translate("motcua::DueDate", "The receipt time is missing or invalid."));
    if (rules.officeStart >= rules.officeEnd)
        return Error::invalid(QStringLiteral("officeEnd"),
            QCoreApplication::translate("motcua::DueDate", "Office hours must end after they start."));

    QDateTime cursor = toLocal(receivedUtc);
    for (const TimeLimit::Stage& stage : limit.stages) {
        const QDate day = cursor.date();
        QDate dueDay;
        switch (stage.unit) {
        case TimeLimit::Unit::WorkingDays:
            dueDay = cal.addWorkingDays(rules.firstDayNotCounted ? day : day.addDays(-1), stage.value);
            cursor = Clock::local(dueDay, rules.appointmentTime);
            break;
        case TimeLimit::Unit::Days:
            dueDay = day.addDays(rules.firstDayNotCounted ? stage.value : stage.value - 1);
            if (rules.rollForwardToWorkingDay)
                dueDay = cal.nextWorkingDay(dueDay);
            cursor = Clock::local(dueDay, rules.appointmentTime);
            break;
        case TimeLimit::Unit::Hours:
            cursor = addOfficeSeconds(cal, cursor, qint64(stage.value) * 3600, rules);
            break;
        case TimeLimit::Unit::SameDay:
            if (cal.isWorkingDay(day) && cursor.time() <= rules.sameDayCutoff)
                dueDay = day;
            else
                dueDay = cal.addWorkingDays(day, 1);
            cursor = Clock::local(dueDay, rules.appointmentTime);
            break;
        case TimeLimit::Unit::Unknown:
            break;
        }
        if (!cursor.isValid())
            return Error::invalid(QStringLiteral("time_limit"),
                QCoreApplication::translate("motcua::DueDate", "The appointment date falls outside the calendar."));
    }

    // Pauses (waiting for the applicant) extend the appointment by the time they cover: office time
    // for limits in working days or hours, elapsed time for limits in calendar days. Overlapping
    // pauses count once; time before receipt does not count; an open pause counts up to now.
    QList<std::pair<QDateTime, QDateTime>> spans;
    for (const PauseInterval& p : pauses) {
        if (!p.from.isValid())
            continue;
        QDateTime from = std::max(p.from.toUTC(), receivedUtc.toUTC());
        QDateTime to = p.to.isValid() ? p.to.toUTC() : Clock::current().nowUtc();
        if (from < to)
            spans.append({ from, to });
    }
    if (spans.isEmpty())
        return cursor;
    std::sort(spans.begin(), spans.end());
    QList<std::pair<QDateTime, QDateTime>> merged;
    for (const auto& s : spans) {
        if (!merged.isEmpty() && s.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, s.second);
        else
            merged.append(s);
    }
    const TimeLimit::Unit lastUnit = limit.stages.last().unit;
    if (lastUnit == TimeLimit::Unit::Days) {
        qint64 secs = 0;
        for (const auto& s : merged)
            secs += s.first.secsTo(s.second);
        const int days = static_cast<int>((secs + 86399) / 86400);
        QDate d = cursor.date().addDays(days);
        if (rules.rollForwardToWorkingDay)
            d = cal.nextWorkingDay(d);
        return Clock::local(d, cursor.time());
    }
    qint64 office = 0;
    for (const auto& s : merged)
        office += officeSecondsBetween(cal, toLocal(s.first), toLocal(s.second), rules);
    if (office == 0)
        return cursor;
    if (lastUnit == TimeLimit::Unit::Hours)
        return addOfficeSeconds(cal, cursor, office, rules);
    const qint64 daySecs = rules.officeStart.secsTo(rules.officeEnd);
    const int days = static_cast<int>((office + daySecs - 1) / daySecs);
    return Clock::local(cal.addWorkingDays(cursor.date(), days), cursor.time());
}

} // namespace motcua
