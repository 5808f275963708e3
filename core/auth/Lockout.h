// LockoutPolicy: after maxFailures consecutive wrong passwords an account is locked for lockMinutes
// counted from the last failure. Pure: the store keeps the counter and the time of the last failure in
// the users row and asks the policy with Clock::current().nowUtc(). A successful login resets the counter
// to 0. When the lock has run out, one more attempt is allowed; failing it locks the account again.
#pragma once

#include "core/Result.h"

#include <QDateTime>

namespace motcua::auth {

struct LockoutPolicy {
    int maxFailures = 5; // <= 0 disables locking
    int lockMinutes = 15; // <= 0 disables locking

    bool enabled() const { return maxFailures > 0 && lockMinutes > 0; }

    bool isLocked(int consecutiveFailures, const QDateTime& lastFailureUtc, const QDateTime& nowUtc) const;
    // End of the lock (UTC); an invalid QDateTime when this counter does not lock the account.
    QDateTime lockedUntil(int consecutiveFailures, const QDateTime& lastFailureUtc) const;
    // Attempts left before the account locks (0 when it locks on this count).
    int remainingAttempts(int consecutiveFailures) const;

    // OK when the account may try to log in now; otherwise Error::permission with field "password",
    // code "account_locked" and a translated message giving the local (UTC+7) time the lock ends.
    Status checkLogin(int consecutiveFailures, const QDateTime& lastFailureUtc, const QDateTime& nowUtc) const;
};

} // namespace motcua::auth
