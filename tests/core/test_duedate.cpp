// Due dates: the worked examples of calendar.md §6, calendar-day limits with roll-forward, hour
// limits inside office hours, the 15:00 same-day rule, chained stages, pauses, unknown limits.
#include "core/domain/DueDate.h"

#include "core/Clock.h"
#include "tests/support/MockClock.h"

#include <QJsonDocument>
#include <QTest>

using namespace motcua;

namespace {
QDateTime localUtc(QDate d, QTime t)
{
    return Clock::local(d, t).toUTC();
}
QDateTime due(
    const TimeLimit& limit, QDate d, QTime t, const QList<PauseInterval>& pauses = {}, const DueRules& rules = {})
{
    auto r = computeDue(WorkCalendar::builtin(), limit, localUtc(d, t), pauses, rules);
    if (!r)
        qWarning() << r.error().message;
    return r ? r.value() : QDateTime();
}
using U = TimeLimit::Unit;
} // namespace

class TestDueDate : public QObject
{
    Q_OBJECT
private slots:
    void workedExample20WorkingDays()
    {
        // Wed 12/03/2025 09:05 + 20 working days -> Thu 10/04/2025 17:00 (portal: 20250410170000).
        const QDateTime d = due(TimeLimit::single(20, U::WorkingDays), { 2025, 3, 12 }, { 9, 5 });
        QCOMPARE(d, Clock::local(QDate(2025, 4, 10), QTime(17, 0)));
        QCOMPARE(d.toString(QStringLiteral("yyyyMMddHHmmss")), QStringLiteral("20250410170000"));
        QCOMPARE(d.offsetFromUtc(), 7 * 3600);
    }

    void workedExampleMultiStage()
    {
        // 5 working days (ends Wed 19/03) then 15 calendar days -> Thu 03/04/2025.
        const TimeLimit limit = TimeLimit::fromCatalogueJson(QJsonDocument::fromJson(
            R"({"stages": [{"value": 5, "unit": "working_days"}, {"value": 15, "unit": "days"}]})")
                                                                 .object());
        QCOMPARE(limit.stages.size(), 2);
        QVERIFY(limit.isKnown());
        QCOMPARE(due(limit, { 2025, 3, 12 }, { 9, 5 }).date(), QDate(2025, 4, 3));
    }

    void sameDayCutoff()
    {
        const TimeLimit sameDay = TimeLimit::single(0, U::SameDay);
        // Fri 14/03/2025 15:20 -> Mon 17/03/2025.
        QCOMPARE(due(sameDay, { 2025, 3, 14 }, { 15, 20 }).date(), QDate(2025, 3, 17));
        QCOMPARE(due(sameDay, { 2025, 3, 14 }, { 14, 59 }).date(), QDate(2025, 3, 14));
        QCOMPARE(due(sameDay, { 2025, 3, 14 }, { 15, 0 }).date(), QDate(2025, 3, 14));
        QCOMPARE(due(sameDay, { 2025, 3, 15 }, { 9, 0 }).date(), QDate(2025, 3, 17)); // Saturday
        DueRules early;
        early.sameDayCutoff = QTime(11, 0);
        QCOMPARE(due(sameDay, { 2025, 3, 14 }, { 11, 30 }, {}, early).date(), QDate(2025, 3, 17));
    }

    void calendarDaysRollForward()
    {
        // 12/03/2025 + 15 days = Thu 27/03 (working). 12/03 + 17 days = Sat 29/03 -> Mon 31/03.
        QCOMPARE(due(TimeLimit::single(15, U::Days), { 2025, 3, 12 }, { 9, 0 }).date(), QDate(2025, 3, 27));
        QCOMPARE(due(TimeLimit::single(17, U::Days), { 2025, 3, 12 }, { 9, 0 }).date(), QDate(2025, 3, 31));
        DueRules noRoll;
        noRoll.rollForwardToWorkingDay = false;
        QCOMPARE(due(TimeLimit::single(17, U::Days), { 2025, 3, 12 }, { 9, 0 }, {}, noRoll).date(), QDate(2025, 3, 29));
        // Counting the first day: 15 days ending on the 14th day after receipt.
        DueRules firstCounts;
        firstCounts.firstDayNotCounted = false;
        QCOMPARE(
            due(TimeLimit::single(15, U::Days), { 2025, 3, 12 }, { 9, 0 }, {}, firstCounts).date(), QDate(2025, 3, 26));
        QCOMPARE(due(TimeLimit::single(1, U::WorkingDays), { 2025, 3, 12 }, { 9, 0 }, {}, firstCounts).date(),
            QDate(2025, 3, 12));
    }

    void hours()
    {
        const TimeLimit h8 = TimeLimit::single(8, U::Hours);
        // Office 07:30-17:00 = 9.5 h per day. Wed 09:00 + 8 h = Wed 17:00.
        QCOMPARE(due(h8, { 2025, 3, 12 }, { 9, 0 }), Clock::local({ 2025, 3, 12 }, { 17, 0 }));
        // Fri 16:00 + 8 h = 1 h Friday + 7 h Monday -> Mon 14:30.
        QCOMPARE(due(h8, { 2025, 3, 14 }, { 16, 0 }), Clock::local({ 2025, 3, 17 }, { 14, 30 }));
        // After office hours: starts next working day 07:30.
        QCOMPARE(due(h8, { 2025, 3, 12 }, { 18, 0 }), Clock::local({ 2025, 3, 13 }, { 15, 30 }));
        // Before office hours: starts at 07:30.
        QCOMPARE(due(h8, { 2025, 3, 12 }, { 6, 0 }), Clock::local({ 2025, 3, 12 }, { 15, 30 }));
        // Across Tết 2025: Fri 24/01 16:00 + 8 h -> Mon 03/02 14:30.
        QCOMPARE(due(h8, { 2025, 1, 24 }, { 16, 0 }), Clock::local({ 2025, 2, 3 }, { 14, 30 }));
    }

    void pausesExtendWorkingDays()
    {
        const TimeLimit limit = TimeLimit::single(20, U::WorkingDays);
        // Paused from Mon 17/03 07:30 to Wed 19/03 17:00: three full office days -> +3 working days.
        const QList<PauseInterval> p { { localUtc({ 2025, 3, 17 }, { 7, 30 }), localUtc({ 2025, 3, 19 }, { 17, 0 }) } };
        QCOMPARE(due(limit, { 2025, 3, 12 }, { 9, 5 }, p).date(), QDate(2025, 4, 15));
        // A one-hour pause still costs a whole day (rounded up, in the applicant's favour).
        const QList<PauseInterval> shortPause { { localUtc({ 2025, 3, 17 }, { 9, 0 }),
            localUtc({ 2025, 3, 17 }, { 10, 0 }) } };
        QCOMPARE(due(limit, { 2025, 3, 12 }, { 9, 5 }, shortPause).date(), QDate(2025, 4, 11));
        // A pause over a weekend only (no office time) changes nothing.
        const QList<PauseInterval> weekend { { localUtc({ 2025, 3, 15 }, { 8, 0 }),
            localUtc({ 2025, 3, 16 }, { 20, 0 }) } };
        QCOMPARE(due(limit, { 2025, 3, 12 }, { 9, 5 }, weekend).date(), QDate(2025, 4, 10));
        // Overlapping pauses count once.
        QList<PauseInterval> overlap = p;
        overlap.append({ localUtc({ 2025, 3, 18 }, { 8, 0 }), localUtc({ 2025, 3, 18 }, { 12, 0 }) });
        QCOMPARE(due(limit, { 2025, 3, 12 }, { 9, 5 }, overlap).date(), QDate(2025, 4, 15));
    }

    void openPauseCountsToNow()
    {
        test::MockClock clock(QDate(2025, 3, 19), QTime(17, 0));
        const QList<PauseInterval> open { { localUtc({ 2025, 3, 17 }, { 7, 30 }), QDateTime() } };
        QCOMPARE(
            due(TimeLimit::single(20, U::WorkingDays), { 2025, 3, 12 }, { 9, 5 }, open).date(), QDate(2025, 4, 15));
        clock.setLocal(QDate(2025, 3, 20), QTime(17, 0));
        QCOMPARE(
            due(TimeLimit::single(20, U::WorkingDays), { 2025, 3, 12 }, { 9, 5 }, open).date(), QDate(2025, 4, 16));
    }

    void pausesExtendCalendarDaysAndHours()
    {
        // 15 calendar days from 12/03 = 27/03; a 2-day pause -> 29/03 Sat -> Mon 31/03.
        const QList<PauseInterval> p { { localUtc({ 2025, 3, 14 }, { 9, 0 }), localUtc({ 2025, 3, 16 }, { 9, 0 }) } };
        QCOMPARE(due(TimeLimit::single(15, U::Days), { 2025, 3, 12 }, { 9, 0 }, p).date(), QDate(2025, 3, 31));
        // 8 hours from Wed 09:00, paused 10:00-12:00 -> 2 office hours later: Thu 09:30.
        const QList<PauseInterval> h { { localUtc({ 2025, 3, 12 }, { 10, 0 }), localUtc({ 2025, 3, 12 }, { 12, 0 }) } };
        QCOMPARE(due(TimeLimit::single(8, U::Hours), { 2025, 3, 12 }, { 9, 0 }, h),
            Clock::local({ 2025, 3, 13 }, { 9, 30 }));
        // A pause before receipt does not count.
        const QList<PauseInterval> before { { localUtc({ 2025, 3, 1 }, { 9, 0 }),
            localUtc({ 2025, 3, 11 }, { 9, 0 }) } };
        QCOMPARE(
            due(TimeLimit::single(20, U::WorkingDays), { 2025, 3, 12 }, { 9, 5 }, before).date(), QDate(2025, 4, 10));
    }

    void unknownLimitIsAnError()
    {
        const TimeLimit unknown = TimeLimit::fromCatalogueJson(
            QJsonDocument::fromJson(R"({"value": null, "unit": null, "note": "Unknown"})").object());
        QVERIFY(!unknown.isKnown());
        auto r = computeDue(WorkCalendar::builtin(), unknown, localUtc({ 2025, 3, 12 }, { 9, 0 }));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("unknown_time_limit"));
        QCOMPARE(r.error().field, QStringLiteral("time_limit"));
        QVERIFY(!TimeLimit::fromCatalogueJson({}).isKnown());
        QVERIFY(!TimeLimit::fromCatalogueJson(QJsonDocument::fromJson(R"({"value": 20, "unit": "weeks"})").object())
                     .isKnown());
        QVERIFY(!TimeLimit::fromCatalogueJson(QJsonDocument::fromJson(R"({"value": 2.5, "unit": "days"})").object())
                     .isKnown());
        QVERIFY(!TimeLimit::single(0, U::WorkingDays).isKnown());
        // Out of int's range (fuzz_catalogue found the cast of 8.9e66 to int) or absurdly long: unknown.
        for (const char* json :
            { R"({"value": 8.88889e66, "unit": "working_days"})", R"({"value": -1e30, "unit": "days"})",
                R"({"value": 20000, "unit": "days"})", R"({"value": -3, "unit": "days"})" })
            QVERIFY2(!TimeLimit::fromCatalogueJson(QJsonDocument::fromJson(json).object()).isKnown(), json);
        QVERIFY(TimeLimit::fromCatalogueJson(QJsonDocument::fromJson(R"({"value": 10000, "unit": "days"})").object())
                    .isKnown());
    }

    void catalogueEntries()
    {
        // Every time_limit of the seed catalogue parses; known ones give a due date, unknown ones an error.
        QFile f(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/procedures.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int known = 0, unknown = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
            const TimeLimit limit = TimeLimit::fromCatalogueJson(v[QStringLiteral("time_limit")].toObject());
            auto r = computeDue(WorkCalendar::builtin(), limit, localUtc({ 2025, 3, 12 }, { 9, 5 }));
            QCOMPARE(r.ok(), limit.isKnown());
            (limit.isKnown() ? known : unknown)++;
            if (limit.isKnown())
                QCOMPARE(TimeLimit::fromCatalogueJson(limit.toJson()).stages.size(), limit.stages.size());
        }
        QVERIFY(known > 0);
        QVERIFY(unknown > 0);
    }

    void rulesFromJson()
    {
        auto r = DueRules::fromJson(QJsonDocument::fromJson(
            R"({"sameDayCutoff": "16:30", "officeStart": "08:00", "firstDayNotCounted": false})")
                                        .object());
        QVERIFY(r.ok());
        QCOMPARE(r->sameDayCutoff, QTime(16, 30));
        QCOMPARE(r->officeStart, QTime(8, 0));
        QCOMPARE(r->officeEnd, QTime(17, 0));
        QVERIFY(!r->firstDayNotCounted);
        auto bad = DueRules::fromJson(QJsonDocument::fromJson(R"({"officeEnd": "25:00"})").object());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("officeEnd"));
        auto reversed = DueRules::fromJson(QJsonDocument::fromJson(R"({"officeEnd": "07:00"})").object());
        QVERIFY(!reversed.ok());
    }
};

QTEST_GUILESS_MAIN(TestDueDate)
#include "test_duedate.moc"
