#include "core/domain/WorkCalendar.h"

#include "core/domain/LunarCalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCalendar, "motcua.core.calendar")

namespace motcua {

namespace {

// The years kept in the fast lookup table; other years are computed on demand.
constexpr int kFirstCachedYear = 1900;
constexpr int kLastCachedYear = 2101;

Error badField(const QString& field, const QString& what)
{
    return Error::invalid(field,
        QCoreApplication::translate(
            "motcua::WorkCalendar", "Calendar setting %1: %2 Correct the calendar configuration.")
            .arg(field, what),
        QStringLiteral("bad_calendar"));
}

QDate parseIsoDate(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// "MM-DD" -> (month, day); false when malformed.
bool parseMonthDay(const QString& text, int& month, int& day, bool lunarDay)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2})-(\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    month = m.captured(1).toInt();
    day = m.captured(2).toInt();
    if (month < 1 || month > 12 || day < 1)
        return false;
    if (lunarDay)
        return day <= 30;
    return QDate(2024, month, day).isValid(); // leap year, so 02-29 is accepted
}

bool inValidity(QDate d, QDate from, QDate to)
{
    return (!from.isValid() || d >= from) && (!to.isValid() || d <= to);
}

} // namespace

WorkCalendar::WorkCalendar()
{
    rebuild();
}

const WorkCalendar& WorkCalendar::builtin()
{
    static const WorkCalendar calendar = [] {
        QJsonObject rules;
        QJsonArray overrides;
        const QDir dir(QStringLiteral(":/calendar"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                qCCritical(lcCalendar) << "cannot read built-in calendar file" << name;
                continue;
            }
            const QJsonObject obj = QJsonDocument::fromJson(file.readAll()).object();
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                if (it.key() == QLatin1String("overrides")) {
                    for (const QJsonValue& v : it.value().toArray())
                        overrides.append(v);
                } else {
                    rules.insert(it.key(), it.value());
                }
            }
        }
        rules.insert(QStringLiteral("overrides"), overrides);
        auto result = fromJson(rules);
        if (!result) {
            qCCritical(lcCalendar) << "built-in calendar is invalid:" << result.error().message;
            return WorkCalendar();
        }
        return std::move(result).value();
    }();
    return calendar;
}

Result<WorkCalendar> WorkCalendar::forSite(const SiteConfig& site)
{
    const QJsonObject section = site.section(QStringLiteral("calendar"));
    if (section.isEmpty())
        return builtin();
    return builtin().withOverrides(section.value(QStringLiteral("overrides")).toArray());
}

Result<WorkCalendar> WorkCalendar::fromJson(const QJsonObject& json)
{
    WorkCalendar cal;
    cal.m_restDays = 0;
    const QJsonValue rest = json.value(QStringLiteral("weeklyRestDays"));
    const QStringList names = { QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"),
        QStringLiteral("Thu"), QStringLiteral("Fri"), QStringLiteral("Sat"), QStringLiteral("Sun") };
    if (rest.isUndefined()) {
        cal.m_restDays = (1 << 6) | (1 << 7);
    } else {
        for (const QJsonValue& v : rest.toArray()) {
            const int idx = names.indexOf(v.toString());
            if (idx < 0)
                return badField(QStringLiteral("weeklyRestDays"),
                    QCoreApplication::translate("motcua::WorkCalendar", "\"%1\" is not a weekday name (Mon ... Sun).")
                        .arg(v.toString()));
            cal.m_restDays |= 1 << (idx + 1);
        }
    }

    const auto validity = [](const QJsonObject& o, const QString& field, QDate& from, QDate& to) -> Status {
        for (const char* key : { "validFrom", "validTo" }) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                continue;
            const QDate d = parseIsoDate(v);
            if (!d.isValid())
                return badField(field + QLatin1Char('.') + QLatin1String(key),
                    QCoreApplication::translate("motcua::WorkCalendar", "\"%1\" is not a date (YYYY-MM-DD).")
                        .arg(v.toString()));
            (QLatin1String(key) == QLatin1String("validFrom") ? from : to) = d;
        }
        return {};
    };

    const QJsonArray fixed = json.value(QStringLiteral("fixedHolidays")).toArray();
    for (int i = 0; i < fixed.size(); ++i) {
        const QJsonObject o = fixed.at(i).toObject();
        const QString field = QStringLiteral("fixedHolidays[%1]").arg(i);
        FixedRule r;
        if (!parseMonthDay(o.value(QStringLiteral("md")).toString(), r.month, r.day, false))
            return badField(field + QStringLiteral(".md"),
                QCoreApplication::translate("motcua::WorkCalendar", "expected a month and day as MM-DD."));
        r.label = o.value(QStringLiteral("label")).toString();
        r.adjacent = o.value(QStringLiteral("adjacentDay")).toBool(false);
        r.adjacentLabel = o.value(QStringLiteral("adjacentLabel")).toString(r.label);
        if (auto s = validity(o, field, r.validFrom, r.validTo); !s)
            return s.error();
        cal.m_fixed.append(r);
    }
    const QJsonArray lunarRules = json.value(QStringLiteral("lunarHolidays")).toArray();
    for (int i = 0; i < lunarRules.size(); ++i) {
        const QJsonObject o = lunarRules.at(i).toObject();
        const QString field = QStringLiteral("lunarHolidays[%1]").arg(i);
        LunarRule r;
        if (!parseMonthDay(o.value(QStringLiteral("lunarMd")).toString(), r.month, r.day, true))
            return badField(field + QStringLiteral(".lunarMd"),
                QCoreApplication::translate("motcua::WorkCalendar", "expected a lunar month and day as MM-DD."));
        r.label = o.value(QStringLiteral("label")).toString();
        r.offsetDays = o.value(QStringLiteral("offsetDays")).toInt(0);
        r.length = o.value(QStringLiteral("days")).toInt(1);
        if (r.length < 1 || r.length > 15 || r.offsetDays < -15 || r.offsetDays > 15)
            return badField(field,
                QCoreApplication::translate("motcua::WorkCalendar", "days must be 1-15 and offsetDays -15..15."));
        if (auto s = validity(o, field, r.validFrom, r.validTo); !s)
            return s.error();
        cal.m_lunar.append(r);
    }
    cal.m_compensatory = json.value(QStringLiteral("compensatory")).toBool(true);
    // Holiday names are printed data in Vietnamese, like the labels of the rules.
    cal.m_compensatoryLabel = json.value(QStringLiteral("compensatoryLabel")).toString(cal.m_compensatoryLabel);
    if (!cal.m_compensatoryLabel.contains(QLatin1String("%1")))
        return badField(QStringLiteral("compensatoryLabel"),
            QCoreApplication::translate("motcua::WorkCalendar", "the label must contain %1 for the holiday's name."));

    auto overrides = parseOverrides(json.value(QStringLiteral("overrides")).toArray());
    if (!overrides)
        return overrides.error();
    cal.m_overrides = overrides.value();
    cal.rebuild();
    return cal;
}

Result<QList<CalendarOverride>> WorkCalendar::parseOverrides(const QJsonArray& array)
{
    QList<CalendarOverride> out;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString field = QStringLiteral("overrides[%1]").arg(i);
        CalendarOverride ov;
        ov.date = parseIsoDate(o.value(QStringLiteral("date")));
        if (!ov.date.isValid())
            return badField(field + QStringLiteral(".date"),
                QCoreApplication::translate("motcua::WorkCalendar", "\"%1\" is not a date (YYYY-MM-DD).")
                    .arg(o.value(QStringLiteral("date")).toString()));
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("off"))
            ov.off = true;
        else if (type == QLatin1String("work"))
            ov.off = false;
        else
            return badField(field + QStringLiteral(".type"),
                QCoreApplication::translate("motcua::WorkCalendar", "type must be \"off\" or \"work\", not \"%1\".")
                    .arg(type));
        ov.label = o.value(QStringLiteral("label")).toString();
        if (ov.label.trimmed().isEmpty())
            return badField(field + QStringLiteral(".label"),
                QCoreApplication::translate("motcua::WorkCalendar", "every entry needs a label."));
        ov.source = o.value(QStringLiteral("source")).toString();
        out.append(ov);
    }
    return out;
}

Result<WorkCalendar> WorkCalendar::withOverrides(const QJsonArray& overrides) const
{
    auto parsed = parseOverrides(overrides);
    if (!parsed)
        return parsed.error();
    WorkCalendar copy = *this;
    copy.m_overrides += parsed.value();
    copy.rebuild();
    return copy;
}

void WorkCalendar::computeYear(int year, QHash<QDate, Holiday>& out) const
{
    // 1. Statutory days of this year.
    QList<Holiday> statutory;
    const auto add = [&](QDate d, const QString& label) {
        if (d.isValid() && !out.contains(d)) {
            Holiday h { d, label, Holiday::Statutory, {} };
            out.insert(d, h);
            statutory.append(h);
        }
    };
    for (const FixedRule& r : m_fixed) {
        const QDate d(year, r.month, r.day);
        if (!d.isValid() || !inValidity(d, r.validFrom, r.validTo))
            continue;
        add(d, r.label);
        if (r.adjacent) {
            // One adjacent day decided each year; until the override table says otherwise, the day
            // before, or the day after when the holiday is a Monday (so the break joins the weekend).
            add(d.dayOfWeek() == 1 ? d.addDays(1) : d.addDays(-1), r.adjacentLabel);
        }
    }
    for (const LunarRule& r : m_lunar) {
        const QDate base = lunar::toSolar(LunarDate { r.day, r.month, year, false });
        if (!base.isValid() || !inValidity(base, r.validFrom, r.validTo))
            continue;
        for (int i = 0; i < r.length; ++i)
            add(base.addDays(r.offsetDays + i), r.label);
    }
    if (!m_compensatory)
        return;
    // 2. A statutory day on a weekly rest day moves to the next working day; two such days move to the
    //    next two (Labour Code 2019 Art. 111(3)).
    std::sort(statutory.begin(), statutory.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    for (const Holiday& h : statutory) {
        if (!isRestDay(h.date))
            continue;
        QDate c = h.date.addDays(1);
        while (isRestDay(c) || out.contains(c))
            c = c.addDays(1);
        out.insert(c, Holiday { c, m_compensatoryLabel.arg(h.name), Holiday::Compensatory, {} });
    }
}

void WorkCalendar::rebuild()
{
    m_holidays.clear();
    m_workOverride.clear();
    for (const CalendarOverride& ov : m_overrides) { // later entries win per date
        if (ov.off)
            m_workOverride.remove(ov.date);
        else
            m_workOverride.insert(ov.date, ov.label);
    }
    for (int y = kFirstCachedYear - 1; y <= kLastCachedYear; ++y)
        computeYear(y, m_holidays);
    applyOverrides(m_holidays);

    m_first = QDate(kFirstCachedYear, 1, 1);
    const QDate last(kLastCachedYear, 12, 31);
    const qint64 n = m_first.daysTo(last) + 1;
    m_prefix.resize(n + 1);
    m_prefix[0] = 0;
    QDate d = m_first;
    for (qint64 i = 0; i < n; ++i, d = d.addDays(1))
        m_prefix[i + 1] = m_prefix[i] + (workingIn(d, m_holidays) ? 1 : 0);
}

void WorkCalendar::applyOverrides(QHash<QDate, Holiday>& holidays) const
{
    for (const CalendarOverride& ov : m_overrides) {
        if (ov.off)
            holidays.insert(ov.date, Holiday { ov.date, ov.label, Holiday::Override, ov.source });
        else
            holidays.remove(ov.date);
    }
}

bool WorkCalendar::isRestDay(QDate d) const
{
    return (m_restDays >> d.dayOfWeek()) & 1;
}

bool WorkCalendar::workingIn(QDate d, const QHash<QDate, Holiday>& holidays) const
{
    if (m_workOverride.contains(d))
        return true;
    return !isRestDay(d) && !holidays.contains(d);
}

QHash<QDate, Holiday> WorkCalendar::holidaysAround(int year) const
{
    QHash<QDate, Holiday> map;
    for (int y = year - 1; y <= year + 1; ++y)
        computeYear(y, map);
    applyOverrides(map);
    return map;
}

bool WorkCalendar::isWorkingDay(QDate d) const
{
    if (!d.isValid())
        return false;
    const qint64 i = m_first.daysTo(d);
    if (i >= 0 && i + 1 < m_prefix.size())
        return m_prefix[i + 1] != m_prefix[i];
    return workingIn(d, holidaysAround(d.year()));
}

QDate WorkCalendar::nextWorkingDay(QDate d) const
{
    if (!d.isValid())
        return {};
    for (int guard = 0; guard < 400; ++guard, d = d.addDays(1))
        if (isWorkingDay(d))
            return d;
    return {};
}

QDate WorkCalendar::addWorkingDays(QDate from, int n) const
{
    if (!from.isValid())
        return {};
    if (n <= 0)
        return from;
    const qint64 i = m_first.daysTo(from);
    if (i >= 0 && i + 1 < m_prefix.size()) {
        const int target = m_prefix[i + 1] + n;
        const auto it = std::lower_bound(m_prefix.cbegin() + i + 1, m_prefix.cend(), target);
        if (it != m_prefix.cend())
            return m_first.addDays((it - m_prefix.cbegin()) - 1);
    }
    QDate d = from;
    int left = n;
    while (left > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

int WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 i = m_first.daysTo(from);
    const qint64 j = m_first.daysTo(to);
    if (i >= 0 && j + 1 < m_prefix.size())
        return m_prefix[j + 1] - m_prefix[i + 1];
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        count += isWorkingDay(d) ? 1 : 0;
    return count;
}

QList<Holiday> WorkCalendar::holidays(int year) const
{
    const bool cached = year >= kFirstCachedYear && year <= kLastCachedYear;
    const QHash<QDate, Holiday> map = cached ? m_holidays : holidaysAround(year);
    QList<Holiday> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (it.key().year() == year)
            out.append(it.value());
    std::sort(out.begin(), out.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return out;
}

QList<CalendarOverride> WorkCalendar::workOverrides(int year) const
{
    QList<CalendarOverride> out;
    for (const CalendarOverride& ov : m_overrides)
        if (!ov.off && ov.date.year() == year && m_workOverride.contains(ov.date))
            out.append(ov);
    return out;
}

} // namespace motcua
