// Working-day arithmetic: the n-th working day after a date, across weekends, holidays, Tết and
// make-up Saturdays; the fast table agrees with day-by-day counting.
#include "core/domain/WorkCalendar.h"

#include <QJsonDocument>
#include <QTest>

using namespace motcua;

class TestWorkingDays : public QObject
{
    Q_OBJECT
private slots:
    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("zero") << QDate(2025, 3, 12) << 0 << QDate(2025, 3, 12);
        QTest::newRow("next day") << QDate(2025, 3, 12) << 1 << QDate(2025, 3, 13);
        QTest::newRow("over weekend") << QDate(2025, 3, 14) << 1 << QDate(2025, 3, 17);
        QTest::newRow("from Saturday") << QDate(2025, 3, 15) << 1 << QDate(2025, 3, 17);
        // calendar.md §6: 20 working days from 12/03/2025 skip Hùng Kings' day (Mon 07/04).
        QTest::newRow("calendar.md 20 wd") << QDate(2025, 3, 12) << 20 << QDate(2025, 4, 10);
        QTest::newRow("calendar.md 5 wd") << QDate(2025, 3, 12) << 5 << QDate(2025, 3, 19);
        // Tết 2025: break 25/01-02/02.
        QTest::newRow("across Tet 2025") << QDate(2025, 1, 24) << 1 << QDate(2025, 2, 3);
        // 30/4-4/5/2025 with Saturday 26/4 a make-up working day.
        QTest::newRow("make-up Saturday") << QDate(2025, 4, 25) << 1 << QDate(2025, 4, 26);
        QTest::newRow("across 30/4 2025") << QDate(2025, 4, 29) << 1 << QDate(2025, 5, 5);
        // 2/9/2025: 1/9 and 2/9 off.
        QTest::newRow("across 2/9 2025") << QDate(2025, 8, 29) << 1 << QDate(2025, 9, 3);
        // Year boundary: 1/1/2027 is a Friday.
        QTest::newRow("new year 2027") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 4);
        // 24/11/2026 (Tuesday) is a holiday from 2026.
        QTest::newRow("culture day") << QDate(2026, 11, 23) << 1 << QDate(2026, 11, 25);
        QTest::newRow("a year") << QDate(2025, 1, 2) << 240 << QDate(2025, 12, 18);
    }
    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        const WorkCalendar& cal = WorkCalendar::builtin();
        QCOMPARE(cal.addWorkingDays(from, n), expected);
        if (n > 0) {
            QVERIFY(cal.isWorkingDay(expected));
            QCOMPARE(cal.workingDaysBetween(from, expected), n);
        }
    }

    void fastTableMatchesCounting()
    {
        // Day-by-day counting with isWorkingDay() must agree with the prefix table everywhere.
        const WorkCalendar& cal = WorkCalendar::builtin();
        for (QDate from(2020, 1, 1); from <= QDate(2030, 12, 31); from = from.addDays(17)) {
            for (int n : { 1, 5, 20, 45 }) {
                QDate d = from;
                int left = n;
                while (left > 0) {
                    d = d.addDays(1);
                    if (cal.isWorkingDay(d))
                        --left;
                }
                QCOMPARE(cal.addWorkingDays(from, n), d);
            }
        }
    }

    void weekdaysOnly()
    {
        const WorkCalendar plain; // no rules
        for (QDate d(2025, 6, 2); d <= QDate(2025, 6, 8); d = d.addDays(1))
            QCOMPARE(plain.isWorkingDay(d), d.dayOfWeek() <= 5);
        QCOMPARE(plain.addWorkingDays(QDate(2025, 6, 6), 5), QDate(2025, 6, 13));
    }

    void nextWorkingDay()
    {
        const WorkCalendar& cal = WorkCalendar::builtin();
        QCOMPARE(cal.nextWorkingDay(QDate(2025, 3, 12)), QDate(2025, 3, 12));
        QCOMPARE(cal.nextWorkingDay(QDate(2025, 1, 25)), QDate(2025, 2, 3));
        QVERIFY(!cal.nextWorkingDay(QDate()).isValid());
        QVERIFY(!cal.addWorkingDays(QDate(), 3).isValid());
    }

    void beyondTableFallsBackToCounting()
    {
        const WorkCalendar& cal = WorkCalendar::builtin();
        const QDate d = cal.addWorkingDays(QDate(2101, 12, 20), 20);
        QVERIFY(d.isValid());
        QVERIFY(d > QDate(2102, 1, 1));
        QCOMPARE(cal.workingDaysBetween(QDate(2101, 12, 20), d), 20);
        QVERIFY(!cal.isWorkingDay(QDate(2102, 1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "test_workingdays.moc"
