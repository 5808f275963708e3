// `motcua site show|rebind`: the agency the data folder is bound to, and (administrators) binding it to
// the agency of the current --site file.
#include "app/cli/CmdStoreCommon.h"

#include <QJsonObject>

namespace motcua::cli {
namespace {

int runSite(CliContext& ctx)
{
    const QString sub = ctx.args.takePositional().value_or(QString());
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (sub != QLatin1String("show") && sub != QLatin1String("rebind"))
        return ctx.fail(
            Error::usage(QCoreApplication::translate("cli", "Usage: motcua site show|rebind (see motcua help site)")));
    if (!QFileInfo::exists(storeDbPath(ctx)))
        return ctx.fail(Error::environment(QStringLiteral("data_dir"),
            QCoreApplication::translate("cli", "No database in %1; run `motcua init` first").arg(ctx.dataDir),
            QStringLiteral("not_initialised")));
    // Opened without applying the site: rebinding is what a mismatching site file needs.
    auto opened = store::Store::open(storeDbPath(ctx));
    if (!opened)
        return ctx.fail(opened.error());
    store::Store& db = *opened.value();
    auto actor = signIn(ctx, db);
    if (!actor)
        return ctx.fail(actor.error());
    auto before = db.boundAgency();
    if (!before)
        return ctx.fail(before.error());
    if (sub == QLatin1String("rebind")) {
        if (auto s = db.bindSite(actor.value(), ctx.site); !s)
            return ctx.fail(s.error());
    } else if (auto s = db.authorize(actor.value(), auth::Action::ManageUsers); !s) {
        return ctx.fail(s.error());
    }
    auto after = db.boundAgency();
    if (!after)
        return ctx.fail(after.error());
    ctx.printJson(QJsonObject { { QStringLiteral("bound_agency"), after.value() },
        { QStringLiteral("previous_agency"), before.value() }, { QStringLiteral("site_agency"), ctx.site.agencyCode },
        { QStringLiteral("matches"), after.value() == ctx.site.agencyCode } });
    return ExitOk;
}

const CommandRegistrar registerSite({ QStringLiteral("site"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Show or change the agency the data folder is bound to.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua site show      the agency bound to the data folder and the --site file's agency\n"
        "motcua site rebind    bind the data folder to the --site file's agency (administrators; audited)\n\n"
        "`motcua init` binds the data folder to the agency of its site file; every later command refuses a "
        "site file of another agency (code site_mismatch) until an administrator rebinds it.\n"
        "Prints JSON: {\"bound_agency\", \"previous_agency\", \"site_agency\", \"matches\"}.")),
    runSite });

} // namespace
} // namespace motcua::cli
