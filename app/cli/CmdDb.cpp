// `motcua db check|backup`: integrity check with the store's own invariants, and online backup.
#include "app/cli/CmdStoreCommon.h"
#include "core/Startup.h"
#include "core/store/BackupSet.h"
#include "core/store/DbFile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {
namespace {

// Moves the database (and its WAL and shared-memory files) aside as `kept`.
Status keepAside(const QString& db, const QString& kept)
{
    for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm"), QString() }) {
        if (QFileInfo::exists(db + suffix) && !QFile::rename(db + suffix, kept + suffix))
            return Error::environment(QStringLiteral("database"),
                QCoreApplication::translate("cli", "Cannot move %1 aside; nothing was restored").arg(db + suffix),
                QStringLiteral("storage"));
    }
    return {};
}

// `db restore FILE [--force]`: refuses a damaged FILE and never replaces a database without --force;
// the replaced one is kept beside it. The --user signs in on the restored copy (an administrator there).
int runRestore(CliContext& ctx, const QString& source, bool force)
{
    // A backup folder (database, stored files, manifest) or, as made before backups held files, a database file.
    const bool folder = store::BackupSet::isBackupFolder(source);
    const QString file = folder ? QDir(source).filePath(QString::fromLatin1(store::BackupSet::kDatabase)) : source;
    if (!QFileInfo(file).isFile())
        return ctx.fail(Error::invalid(QStringLiteral("file"),
            QCoreApplication::translate("cli", "The backup %1 does not exist").arg(source),
            QStringLiteral("not_found")));
    QStringList damage = folder ? store::BackupSet::verify(source) : QStringList();
    if (damage.isEmpty())
        damage = store::DbFile::inspect(file);
    if (!damage.isEmpty()) {
        ctx.printJson(QJsonObject {
            { QStringLiteral("ok"), false }, { QStringLiteral("problems"), QJsonArray::fromStringList(damage) } });
        for (const QString& p : damage)
            ctx.message(p);
        return ExitRejected;
    }
    const QString live = storeDbPath(ctx);
    if (QFileInfo::exists(live) && !force)
        return ctx.fail(Error::invalid(QStringLiteral("file"),
            QCoreApplication::translate("cli",
                "%1 already holds a database; give --force to replace it (it is kept "
                "beside as .before-restore-...)")
                .arg(ctx.dataDir),
            QStringLiteral("target_exists")));
    if (auto made = Startup::ensureDataDir(ctx.dataDir); !made)
        return ctx.fail(made.error());
    const QString staging = live + QStringLiteral(".restoring");
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(staging + suffix);
    if (auto s = store::Store::copyDatabase(file, staging); !s)
        return ctx.fail(s.error());
    const QString kept = QFileInfo::exists(live) ? live + QStringLiteral(".before-restore-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                                 : QString();
    QJsonObject out;
    bool ok = true;
    int filesRestored = 0;
    {
        auto opened = store::Store::open(staging);
        if (!opened)
            return ctx.fail(opened.error());
        store::Store& db = *opened.value();
        auto actor = signIn(ctx, db);
        Status allowed = actor ? db.setSite(ctx.site) : Status(actor.error());
        if (allowed && actor)
            allowed = db.authorize(actor.value(), auth::Action::BackupDatabase);
        if (!allowed) {
            opened.value().reset();
            QFile::remove(staging);
            return ctx.fail(allowed.error());
        }
        // The files first (then checked with the database): a restored database never references a
        // file that is not there.
        if (folder) {
            auto copied = store::BackupSet::restoreFiles(source, ctx.dataDir);
            if (!copied) {
                opened.value().reset();
                QFile::remove(staging);
                return ctx.fail(copied.error());
            }
            filesRestored = copied.value();
        }
        auto report = db.check(actor.value(), true);
        if (!report)
            return ctx.fail(report.error());
        ok = report->problems.size() == report->orphans.size();
        // Codes issued after the backup stay issued: the replaced database's counters carry over.
        if (!kept.isEmpty())
            if (auto s = db.adoptCodeCounters(live); !s)
                return ctx.fail(s.error());
        if (auto s = db.recordRestore(actor.value(), QFileInfo(source).absoluteFilePath(), kept); !s)
            return ctx.fail(s.error());
        out = report->toJson();
    }
    if (!kept.isEmpty())
        if (auto s = keepAside(live, kept); !s)
            return ctx.fail(s.error());
    if (!QFile::rename(staging, live))
        return ctx.fail(Error::environment(QStringLiteral("database"),
            QCoreApplication::translate("cli", "Cannot move the restored database into place at %1").arg(live),
            QStringLiteral("storage")));
    out.insert(QStringLiteral("restored"), QFileInfo(source).absoluteFilePath());
    out.insert(QStringLiteral("files_restored"), filesRestored);
    out.insert(QStringLiteral("database"), live);
    out.insert(QStringLiteral("previous"), kept.isEmpty() ? QJsonValue() : QJsonValue(kept));
    ctx.printJson(out);
    return ok ? ExitOk : ExitRejected;
}

// `db backup FOLDER` or `db backup --rotate DIR --keep N`: a new backup folder with the stored files;
// never over anything that exists.
int runBackup(CliContext& ctx, store::Store& db, const store::Actor& actor, const QString& target, bool rotate,
    const std::optional<QString>& keep)
{
    bool keepOk = true;
    const int keepN = keep ? keep->toInt(&keepOk) : 7;
    if (!keepOk)
        return ctx.fail(Error::usage(QCoreApplication::translate("cli", "--keep takes a number of backups")));
    auto made = rotate ? db.rotatingBackup(actor, target, keepN) : db.backupWithFiles(actor, target);
    if (!made)
        return ctx.fail(made.error());
    ctx.printJson(made->toJson());
    return ExitOk;
}

// `db purge [--dry-run]`: personal data of finished dossiers past the site's retention period.
int runPurge(CliContext& ctx, bool dryRun)
{
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto purged = session->store->purgePersonalData(session->actor, dryRun);
    if (!purged)
        return ctx.fail(purged.error());
    ctx.printJson(purged->toJson());
    return ExitOk;
}

int runDb(CliContext& ctx)
{
    const QString sub = ctx.args.takePositional().value_or(QString());
    const auto rotate = sub == QLatin1String("backup") ? ctx.args.takeOption(QStringLiteral("--rotate")) : std::nullopt;
    const auto keep = rotate ? ctx.args.takeOption(QStringLiteral("--keep")) : std::nullopt;
    const auto file = (sub == QLatin1String("backup") && !rotate) || sub == QLatin1String("restore")
        ? ctx.args.takePositional()
        : rotate;
    const bool skipFiles = ctx.args.takeFlag(QStringLiteral("--skip-files"));
    const bool force = ctx.args.takeFlag(QStringLiteral("--force"));
    const bool repair = sub == QLatin1String("check") && ctx.args.takeFlag(QStringLiteral("--repair"));
    const bool dryRun = sub == QLatin1String("purge") && ctx.args.takeFlag(QStringLiteral("--dry-run"));
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (sub == QLatin1String("purge"))
        return runPurge(ctx, dryRun);
    if (sub != QLatin1String("check") && !file)
        return ctx.fail(Error::usage(QCoreApplication::translate("cli",
            "Usage: motcua db check [--repair] | motcua db backup FOLDER | motcua db backup --rotate DIR --keep N | "
            "motcua db restore BACKUP [--force] | motcua db purge [--dry-run]")));
    if (sub == QLatin1String("backup") && force)
        return ctx.fail(Error::usage(QCoreApplication::translate(
            "cli", "A backup never replaces anything: give a new folder (or use --rotate DIR --keep N)")));
    if (sub == QLatin1String("restore"))
        return runRestore(ctx, *file, force);
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
        if (repair && skipFiles)
            return ctx.fail(Error::usage(
                QCoreApplication::translate("cli", "--repair needs the stored files checked; drop --skip-files")));
        QStringList removed;
        if (repair) {
            auto done = db.removeOrphanFiles(actor);
            if (!done)
                return ctx.fail(done.error());
            removed = done.value();
        }
        auto report = db.check(actor, !skipFiles);
        if (!report)
            return ctx.fail(report.error());
        report->removed = removed;
        ctx.printJson(report->toJson());
        for (const QString& p : report->problems)
            ctx.message(p);
        return report->ok() ? ExitOk : ExitRejected;
    }
    return runBackup(ctx, db, actor, *file, rotate.has_value(), keep);
}

const CommandRegistrar registerDb({ QStringLiteral("db"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Check the database or back it up online.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua db check [--skip-files] [--repair]\nmotcua db backup FOLDER\nmotcua db backup --rotate DIR [--keep N]\n"
        "motcua db restore BACKUP [--force]\nmotcua db purge [--dry-run]\n\n"
        "check runs SQLite's integrity and foreign-key checks plus the store's own "
        "invariants (states, history, code counters, search index, pauses, outbox, stored "
        "files and their SHA-256, audit chain); exit 1 when a problem is found, also when the file "
        "is damaged (read only: never created or repaired). --repair first removes stored files no dossier "
        "references (left by an interrupted intake; audited) and lists them as \"removed_files\". backup makes "
        "the new folder FOLDER with the database (SQLite's online backup, safe while the desk is in use), every "
        "stored file it references and manifest.json with their SHA-256; readable by its owner only, never over "
        "anything that exists; a missing or damaged stored file fails it (exit 3) and leaves nothing. --rotate "
        "makes a new backup folder in DIR and removes the oldest beyond the newest N (default 7), for cron. "
        "restore takes a backup folder (or a database file) and refuses a damaged one, copies its stored files "
        "back, replaces the data folder's database "
        "only with --force (the replaced one is kept beside it as motcua.db.before-restore-TIME), checks the "
        "restored copy and records the restore in its audit log. Needs an administrator. purge erases the personal "
        "data of finished dossiers not changed for the site's personal_data.retention_days (docs/personal-data.md); "
        "--dry-run only lists them; a supervisor or an administrator.")),
    runDb });

} // namespace
} // namespace motcua::cli
