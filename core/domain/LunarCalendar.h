// LunarCalendar: the Vietnamese lunisolar calendar computed astronomically for
// UTC+7 (Hồ Ngọc Đức's method: mean/true new moons and the sun's longitude,
// leap month = the first month without a major solar term). Valid and tested
// for 1900-2100. No table of dates is shipped.
#pragma once

#include "core/Result.h"

#include <QDate>

namespace motcua {

struct LunarDate {
    int day = 0;
    int month = 0; // 1..12
    int year = 0; // the lunar year, numbered like the solar year in which it
                  // mostly falls
    bool leap = false;
    bool operator==(const LunarDate&) const = default;
};

namespace lunar {

// Solar (Gregorian) date -> lunar date, for the time zone offset in hours (7 =
// Vietnam, 8 = China).
LunarDate fromSolar(QDate date, double timeZone = 7.0);
// Lunar date -> solar date; an invalid QDate when that lunar date does not
// exist (e.g. day 30 of a 29-day month, or a leap month that year does not
// have).
QDate toSolar(const LunarDate& lunarDate, double timeZone = 7.0);
// Same, with an error naming the field.
Result<QDate> toSolarChecked(const LunarDate& lunarDate, double timeZone = 7.0);
// The leap month of lunar year `year` (1..12), 0 when the year has none.
int leapMonth(int year, double timeZone = 7.0);
// Tết: the first day of the first lunar month of `year`.
QDate tet(int year, double timeZone = 7.0);
// Can-Chi name of the lunar year, e.g. 2025 -> "Ất Tỵ".
QString yearName(int year);

} // namespace lunar
} // namespace motcua
