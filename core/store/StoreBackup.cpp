// Backups with the stored files (issue 12): Store::backupWithFiles writes a BackupSet folder (database,
// files, manifest), Store::rotatingBackup a new one in a folder of backups and removes the oldest.
#include "core/store/BackupSet.h"
#include "core/store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <sqlite3.h>

namespace motcua::store {

namespace {

struct BackupSourceFile {
    QString path;
    QString sha256;
    qint64 size = 0;
};

// The stored files the snapshot `db` references, and its number of dossiers.
Result<QList<BackupSourceFile>> backupSnapshotFiles(const QString& db, qint64* dossiers)
{
    sqlite3* h = nullptr;
    QList<BackupSourceFile> files;
    bool ok = sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK;
    sqlite3_stmt* q = nullptr;
    if (ok && sqlite3_prepare_v2(h, "SELECT count(*) FROM dossiers", -1, &q, nullptr) == SQLITE_OK
        && sqlite3_step(q) == SQLITE_ROW)
        *dossiers = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    q = nullptr;
    ok = ok
        && sqlite3_prepare_v2(h,
               "SELECT path, sha256, max(size) FROM files WHERE path <> '' GROUP BY path ORDER BY path", -1, &q,
               nullptr)
            == SQLITE_OK;
    int rc = SQLITE_DONE;
    while (ok && (rc = sqlite3_step(q)) == SQLITE_ROW)
        files.append({ QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 0))),
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 1))), sqlite3_column_int64(q, 2) });
    sqlite3_finalize(q);
    sqlite3_close_v2(h);
    if (!ok || rc != SQLITE_DONE)
        return Error::environment(QStringLiteral("file"),
            Store::tr("Cannot read the backup copy %1 of the database; check the disk").arg(db),
            QStringLiteral("storage"));
    return files;
}

QString backupSha256(const QString& path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

Result<BackupReport> Store::backupWithFiles(const Actor& actor, const QString& folder)
{
    if (auto s = authorize(actor, auth::Action::BackupDatabase); !s)
        return s.error();
    const QString target = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return Error::invalid(QStringLiteral("file"),
            tr("%1 already exists; a backup never replaces anything").arg(target), QStringLiteral("target_exists"));
    if (target == dataDir() || target.startsWith(dataDir() + QLatin1Char('/')))
        return Error::invalid(QStringLiteral("file"), tr("A backup cannot be made inside the data folder"),
            QStringLiteral("invalid_target"));
    // Written beside the target and renamed into place: a backup folder is whole or absent.
    const QString staging = target + QStringLiteral(".part");
    QDir(staging).removeRecursively();
    if (!BackupSet::makePrivateDir(staging))
        return Error::environment(QStringLiteral("file"),
            tr("Cannot create the backup folder %1; check the disk and its permissions").arg(staging),
            QStringLiteral("storage"));
    auto result = writeBackup(staging);
    if (result && !QDir().rename(staging, target))
        result = Error::environment(QStringLiteral("file"), tr("Cannot move the backup into place at %1").arg(target),
            QStringLiteral("storage"));
    if (!result) {
        QDir(staging).removeRecursively();
        return result.error();
    }
    result->folder = target;
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = appendAudit(actor, QStringLiteral("backup"), QStringLiteral("database"), target,
            { { QStringLiteral("dossiers"), result->dossiers }, { QStringLiteral("files"), result->files } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<BackupReport> Store::writeBackup(const QString& staging)
{
    const QDir root(staging);
    const QString db = root.filePath(QString::fromLatin1(BackupSet::kDatabase));
    if (auto s = snapshotDatabase(db); !s)
        return s.error();
    BackupReport report;
    auto files = backupSnapshotFiles(db, &report.dossiers);
    if (!files)
        return files.error();
    report.bytes = QFileInfo(db).size();
    QJsonArray list;
    for (const BackupSourceFile& f : std::as_const(files.value())) {
        if (auto s
            = BackupSet::copyStoredFile(QDir(dataDir()).filePath(f.path), root.filePath(f.path), f.sha256, f.size);
            !s)
            return s.error();
        list.append(QJsonObject { { QStringLiteral("path"), f.path }, { QStringLiteral("sha256"), f.sha256 },
            { QStringLiteral("bytes"), f.size } });
        report.bytes += f.size;
        ++report.files;
    }
    const QJsonObject manifest { { QStringLiteral("format"), QStringLiteral("motcua-backup") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("created"), nowUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("agency"), m_site.agencyCode }, { QStringLiteral("dossiers"), report.dossiers },
        { QStringLiteral("database"),
            QJsonObject { { QStringLiteral("path"), QString::fromLatin1(BackupSet::kDatabase) },
                { QStringLiteral("sha256"), backupSha256(db) }, { QStringLiteral("bytes"), QFileInfo(db).size() } } },
        { QStringLiteral("files"), list } };
    QSaveFile out(root.filePath(QString::fromLatin1(BackupSet::kManifest)));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(manifest).toJson()) < 0 || !out.commit())
        return Error::environment(QStringLiteral("file"),
            tr("Cannot write the backup's manifest in %1: the disk is full or refuses writes").arg(staging),
            QStringLiteral("disk_full"));
    QFile::setPermissions(
        root.filePath(QString::fromLatin1(BackupSet::kManifest)), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return report;
}

Result<BackupReport> Store::rotatingBackup(const Actor& actor, const QString& dir, int keep)
{
    if (auto s = authorize(actor, auth::Action::BackupDatabase); !s)
        return s.error();
    if (keep < 1)
        return Error::invalid(QStringLiteral("keep"),
            tr("Keep at least one backup: the number of backups to keep must be 1 or more"),
            QStringLiteral("invalid_keep"));
    if (!BackupSet::makePrivateDir(QFileInfo(dir).absoluteFilePath()))
        return Error::environment(QStringLiteral("file"),
            tr("Cannot create the backup folder %1; check the disk, the share and its permissions").arg(dir),
            QStringLiteral("storage"));
    // Named by the real time: --now is a test seam, never able to reorder the backups on disk.
    auto made = backupWithFiles(actor, BackupSet::newRotationFolder(dir, QDateTime::currentDateTimeUtc()));
    if (!made)
        return made.error();
    made->removed = BackupSet::rotate(dir, keep);
    return made;
}

} // namespace motcua::store
