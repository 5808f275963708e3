// Text folding for search keys and ASCII transfer notes.
#include "core/domain/TextFold.h"

#include <QTest>

using namespace motcua;

class TestTextFold : public QObject
{
    Q_OBJECT
private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("name") << "Đặng Thị Ánh"
                              << "dang thi anh";
        QTest::newRow("all tones") << "ả á à ạ ã â ầ ấ ẩ ẫ ậ ă ằ ắ ẳ ẵ ặ"
                                   << "a a a a a a a a a a a a a a a a a";
        QTest::newRow("ơ ư ê ô") << "Ơ Ư Ê Ô ơ ư ê ô"
                                 << "o u e o o u e o";
        QTest::newRow("đ lower") << "đường"
                                 << "duong";
        QTest::newRow("decomposed") << QString::fromUtf8("Nguye\u0302\u0303n") << "nguyen";
        QTest::newRow("spaces") << "  Cục   Tần\tsố  "
                                << "cuc tan so";
        QTest::newRow("ascii") << "ABC 123"
                               << "abc 123";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("code") << "000.00.25.G14-250312-0007"
                              << "000.00.25.g14-250312-0007";
    }
    void fold()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(foldVietnamese(in), out);
    }

    void foldedKeysMatch()
    {
        QCOMPARE(foldVietnamese(QStringLiteral("ĐỖ VĂN ĐỨC")), foldVietnamese(QStringLiteral("do van duc")));
        QVERIFY(foldVietnamese(QStringLiteral("Công ty TNHH Ví Dụ")).contains(foldVietnamese(QStringLiteral("vi du"))));
    }

    void note_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("fee") << "Lệ phí"
                             << "LE PHI";
        QTest::newRow("with code") << "Lệ phí HS 250312-0007"
                                   << "LE PHI HS 250312-0007";
        QTest::newRow("đ") << "Đóng phí đăng ký"
                           << "DONG PHI DANG KY";
        QTest::newRow("symbols") << "Phí #1 (tần số) & lệ phí!"
                                 << "PHI 1 TAN SO LE PHI";
        QTest::newRow("non-latin") << "Phí 费用"
                                   << "PHI";
        QTest::newRow("control") << "A\nB\tC"
                                 << "A B C";
    }
    void note()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(asciiUpperNote(in), out);
        for (const QChar c : asciiUpperNote(in))
            QVERIFY(c.unicode() < 0x80);
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "test_textfold.moc"
