// CCCD QR payload: the 7-field layout, 6-field variant without the old id, 8th field, empty old id,
// NFC, CR/LF trimming, date validation and consistency warnings; garbage is rejected with a reason.
#include "core/domain/CccdQr.h"

#include "tests/support/MockClock.h"

#include <QTest>

using namespace motcua;

namespace {
const QString kSample
    = QStringLiteral("001090012345|012345678|Nguyễn Văn An|01011990|Nam|Số 10 phố Mẫu, phường Ví Dụ, Hà Nội|15042021");
}

class TestCccdQr : public QObject
{
    Q_OBJECT
private:
    test::MockClock m_clock { QDate(2026, 11, 28), QTime(9, 0) };

private slots:
    void sevenFields()
    {
        auto r = parseCccdQr(kSample);
        QVERIFY(r.ok());
        QCOMPARE(r->id, QStringLiteral("001090012345"));
        QCOMPARE(r->oldId, QStringLiteral("012345678"));
        QCOMPARE(r->name, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(r->birthDate, QDate(1990, 1, 1));
        QCOMPARE(r->sex, QStringLiteral("Nam"));
        QCOMPARE(r->address, QStringLiteral("Số 10 phố Mẫu, phường Ví Dụ, Hà Nội"));
        QCOMPARE(r->issueDate, QDate(2021, 4, 15));
        QVERIFY(r->extra.isEmpty());
        QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(QLatin1Char('\n'))));
    }

    void emptyOldIdAndCrLf()
    {
        QString p = kSample;
        p.replace(QStringLiteral("|012345678|"), QStringLiteral("||"));
        auto r = parseCccdQr(QStringLiteral("  ") + p + QStringLiteral("\r\n"));
        QVERIFY(r.ok());
        QVERIFY(r->oldId.isEmpty());
        QCOMPARE(r->issueDate, QDate(2021, 4, 15));
    }

    void sixFieldVariant()
    {
        auto r = parseCccdQr(QStringLiteral("001090012345|Nguyễn Văn An|01011990|Nam|Hà Nội|15042021"));
        QVERIFY(r.ok());
        QVERIFY(r->oldId.isEmpty());
        QCOMPARE(r->name, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(r->birthDate, QDate(1990, 1, 1));
        QCOMPARE(r->address, QStringLiteral("Hà Nội"));
    }

    void eighthField()
    {
        auto r = parseCccdQr(kSample + QStringLiteral("|15042036"));
        QVERIFY(r.ok());
        QCOMPARE(r->extra, QStringLiteral("15042036"));
        QCOMPARE(r->extraDate, QDate(2036, 4, 15));
        r = parseCccdQr(kSample + QStringLiteral("|ABC"));
        QVERIFY(r.ok());
        QCOMPARE(r->extra, QStringLiteral("ABC"));
        QVERIFY(!r->extraDate.isValid());
    }

    void decomposedTextIsComposed()
    {
        const QString decomposed = kSample.normalized(QString::NormalizationForm_D);
        QVERIFY(decomposed != kSample);
        auto r = parseCccdQr(decomposed.left(decomposed.size()));
        QVERIFY(r.ok());
        QCOMPARE(r->name, QStringLiteral("Nguyễn Văn An"));
        auto f = parseCccdQr(QString::fromUtf8("001190012345||Trần Thị B|02021990|Nu\u031B\u0303|Huế|01012022"));
        QVERIFY(f.ok());
        QCOMPARE(f->sex, QStringLiteral("Nữ"));
        QVERIFY(f->warnings.isEmpty());
    }

    void consistencyWarnings()
    {
        // Birth year 1991 and sex Nữ contradict 001 0 90...: two warnings, still parsed.
        auto r = parseCccdQr(QStringLiteral("001090012345||Nguyễn Văn An|01011991|Nữ|Hà Nội|15042021"));
        QVERIFY(r.ok());
        QCOMPARE(r->warnings.size(), 2);
        // Issue date before birth.
        r = parseCccdQr(QStringLiteral("001090012345||Nguyễn Văn An|01011990|Nam|Hà Nội|15041989"));
        QVERIFY(r.ok());
        QCOMPARE(r->warnings.size(), 1);
        // Garbled name from a keyboard-wedge scanner.
        r = parseCccdQr(QStringLiteral("001090012345||Nguy\u00bbn V#n An|01011990|Nam|Hà Nội|15042021"));
        QVERIFY(r.ok());
        QCOMPARE(r->warnings.size(), 1);
        // Unknown province is a warning, not a refusal.
        r = parseCccdQr(QStringLiteral("003090012345||Nguyễn Văn An|01011990|Nam|Hà Nội|15042021"));
        QVERIFY(r.ok());
        QCOMPARE(r->warnings.size(), 1);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty") << ""
                               << "payload";
        QTest::newRow("only spaces") << "  \r\n"
                                     << "payload";
        QTest::newRow("no separators") << "001090012345"
                                       << "payload";
        QTest::newRow("5 fields") << "001090012345||A|01011990|Nam"
                                  << "payload";
        QTest::newRow("9 fields") << kSample + "|a|b"
                                  << "payload";
        QTest::newRow("bad birth date") << "001090012345||A|31021990|Nam|HN|15042021"
                                        << "birth_date";
        QTest::newRow("no date anywhere") << "001090012345||A|1990|Nam|HN|15042021"
                                          << "birth_date";
        QTest::newRow("bad issue date") << "001090012345||A|01011990|Nam|HN|2021"
                                        << "issue_date";
        QTest::newRow("short id") << "00109001234||A|01011990|Nam|HN|15042021"
                                  << "id";
        QTest::newRow("empty name") << "001090012345|||01011990|Nam|HN|15042021"
                                    << "name";
        QTest::newRow("control char") << "001090012345||A\x01|01011990|Nam|HN|15042021"
                                      << "payload";
        QTest::newRow("replacement char")
            << QString::fromUtf8("001090012345||A\xef\xbf\xbd|01011990|Nam|HN|15042021") << "payload";
        QTest::newRow("huge") << QString(100000, QLatin1Char('|')) << "payload";
        // The sex field is exactly "Nam" or "Nữ" on the card.
        QTest::newRow("sex English") << "001090012345||A|01011990|Male|HN|15042021"
                                     << "sex";
        QTest::newRow("sex empty") << "001090012345||A|01011990||HN|15042021"
                                   << "sex";
        QTest::newRow("sex lower case") << "001090012345||A|01011990|nam|HN|15042021"
                                        << "sex";
        QTest::newRow("sex without diacritics") << "001190012345||A|01011990|Nu|HN|15042021"
                                                << "sex";
        QTest::newRow("sex short layout") << "001090012345|A|01011990|X|HN|15042021"
                                          << "sex";
        // A line break inside a field (a name split over two lines) is refused naming the field.
        QTest::newRow("name split LF") << QStringLiteral("001090012345||Nguyễn Văn\nAn|01011990|Nam|HN|15042021")
                                       << "name";
        QTest::newRow("name split CRLF") << QStringLiteral("001090012345||Nguyễn Văn\r\nAn|01011990|Nam|HN|15042021")
                                         << "name";
        QTest::newRow("name ends with LF")
            << QStringLiteral("001090012345||Nguyễn Văn An\n|01011990|Nam|HN|15042021") << "name";
        QTest::newRow("name split U+2028")
            << QStringLiteral("001090012345||Nguyễn Văn\u2028An|01011990|Nam|HN|15042021") << "name";
        QTest::newRow("name split short layout")
            << QStringLiteral("001090012345|Nguyễn\nAn|01011990|Nam|HN|15042021") << "name";
        QTest::newRow("address split CR")
            << QStringLiteral("001090012345||A|01011990|Nam|Số 10\rHà Nội|15042021") << "address";
        QTest::newRow("old id split") << QStringLiteral("001090012345|0123\n45678|A|01011990|Nam|HN|15042021")
                                      << "old_id";
        QTest::newRow("8th field split") << kSample + QStringLiteral("|1504\n2036") << "extra";
        QTest::newRow("short layout 8 fields") << "001090012345|A|01011990|Nam|HN|15042021|a|b"
                                               << "payload";
    }
    void rejected()
    {
        QFETCH(QString, payload);
        QFETCH(QString, field);
        auto r = parseCccdQr(payload);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QCOMPARE(r.error().kind, ErrorKind::Invalid);
        QVERIFY(!r.error().message.isEmpty());
    }

    // What the new refusals must not catch: both sexes composed or decomposed, the CR/LF a scanner appends.
    void sexAndLineEndsAccepted()
    {
        auto r = parseCccdQr(QStringLiteral("001190012345||Trần Thị B|02021990|Nữ|Huế|01012022\r\n"));
        QVERIFY(r.ok());
        QCOMPARE(r->sex, QStringLiteral("Nữ"));
        QVERIFY(r->warnings.isEmpty());
        r = parseCccdQr(QStringLiteral("001190012345||Trần Thị B|02021990|Nữ|Huế|01012022")
                            .normalized(QString::NormalizationForm_D));
        QVERIFY(r.ok());
        QCOMPARE(r->sex, QStringLiteral("Nữ"));
        r = parseCccdQr(kSample + QStringLiteral("\n"));
        QVERIFY(r.ok());
        QCOMPARE(r->sex, QStringLiteral("Nam"));
        const auto bad = parseCccdQr(QStringLiteral("001090012345||A|01011990|Male|HN|15042021"));
        QVERIFY(bad.error().message.contains(QStringLiteral("\"Male\"")));
    }
};

QTEST_GUILESS_MAIN(TestCccdQr)
#include "test_cccdqr.moc"
