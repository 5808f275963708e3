// `motcua person export|erase --id N`: one person's personal data (Decree 13/2023/NĐ-CP): everything the
// store holds about them as JSON, or its erasure on a supervisor's decision (docs/personal-data.md).
#include "app/cli/CmdStoreCommon.h"

namespace motcua::cli {
namespace {

int runPerson(CliContext& ctx)
{
    const QString sub = ctx.args.takePositional().value_or(QString());
    const QString id = ctx.args.takeOption(QStringLiteral("--id")).value_or(QString());
    const QString reason = sub == QLatin1String("erase")
        ? ctx.args.takeOption(QStringLiteral("--reason")).value_or(QString())
        : QString();
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if ((sub != QLatin1String("export") && sub != QLatin1String("erase")) || id.isEmpty())
        return ctx.fail(Error::usage(QCoreApplication::translate(
            "cli", "Usage: motcua person export --id ID_NUMBER | motcua person erase --id ID_NUMBER --reason TEXT")));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    store::Store& db = *session->store;
    if (sub == QLatin1String("export")) {
        auto data = db.exportPerson(session->actor, id);
        if (!data)
            return ctx.fail(data.error());
        ctx.printJson(data.value());
        return ExitOk;
    }
    auto erased = db.erasePerson(session->actor, id, reason);
    if (!erased)
        return ctx.fail(erased.error());
    ctx.printJson(erased->toJson());
    return ExitOk;
}

const CommandRegistrar registerPerson({ QStringLiteral("person"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Export or erase one person's personal data (Decree 13/2023).")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua person export --id ID_NUMBER\nmotcua person erase --id ID_NUMBER --reason TEXT\n\n"
        "export prints everything the desk holds about the citizen with that ID number: their details and every "
        "dossier they appear in (as applicant, owner or collector of the result) with its files' references. "
        "erase replaces their name, ID number, birth date, phone, e-mail and address in those dossiers by a "
        "marker, removes them from notes, history and the messages waiting for the central system, and deletes "
        "the content of the papers that are theirs alone; the dossier's code, procedure, dates and states stay. "
        "Both are audited; erase needs the reason (the request and its reference). Supervisors only.")),
    runPerson });

} // namespace
} // namespace motcua::cli
