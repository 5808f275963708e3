// Users, roles, log-in and lockout of the Store.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include "core/auth/PasswordHasher.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace motcua::store {

namespace {

Status checkLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!re.match(login).hasMatch())
        return Error::invalid(QStringLiteral("login"),
            Store::tr("The login \"%1\" is not valid: use 2-32 lower-case letters, digits, "
                      "dot, dash or underscore, starting with a letter or digit")
                .arg(login),
            QStringLiteral("invalid_login"));
    return {};
}

} // namespace

QJsonObject UserInfo::toJson() const
{
    return { { QStringLiteral("login"), login }, { QStringLiteral("name"), name },
        { QStringLiteral("role"), auth::roleName(role) }, { QStringLiteral("active"), active },
        { QStringLiteral("disabled"), !active }, { QStringLiteral("failures"), failures },
        { QStringLiteral("locked_until"),
            lockedUntilUtc.isValid() ? QJsonValue(dossier::localIso(lockedUntilUtc)) : QJsonValue() } };
}

Actor Store::systemActor()
{
    return Actor { 0, QStringLiteral("system"), QStringLiteral("System"), auth::Role::Admin };
}

Status Store::authorize(const Actor& actor, auth::Action action) const
{
    return auth::authorize(actor.role, action);
}

bool Store::hasUsers()
{
    Statement q = prepare("SELECT EXISTS(SELECT 1 FROM users)");
    return q.valid() && q.step() == SQLITE_ROW && q.i64(0) != 0;
}

Result<Actor> Store::createFirstAdmin(const QString& login, const QString& name, const QString& password)
{
    if (hasUsers())
        return Error::invalid(QStringLiteral("login"),
            tr("This database already has users; an administrator adds more in user management"),
            QStringLiteral("already_initialised"));
    const Actor system = systemActor();
    if (auto s = addUser(system, login, name, auth::Role::Admin, password); !s)
        return s.error();
    return authenticate(login, password);
}

Status Store::addUser(
    const Actor& actor, const QString& login, const QString& name, auth::Role role, const QString& password)
{
    if (auto s = authorize(actor, auth::Action::ManageUsers); !s)
        return s;
    if (auto s = checkLogin(login); !s)
        return s;
    if (name.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("name"), tr("The user's full name is required"), QStringLiteral("invalid_name"));
    if (auto s = auth::PasswordHasher::checkPolicy(password, login); !s)
        return s;
    auto hash = auth::PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    {
        Statement q = prepare("INSERT INTO users(login, name, role, password_hash, created_at) "
                              "VALUES(?1, ?2, ?3, ?4, ?5)");
        q.bind(1, login).bind(2, name.trimmed()).bind(3, auth::roleName(role)).bind(4, hash.value());
        q.bindTime(5, nowUtc());
        const int rc = q.step();
        if ((rc & 0xff) == SQLITE_CONSTRAINT)
            return Error::invalid(QStringLiteral("login"),
                tr("A user with the login \"%1\" already exists; choose another login").arg(login),
                QStringLiteral("duplicate_login"));
        if (rc != SQLITE_DONE)
            return sqlError(tr("adding a user"));
    }
    if (auto s = appendAudit(actor, QStringLiteral("user_add"), QStringLiteral("user"), login,
            { { QStringLiteral("name"), name.trimmed() }, { QStringLiteral("role"), auth::roleName(role) } });
        !s)
        return s;
    if (auto s = fault(QStringLiteral("user_add.commit")); !s)
        return s;
    return tx.commit();
}

Result<QList<UserInfo>> Store::users(const Actor& actor)
{
    if (auto s = authorize(actor, auth::Action::ManageUsers); !s)
        return s.error();
    Statement q = prepare("SELECT login, name, role, active, failures, locked_until FROM users ORDER BY login");
    if (!q.valid())
        return sqlError(tr("listing users"));
    QList<UserInfo> list;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        UserInfo u;
        u.login = q.text(0);
        u.name = q.text(1);
        u.role = auth::roleFromName(q.text(2)).value_or(auth::Role::Clerk);
        u.active = q.i64(3) != 0;
        u.failures = q.i32(4);
        u.lockedUntilUtc = q.time(5);
        list << u;
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("listing users"));
    return list;
}

Status Store::updateUser(const Actor& actor, const QString& login, const char* sql, const QString& auditAction,
    const QJsonObject& details, const std::function<void(Statement&)>& bind)
{
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    {
        Statement q = prepare(sql);
        if (!q.valid())
            return sqlError(tr("changing a user account"));
        q.bind(1, login);
        if (bind)
            bind(q);
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("changing a user account"));
    }
    if (sqlite3_changes(m_db) == 0)
        return Error::notFound(QStringLiteral("login"), tr("There is no user with the login \"%1\"").arg(login),
            QStringLiteral("unknown_login"));
    if (auto s = appendAudit(actor, auditAction, QStringLiteral("user"), login, details); !s)
        return s;
    if (auto s = fault(auditAction + QStringLiteral(".commit")); !s)
        return s;
    return tx.commit();
}

Status Store::unlockUser(const Actor& actor, const QString& login)
{
    if (auto s = authorize(actor, auth::Action::ManageUsers); !s)
        return s;
    m_memoryFailures.clear(); // failures only this process remembers go too
    return updateUser(actor, login,
        "UPDATE users SET failures = 0, last_failure_at = NULL, locked_until = NULL WHERE login = ?1",
        QStringLiteral("user_unlock"), {}, {});
}

Status Store::setUserDisabled(const Actor& actor, const QString& login, bool disabled)
{
    if (auto s = authorize(actor, auth::Action::ManageUsers); !s)
        return s;
    return updateUser(actor, login, "UPDATE users SET active = ?2 WHERE login = ?1",
        disabled ? QStringLiteral("user_disable") : QStringLiteral("user_enable"), {},
        [disabled](Statement& q) { q.bind(2, disabled ? 0 : 1); });
}

Status Store::changePassword(const Actor& actor, const QString& login, const QString& newPassword)
{
    const bool own = actor.userId != 0 && actor.login == login;
    if (!own) {
        if (auto s = authorize(actor, auth::Action::ManageUsers); !s)
            return s;
    }
    if (auto s = auth::PasswordHasher::checkPolicy(newPassword, login); !s)
        return s;
    auto hash = auth::PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    const QString h = hash.value();
    return updateUser(actor, login,
        "UPDATE users SET password_hash = ?2, failures = 0, last_failure_at = NULL, locked_until = NULL "
        "WHERE login = ?1",
        QStringLiteral("user_passwd"), { { QStringLiteral("own"), own } }, [h](Statement& q) { q.bind(2, h); });
}

QDateTime Store::realNowUtc() const
{
    static const SystemClock system;
    const Clock& clock = m_lockoutClock ? *m_lockoutClock : static_cast<const Clock&>(system);
    return QDateTime::fromMSecsSinceEpoch(clock.nowUtc().toMSecsSinceEpoch(), Qt::UTC);
}

// An unknown login is audited under the name "anonymous" with the login tried (cut to 64 characters,
// control characters dropped); a disk that refuses the row does not change the answer.
void Store::recordUnknownLogin(const QString& login)
{
    QString tried;
    for (QChar c : login.left(64))
        if (c.isPrint())
            tried += c;
    Transaction tx(*this);
    if (!tx.begun())
        return;
    const Actor anonymous { 0, QStringLiteral("anonymous"), QString(), auth::Role::Clerk };
    if (!appendAudit(anonymous, QStringLiteral("login_unknown"), QStringLiteral("user"), tried, {}, true))
        return;
    if (!fault(QStringLiteral("login_unknown.commit")))
        return;
    (void)tx.commit();
}

// Counts one more failure of `user` (who had `failures` before): with its audit row if the disk lets
// us, else without it, else in memory for the life of this process. Returns the error to show.
Error Store::recordFailedLogin(const Actor& user, int failures, const Error& wrong)
{
    const QDateTime now = realNowUtc();
    const int count = failures + 1;
    const QDateTime until = m_lockout.lockedUntil(count, now);
    auto write = [&](bool withAudit) -> Status {
        Transaction tx(*this);
        if (!tx.begun())
            return tx.begun();
        Statement q = prepare("UPDATE users SET failures = ?2, last_failure_at = ?3, locked_until = ?4 WHERE id = ?1");
        if (!q.valid())
            return sqlError(tr("recording the failed log-in"));
        q.bind(1, user.userId).bind(2, count).bindTime(3, now).bindTime(4, until);
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("recording the failed log-in"));
        if (withAudit) {
            if (auto s
                = appendAudit(user, until.isValid() ? QStringLiteral("user_locked") : QStringLiteral("login_failed"),
                    QStringLiteral("user"), user.login, { { QStringLiteral("failures"), count } }, true);
                !s)
                return s;
        }
        if (auto s = fault(withAudit ? QStringLiteral("login_failed.commit") : QStringLiteral("login_failed.count"));
            !s)
            return s;
        return tx.commit();
    };
    qCDebug(lcStore) << "failed sign-in counted for user" << user.userId << "failures" << count;
    if (write(true) || write(false))
        m_memoryFailures.remove(user.userId);
    else
        m_memoryFailures.insert(user.userId, MemoryFailures { count, now });
    if (until.isValid())
        return m_lockout.checkLogin(count, now, now).error();
    return wrong;
}

Result<Actor> Store::authenticate(const QString& login, const QString& password)
{
    const Error wrong = Error::permission(QStringLiteral("password"),
        tr("Wrong login or password for \"%1\"; check both and try again").arg(login),
        QStringLiteral("wrong_password"));
    Actor actor;
    QString hash;
    int failures = 0;
    QDateTime lastFailure;
    bool active = false;
    {
        Statement q = prepare("SELECT id, login, name, role, password_hash, failures, last_failure_at, "
                              "active FROM users WHERE login = ?1");
        if (!q.valid()) {
            auth::PasswordHasher::verifyDummy(password);
            return sqlError(tr("checking the password"));
        }
        q.bind(1, login);
        const int rc = q.step();
        if (rc == SQLITE_DONE) {
            auth::PasswordHasher::verifyDummy(password); // same work as a wrong password
            recordUnknownLogin(login);
            return wrong;
        }
        if (rc != SQLITE_ROW) {
            auth::PasswordHasher::verifyDummy(password);
            return sqlError(tr("checking the password"));
        }
        actor.userId = q.i64(0);
        actor.login = q.text(1);
        actor.name = q.text(2);
        actor.role = auth::roleFromName(q.text(3)).value_or(auth::Role::Clerk);
        hash = q.text(4);
        failures = q.i32(5);
        lastFailure = q.time(6);
        active = q.i64(7) != 0;
    }
    // Failures the disk refused to keep still count in this process.
    if (const auto mem = m_memoryFailures.constFind(actor.userId);
        mem != m_memoryFailures.constEnd() && mem->count > failures) {
        failures = mem->count;
        lastFailure = mem->lastUtc;
    }
    if (!active) {
        auth::PasswordHasher::verifyDummy(password); // same work as a wrong password
        return Error::permission(QStringLiteral("user"),
            tr("The account \"%1\" is disabled; ask an administrator").arg(login), QStringLiteral("account_disabled"));
    }
    if (auto s = m_lockout.checkLogin(failures, lastFailure, realNowUtc()); !s) {
        auth::PasswordHasher::verifyDummy(password); // same work as a wrong password
        return s.error();
    }

    if (!auth::PasswordHasher::verify(password, hash))
        return recordFailedLogin(actor, failures, wrong);
    if (m_readOnly) { // a read-only folder: signed in for lookup, nothing to record (Store::openReadOnly)
        m_memoryFailures.remove(actor.userId);
        return actor;
    }
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    if (failures != 0) {
        Statement q = prepare("UPDATE users SET failures = 0, last_failure_at = NULL, locked_until = NULL "
                              "WHERE id = ?1");
        q.bind(1, actor.userId);
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("recording the log-in"));
    }
    if (auth::PasswordHasher::needsRehash(hash)) {
        if (auto re = auth::PasswordHasher::hash(password)) {
            Statement q = prepare("UPDATE users SET password_hash = ?2 WHERE id = ?1");
            q.bind(1, actor.userId).bind(2, re.value());
            if (q.step() != SQLITE_DONE)
                return sqlError(tr("recording the log-in"));
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    m_memoryFailures.remove(actor.userId);
    return actor;
}

} // namespace motcua::store
