// Validators: personal identification number (province table, century digit), warnings against birth
// date and sex, tax codes (check digit, branch form, personal 12-digit form), phones, e-mails.
#include "core/domain/InputCheck.h"
#include "core/domain/Validators.h"

#include "tests/support/MockClock.h"

#include <QTest>

using namespace motcua;

class TestValidators : public QObject
{
    Q_OBJECT
private slots:
    void personalId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("code"); // empty = valid
        QTest::newRow("sample") << "001090012345"
                                << "";
        QTest::newRow("HCM female 2000s") << "079305001234"
                                          << "";
        QTest::newRow("spaces trimmed") << " 001090012345 "
                                        << "";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("11 digits") << "00109001234"
                                   << "bad_format";
        QTest::newRow("13 digits") << "0010900123456"
                                   << "bad_format";
        QTest::newRow("letter") << "00109001234X"
                                << "bad_format";
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("٠٠١٠٩٠٠١٢٣٤٥") << "bad_format";
        QTest::newRow("unknown province 003") << "003090012345"
                                              << "bad_province";
        QTest::newRow("province 000") << "000090012345"
                                      << "bad_province";
        QTest::newRow("born 2199") << "001599012345"
                                   << "bad_century";
    }
    void personalId()
    {
        QFETCH(QString, id);
        QFETCH(QString, code);
        test::MockClock clock(QDate(2026, 11, 28));
        const Status s = validatePersonalId(id);
        QCOMPARE(s.ok(), code.isEmpty());
        if (!s.ok()) {
            QCOMPARE(s.error().code, code);
            QCOMPARE(s.error().field, QStringLiteral("id_number"));
            QVERIFY(!s.error().message.isEmpty());
        }
    }

    void decode()
    {
        test::MockClock clock(QDate(2026, 11, 28));
        auto info = decodePersonalId(QStringLiteral("001090012345"));
        QVERIFY(info.ok());
        QCOMPARE(info->provinceCode, QStringLiteral("001"));
        QCOMPARE(info->provinceName, QStringLiteral("Hà Nội"));
        QCOMPARE(info->sex, QStringLiteral("Nam"));
        QCOMPARE(info->birthYear, 1990);
        info = decodePersonalId(QStringLiteral("079305001234"));
        QCOMPARE(info->sex, QStringLiteral("Nữ"));
        QCOMPARE(info->birthYear, 2005);
        QCOMPARE(info->provinceName, QStringLiteral("Hồ Chí Minh"));
        QCOMPARE(provinceName(QStringLiteral("096")), QStringLiteral("Cà Mau"));
        QVERIFY(provinceName(QStringLiteral("003")).isEmpty());
    }

    void warnings()
    {
        test::MockClock clock(QDate(2026, 11, 28));
        const QString id = QStringLiteral("001090012345");
        QVERIFY(personalIdWarnings(id, QDate(1990, 1, 1), QStringLiteral("Nam")).isEmpty());
        // Decomposed "Nữ" and lower case are understood.
        QCOMPARE(personalIdWarnings(id, QDate(1990, 1, 1), QStringLiteral("nam")).size(), 0);
        QCOMPARE(personalIdWarnings(id, QDate(1991, 1, 1), QStringLiteral("Nam")).size(), 1);
        QCOMPARE(personalIdWarnings(id, QDate(1990, 1, 1), QString::fromUtf8("Nu\u031B\u0303")).size(), 1);
        QCOMPARE(personalIdWarnings(id, QDate(1991, 1, 1), QStringLiteral("Nữ")).size(), 2);
        QCOMPARE(personalIdWarnings(id, QDate(1990, 1, 1), QStringLiteral("???")).size(), 1);
        QVERIFY(personalIdWarnings(QStringLiteral("bad"), QDate(1990, 1, 1), QStringLiteral("Nam")).isEmpty());
    }

    void taxCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("error"); // empty = valid
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("kind");
        QTest::newRow("worked example") << "0100233488"
                                        << ""
                                        << "0100233488"
                                        << "business";
        QTest::newRow("wrong check digit") << "0100233480"
                                           << "bad_check_digit"
                                           << "0100233480"
                                           << "business";
        QTest::newRow("branch") << "0100233488-001"
                                << ""
                                << "0100233488-001"
                                << "branch";
        QTest::newRow("branch unformatted") << "0100233488001"
                                            << ""
                                            << "0100233488-001"
                                            << "branch";
        QTest::newRow("branch 000") << "0100233488-000"
                                    << "bad_branch"
                                    << "0100233488-000"
                                    << "branch";
        QTest::newRow("branch bad parent") << "0100233480-001"
                                           << "bad_check_digit"
                                           << "0100233480-001"
                                           << "branch";
        QTest::newRow("spaces dots") << "0100 233.488"
                                     << ""
                                     << "0100233488"
                                     << "business";
        QTest::newRow("personal 12") << "001090012345"
                                     << ""
                                     << "001090012345"
                                     << "personal";
        // 12 digits: a person's tax code is their personal identification number (since 1 July 2025), so it
        // passes the same checks as one: province code, century and sex digit, birth year.
        QTest::newRow("personal 12 female 2005") << "001305012345"
                                                 << ""
                                                 << "001305012345"
                                                 << "personal";
        QTest::newRow("personal 12 spaced") << "001 090 012 345"
                                            << ""
                                            << "001090012345"
                                            << "personal";
        QTest::newRow("personal bad province") << "003090012345"
                                               << "bad_province"
                                               << "003090012345"
                                               << "personal";
        QTest::newRow("personal future birth year") << "001250012345"
                                                    << "bad_century"
                                                    << "001250012345"
                                                    << "personal";
        QTest::newRow("personal century 2100") << "001490012345"
                                               << "bad_century"
                                               << "001490012345"
                                               << "personal";
        // One dash, only before a 3-digit branch suffix.
        QTest::newRow("branch en dash") << QStringLiteral("0100233488\u2013001") << ""
                                        << "0100233488-001"
                                        << "branch";
        QTest::newRow("branch spaced dash") << "0100233488 - 001"
                                            << ""
                                            << "0100233488-001"
                                            << "branch";
        QTest::newRow("trailing dash") << "0100233488-"
                                       << "bad_dash"
                                       << "0100233488-"
                                       << "";
        QTest::newRow("leading dash") << "-0100233488"
                                      << "bad_dash"
                                      << "-0100233488"
                                      << "";
        QTest::newRow("dash inside 10 digits") << "01002-33488"
                                               << "bad_dash"
                                               << "01002-33488"
                                               << "";
        QTest::newRow("dash inside 13 digits") << "01002-33488001"
                                               << "bad_dash"
                                               << "01002-33488001"
                                               << "";
        QTest::newRow("two dashes") << "0100233488-001-"
                                    << "bad_dash"
                                    << "0100233488-001-"
                                    << "";
        QTest::newRow("two dashes split") << "0100-233488-001"
                                          << "bad_dash"
                                          << "0100-233488-001"
                                          << "";
        QTest::newRow("2-digit suffix") << "0100233488-01"
                                        << "bad_dash"
                                        << "0100233488-01"
                                        << "";
        QTest::newRow("dash in personal") << "001090-012345"
                                          << "bad_dash"
                                          << "001090-012345"
                                          << "";
        QTest::newRow("zero sequence") << "0100000000"
                                       << "bad_sequence"
                                       << "0100000000"
                                       << "business";
        QTest::newRow("9 digits") << "010023348"
                                  << "bad_length"
                                  << "010023348"
                                  << "";
        QTest::newRow("letters") << "01002334AB"
                                 << "bad_format"
                                 << "01002334AB"
                                 << "";
        QTest::newRow("empty") << ""
                               << "empty"
                               << ""
                               << "";
    }
    void taxCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, error);
        QFETCH(QString, normalized);
        QFETCH(QString, kind);
        test::MockClock clock(QDate(2026, 11, 28)); // the birth-year check of 12-digit codes reads "today"
        const Status s = validateTaxCode(code);
        QCOMPARE(s.ok(), error.isEmpty());
        if (!s.ok()) {
            QCOMPARE(s.error().code, error);
            QCOMPARE(s.error().field, QStringLiteral("tax_code"));
        }
        QCOMPARE(normalizeTaxCode(code), normalized);
        QCOMPARE(taxCodeKind(code), kind);
    }

    // A refused 12-digit code still says it was read as a personal tax code, and why the ID is wrong.
    void personalTaxCodeMessage()
    {
        test::MockClock clock(QDate(2026, 11, 28));
        const Status s = validateTaxCode(QStringLiteral("003090012345"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("personal tax code")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("(003)")), qPrintable(s.error().message));
        QVERIFY(validateTaxCode(QStringLiteral("0100233488-")).error().message.contains(QStringLiteral("dash")));
    }

    void checkDigitRule()
    {
        // Brute force over a range of 9-digit prefixes: exactly one check digit is valid unless the
        // weighted sum is divisible by 11 (then none), and that digit follows 10 - (sum mod 11).
        static const int w[9] = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };
        int noneValid = 0;
        for (int prefix = 10000001; prefix < 10000400; ++prefix) {
            const QString p = QStringLiteral("%1").arg(prefix, 9, 10, QLatin1Char('0'));
            int sum = 0;
            for (int i = 0; i < 9; ++i)
                sum += p.at(i).digitValue() * w[i];
            int valid = 0;
            for (int c = 0; c <= 9; ++c) {
                if (validateTaxCode(p + QString::number(c)).ok()) {
                    ++valid;
                    QCOMPARE(c, sum % 11 == 10 ? 0 : 10 - sum % 11);
                }
            }
            QCOMPARE(valid, sum % 11 == 0 ? 0 : 1);
            noneValid += valid == 0;
        }
        QVERIFY(noneValid > 0);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("mobile") << "0912345678" << true << "0912345678";
        QTest::newRow("mobile 03") << "0362 345 678" << true << "0362345678";
        QTest::newRow("+84") << "+84 912.345.678" << true << "0912345678";
        QTest::newRow("84 prefix") << "84912345678" << true << "0912345678";
        QTest::newRow("landline") << "024 3822 3344" << true << "02438223344";
        QTest::newRow("hotline") << "1900 1234" << true << "19001234";
        QTest::newRow("empty = not given") << "" << true << "";
        QTest::newRow("too short") << "091234567" << false << "091234567";
        QTest::newRow("old 11-digit mobile") << "01912345678" << false << "01912345678";
        QTest::newRow("bad prefix 06") << "0612345678" << false << "0612345678";
        QTest::newRow("letters") << "09123abc78" << false << "09123abc78";
    }
    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        const Status s = validatePhone(phone);
        QCOMPARE(s.ok(), valid);
        if (!valid)
            QCOMPARE(s.error().field, QStringLiteral("phone"));
        QCOMPARE(normalizePhone(phone), normalized);
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "lienhe@example.vn" << true;
        QTest::newRow("plus and dots") << "nguyen.van.an+hs@mic.gov.vn" << true;
        QTest::newRow("empty = not given") << "" << true;
        QTest::newRow("no at") << "lienhe.example.vn" << false;
        QTest::newRow("two at") << "a@b@example.vn" << false;
        QTest::newRow("no tld") << "a@example" << false;
        QTest::newRow("space") << "nguyen van@example.vn" << false;
        QTest::newRow("diacritics") << QString::fromUtf8("nguyễn@example.vn") << false;
        QTest::newRow("double dot") << "a..b@example.vn" << false;
        QTest::newRow("leading dot") << ".a@example.vn" << false;
        QTest::newRow("huge") << QString(300, QLatin1Char('a')) + "@example.vn" << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        const Status s = validateEmail(email);
        QCOMPARE(s.ok(), valid);
        if (!valid) {
            QCOMPARE(s.error().field, QStringLiteral("email"));
            QVERIFY(s.error().message.size() < 400);
        }
    }

    void inputScreening()
    {
        QVERIFY(checkInputText("x", QStringLiteral("Nguyễn Văn An"), 100).ok());
        QCOMPARE(checkInputText("x", QStringLiteral("  "), 100).error().code, QStringLiteral("empty"));
        QVERIFY(checkInputText("x", QString(), 100, true).ok());
        QCOMPARE(checkInputText("x", QString(101, QLatin1Char('a')), 100).error().code, QStringLiteral("too_long"));
        QCOMPARE(checkInputText("x",
                     QStringLiteral("a\x01"
                                    "b"),
                     100)
                     .error()
                     .code,
            QStringLiteral("control_character"));
        QCOMPARE(checkInputText("x", QStringLiteral("a\nb"), 100).error().code, QStringLiteral("control_character"));
        QVERIFY(checkInputText("x", QStringLiteral("a\r\n"), 100, false, true).ok());
        QCOMPARE(
            checkInputText("x", QString(QChar::ReplacementCharacter), 100).error().code, QStringLiteral("not_utf8"));
        QCOMPARE(checkInputText("id", QStringLiteral("\x7f"), 100).error().field, QStringLiteral("id"));

        QCOMPARE(decodeUtf8Input("p", QByteArray("Nguy\xe1\xbb\x85n"), 100).value(), QStringLiteral("Nguyễn"));
        QCOMPARE(decodeUtf8Input("p",
                     QByteArray("\xef\xbb\xbf"
                                "abc"),
                     100)
                     .value(),
            QStringLiteral("abc"));
        QCOMPARE(decodeUtf8Input("p",
                     QByteArray("a\xff"
                                "b"),
                     100)
                     .error()
                     .code,
            QStringLiteral("not_utf8"));
        QCOMPARE(decodeUtf8Input("p", QByteArray("\xc3"), 100).error().code, QStringLiteral("not_utf8"));
        QCOMPARE(decodeUtf8Input("p", QByteArray(101, 'a'), 100).error().code, QStringLiteral("too_long"));
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "test_validators.moc"
