// WorkCalendar: which days the state agencies work (Mon-Fri minus public
// holidays, compensatory days and the announced days off; plus weekend days
// announced as make-up working days). Rules follow the Labour Code 2019 Art.
// 112 (and 24/11 from 2026-07-01), each with a valid-from date; the yearly
// override table wins over the computed rules. See docs/calendar.md for the
// JSON shape.
#pragma once

#include "core/Result.h"
#include "core/SiteConfig.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVector>

namespace motcua {

struct Holiday {
    QDate date;
    QString name;
    enum Kind { Statutory, Compensatory, Override } kind = Statutory;
    QString source; // document number for overrides, empty otherwise
};

// One entry of the yearly override table.
struct CalendarOverride {
    QDate date;
    bool off = true; // true: day off; false: a working day (e.g. a make-up Saturday)
    QString label;
    QString source; // announcing document, e.g. "9441/TB-BNV"
};

class WorkCalendar
{
public:
    WorkCalendar(); // no rules: Mon-Fri, no holidays

    static const WorkCalendar& builtin(); // rules from resources/calendar/*.json
    static Result<WorkCalendar> fromJson(const QJsonObject&); // rules + overrides
    // The built-in rules plus the overrides of site section "calendar" ({"overrides": [...]}).
    static Result<WorkCalendar> forSite(const SiteConfig& site);
    // A copy with more overrides (e.g. the table synced from central); later entries win per date.
    Result<WorkCalendar> withOverrides(const QJsonArray& overrides) const;

    bool isWorkingDay(QDate d) const;
    QDate addWorkingDays(QDate from, int n) const; // the n-th working day after `from` (n >= 0)
    QDate nextWorkingDay(QDate d) const; // d itself when it is a working day
    int workingDaysBetween(QDate from, QDate to) const; // working days in (from, to]
    QList<Holiday> holidays(int year) const; // days off other than plain weekends, sorted
    // Weekend days that the override table turns into working days (make-up days) in `year`.
    QList<CalendarOverride> workOverrides(int year) const;
    QList<CalendarOverride> overrides() const { return m_overrides; }

private:
    struct FixedRule {
        int month = 1, day = 1;
        QString label;
        bool adjacent = false; // plus one adjacent day decided yearly (2 September)
        QString adjacentLabel;
        QDate validFrom, validTo;
    };
    struct LunarRule {
        int month = 1, day = 1;
        QString label;
        int offsetDays = 0; // first day off relative to the lunar date
        int length = 1; // days off
        QDate validFrom, validTo;
    };
    static Result<QList<CalendarOverride>> parseOverrides(const QJsonArray& array);
    void rebuild();
    void computeYear(int year, QHash<QDate, Holiday>& out) const;
    void applyOverrides(QHash<QDate, Holiday>& holidays) const;
    QHash<QDate, Holiday> holidaysAround(int year) const; // computed on demand outside the cache
    bool isRestDay(QDate d) const;
    bool workingIn(QDate d, const QHash<QDate, Holiday>& holidays) const;

    int m_restDays = (1 << 6) | (1 << 7); // bit n = ISO weekday n is a weekly rest day
    bool m_compensatory = true;
    QString m_compensatoryLabel = QStringLiteral("Nghỉ bù %1");
    QList<FixedRule> m_fixed;
    QList<LunarRule> m_lunar;
    QList<CalendarOverride> m_overrides;
    QHash<QDate, Holiday> m_holidays; // computed holidays + overrides for the cached years
    QHash<QDate, QString> m_workOverride; // dates an override makes working days
    QDate m_first; // first day of the fast table
    QVector<int> m_prefix; // m_prefix[i] = working days in [m_first, m_first + i)
};

} // namespace motcua
