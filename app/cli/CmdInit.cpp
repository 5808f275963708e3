// `motcua init`: create the data dir, the database (latest schema), the seeded procedure catalogue and
// the first administrator account.
#include "app/cli/CmdStoreCommon.h"

#include "core/Startup.h"
#include "core/auth/PasswordHasher.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace motcua::cli {
namespace {

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString p;
    for (int i = 0; i < 16; ++i)
        p += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return p;
}

int runInit(CliContext& ctx)
{
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    // A new data folder is user-only (0700); the process umask (Startup) keeps its files 0600.
    if (auto created = Startup::ensureDataDir(ctx.dataDir); !created)
        return ctx.fail(created.error());
    auto opened = store::Store::open(storeDbPath(ctx));
    if (!opened)
        return ctx.fail(opened.error());
    store::Store& store = *opened.value();
    if (auto s = store.setSite(ctx.site); !s)
        return ctx.fail(s.error());
    if (store.hasUsers())
        return ctx.fail(Error::invalid(QStringLiteral("data_dir"),
            QCoreApplication::translate("cli",
                "%1 is already initialised; use another "
                "--data-dir or add users with `motcua user add`")
                .arg(ctx.dataDir),
            QStringLiteral("already_initialised")));
    QString password = newPasswordFromEnv();
    const bool generated = password.isEmpty();
    if (generated)
        password = randomPassword();
    auto admin = store.createFirstAdmin(
        QStringLiteral("admin"), QCoreApplication::translate("cli", "Administrator"), password);
    if (!admin)
        return ctx.fail(admin.error());
    // The data folder belongs to this site's agency from now on (`motcua site rebind` changes it).
    if (auto bound = store.bindSite(admin.value(), ctx.site); !bound)
        return ctx.fail(bound.error());
    auto seeded = store.seedCatalogue(ctx.clock().today());
    if (!seeded)
        return ctx.fail(seeded.error());
    QJsonObject out { { QStringLiteral("data_dir"), ctx.dataDir }, { QStringLiteral("database"), storeDbPath(ctx) },
        { QStringLiteral("schema_version"), store.schemaVersion() },
        { QStringLiteral("admin_login"), QStringLiteral("admin") }, { QStringLiteral("agency"), ctx.site.agencyCode },
        { QStringLiteral("catalogue"), seeded->toJson() } };
    if (generated)
        out.insert(QStringLiteral("admin_password"), password); // printed once, never stored in clear
    ctx.printJson(out);
    return ExitOk;
}

const CommandRegistrar registerInit({ QStringLiteral("init"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Create the data folder, database and first administrator.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua init [--data-dir DIR] [--site FILE]\n\n"
        "Creates the database with the built-in procedure catalogue (valid from today) and "
        "the account \"admin\". Its password is MOTCUA_PASSWORD_NEW when set, else a random "
        "one printed once as \"admin_password\".\n"
        "Prints JSON: {\"data_dir\", \"database\", \"schema_version\", \"admin_login\", "
        "\"catalogue\", [\"admin_password\"]}.")),
    runInit });

} // namespace
} // namespace motcua::cli
