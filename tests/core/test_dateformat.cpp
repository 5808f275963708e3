// DateFormat: ISO local time with its offset, dd/MM/yyyy, and "dd/MM/yyyy HH:mm" (date first) in the
// desk's zone whatever the instant's own zone, and empty text for invalid values.
#include "core/Clock.h"
#include "core/DateFormat.h"
#include "core/domain/CodeAllocator.h"

#include <QTest>

using namespace motcua;

class TestDateFormat : public QObject
{
    Q_OBJECT
private slots:
    void localIsoCarriesTheOffset()
    {
        const QDateTime utc(QDate(2027, 3, 1), QTime(2, 30), Qt::UTC);
        QCOMPARE(localIso(utc), QStringLiteral("2027-03-01T09:30:00+07:00"));
        QCOMPARE(localIso(Clock::local(QDate(2027, 3, 1), QTime(9, 30))), QStringLiteral("2027-03-01T09:30:00+07:00"));
        QCOMPARE(localIso(QDateTime()), QString());
    }

    void displayIsDateFirstInLocalTime()
    {
        // 20:15 UTC is 03:15 the next day at the desk.
        const QDateTime utc(QDate(2027, 12, 31), QTime(20, 15), Qt::UTC);
        QCOMPARE(displayDateTime(utc), QStringLiteral("01/01/2028 03:15"));
        QCOMPARE(displayDate(utc), QStringLiteral("01/01/2028"));
        QCOMPARE(displayDate(QDate(2027, 3, 9)), QStringLiteral("09/03/2027"));
        QCOMPARE(displayDate(QDate()), QString());
        QCOMPARE(displayDateTime(QDateTime()), QString());
    }

    // CodeAllocator's clock message shows both times in local time through the same helper.
    void clockMessageUsesLocalTime()
    {
        const QDateTime last(QDate(2027, 3, 1), QTime(2, 0), Qt::UTC);
        const auto s = CodeAllocator::checkClock(last.addSecs(-3600), last);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("01/03/2027 08:00")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("01/03/2027 09:00")), qPrintable(s.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDateFormat)
#include "test_dateformat.moc"
