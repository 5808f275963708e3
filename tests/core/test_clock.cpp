// Clock: --now parsing, the fixed UTC+7 zone, and the swappable current clock.
#include "core/Clock.h"
#include "tests/support/MockClock.h"

#include <QtTest>

using namespace motcua;

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseNow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("local") << "2027-03-01T09:30:00"
                               << "2027-03-01T02:30:00Z";
        QTest::newRow("local without seconds") << "2027-03-01T09:30"
                                               << "2027-03-01T02:30:00Z";
        QTest::newRow("space separator") << "2027-03-01 23:15:00"
                                         << "2027-03-01T16:15:00Z";
        QTest::newRow("date only is 09:00") << "2027-03-01"
                                            << "2027-03-01T02:00:00Z";
        QTest::newRow("explicit offset") << "2027-03-01T09:30:00+07:00"
                                         << "2027-03-01T02:30:00Z";
        QTest::newRow("utc") << "2027-03-01T02:30:00Z"
                             << "2027-03-01T02:30:00Z";
        QTest::newRow("midnight crosses the day") << "2027-03-01T03:00:00"
                                                  << "2027-02-28T20:00:00Z";
        QTest::newRow("leap day") << "2028-02-29T12:00:00"
                                  << "2028-02-29T05:00:00Z";
    }

    void parseNow()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto parsed = Clock::parseNow(text);
        QVERIFY2(parsed.ok(), qPrintable(text));
        QCOMPARE(parsed.value().toUTC(), QDateTime::fromString(utc, Qt::ISODate));
        QCOMPARE(parsed.value().offsetFromUtc(), 7 * 3600);
    }

    void parseNowRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("words") << "tomorrow";
        QTest::newRow("bad month") << "2027-13-01";
        QTest::newRow("bad day") << "2027-02-30T09:00:00";
        QTest::newRow("bad hour") << "2027-03-01T25:00:00";
        QTest::newRow("dd/MM/yyyy") << "01/03/2027";
        QTest::newRow("trailing junk") << "2027-03-01T09:30:00abc";
    }

    void parseNowRejects()
    {
        QFETCH(QString, text);
        const auto parsed = Clock::parseNow(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::Usage);
        QCOMPARE(parsed.error().field, QStringLiteral("now")); // the CLI and the desk name their option
    }

    void mockClockIsCurrentAndSteps()
    {
        {
            test::MockClock clock(QDate(2026, 11, 24), QTime(8, 0));
            QCOMPARE(Clock::current().today(), QDate(2026, 11, 24));
            QCOMPARE(Clock::current().now().time(), QTime(8, 0));
            clock.advanceSecs(16 * 3600 + 1);
            QCOMPARE(Clock::current().today(), QDate(2026, 11, 25));
            QCOMPARE(Clock::current().nowUtc(), QDateTime(QDate(2026, 11, 24), QTime(17, 0, 1), Qt::UTC));
        }
        // Back to the system clock after the mock is gone.
        QVERIFY(qAbs(Clock::current().nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void localDateIsUtcPlus7RegardlessOfMachineZone()
    {
        const QDateTime late = QDateTime(QDate(2026, 12, 31), QTime(18, 30), Qt::UTC);
        FixedClock clock(late);
        QCOMPARE(clock.today(), QDate(2027, 1, 1));
        QCOMPARE(clock.now().time(), QTime(1, 30));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "test_clock.moc"
