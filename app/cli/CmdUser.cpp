// `motcua user add|list`: user accounts and roles (administrators only).
#include "app/cli/CmdStoreCommon.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {
namespace {

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
    return ctx.fail(
        Error::usage(QCoreApplication::translate("cli", "Usage: motcua user add|list (see motcua help user)")));
}

const CommandRegistrar registerUser(
    { QStringLiteral("user"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Add and list user accounts (administrators).")),
        QStringLiteral(QT_TRANSLATE_NOOP("cli",
            "motcua user add LOGIN --name \"FULL NAME\" --role clerk|postal|supervisor|admin\n"
            "motcua user list\n\n"
            "Needs --user of an administrator (password in MOTCUA_PASSWORD). The new "
            "password comes from MOTCUA_PASSWORD_NEW and is stored as an Argon2id hash.")),
        runUser });

} // namespace
} // namespace motcua::cli
