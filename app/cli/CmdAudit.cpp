// `motcua audit verify`: check the hash chain of the audit log and name every tampered row.
#include "app/cli/CmdStoreCommon.h"

#include "sync/AuditAnchors.h"
#include "sync/DeskCredential.h"

namespace motcua::cli {
namespace {

int runAudit(CliContext& ctx)
{
    const QString sub = ctx.args.takePositional().value_or(QString());
    const bool againstCentral = ctx.args.takeFlag(QStringLiteral("--against-central"));
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (sub != QLatin1String("verify"))
        return ctx.fail(Error::usage(QCoreApplication::translate("cli", "Usage: motcua audit verify")));
    auto session = openSession(ctx, StoreAccess::Lookup);
    if (!session)
        return ctx.fail(session.error());
    store::Store& db = *session->store;
    const store::Actor& actor = session->actor;
    auto report = db.verifyAudit(actor);
    if (!report)
        return ctx.fail(report.error());
    qsizetype anchors = -1;
    if (againstCentral) { // the heads central kept from this desk's syncs (docs/sync-protocol.md)
        auto credential = sync::DeskCredential::read(ctx.dataDir);
        if (!credential)
            return ctx.fail(credential.error());
        auto fetched = sync::AuditAnchors::fetch(ctx.site.centralUrl, credential.value(),
            ctx.site.section(QStringLiteral("sync")).value(QStringLiteral("ca_file")).toString());
        if (!fetched)
            return ctx.fail(fetched.error());
        auto findings = db.checkAnchors(actor, fetched.value());
        if (!findings)
            return ctx.fail(findings.error());
        report->findings << findings.value();
        anchors = fetched->size();
    }
    QJsonObject json = report->toJson();
    if (anchors >= 0)
        json.insert(QStringLiteral("anchors_checked"), anchors);
    ctx.printJson(json);
    for (const auto& f : report->findings)
        ctx.message(f.message);
    return report->ok() ? ExitOk : ExitRejected;
}

const CommandRegistrar registerAudit(
    { QStringLiteral("audit"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Verify the hash chain of the audit log.")),
        QStringLiteral(QT_TRANSLATE_NOOP("cli",
            "motcua audit verify [--against-central]\n\n"
            "Prints {\"ok\", \"rows\", \"head\", \"findings\": [{\"seq\", \"problem\", "
            "\"message\"}]}; problem is edited, deleted, reordered or inserted. Exit 1 when "
            "any row was tampered with. Needs a supervisor or administrator (--user).\n"
            "--against-central: also checks each audit head central kept from this desk's syncs is still in the "
            "log at its position (a log edited and sealed again is caught: anchor_mismatch, anchor_missing); "
            "adds \"anchors_checked\".")),
        runAudit });

} // namespace
} // namespace motcua::cli
