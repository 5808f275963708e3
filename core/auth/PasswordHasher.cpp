#include "core/auth/PasswordHasher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

#include <sodium.h>

#include <atomic>
#include <mutex>

Q_LOGGING_CATEGORY(lcAuth, "motcua.core.auth")

namespace motcua::auth {

namespace {

std::atomic<PasswordHasher::Cost> g_cost { PasswordHasher::Cost::Interactive };
std::atomic<quint64> g_verifications { 0 };

struct Limits {
    unsigned long long ops;
    size_t mem;
};

Limits limitsFor(PasswordHasher::Cost cost)
{
    switch (cost) {
    case PasswordHasher::Cost::Minimum:
        return { crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN };
    case PasswordHasher::Cost::Interactive:
        return { crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE };
    case PasswordHasher::Cost::Moderate:
        return { crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE };
    }
    return { crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE };
}

// The bytes that are hashed: NFC-normalised UTF-8.
QByteArray passwordBytes(const QString& password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

// Passwords that appear at the top of every leaked-password list, plus local favourites. Compared
// case-insensitively after removing spaces.
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> set {
        QStringLiteral("12345678"),
        QStringLiteral("123456789"),
        QStringLiteral("1234567890"),
        QStringLiteral("password"),
        QStringLiteral("password1"),
        QStringLiteral("password123"),
        QStringLiteral("qwertyuiop"),
        QStringLiteral("qwerty123"),
        QStringLiteral("iloveyou"),
        QStringLiteral("11111111"),
        QStringLiteral("00000000"),
        QStringLiteral("87654321"),
        QStringLiteral("abc12345"),
        QStringLiteral("abcd1234"),
        QStringLiteral("admin123"),
        QStringLiteral("admin1234"),
        QStringLiteral("administrator"),
        QStringLiteral("matkhau"),
        QStringLiteral("matkhau123"),
        QStringLiteral("motcua123"),
        QStringLiteral("motcuadesk"),
        QStringLiteral("changeme"),
        QStringLiteral("welcome1"),
        QStringLiteral("letmein1"),
        QStringLiteral("1qaz2wsx"),
        QStringLiteral("zaq12wsx"),
        QStringLiteral("asdfghjkl"),
        QStringLiteral("vietnam123"),
        QStringLiteral("anhyeuem"),
        QStringLiteral("12341234"),
    };
    return set;
}

} // namespace

bool PasswordHasher::ensureSodium()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        ok = sodium_init() >= 0;
        if (!ok)
            qCCritical(lcAuth) << "libsodium could not be initialised";
    });
    return ok;
}

void PasswordHasher::setCost(Cost cost)
{
    g_cost.store(cost);
}

PasswordHasher::Cost PasswordHasher::cost()
{
    return g_cost.load();
}

Result<QString> PasswordHasher::hash(const QString& password)
{
    if (!ensureSodium())
        return Error::environment(QStringLiteral("password"),
            QCoreApplication::translate("motcua::auth",
                "The password library (libsodium) could not be started; "
                "reinstall the program or contact the administrator."),
            QStringLiteral("sodium_init"));
    const QByteArray bytes = passwordBytes(password);
    const Limits limits = limitsFor(cost());
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_argon2id_str(
            out, bytes.constData(), static_cast<unsigned long long>(bytes.size()), limits.ops, limits.mem)
        != 0) {
        qCWarning(lcAuth) << "crypto_pwhash_argon2id_str failed (out of memory?)";
        return Error::environment(QStringLiteral("password"),
            QCoreApplication::translate("motcua::auth",
                "The password could not be hashed: the computer is out of memory. "
                "Close other programs and try again."),
            QStringLiteral("hash_failed"));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& password, const QString& encoded)
{
    if (!ensureSodium())
        return false;
    const QByteArray str = encoded.toLatin1();
    // Only Argon2id strings of a sane length; libsodium wants a NUL-terminated string that fits
    // crypto_pwhash_STRBYTES.
    if (encoded.size() != str.size() || str.size() >= crypto_pwhash_STRBYTES
        || !str.startsWith(crypto_pwhash_argon2id_STRPREFIX))
        return false;
    const QByteArray bytes = passwordBytes(password);
    g_verifications.fetch_add(1, std::memory_order_relaxed);
    return crypto_pwhash_argon2id_str_verify(
               str.constData(), bytes.constData(), static_cast<unsigned long long>(bytes.size()))
        == 0;
}

quint64 PasswordHasher::verificationCount()
{
    return g_verifications.load(std::memory_order_relaxed);
}

bool PasswordHasher::verifyDummy(const QString& password)
{
    // One hash of a random secret per cost, made on first use; verifying against it costs what a
    // real verification costs and can never succeed (nobody knows the secret).
    static std::mutex mutex;
    static QString dummies[3];
    QString dummy;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        QString& slot = dummies[static_cast<int>(cost())];
        if (slot.isEmpty() && ensureSodium()) {
            unsigned char secret[32];
            randombytes_buf(secret, sizeof secret);
            if (auto h
                = hash(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(secret), sizeof secret).toHex())))
                slot = h.value();
        }
        dummy = slot;
    }
    if (!dummy.isEmpty())
        (void)verify(password, dummy);
    return false;
}

bool PasswordHasher::needsRehash(const QString& encoded)
{
    if (!ensureSodium())
        return true;
    const QByteArray str = encoded.toLatin1();
    if (encoded.size() != str.size() || str.size() >= crypto_pwhash_STRBYTES
        || !str.startsWith(crypto_pwhash_argon2id_STRPREFIX))
        return true;
    const Limits limits = limitsFor(cost());
    return crypto_pwhash_argon2id_str_needs_rehash(str.constData(), limits.ops, limits.mem) != 0;
}

Status PasswordHasher::checkPolicy(const QString& password)
{
    const QString field = QStringLiteral("password");
    const QString nfc = password.normalized(QString::NormalizationForm_C);
    const auto codePoints = nfc.toUcs4();
    const qsizetype length = codePoints.size();
    if (length < kMinLength)
        return Error::invalid(field,
            QCoreApplication::translate("motcua::auth", "The password is too short: use at least %1 characters.")
                .arg(kMinLength),
            QStringLiteral("password_too_short"));
    if (length > kMaxLength)
        return Error::invalid(field,
            QCoreApplication::translate("motcua::auth", "The password is too long: use at most %1 characters.")
                .arg(kMaxLength),
            QStringLiteral("password_too_long"));
    if (nfc.trimmed().isEmpty())
        return Error::invalid(field,
            QCoreApplication::translate(
                "motcua::auth", "The password cannot consist of spaces only: choose another one."),
            QStringLiteral("password_blank"));
    for (char32_t c : codePoints)
        if (c < 0x20 || c == 0x7f)
            return Error::invalid(field,
                QCoreApplication::translate("motcua::auth",
                    "The password contains a control character (such as a tab or a "
                    "line break): type it again without it."),
                QStringLiteral("password_control_char"));
    bool allSame = true;
    for (char32_t c : codePoints)
        if (c != codePoints.front()) {
            allSame = false;
            break;
        }
    if (allSame)
        return Error::invalid(field,
            QCoreApplication::translate("motcua::auth",
                "The password repeats a single character: choose one that is harder "
                "to guess."),
            QStringLiteral("password_weak"));
    QString folded = nfc.toLower();
    folded.remove(QLatin1Char(' '));
    if (commonPasswords().contains(folded))
        return Error::invalid(field,
            QCoreApplication::translate("motcua::auth",
                "The password is one of the most commonly used passwords: choose one "
                "that is harder to guess."),
            QStringLiteral("password_common"));
    return {};
}

Status PasswordHasher::checkPolicy(const QString& password, const QString& login)
{
    if (Status st = checkPolicy(password); !st)
        return st;
    const QString name = login.trimmed();
    if (name.size() >= 3 && password.normalized(QString::NormalizationForm_C).contains(name, Qt::CaseInsensitive))
        return Error::invalid(QStringLiteral("password"),
            QCoreApplication::translate("motcua::auth",
                "The password contains the login name \"%1\": choose one that does "
                "not.")
                .arg(name),
            QStringLiteral("password_contains_login"));
    return {};
}

} // namespace motcua::auth
