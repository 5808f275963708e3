// Lunar calendar: sample years, years where Vietnam and China differ, leap months, year boundaries
// and a round trip over every day 1900-2100.
#include "core/domain/LunarCalendar.h"

#include <QTest>

using namespace motcua;

class TestLunar : public QObject
{
    Q_OBJECT
private slots:
    void tet_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expected");
        // Published Vietnamese calendars (calendar.md §4 and the 1985/2007/2030 notes).
        QTest::newRow("2024") << 2024 << QDate(2024, 2, 10);
        QTest::newRow("2025") << 2025 << QDate(2025, 1, 29);
        QTest::newRow("2026") << 2026 << QDate(2026, 2, 17);
        QTest::newRow("2007 (VN one day before CN)") << 2007 << QDate(2007, 2, 17);
        QTest::newRow("2030 (VN one day before CN)") << 2030 << QDate(2030, 2, 2);
        QTest::newRow("1985 (VN a month before CN)") << 1985 << QDate(1985, 1, 21);
        QTest::newRow("2023") << 2023 << QDate(2023, 1, 22);
        QTest::newRow("2020") << 2020 << QDate(2020, 1, 25);
        QTest::newRow("2000") << 2000 << QDate(2000, 2, 5);
        QTest::newRow("1968") << 1968 << QDate(1968, 1, 29);
    }
    void tet()
    {
        QFETCH(int, year);
        QFETCH(QDate, expected);
        QCOMPARE(lunar::tet(year), expected);
        QCOMPARE(expected.dayOfWeek() >= 1, true);
        const LunarDate l = lunar::fromSolar(expected);
        QCOMPARE(l, (LunarDate { 1, 1, year, false }));
        // The day before Tết is the last day of month 12 of the previous lunar year.
        const LunarDate eve = lunar::fromSolar(expected.addDays(-1));
        QCOMPARE(eve.month, 12);
        QCOMPARE(eve.year, year - 1);
        QVERIFY(eve.day == 29 || eve.day == 30);
    }

    void chinaDiffers()
    {
        // UTC+8 gives the Chinese dates: the algorithm is the same, only the meridian changes.
        QCOMPARE(lunar::tet(2030, 8.0), QDate(2030, 2, 3));
        QCOMPARE(lunar::tet(2007, 8.0), QDate(2007, 2, 18));
        QCOMPARE(lunar::tet(1985, 8.0), QDate(1985, 2, 20));
        QCOMPARE(lunar::tet(2025, 8.0), QDate(2025, 1, 29));
    }

    void hungKings_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("2024") << 2024 << QDate(2024, 4, 18);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 7);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 26);
    }
    void hungKings()
    {
        QFETCH(int, year);
        QFETCH(QDate, expected);
        QCOMPARE(lunar::toSolar(LunarDate { 10, 3, year, false }), expected);
    }

    void leapMonths_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("leap");
        QTest::newRow("2020 leap 4") << 2020 << 4;
        QTest::newRow("2023 leap 2") << 2023 << 2;
        QTest::newRow("2025 leap 6") << 2025 << 6;
        QTest::newRow("2017 leap 6") << 2017 << 6;
        QTest::newRow("2033 leap 11") << 2033 << 11;
        QTest::newRow("2024 none") << 2024 << 0;
        QTest::newRow("2026 none") << 2026 << 0;
    }
    void leapMonths()
    {
        QFETCH(int, year);
        QFETCH(int, leap);
        QCOMPARE(lunar::leapMonth(year), leap);
        if (leap == 0) {
            QVERIFY(!lunar::toSolar(LunarDate { 1, 2, year, true }).isValid());
            return;
        }
        const QDate normal = lunar::toSolar(LunarDate { 1, leap, year, false });
        const QDate leapStart = lunar::toSolar(LunarDate { 1, leap, year, true });
        QVERIFY(normal.isValid());
        QVERIFY(leapStart.isValid());
        const qint64 gap = normal.daysTo(leapStart);
        QVERIFY2(gap == 29 || gap == 30, qPrintable(QString::number(gap)));
        QCOMPARE(lunar::fromSolar(leapStart), (LunarDate { 1, leap, year, true }));
    }

    void knownLeapDates()
    {
        // 2023: leap 2nd month started on 2023-03-22; 2020: leap 4th month on 2020-05-23;
        // 2025: leap 6th month on 2025-07-25.
        QCOMPARE(lunar::toSolar(LunarDate { 1, 2, 2023, true }), QDate(2023, 3, 22));
        QCOMPARE(lunar::toSolar(LunarDate { 1, 4, 2020, true }), QDate(2020, 5, 23));
        QCOMPARE(lunar::toSolar(LunarDate { 1, 6, 2025, true }), QDate(2025, 7, 25));
    }

    void yearBoundaries()
    {
        // 31/12/2024 and 01/01/2025 are in month 12 of lunar year 2024; mid-month 11 and 12 keep the
        // old lunar year number.
        const LunarDate a = lunar::fromSolar(QDate(2024, 12, 31));
        QCOMPARE(a.year, 2024);
        QCOMPARE(a.month, 12);
        QCOMPARE(a.day, 1);
        const LunarDate b = lunar::fromSolar(QDate(2025, 1, 1));
        QCOMPARE(b, (LunarDate { 2, 12, 2024, false }));
        QCOMPARE(lunar::fromSolar(QDate(2025, 1, 28)), (LunarDate { 29, 12, 2024, false }));
        QCOMPARE(lunar::fromSolar(QDate(1900, 1, 1)), (LunarDate { 1, 12, 1899, false }));
        QCOMPARE(lunar::fromSolar(QDate(2100, 12, 31)).year, 2100);
    }

    void invalidDates()
    {
        // Lunar month 12 of 2024 has 29 days: day 30 does not exist.
        QVERIFY(!lunar::toSolar(LunarDate { 30, 12, 2024, false }).isValid());
        QVERIFY(!lunar::toSolarChecked(LunarDate { 30, 12, 2024, false }).ok());
        QCOMPARE(lunar::toSolarChecked(LunarDate { 30, 12, 2024, false }).error().field, QStringLiteral("date"));
        QVERIFY(!lunar::toSolar(LunarDate { 1, 13, 2024, false }).isValid());
        QVERIFY(!lunar::toSolar(LunarDate { 0, 1, 2024, false }).isValid());
        QVERIFY(!lunar::toSolar(LunarDate { 1, 3, 2025, true }).isValid()); // 2025 leap is 6, not 3
        QVERIFY(!lunar::fromSolar(QDate()).month);
    }

    void yearNames()
    {
        QCOMPARE(lunar::yearName(2025), QStringLiteral("Ất Tỵ"));
        QCOMPARE(lunar::yearName(2026), QStringLiteral("Bính Ngọ"));
        QCOMPARE(lunar::yearName(1984), QStringLiteral("Giáp Tý"));
    }

    // Property: every day of 1900-2100 converts to a lunar date that converts back to the same day;
    // lunar days run 1..29/30 and step by one.
    void roundTripEveryDay()
    {
        LunarDate prev = lunar::fromSolar(QDate(1899, 12, 31));
        int count = 0;
        for (QDate d(1900, 1, 1); d <= QDate(2100, 12, 31); d = d.addDays(1), ++count) {
            const LunarDate l = lunar::fromSolar(d);
            if (lunar::toSolar(l) != d)
                QFAIL(qPrintable(QStringLiteral("%1 -> %2/%3/%4%5 does not map back")
                                     .arg(d.toString(Qt::ISODate))
                                     .arg(l.day)
                                     .arg(l.month)
                                     .arg(l.year)
                                     .arg(l.leap ? QStringLiteral(" leap") : QString())));
            const bool next = l.day == prev.day + 1 && l.month == prev.month && l.leap == prev.leap;
            const bool newMonth = l.day == 1 && (prev.day == 29 || prev.day == 30);
            if (!next && !newMonth)
                QFAIL(qPrintable(QStringLiteral("day sequence broken at %1").arg(d.toString(Qt::ISODate))));
            prev = l;
        }
        QCOMPARE(count, 73414);
    }
};

QTEST_GUILESS_MAIN(TestLunar)
#include "test_lunar.moc"
