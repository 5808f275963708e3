// VietQR: CRC-16/CCITT-FALSE check value, the worked sample of docs/validators.md (150,000 VND to BIDV) byte
// for byte, TLV structure, ASCII notes and rejected input.
#include "core/domain/VietQr.h"

#include <QTest>

using namespace motcua;

namespace {
// Splits a TLV string into (tag, value) pairs; empty on malformed input.
QList<std::pair<QString, QString>> parseTlv(const QString& s)
{
    QList<std::pair<QString, QString>> out;
    int i = 0;
    while (i < s.size()) {
        if (i + 4 > s.size())
            return {};
        const int len = s.mid(i + 2, 2).toInt();
        if (i + 4 + len > s.size())
            return {};
        out.append({ s.mid(i, 2), s.mid(i + 4, len) });
        i += 4 + len;
    }
    return out;
}
} // namespace

class TestVietQr : public QObject
{
    Q_OBJECT
private slots:
    void crcCheckValue()
    {
        QCOMPARE(crc16CcittFalse("123456789"), quint16(0x29B1));
        QCOMPARE(crc16CcittFalse(""), quint16(0xFFFF));
    }

    void workedSample()
    {
        VietQrRequest r;
        r.bin = QStringLiteral("970418");
        r.account = QStringLiteral("1234567890");
        r.amountVnd = 150000;
        r.note = QStringLiteral("LE PHI HS 250312-0007");
        auto p = buildVietQr(r);
        QVERIFY(p.ok());
        QCOMPARE(p.value(),
            QStringLiteral("00020101021238540010A00000072701240006970418011012345678900208QRIBFTTA53037045406150000"
                           "5802VN62250821LE PHI HS 250312-000763040374"));
        // The same note typed with diacritics and lower case folds to the same payload.
        r.note = QStringLiteral("Lệ phí HS 250312-0007");
        QCOMPARE(buildVietQr(r).value(), p.value());
    }

    void structure()
    {
        VietQrRequest r;
        r.bin = QStringLiteral("970436");
        r.account = QStringLiteral("0011001234567");
        r.amountVnd = 1500000;
        r.note = QStringLiteral("Phí đăng ký");
        r.dynamic = false;
        r.merchantName = QStringLiteral("Cục Tần số VTĐ");
        r.merchantCity = QStringLiteral("Hà Nội");
        auto p = buildVietQr(r);
        QVERIFY(p.ok());
        const auto items = parseTlv(p.value());
        QStringList tags;
        for (const auto& [tag, value] : items)
            tags << tag;
        QCOMPARE(tags, (QStringList { "00", "01", "38", "53", "54", "58", "59", "60", "62", "63" }));
        QCOMPARE(items.at(1).second, QStringLiteral("11"));
        QCOMPARE(items.at(4).second, QStringLiteral("1500000"));
        QCOMPARE(items.at(6).second, QStringLiteral("CUC TAN SO VTD"));
        QCOMPARE(items.at(7).second, QStringLiteral("HA NOI"));
        QCOMPARE(items.at(8).second, QStringLiteral("0811PHI DANG KY"));
        const auto merchant = parseTlv(items.at(2).second);
        QCOMPARE(merchant.size(), 3);
        QCOMPARE(merchant.at(0).second, QStringLiteral("A000000727"));
        QCOMPARE(parseTlv(merchant.at(1).second).at(1).second, QStringLiteral("0011001234567"));
        // CRC over everything up to and including "6304".
        const QString body = p.value().left(p.value().size() - 4);
        QVERIFY(body.endsWith(QStringLiteral("6304")));
        QCOMPARE(p.value().right(4),
            QStringLiteral("%1").arg(crc16CcittFalse(body.toLatin1()), 4, 16, QLatin1Char('0')).toUpper());
    }

    void staticWithoutAmount()
    {
        VietQrRequest r;
        r.bin = QStringLiteral("970418");
        r.account = QStringLiteral("1234567890");
        r.dynamic = false;
        auto p = buildVietQr(r);
        QVERIFY(p.ok());
        QVERIFY(!p.value().contains(QStringLiteral("5406")));
        r.dynamic = true;
        QCOMPARE(buildVietQr(r).error().field, QStringLiteral("amount"));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("bin");
        QTest::addColumn<QString>("account");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("field");
        QTest::newRow("bin 5 digits") << "97041"
                                      << "123" << qint64(1000) << ""
                                      << "bin";
        QTest::newRow("bin letters") << "97041A"
                                     << "123" << qint64(1000) << ""
                                     << "bin";
        QTest::newRow("empty account") << "970418"
                                       << "" << qint64(1000) << ""
                                       << "account";
        QTest::newRow("account 20") << "970418" << QString(20, QLatin1Char('1')) << qint64(1000) << ""
                                    << "account";
        QTest::newRow("account space") << "970418"
                                       << "123 456" << qint64(1000) << ""
                                       << "account";
        QTest::newRow("negative") << "970418"
                                  << "123" << qint64(-5) << ""
                                  << "amount";
        QTest::newRow("too big") << "970418"
                                 << "123" << qint64(99999999999999LL) << ""
                                 << "amount";
        QTest::newRow("long note") << "970418"
                                   << "123" << qint64(1000) << "LE PHI HO SO 000.00.25.G14-250312-0007"
                                   << "note";
    }
    void rejected()
    {
        QFETCH(QString, bin);
        QFETCH(QString, account);
        QFETCH(qint64, amount);
        QFETCH(QString, note);
        QFETCH(QString, field);
        VietQrRequest r;
        r.bin = bin;
        r.account = account;
        r.amountVnd = amount;
        r.note = note;
        auto p = buildVietQr(r);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestVietQr)
#include "test_vietqr.moc"
