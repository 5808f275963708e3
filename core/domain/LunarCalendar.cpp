// Hồ Ngọc Đức's astronomical algorithm for the Vietnamese lunisolar calendar
// (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html), re-implemented: new moons from
// Meeus' series (Astronomical Algorithms, ch. 47, truncated), the sun's apparent longitude (ch. 25),
// both evaluated at local midnight of the chosen time zone. Month 11 always contains the winter solstice;
// in a year with 13 months the leap month is the first one without a major solar term (zhongqi).
#include "core/domain/LunarCalendar.h"

#include <QCoreApplication>

#include <cmath>

namespace motcua::lunar {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDr = kPi / 180.0;
constexpr double kSynodicMonth = 29.530588853;
constexpr double kEpochNewMoon = 2415021.076998695; // JD of the new moon of 1900-01-01

long floorInt(double x)
{
    return static_cast<long>(std::floor(x));
}

// Julian day (fractional, TT) of the k-th new moon after the one of 1900-01-01.
double newMoon(long k)
{
    const double t = k / 1236.85;
    const double t2 = t * t;
    const double t3 = t2 * t;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * kDr);
    const double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun anomaly
    const double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon
    const double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // latitude arg
    double c1 = (0.1734 - 0.000393 * t) * std::sin(m * kDr) + 0.0021 * std::sin(2 * kDr * m);
    c1 = c1 - 0.4068 * std::sin(mpr * kDr) + 0.0161 * std::sin(kDr * 2 * mpr);
    c1 = c1 - 0.0004 * std::sin(kDr * 3 * mpr);
    c1 = c1 + 0.0104 * std::sin(kDr * 2 * f) - 0.0051 * std::sin(kDr * (m + mpr));
    c1 = c1 - 0.0074 * std::sin(kDr * (m - mpr)) + 0.0004 * std::sin(kDr * (2 * f + m));
    c1 = c1 - 0.0004 * std::sin(kDr * (2 * f - m)) - 0.0006 * std::sin(kDr * (2 * f + mpr));
    c1 = c1 + 0.0010 * std::sin(kDr * (2 * f - mpr)) + 0.0005 * std::sin(kDr * (2 * mpr + m));
    double deltaT;
    if (t < -11)
        deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    else
        deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jd1 + c1 - deltaT;
}

// Apparent longitude of the sun in radians [0, 2π) at Julian day jdn (UT).
double sunLongitude(double jdn)
{
    const double t = (jdn - 2451545.0) / 36525;
    const double t2 = t * t;
    const double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    const double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(kDr * m);
    dl = dl + (0.019993 - 0.000101 * t) * std::sin(kDr * 2 * m) + 0.000290 * std::sin(kDr * 3 * m);
    double l = (l0 + dl) * kDr;
    l = l - kPi * 2 * std::floor(l / (kPi * 2));
    return l;
}

// Julian day number of the day (local) that contains the k-th new moon.
long newMoonDay(long k, double tz)
{
    return floorInt(newMoon(k) + 0.5 + tz / 24.0);
}

// Index 0..11 of the 30° sector holding the sun at the start of local day dayNumber
// (0 = from the vernal equinox; the winter solstice starts sector 9).
int sunSector(long dayNumber, double tz)
{
    return static_cast<int>(floorInt(sunLongitude(dayNumber - 0.5 - tz / 24.0) / kPi * 6));
}

// Day number of the start of the lunar month 11 (the one containing the winter solstice) of year yy.
long lunarMonth11(int yy, double tz)
{
    const long off = QDate(yy, 12, 31).toJulianDay() - 2415021;
    const long k = floorInt(off / kSynodicMonth);
    long nm = newMoonDay(k, tz);
    if (sunSector(nm, tz) >= 9)
        nm = newMoonDay(k - 1, tz);
    return nm;
}

// Offset (in months after month 11 starting at a11) of the leap month of a 13-month year.
int leapMonthOffset(long a11, double tz)
{
    const long k = floorInt((a11 - kEpochNewMoon) / kSynodicMonth + 0.5);
    int i = 1;
    int arc = sunSector(newMoonDay(k + i, tz), tz);
    int last = 0;
    do {
        last = arc;
        ++i;
        arc = sunSector(newMoonDay(k + i, tz), tz);
    } while (arc != last && i < 14);
    return i - 1;
}

} // namespace

LunarDate fromSolar(QDate date, double tz)
{
    LunarDate out;
    if (!date.isValid())
        return out;
    const long dayNumber = date.toJulianDay();
    // Start of the lunar month holding the day. The mean-motion estimate of k can be one month off
    // near a new moon (e.g. 2054-05-07), so step until newMoonDay(k) <= day < newMoonDay(k + 1).
    long k = floorInt((dayNumber - kEpochNewMoon) / kSynodicMonth);
    while (newMoonDay(k + 1, tz) <= dayNumber)
        ++k;
    while (newMoonDay(k, tz) > dayNumber)
        --k;
    const long monthStart = newMoonDay(k, tz);
    const int yy = date.year();
    long a11 = lunarMonth11(yy, tz);
    long b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
        lunarYear = yy;
        a11 = lunarMonth11(yy - 1, tz);
    } else {
        lunarYear = yy + 1;
        b11 = lunarMonth11(yy + 1, tz);
    }
    out.day = static_cast<int>(dayNumber - monthStart + 1);
    const int diff = static_cast<int>(floorInt((monthStart - a11) / 29.0));
    int lunarMonth = diff + 11;
    if (b11 - a11 > 365) {
        const int leapDiff = leapMonthOffset(a11, tz);
        if (diff >= leapDiff) {
            lunarMonth = diff + 10;
            out.leap = (diff == leapDiff);
        }
    }
    if (lunarMonth > 12)
        lunarMonth -= 12;
    if (lunarMonth >= 11 && diff < 4)
        lunarYear -= 1;
    out.month = lunarMonth;
    out.year = lunarYear;
    return out;
}

namespace {
// Lunar -> solar without checking that the day exists in that month.
QDate toSolarUnchecked(const LunarDate& l, double tz)
{
    long a11, b11;
    if (l.month < 11) {
        a11 = lunarMonth11(l.year - 1, tz);
        b11 = lunarMonth11(l.year, tz);
    } else {
        a11 = lunarMonth11(l.year, tz);
        b11 = lunarMonth11(l.year + 1, tz);
    }
    const long k = floorInt(0.5 + (a11 - kEpochNewMoon) / kSynodicMonth);
    int off = l.month - 11;
    if (off < 0)
        off += 12;
    if (b11 - a11 > 365) {
        const int leapOff = leapMonthOffset(a11, tz);
        int leap = leapOff - 2;
        if (leap < 0)
            leap += 12;
        if (l.leap && l.month != leap)
            return {};
        if (l.leap || off >= leapOff)
            off += 1;
    } else if (l.leap) {
        return {};
    }
    const long monthStart = newMoonDay(k + off, tz);
    return QDate::fromJulianDay(monthStart + l.day - 1);
}
} // namespace

QDate toSolar(const LunarDate& l, double tz)
{
    if (l.month < 1 || l.month > 12 || l.day < 1 || l.day > 30 || l.year < 1 || l.year > 9999)
        return {};
    const QDate d = toSolarUnchecked(l, tz);
    if (!d.isValid() || fromSolar(d, tz) != l) // day 30 of a 29-day month lands in the next month
        return {};
    return d;
}

Result<QDate> toSolarChecked(const LunarDate& l, double tz)
{
    if (l.month < 1 || l.month > 12)
        return Error::invalid(QStringLiteral("month"),
            QCoreApplication::translate("motcua::Lunar", "Lunar month must be between 1 and 12."));
    if (l.day < 1 || l.day > 30)
        return Error::invalid(
            QStringLiteral("day"), QCoreApplication::translate("motcua::Lunar", "Lunar day must be between 1 and 30."));
    const QDate d = toSolar(l, tz);
    if (!d.isValid())
        return Error::invalid(QStringLiteral("date"),
            QCoreApplication::translate("motcua::Lunar",
                "Lunar date %1/%2%3/%4 does not exist: the month is shorter or the year has no such "
                "leap month.")
                .arg(l.day)
                .arg(l.month)
                .arg(l.leap ? QStringLiteral("+") : QString())
                .arg(l.year));
    return d;
}

int leapMonth(int year, double tz)
{
    // Months 1..10 of lunar year `year` lie after month 11 of year-1; months 11 and 12 after month 11
    // of `year`. A leap month sits in whichever 13-month span holds it.
    const long a11 = lunarMonth11(year - 1, tz);
    const long b11 = lunarMonth11(year, tz);
    if (b11 - a11 > 365) {
        const int off = leapMonthOffset(a11, tz);
        if (off >= 3)
            return off - 2;
    }
    const long c11 = lunarMonth11(year + 1, tz);
    if (c11 - b11 > 365) {
        const int off = leapMonthOffset(b11, tz);
        if (off <= 2)
            return off + 10;
    }
    return 0;
}

QDate tet(int year, double tz)
{
    return toSolar(LunarDate { 1, 1, year, false }, tz);
}

QString yearName(int year)
{
    static const char* const can[] = { "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý" };
    static const char* const chi[]
        = { "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi" };
    const int c = ((year + 6) % 10 + 10) % 10;
    const int h = ((year + 8) % 12 + 12) % 12;
    return QString::fromUtf8(can[c]) + QLatin1Char(' ') + QString::fromUtf8(chi[h]);
}

} // namespace motcua::lunar
