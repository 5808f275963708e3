// Helpers shared by the store commands (init, user, catalogue, dossier, audit, db, dev): open the
// data dir's database with the site applied, and sign in the --user.
#pragma once

#include "app/cli/Command.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFileInfo>

namespace motcua::cli {

inline QString storeDbPath(const CliContext& ctx)
{
    return QDir(ctx.dataDir).filePath(QStringLiteral("motcua.db"));
}

// What a command needs of the store: Lookup commands (show, search, tracking book, audit verify) still
// work on a read-only data folder (a disk mounted read-only), opened read-only; Change commands get the
// read-only error (exit 3) before they start.
enum class StoreAccess { Change, Lookup };

inline Result<std::unique_ptr<store::Store>> openStore(const CliContext& ctx, StoreAccess access = StoreAccess::Change)
{
    if (!QFileInfo::exists(storeDbPath(ctx)))
        return Error::environment(QStringLiteral("data_dir"),
            QCoreApplication::translate("cli", "No database in %1; run `motcua init` first").arg(ctx.dataDir),
            QStringLiteral("not_initialised"));
    auto s = store::Store::open(storeDbPath(ctx));
    if (!s && s.error().code == QLatin1String("read_only") && access == StoreAccess::Lookup) {
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        s = store::Store::open(storeDbPath(ctx), readOnly);
    }
    if (!s)
        return s.error();
    if (auto st = s.value()->setSite(ctx.site); !st)
        return st.error();
    return std::move(s.value());
}

inline Result<store::Actor> signIn(const CliContext& ctx, store::Store& store)
{
    if (ctx.user.isEmpty())
        return Error::usage(QCoreApplication::translate("cli",
                                "This command needs --user LOGIN (and the password in "
                                "MOTCUA_PASSWORD or at the prompt)"),
            QStringLiteral("user_required"));
    const QString password = ctx.password();
    if (password.isEmpty())
        return Error::permission(QStringLiteral("password"),
            QCoreApplication::translate("cli",
                "No password for %1: set MOTCUA_PASSWORD or run "
                "in a terminal")
                .arg(ctx.user),
            QStringLiteral("password_required"));
    return store.authenticate(ctx.user, password);
}

// An open store with the --user signed in: what every command that reads or changes data needs.
struct StoreSession {
    std::unique_ptr<store::Store> store;
    store::Actor actor;
};

inline Result<StoreSession> openSession(const CliContext& ctx, StoreAccess access = StoreAccess::Change)
{
    auto opened = openStore(ctx, access);
    if (!opened)
        return opened.error();
    auto actor = signIn(ctx, *opened.value());
    if (!actor)
        return actor.error();
    return StoreSession { std::move(opened.value()), actor.value() };
}

// The new password for init and user add: MOTCUA_PASSWORD_NEW, else empty (the caller decides).
inline QString newPasswordFromEnv()
{
    return qEnvironmentVariable("MOTCUA_PASSWORD_NEW");
}

} // namespace motcua::cli
