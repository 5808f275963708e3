// PasswordHasher: Argon2id encoding, verification (right, wrong, tampered), Unicode normalisation,
// re-hash detection and the password policy. Most cases use the test cost (Cost::Minimum); one case
// proves the product cost is at least libsodium's INTERACTIVE limits.
#include "core/auth/PasswordHasher.h"

#include <QRegularExpression>
#include <QtTest>

using namespace motcua;
using namespace motcua::auth;

namespace {

// Parses "$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>" into its parameters.
struct Params {
    int m = 0, t = 0, p = 0;
    QString salt, hash;
};
std::optional<Params> parse(const QString& encoded)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$)"));
    const auto m = re.match(encoded);
    if (!m.hasMatch())
        return std::nullopt;
    return Params { m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4), m.captured(5) };
}

QString hashOrFail(const QString& password)
{
    auto h = PasswordHasher::hash(password);
    if (!h.ok())
        qFatal("hash failed: %s", qPrintable(h.error().message));
    return h.value();
}

// Flips one base64 character of the given section (4 = salt, 5 = hash) of an encoded string.
QString tamper(QString encoded, int section, int index)
{
    QStringList parts = encoded.split(QLatin1Char('$'));
    QString& s = parts[section];
    s[index] = s[index] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return parts.join(QLatin1Char('$'));
}

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

    PasswordHasher::Cost m_defaultCost = PasswordHasher::Cost::Minimum;

private Q_SLOTS:
    void initTestCase() { m_defaultCost = PasswordHasher::cost(); }
    void init() { PasswordHasher::setCost(PasswordHasher::Cost::Minimum); }
    void cleanupTestCase() { PasswordHasher::setCost(PasswordHasher::Cost::Interactive); }

    void productCostIsAtLeastInteractive()
    {
        PasswordHasher::setCost(PasswordHasher::Cost::Interactive);
        const QString h = hashOrFail("Ngân hàng 2027!");
        const auto p = parse(h);
        QVERIFY2(p.has_value(), qPrintable(h));
        QVERIFY(p->m >= 65536); // 64 MiB, in KiB
        QVERIFY(p->t >= 2);
        QVERIFY(PasswordHasher::verify("Ngân hàng 2027!", h));
        QVERIFY(!PasswordHasher::verify("Ngân hàng 2028!", h));
        QVERIFY(!PasswordHasher::needsRehash(h));
    }

    void defaultCostIsInteractive()
    {
        // Recorded before any test lowered it: a process that never calls setCost() hashes at
        // libsodium's INTERACTIVE cost.
        QCOMPARE(m_defaultCost, PasswordHasher::Cost::Interactive);
    }

    void hashIsArgon2idWithRandomSalt()
    {
        const QString a = hashOrFail("correct horse battery");
        const QString b = hashOrFail("correct horse battery");
        QVERIFY(a.startsWith("$argon2id$v=19$"));
        QVERIFY(parse(a).has_value());
        QVERIFY(parse(b).has_value());
        QVERIFY(a != b); // different salts
        QVERIFY(parse(a)->salt != parse(b)->salt);
        QVERIFY(!a.contains("correct horse")); // the password itself never appears
        QVERIFY(PasswordHasher::verify("correct horse battery", a));
        QVERIFY(PasswordHasher::verify("correct horse battery", b));
    }

    void wrongPasswords_data()
    {
        QTest::addColumn<QString>("attempt");
        QTest::newRow("one letter off") << "Tiếp nhận 2027";
        QTest::newRow("case") << "tiếp nhận 2026";
        QTest::newRow("tone mark") << "Tiếp nhân 2026";
        QTest::newRow("no diacritics") << "Tiep nhan 2026";
        QTest::newRow("trailing space") << "Tiếp nhận 2026 ";
        QTest::newRow("prefix") << "Tiếp nhận 202";
        QTest::newRow("empty") << "";
        QTest::newRow("doubled") << "Tiếp nhận 2026Tiếp nhận 2026";
    }

    void wrongPasswords()
    {
        QFETCH(QString, attempt);
        static const QString h = hashOrFail("Tiếp nhận 2026");
        QVERIFY(PasswordHasher::verify("Tiếp nhận 2026", h));
        QVERIFY(!PasswordHasher::verify(attempt, h));
    }

    void composedAndDecomposedVietnameseMatch()
    {
        const QString composed = QString::fromUtf8("Đặng Thị Hồng 1985"); // NFC
        const QString decomposed = composed.normalized(QString::NormalizationForm_D);
        QVERIFY(composed != decomposed);
        const QString h = hashOrFail(decomposed);
        QVERIFY(PasswordHasher::verify(composed, h));
        QVERIFY(PasswordHasher::verify(decomposed, h));
    }

    void tamperedHashesAreRejected_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("hash first char") << "hash0";
        QTest::newRow("hash last char") << "hashLast";
        QTest::newRow("salt") << "salt";
        QTest::newRow("memory cost") << "m";
        QTest::newRow("time cost") << "t";
        QTest::newRow("algorithm argon2i") << "argon2i";
        QTest::newRow("algorithm argon2d") << "argon2d";
        QTest::newRow("version") << "version";
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("empty") << "empty";
        QTest::newRow("plain text password") << "plain";
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("overlong") << "overlong";
        QTest::newRow("non-latin1") << "unicode";
    }

    void tamperedHashesAreRejected()
    {
        QFETCH(QString, kind);
        const QString password = "Bưu điện 45/2016";
        const QString h = hashOrFail(password);
        QVERIFY(PasswordHasher::verify(password, h));
        QString bad;
        const Params p = *parse(h);
        if (kind == "hash0")
            bad = tamper(h, 5, 0);
        else if (kind == "hashLast")
            bad = tamper(h, 5, p.hash.size() - 2); // not the last char: its low bits may be padding
        else if (kind == "salt")
            bad = tamper(h, 4, 1);
        else if (kind == "m")
            bad = QString(h).replace(QString("m=%1").arg(p.m), QString("m=%1").arg(p.m * 2));
        else if (kind == "t")
            bad = QString(h).replace(QString("t=%1").arg(p.t), QString("t=%1").arg(p.t + 1));
        else if (kind == "argon2i")
            bad = QString(h).replace("$argon2id$", "$argon2i$");
        else if (kind == "argon2d")
            bad = QString(h).replace("$argon2id$", "$argon2d$");
        else if (kind == "version")
            bad = QString(h).replace("v=19", "v=16");
        else if (kind == "truncated")
            bad = h.left(h.size() - 5);
        else if (kind == "empty")
            bad = QString();
        else if (kind == "plain")
            bad = password;
        else if (kind == "garbage")
            bad = "$argon2id$v=19$m=8,t=1,p=1$$";
        else if (kind == "overlong")
            bad = h + QString(200, QLatin1Char('A'));
        else if (kind == "unicode")
            bad = QString(h).replace(p.salt.left(1), QString::fromUtf8("ư"));
        QVERIFY(bad != h);
        QVERIFY2(!PasswordHasher::verify(password, bad), qPrintable(bad));
    }

    void dummyVerifyNeverSucceeds_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("empty") << "";
        QTest::newRow("typical") << "Tiếp nhận 2026";
        QTest::newRow("hex like the secret") << QString(64, QLatin1Char('a'));
    }

    void dummyVerifyNeverSucceeds()
    {
        QFETCH(QString, password);
        QVERIFY(!PasswordHasher::verifyDummy(password));
        PasswordHasher::setCost(PasswordHasher::Cost::Interactive);
        QVERIFY(!PasswordHasher::verifyDummy(password));
    }

    void needsRehashWhenCostChanges()
    {
        const QString cheap = hashOrFail("Một cửa liên thông");
        QVERIFY(!PasswordHasher::needsRehash(cheap)); // current cost: Minimum
        PasswordHasher::setCost(PasswordHasher::Cost::Interactive);
        QVERIFY(PasswordHasher::needsRehash(cheap));
        QVERIFY(PasswordHasher::verify("Một cửa liên thông", cheap)); // old hashes still verify
        QVERIFY(PasswordHasher::needsRehash(QString()));
        QVERIFY(PasswordHasher::needsRehash("$2y$10$abcdefghijklmnopqrstuv")); // bcrypt: not ours
    }

    void policyAccepts_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("8 ascii") << "k9#Lm2qZ";
        QTest::newRow("Vietnamese passphrase") << "Hà Nội mùa thu 2027";
        QTest::newRow("8 Vietnamese letters") << "đường ốp";
        QTest::newRow("128 chars") << QString("aB3$").repeated(32);
        QTest::newRow("8 chars in decomposed form")
            << QString::fromUtf8("ắằẳẵặâấầ").normalized(QString::NormalizationForm_D);
    }

    void policyAccepts()
    {
        QFETCH(QString, password);
        const Status st = PasswordHasher::checkPolicy(password);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
    }

    void policyRejects_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << ""
                               << "password_too_short";
        QTest::newRow("7 chars") << "k9#Lm2q"
                                 << "password_too_short";
        QTest::newRow("129 chars") << QString("aB3$").repeated(32) + "x"
                                   << "password_too_long";
        QTest::newRow("spaces only") << "          "
                                     << "password_blank";
        QTest::newRow("tab inside") << "abc\tdefgh"
                                    << "password_control_char";
        QTest::newRow("newline inside") << "abcdefgh\n"
                                        << "password_control_char";
        QTest::newRow("one repeated char") << "aaaaaaaaaa"
                                           << "password_weak";
        QTest::newRow("repeated đ") << "đđđđđđđđ"
                                    << "password_weak";
        QTest::newRow("common 12345678") << "12345678"
                                         << "password_common";
        QTest::newRow("common Password") << "Password"
                                         << "password_common";
        QTest::newRow("common matkhau123") << "MatKhau123"
                                           << "password_common";
        QTest::newRow("common with spaces") << "admin 123"
                                            << "password_common";
    }

    void policyRejects()
    {
        QFETCH(QString, password);
        QFETCH(QString, code);
        const Status st = PasswordHasher::checkPolicy(password);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, ErrorKind::Invalid);
        QCOMPARE(st.error().field, QString("password"));
        QCOMPARE(st.error().code, code);
        QVERIFY(!st.error().message.isEmpty());
    }

    void policyLengthCountsCharactersNotBytes()
    {
        // 7 Vietnamese letters are 7 characters (but up to 21 UTF-8 bytes): too short.
        const Status st = PasswordHasher::checkPolicy(QString::fromUtf8("ướcđượg"));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, QString("password_too_short"));
        // Decomposed input is measured after NFC normalisation: 7 letters, still too short.
        const Status st2
            = PasswordHasher::checkPolicy(QString::fromUtf8("ướcđượg").normalized(QString::NormalizationForm_D));
        QVERIFY(!st2.ok());
    }

    void policyRejectsLoginInPassword()
    {
        QVERIFY(PasswordHasher::checkPolicy("Xanh lá 2027", "hoanglan").ok());
        const Status st = PasswordHasher::checkPolicy("HoangLan2027", "hoanglan");
        QVERIFY(!st.ok());
        QCOMPARE(st.error().field, QString("password"));
        QCOMPARE(st.error().code, QString("password_contains_login"));
        QVERIFY(st.error().message.contains("hoanglan"));
        // The general rules still apply first.
        QCOMPARE(PasswordHasher::checkPolicy("short", "hoanglan").error().code, QString("password_too_short"));
        // Very short logins are not matched (every password would contain "a").
        QVERIFY(PasswordHasher::checkPolicy("Xanh lá 2027", "a").ok());
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "test_passwordhasher.moc"
