// Holidays: Labour Code 2019 Art. 112 rules with valid-from dates, compensatory days, the yearly
// override table (built-in and from JSON), Tết / 30-4 + 1-5 / 2-9 spans.
#include "core/domain/LunarCalendar.h"
#include "core/domain/WorkCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace motcua;

namespace {
QSet<QDate> daysOff(const WorkCalendar& cal, int year)
{
    QSet<QDate> out;
    for (const Holiday& h : cal.holidays(year))
        out.insert(h.date);
    return out;
}

Holiday find(const WorkCalendar& cal, QDate d)
{
    for (const Holiday& h : cal.holidays(d.year()))
        if (h.date == d)
            return h;
    return {};
}

// Only the rules, without the shipped override table: what the law alone gives.
WorkCalendar rulesOnly()
{
    QFile f(QStringLiteral(":/calendar/rules.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("rules.json missing from resources");
    auto cal = WorkCalendar::fromJson(QJsonDocument::fromJson(f.readAll()).object());
    if (!cal)
        qFatal("rules.json invalid");
    return cal.value();
}
} // namespace

class TestHolidays : public QObject
{
    Q_OBJECT
private slots:
    void fixedHolidays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<QString>("name");
        // calendar.md §4 tables: the weekday each holiday falls on.
        QTest::newRow("2024 1/1") << QDate(2024, 1, 1) << 1 << QStringLiteral("Tết Dương lịch");
        QTest::newRow("2024 30/4") << QDate(2024, 4, 30) << 2 << QStringLiteral("Ngày Chiến thắng");
        QTest::newRow("2024 1/5") << QDate(2024, 5, 1) << 3 << QStringLiteral("Ngày Quốc tế Lao động");
        QTest::newRow("2024 2/9") << QDate(2024, 9, 2) << 1 << QStringLiteral("Quốc khánh");
        QTest::newRow("2025 1/1") << QDate(2025, 1, 1) << 3 << QStringLiteral("Tết Dương lịch");
        QTest::newRow("2025 30/4") << QDate(2025, 4, 30) << 3 << QStringLiteral("Ngày Chiến thắng");
        QTest::newRow("2025 1/5") << QDate(2025, 5, 1) << 4 << QStringLiteral("Ngày Quốc tế Lao động");
        QTest::newRow("2025 2/9") << QDate(2025, 9, 2) << 2 << QStringLiteral("Quốc khánh");
        QTest::newRow("2026 1/1") << QDate(2026, 1, 1) << 4 << QStringLiteral("Tết Dương lịch");
        QTest::newRow("2026 30/4") << QDate(2026, 4, 30) << 4 << QStringLiteral("Ngày Chiến thắng");
        QTest::newRow("2026 1/5") << QDate(2026, 5, 1) << 5 << QStringLiteral("Ngày Quốc tế Lao động");
        QTest::newRow("2026 2/9") << QDate(2026, 9, 2) << 3 << QStringLiteral("Quốc khánh");
        QTest::newRow("2026 24/11") << QDate(2026, 11, 24) << 2 << QStringLiteral("Ngày Văn hóa Việt Nam");
    }
    void fixedHolidays()
    {
        QFETCH(QDate, date);
        QFETCH(int, weekday);
        QFETCH(QString, name);
        const WorkCalendar& cal = WorkCalendar::builtin();
        QCOMPARE(date.dayOfWeek(), weekday);
        QVERIFY(!cal.isWorkingDay(date));
        const Holiday h = find(rulesOnly(), date);
        QCOMPARE(h.name, name);
        QCOMPARE(h.kind, Holiday::Statutory);
    }

    void cultureDayOnlyFrom2026()
    {
        const WorkCalendar& cal = WorkCalendar::builtin();
        QVERIFY(cal.isWorkingDay(QDate(2025, 11, 24))); // Monday, not a holiday yet
        QVERIFY(cal.isWorkingDay(QDate(2024, 11, 25)));
        QVERIFY(!cal.isWorkingDay(QDate(2026, 11, 24)));
        QVERIFY(!cal.isWorkingDay(QDate(2027, 11, 24))); // Wednesday
    }

    void tetSpans_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        // Whole break including weekends: 2024 Thu 08/02 - Wed 14/02; 2025 Sat 25/01 - Sun 02/02
        // (calendar.md §2); 2026 Sat 14/02 - Sun 22/02.
        QTest::newRow("2024") << 2024 << QDate(2024, 2, 8) << QDate(2024, 2, 14);
        QTest::newRow("2025") << 2025 << QDate(2025, 1, 25) << QDate(2025, 2, 2);
        QTest::newRow("2026") << 2026 << QDate(2026, 2, 14) << QDate(2026, 2, 22);
    }
    void tetSpans()
    {
        QFETCH(int, year);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const WorkCalendar& cal = WorkCalendar::builtin();
        QVERIFY(lunar::tet(year) > first && lunar::tet(year) < last);
        for (QDate d = first; d <= last; d = d.addDays(1))
            QVERIFY2(!cal.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
        QVERIFY(cal.isWorkingDay(first.addDays(-1)));
        QVERIFY(cal.isWorkingDay(last.addDays(1)));
    }

    void compensatoryTwoOnWeekend()
    {
        // Tết 2024: the statutory days Sat 10/02 and Sun 11/02 move to Tue 13/02 and Wed 14/02 (Mon 12
        // is itself a statutory day).
        const WorkCalendar cal = rulesOnly();
        QCOMPARE(find(cal, QDate(2024, 2, 13)).kind, Holiday::Compensatory);
        QCOMPARE(find(cal, QDate(2024, 2, 14)).kind, Holiday::Compensatory);
        QVERIFY(find(cal, QDate(2024, 2, 14)).name.contains(QStringLiteral("Tết Âm lịch")));
        // 2022: 30/4 Sat and 1/5 Sun -> Mon 2/5 and Tue 3/5.
        QCOMPARE(find(cal, QDate(2022, 5, 2)).kind, Holiday::Compensatory);
        QCOMPARE(find(cal, QDate(2022, 5, 3)).kind, Holiday::Compensatory);
        QVERIFY(cal.isWorkingDay(QDate(2022, 5, 4)));
    }

    void hungKings2026MovesToMonday()
    {
        const WorkCalendar& cal = WorkCalendar::builtin();
        QVERIFY(!cal.isWorkingDay(QDate(2026, 4, 27)));
        const Holiday h = find(cal, QDate(2026, 4, 27));
        QCOMPARE(h.kind, Holiday::Compensatory);
        QVERIFY(h.name.contains(QStringLiteral("Giỗ Tổ Hùng Vương")));
        QVERIFY(cal.isWorkingDay(QDate(2026, 4, 28)));
    }

    void nationalDayAdjacent()
    {
        const WorkCalendar cal = rulesOnly();
        // 2/9 on Monday (2024): the adjacent day is Tuesday 3/9; on Tuesday (2025): Monday 1/9.
        QVERIFY(daysOff(cal, 2024).contains(QDate(2024, 9, 3)));
        QVERIFY(!daysOff(cal, 2024).contains(QDate(2024, 9, 1)));
        QVERIFY(daysOff(cal, 2025).contains(QDate(2025, 9, 1)));
        // Before the 2019 Labour Code only 2/9 itself: 2019-09-02 Monday, 3/9 is a working day.
        QVERIFY(!cal.isWorkingDay(QDate(2019, 9, 2)));
        QVERIFY(cal.isWorkingDay(QDate(2019, 9, 3)));
    }

    void builtinOverrides2025()
    {
        const WorkCalendar& cal = WorkCalendar::builtin();
        // 30/4 - 4/5/2025 break with Fri 2/5 off, made up on Sat 26/4.
        for (QDate d(2025, 4, 30); d <= QDate(2025, 5, 4); d = d.addDays(1))
            QVERIFY2(!cal.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
        QVERIFY(cal.isWorkingDay(QDate(2025, 4, 26)));
        QCOMPARE(cal.workOverrides(2025).size(), 1);
        const Holiday h = find(cal, QDate(2025, 5, 2));
        QCOMPARE(h.kind, Holiday::Override);
        QCOMPARE(h.source, QStringLiteral("9441/TB-BNV"));
        // 2/9/2025: Mon 1/9 and Tue 2/9 off.
        QVERIFY(!cal.isWorkingDay(QDate(2025, 9, 1)));
        QVERIFY(!cal.isWorkingDay(QDate(2025, 9, 2)));
        QVERIFY(cal.isWorkingDay(QDate(2025, 9, 3)));
    }

    void overridesFromJson()
    {
        const QJsonArray extra = QJsonDocument::fromJson(R"([
            {"date": "2027-04-29", "type": "off", "label": "Nghỉ hoán đổi", "source": "TEST/TB"},
            {"date": "2027-05-08", "type": "work", "label": "Làm bù", "source": "TEST/TB"}
        ])")
                                     .array();
        auto cal = WorkCalendar::builtin().withOverrides(extra);
        QVERIFY(cal.ok());
        QVERIFY(WorkCalendar::builtin().isWorkingDay(QDate(2027, 4, 29)));
        QVERIFY(!cal->isWorkingDay(QDate(2027, 4, 29)));
        QVERIFY(!WorkCalendar::builtin().isWorkingDay(QDate(2027, 5, 8)));
        QVERIFY(cal->isWorkingDay(QDate(2027, 5, 8)));
        // A later entry wins over an earlier one for the same date.
        auto again = cal->withOverrides(QJsonDocument::fromJson(
            R"([{"date": "2027-04-29", "type": "work", "label": "Hủy nghỉ", "source": "TEST/2"}])")
                                            .array());
        QVERIFY(again.ok());
        QVERIFY(again->isWorkingDay(QDate(2027, 4, 29)));
    }

    void siteSectionAddsOverrides()
    {
        SiteConfig site;
        QCOMPARE(WorkCalendar::forSite(site)->isWorkingDay(QDate(2027, 3, 15)), true);
        site.setSection(QStringLiteral("calendar"),
            QJsonDocument::fromJson(
                R"({"overrides": [{"date": "2027-03-15", "type": "off", "label": "Nghỉ thử", "source": "SITE"}]})")
                .object());
        auto cal = WorkCalendar::forSite(site);
        QVERIFY(cal.ok());
        QVERIFY(!cal->isWorkingDay(QDate(2027, 3, 15)));
        QVERIFY(!cal->isWorkingDay(QDate(2025, 5, 2))); // built-in table still applies
        site.setSection(QStringLiteral("calendar"),
            QJsonDocument::fromJson(R"({"overrides": [{"date": "x", "type": "off", "label": "y"}]})").object());
        QVERIFY(!WorkCalendar::forSite(site).ok());
    }

    void badOverridesNameTheField()
    {
        auto r = WorkCalendar::builtin().withOverrides(
            QJsonDocument::fromJson(R"([{"date": "2027-02-30", "type": "off", "label": "x"}])").array());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("overrides[0].date"));
        r = WorkCalendar::builtin().withOverrides(
            QJsonDocument::fromJson(R"([{"date": "2027-02-03", "type": "holiday", "label": "x"}])").array());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("overrides[0].type"));
        r = WorkCalendar::builtin().withOverrides(
            QJsonDocument::fromJson(R"([{"date": "2027-02-03", "type": "off"}])").array());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("overrides[0].label"));
        auto rules = WorkCalendar::fromJson(QJsonDocument::fromJson(R"({"fixedHolidays":[{"md":"13-01"}]})").object());
        QVERIFY(!rules.ok());
        QCOMPARE(rules.error().field, QStringLiteral("fixedHolidays[0].md"));
    }

    void rulesWithValidity()
    {
        // A rule with validFrom applies only from that date on.
        auto cal = WorkCalendar::fromJson(QJsonDocument::fromJson(R"({
            "fixedHolidays": [{"md": "06-15", "label": "Test", "validFrom": "2030-01-01"}],
            "compensatory": false})")
                                              .object());
        QVERIFY(cal.ok());
        QVERIFY(cal->isWorkingDay(QDate(2029, 6, 15)));
        QVERIFY(!cal->isWorkingDay(QDate(2033, 6, 15)));
        QVERIFY(!cal->isWorkingDay(QDate(2030, 6, 16))); // Sunday
    }

    void holidaysListSortedAndYearBound()
    {
        const QList<Holiday> list = WorkCalendar::builtin().holidays(2026);
        QVERIFY(!list.isEmpty());
        for (int i = 1; i < list.size(); ++i)
            QVERIFY(list.at(i - 1).date < list.at(i).date);
        for (const Holiday& h : list) {
            QCOMPARE(h.date.year(), 2026);
            QVERIFY(!h.name.isEmpty());
        }
        // 2026: 1/1, Tết 15-19/2 + bù 20/2, Giỗ Tổ 26/4 + bù 27/4, 30/4, 1/5, 1-2/9, 24/11.
        QCOMPARE(list.size(), 14);
    }

    void outsideCachedRange()
    {
        const WorkCalendar& cal = WorkCalendar::builtin();
        QVERIFY(!cal.isWorkingDay(QDate(2150, 1, 1)) || QDate(2150, 1, 1).dayOfWeek() > 5);
        QVERIFY(!cal.holidays(2150).isEmpty());
        QCOMPARE(cal.addWorkingDays(QDate(2101, 12, 30), 3).isValid(), true);
    }
};

QTEST_GUILESS_MAIN(TestHolidays)
#include "test_holidays.moc"
