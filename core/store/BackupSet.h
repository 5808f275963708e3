// BackupSet: a backup of a desk's data folder as a folder of its own: the database (SQLite's online
// backup), every stored file the database references (files/ab/<sha256>, as in the data folder) and
// manifest.json with each one's SHA-256 and size. Folders 0700, files 0600; a backup is written beside
// its target and renamed into place, so a backup folder is whole or absent. Store::backupWithFiles makes
// one; `motcua db restore` checks one with verify() and copies its files back with restoreFiles().
// Rotation: newest first, names "motcua-backup-<UTC time>", the oldest beyond `keep` removed.
// Details: docs/store.md, "Backups".
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace motcua::store {

struct BackupReport {
    QString folder; // absolute path of the backup folder
    qint64 dossiers = 0;
    int files = 0;
    qint64 bytes = 0; // database and files
    QStringList removed; // older backups removed by rotation
    QJsonObject toJson() const;
};

class BackupSet
{
    Q_DECLARE_TR_FUNCTIONS(BackupSet)
public:
    static constexpr const char* kManifest = "manifest.json";
    static constexpr const char* kDatabase = "motcua.db";
    static constexpr const char* kPrefix = "motcua-backup-";

    // Whether `path` is a backup folder (it holds a manifest).
    static bool isBackupFolder(const QString& path);
    // Problems of the backup folder: a missing or unreadable manifest, database or file, a SHA-256 or
    // size that differs from the manifest. Empty when the backup is whole.
    static QStringList verify(const QString& folder);
    // Copies the backup's stored files into `dataDir`/files where they are absent or differ (0600);
    // returns how many were copied.
    static Result<int> restoreFiles(const QString& folder, const QString& dataDir);
    // Copies `source` to `target` (0600, folders 0700), checking its SHA-256 and size against the
    // database's record. Missing, unreadable or damaged sources and a full disk are Error::environment.
    static Status copyStoredFile(const QString& source, const QString& target, const QString& sha256, qint64 size);
    // A new backup folder name in `dir` at the real time `nowUtc` (never one that exists).
    static QString newRotationFolder(const QString& dir, const QDateTime& nowUtc);
    // Removes the backups of `dir` (folders named kPrefix... holding a manifest) beyond the newest
    // `keep`; nothing else in `dir` is touched. Returns the removed folders.
    static QStringList rotate(const QString& dir, int keep);
    // mkdir -p with 0700 for every folder it makes.
    static bool makePrivateDir(const QString& path);
};

} // namespace motcua::store
