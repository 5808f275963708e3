// `motcua db check|backup`: integrity check with the store's own invariants, and online backup.
#include "app/cli/CmdStoreCommon.h"
#include "core/store/DbFile.h"

#include <QJsonObject>

namespace motcua::cli {
namespace {

int runDb(CliContext& ctx)
{
    const QString sub = ctx.args.takePositional().value_or(QString());
    const auto file = sub == QLatin1String("backup") ? ctx.args.takePositional() : std::nullopt;
    const bool skipFiles = ctx.args.takeFlag(QStringLiteral("--skip-files"));
    const bool force = ctx.args.takeFlag(QStringLiteral("--force"));
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (sub != QLatin1String("check") && !(sub == QLatin1String("backup") && file))
        return ctx.fail(Error::usage(
            QCoreApplication::translate("cli", "Usage: motcua db check | motcua db backup FILE [--force]")));
    if (sub == QLatin1String("check")) {
        // Read the file only, before opening it as a store (which needs a sound file to sign in): a
        // damaged database is listed as problems (exit 1), never created, migrated or written.
        if (!QFileInfo::exists(storeDbPath(ctx)))
            return ctx.fail(Error::environment(QStringLiteral("data_dir"),
                QCoreApplication::translate("cli", "No database in %1; nothing to check").arg(ctx.dataDir),
                QStringLiteral("not_initialised")));
        store::DbCheckReport damaged;
        damaged.problems = store::DbFile::inspect(storeDbPath(ctx));
        if (!damaged.ok()) {
            ctx.printJson(damaged.toJson());
            for (const QString& p : std::as_const(damaged.problems))
                ctx.message(p);
            return ExitRejected;
        }
    }
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    store::Store& db = *session->store;
    const store::Actor& actor = session->actor;
    if (sub == QLatin1String("check")) {
        auto report = db.check(actor, !skipFiles);
        if (!report)
            return ctx.fail(report.error());
        ctx.printJson(report->toJson());
        for (const QString& p : report->problems)
            ctx.message(p);
        return report->ok() ? ExitOk : ExitRejected;
    }
    // A backup never replaces whatever is at the target (another backup, a document) unless asked to.
    if (QFileInfo::exists(*file) && !force)
        return ctx.fail(Error::invalid(QStringLiteral("file"),
            QCoreApplication::translate("cli", "%1 already exists; give --force to replace it")
                .arg(QFileInfo(*file).absoluteFilePath()),
            QStringLiteral("target_exists")));
    if (auto s = db.backup(actor, *file); !s)
        return ctx.fail(s.error());
    const QFileInfo info(*file);
    ctx.printJson(QJsonObject {
        { QStringLiteral("backup"), info.absoluteFilePath() }, { QStringLiteral("bytes"), info.size() } });
    return ExitOk;
}

const CommandRegistrar registerDb(
    { QStringLiteral("db"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Check the database or back it up online.")),
        QStringLiteral(QT_TRANSLATE_NOOP("cli",
            "motcua db check [--skip-files]\nmotcua db backup FILE [--force]\n\n"
            "check runs SQLite's integrity and foreign-key checks plus the store's own "
            "invariants (states, history, code counters, search index, pauses, outbox, stored "
            "files and their SHA-256, audit chain); exit 1 when a problem is found, also when the file "
            "is damaged (read only: never created or repaired). backup uses SQLite's online backup, "
            "safe while the desk is in use; the copy is readable by its owner only, and an existing "
            "FILE is replaced only with --force. Needs an administrator.")),
        runDb });

} // namespace
} // namespace motcua::cli
