// `motcua audit verify`: check the hash chain of the audit log and name every tampered row.
#include "app/cli/CmdStoreCommon.h"

namespace motcua::cli {
namespace {

int runAudit(CliContext& ctx)
{
    const QString sub = ctx.args.takePositional().value_or(QString());
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (sub != QLatin1String("verify"))
        return ctx.fail(Error::usage(QCoreApplication::translate("cli", "Usage: motcua audit verify")));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    store::Store& db = *session->store;
    const store::Actor& actor = session->actor;
    auto report = db.verifyAudit(actor);
    if (!report)
        return ctx.fail(report.error());
    ctx.printJson(report->toJson());
    for (const auto& f : report->findings)
        ctx.message(f.message);
    return report->ok() ? ExitOk : ExitRejected;
}

const CommandRegistrar registerAudit(
    { QStringLiteral("audit"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Verify the hash chain of the audit log.")),
        QStringLiteral(QT_TRANSLATE_NOOP("cli",
            "motcua audit verify\n\n"
            "Prints {\"ok\", \"rows\", \"head\", \"findings\": [{\"seq\", \"problem\", "
            "\"message\"}]}; problem is edited, deleted, reordered or inserted. Exit 1 when "
            "any row was tampered with. Needs a supervisor or administrator (--user).")),
        runAudit });

} // namespace
} // namespace motcua::cli
