#include "core/auth/Lockout.h"

#include "core/DateFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace motcua::auth {

QDateTime LockoutPolicy::lockedUntil(int consecutiveFailures, const QDateTime& lastFailureUtc) const
{
    if (!enabled() || consecutiveFailures < maxFailures || !lastFailureUtc.isValid())
        return {};
    return lastFailureUtc.toUTC().addSecs(qint64(lockMinutes) * 60);
}

bool LockoutPolicy::isLocked(int consecutiveFailures, const QDateTime& lastFailureUtc, const QDateTime& nowUtc) const
{
    const QDateTime until = lockedUntil(consecutiveFailures, lastFailureUtc);
    if (!until.isValid())
        return false;
    // An invalid "now" must not open the account.
    if (!nowUtc.isValid())
        return true;
    // If the clock was set back before the last failure, the lock still lasts until `until`
    // (never shorter than the policy says).
    return nowUtc.toUTC() < until;
}

int LockoutPolicy::remainingAttempts(int consecutiveFailures) const
{
    if (!enabled())
        return std::numeric_limits<int>::max();
    return std::max(0, maxFailures - std::max(0, consecutiveFailures));
}

Status LockoutPolicy::checkLogin(
    int consecutiveFailures, const QDateTime& lastFailureUtc, const QDateTime& nowUtc) const
{
    if (!isLocked(consecutiveFailures, lastFailureUtc, nowUtc))
        return {};
    const QDateTime until = lockedUntil(consecutiveFailures, lastFailureUtc);
    return Error::permission(QStringLiteral("password"),
        QCoreApplication::translate("motcua::auth",
            "The account is locked after %1 wrong passwords in a row. Try again "
            "after %2, or ask an administrator to unlock it.")
            .arg(consecutiveFailures)
            .arg(displayDateTime(until)),
        QStringLiteral("account_locked"));
}

} // namespace motcua::auth
