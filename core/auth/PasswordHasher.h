// PasswordHasher: Argon2id password hashes (libsodium crypto_pwhash_str) and the password policy.
// The encoded string ("$argon2id$v=19$m=...,t=...,p=1$salt$hash") carries its own salt and cost, so
// the users table stores just that string. Passwords are NFC-normalised UTF-8 before hashing, so a
// password typed with a composed or a decomposed Vietnamese keyboard (Unikey, macOS) matches.
#pragma once

#include "core/Result.h"

#include <QString>

namespace motcua::auth {

class PasswordHasher
{
public:
    // Cost of new hashes. Product = libsodium's INTERACTIVE limits (t=2, 64 MiB) or higher;
    // Moderate = libsodium MODERATE (t=3, 256 MiB); Minimum exists for tests only (t=1, 8 KiB) so a
    // suite hashing hundreds of passwords stays fast. verify() accepts hashes of any cost.
    enum class Cost { Minimum, Interactive, Moderate };

    static constexpr int kMinLength = 8;
    static constexpr int kMaxLength = 128;

    // Argon2id encoded string of the password; Error::environment when libsodium cannot be
    // initialised or runs out of memory.
    static Result<QString> hash(const QString& password);
    // True only for a well-formed Argon2id string that matches the password.
    static bool verify(const QString& password, const QString& encoded);
    // For a login that does not exist: spends the same time as verify() at the current cost and
    // returns false, so the answer time does not tell an attacker which logins exist.
    static bool verifyDummy(const QString& password);
    // True when the encoded hash is not Argon2id or was made with another cost than the current one
    // (the store re-hashes after a successful login).
    static bool needsRehash(const QString& encoded);

    // Policy for a new password: kMinLength..kMaxLength characters, not only spaces, not one repeated
    // character, not a well-known password. Error::invalid with field "password" saying what to do.
    static Status checkPolicy(const QString& password);
    // As above, and the password must not contain the login name.
    static Status checkPolicy(const QString& password, const QString& login);

    // Test seam: how many Argon2id verifications this process has run (verify() and verifyDummy()), so a
    // test can show that every sign-in path does the same work without measuring time.
    static quint64 verificationCount();

    // Test seam: the cost of new hashes (process-wide). Default Interactive.
    static void setCost(Cost cost);
    static Cost cost();

    // Initialises libsodium once (thread-safe); false when it cannot be initialised.
    static bool ensureSodium();
};

} // namespace motcua::auth
