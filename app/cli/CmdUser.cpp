// `motcua user add|list|unlock|disable|enable|passwd`: user accounts and roles (administrators; anyone
// signed in may change their own password).
#include "app/cli/CmdStoreCommon.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {
namespace {

// The new password for passwd: MOTCUA_PASSWORD_NEW, else a silent prompt on the terminal.
QString promptNewPassword(const QString& login)
{
    const QString env = newPasswordFromEnv();
    if (!env.isEmpty())
        return env;
    return promptSilently(QCoreApplication::translate("cli", "New password for %1: ").arg(login));
}

// unlock|disable|enable|passwd LOGIN
int runUserAdmin(CliContext& ctx, const QString& sub)
{
    const auto login = ctx.args.takePositional();
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (!login)
        return ctx.fail(Error::usage(
            QCoreApplication::translate("cli", "Usage: motcua user %1 LOGIN (see motcua help user)").arg(sub)));
    QString password;
    if (sub == QLatin1String("passwd")) {
        password = promptNewPassword(*login);
        if (password.isEmpty())
            return ctx.fail(Error::usage(QCoreApplication::translate(
                "cli", "Set the new password in MOTCUA_PASSWORD_NEW or run in a terminal")));
    }
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    store::Store& db = *session->store;
    const store::Actor& actor = session->actor;
    Status s;
    if (sub == QLatin1String("unlock"))
        s = db.unlockUser(actor, *login);
    else if (sub == QLatin1String("disable") || sub == QLatin1String("enable"))
        s = db.setUserDisabled(actor, *login, sub == QLatin1String("disable"));
    else
        s = db.changePassword(actor, *login, password);
    if (!s)
        return ctx.fail(s.error());
    ctx.printJson(QJsonObject { { QStringLiteral("login"), *login }, { QStringLiteral("done"), sub } });
    return ExitOk;
}

int runUser(CliContext& ctx)
{
    const QString sub = ctx.args.takePositional().value_or(QString());
    if (sub == QLatin1String("add")) {
        const auto login = ctx.args.takePositional();
        const auto name = ctx.args.takeOption(QStringLiteral("--name"));
        const auto role = ctx.args.takeOption(QStringLiteral("--role"));
        if (auto done = ctx.args.checkDone(); !done)
            return ctx.fail(done.error());
        if (!login || !name || !role)
            return ctx.fail(Error::usage(QCoreApplication::translate(
                "cli", "Usage: motcua user add LOGIN --name \"FULL NAME\" --role clerk|postal|supervisor|admin")));
        const auto r = auth::roleFromName(*role);
        if (!r)
            return ctx.fail(Error::invalid(QStringLiteral("role"),
                QCoreApplication::translate("cli",
                    "Unknown role \"%1\": use clerk, postal, "
                    "supervisor or admin")
                    .arg(*role),
                QStringLiteral("invalid_role")));
        const QString password = newPasswordFromEnv();
        if (password.isEmpty())
            return ctx.fail(
                Error::usage(QCoreApplication::translate("cli", "Set the new user's password in MOTCUA_PASSWORD_NEW")));
        auto session = openSession(ctx);
        if (!session)
            return ctx.fail(session.error());
        store::Store& db = *session->store;
        const store::Actor& actor = session->actor;
        if (auto s = db.addUser(actor, *login, *name, *r, password); !s)
            return ctx.fail(s.error());
        ctx.printJson(QJsonObject { { QStringLiteral("login"), *login }, { QStringLiteral("name"), name->trimmed() },
            { QStringLiteral("role"), auth::roleName(*r) } });
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        if (auto done = ctx.args.checkDone(); !done)
            return ctx.fail(done.error());
        auto session = openSession(ctx);
        if (!session)
            return ctx.fail(session.error());
        store::Store& db = *session->store;
        const store::Actor& actor = session->actor;
        auto users = db.users(actor);
        if (!users)
            return ctx.fail(users.error());
        QJsonArray list;
        for (const store::UserInfo& u : users.value())
            list.append(u.toJson());
        ctx.printJson(list);
        return ExitOk;
    }
    if (sub == QLatin1String("unlock") || sub == QLatin1String("disable") || sub == QLatin1String("enable")
        || sub == QLatin1String("passwd"))
        return runUserAdmin(ctx, sub);
    return ctx.fail(Error::usage(QCoreApplication::translate(
        "cli", "Usage: motcua user add|list|unlock|disable|enable|passwd (see motcua help user)")));
}

const CommandRegistrar registerUser({ QStringLiteral("user"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Add, list, unlock, disable and enable user accounts, change passwords.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua user add LOGIN --name \"FULL NAME\" --role clerk|postal|supervisor|admin\n"
        "motcua user list\n"
        "motcua user unlock LOGIN     clear the failed sign-ins and the lock\n"
        "motcua user disable LOGIN    the account can no longer sign in\n"
        "motcua user enable LOGIN     allow the account to sign in again\n"
        "motcua user passwd LOGIN     set a new password (and clear the lock)\n\n"
        "Needs --user of an administrator (password in MOTCUA_PASSWORD); anyone may change "
        "their own password with passwd. The new password comes from MOTCUA_PASSWORD_NEW (passwd "
        "also asks for it at a terminal) and is stored as an Argon2id hash.")),
    runUser });

} // namespace
} // namespace motcua::cli
