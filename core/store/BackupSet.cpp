#include "core/store/BackupSet.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace motcua::store {

namespace {

constexpr QFileDevice::Permissions kBackupPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kBackupPrivateDir
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// The hex SHA-256 of a file, or an empty string when it cannot be read.
QString backupSetSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

Result<QJsonObject> backupReadManifest(const QString& folder)
{
    QFile f(QDir(folder).filePath(QString::fromLatin1(BackupSet::kManifest)));
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("backup"),
            BackupSet::tr("The backup %1 has no readable manifest.json").arg(folder), QStringLiteral("bad_backup"));
    const QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
    if (m.value(QStringLiteral("format")).toString() != QLatin1String("motcua-backup"))
        return Error::invalid(QStringLiteral("backup"),
            BackupSet::tr("The manifest of the backup %1 is not a MotCua backup manifest").arg(folder),
            QStringLiteral("bad_backup"));
    return m;
}

// A relative path of the manifest that stays inside the backup folder (files/ab/<sha256>).
bool backupSafeRelative(const QString& rel)
{
    return !rel.isEmpty() && !QDir::isAbsolutePath(rel) && !rel.contains(QLatin1String(".."))
        && QDir::cleanPath(rel) == rel;
}

} // namespace

QJsonObject BackupReport::toJson() const
{
    return { { QStringLiteral("backup"), folder }, { QStringLiteral("dossiers"), dossiers },
        { QStringLiteral("files"), files }, { QStringLiteral("bytes"), bytes },
        { QStringLiteral("removed"), QJsonArray::fromStringList(removed) } };
}

bool BackupSet::isBackupFolder(const QString& path)
{
    return QFileInfo(QDir(path).filePath(QString::fromLatin1(kManifest))).isFile();
}

bool BackupSet::makePrivateDir(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    if (!makePrivateDir(info.absolutePath()))
        return false;
    return QDir().mkdir(path, kBackupPrivateDir) || QFileInfo(path).isDir();
}

QStringList BackupSet::verify(const QString& folder)
{
    auto manifest = backupReadManifest(folder);
    if (!manifest)
        return { manifest.error().message };
    QStringList problems;
    const QDir root(folder);
    QJsonArray entries = manifest->value(QStringLiteral("files")).toArray();
    entries.prepend(manifest->value(QStringLiteral("database")));
    for (const QJsonValue& v : std::as_const(entries)) {
        const QJsonObject e = v.toObject();
        const QString rel = e.value(QStringLiteral("path")).toString();
        if (!backupSafeRelative(rel)) {
            problems << tr("The manifest names a path outside the backup: %1").arg(rel);
            continue;
        }
        const QFileInfo info(root.filePath(rel));
        if (!info.isFile())
            problems << tr("The backup lacks %1").arg(rel);
        else if (info.size() != e.value(QStringLiteral("bytes")).toInteger(-1)
            || backupSetSha256(info.filePath()) != e.value(QStringLiteral("sha256")).toString())
            problems << tr("%1 in the backup is damaged (its size or SHA-256 differs from the manifest)").arg(rel);
    }
    return problems;
}

Result<int> BackupSet::restoreFiles(const QString& folder, const QString& dataDir)
{
    auto manifest = backupReadManifest(folder);
    if (!manifest)
        return manifest.error();
    int copied = 0;
    for (const QJsonValue& v : manifest->value(QStringLiteral("files")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString rel = e.value(QStringLiteral("path")).toString();
        const QString sha = e.value(QStringLiteral("sha256")).toString();
        const QString live = QDir(dataDir).filePath(rel);
        if (!backupSafeRelative(rel) || (QFileInfo(live).isFile() && backupSetSha256(live) == sha))
            continue;
        if (auto s
            = copyStoredFile(QDir(folder).filePath(rel), live, sha, e.value(QStringLiteral("bytes")).toInteger());
            !s)
            return s.error();
        ++copied;
    }
    return copied;
}

Status BackupSet::copyStoredFile(const QString& source, const QString& target, const QString& sha256, qint64 size)
{
    const QFileInfo info(source);
    if (!info.exists())
        return Error::environment(QStringLiteral("files"),
            tr("The stored file %1 is missing from the content store; nothing was copied. Run the database check, "
               "then restore the file from an earlier backup")
                .arg(source),
            QStringLiteral("file_missing"));
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error::environment(QStringLiteral("files"),
            tr("The stored file %1 cannot be read (%2); nothing was copied. Check its permissions")
                .arg(source, in.errorString()),
            QStringLiteral("file_unreadable"));
    if (!makePrivateDir(QFileInfo(target).absolutePath()))
        return Error::environment(QStringLiteral("files"),
            tr("Cannot create the folder %1; check disk space and permissions").arg(QFileInfo(target).absolutePath()),
            QStringLiteral("storage"));
    QSaveFile out(target);
    QCryptographicHash h(QCryptographicHash::Sha256);
    bool ok = out.open(QIODevice::WriteOnly);
    while (ok && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        ok = in.error() == QFileDevice::NoError && out.write(chunk) == chunk.size();
        h.addData(chunk);
    }
    if (in.error() != QFileDevice::NoError)
        return Error::environment(QStringLiteral("files"),
            tr("The stored file %1 cannot be read (%2); nothing was copied. Check the disk")
                .arg(source, in.errorString()),
            QStringLiteral("file_unreadable"));
    if (!ok || !out.commit()) {
        const bool full = out.error() == QFileDevice::ResourceError || out.error() == QFileDevice::WriteError;
        return Error::environment(QStringLiteral("files"),
            full ? tr("The disk holding %1 is full or refuses writes; nothing was copied. Free some space, then try "
                      "again")
                       .arg(target)
                 : tr("Cannot write %1 (%2); check disk space and permissions").arg(target, out.errorString()),
            full ? QStringLiteral("disk_full") : QStringLiteral("storage"));
    }
    QFile::setPermissions(target, kBackupPrivateFile);
    if (QString::fromLatin1(h.result().toHex()) != sha256 || in.size() != size) {
        QFile::remove(target);
        return Error::environment(QStringLiteral("files"),
            tr("The stored file %1 is damaged (its SHA-256 differs from the one recorded); nothing was copied. Run "
               "the database check, then restore the file from an earlier backup")
                .arg(source),
            QStringLiteral("file_damaged"));
    }
    return {};
}

QString BackupSet::newRotationFolder(const QString& dir, const QDateTime& nowUtc)
{
    const QString base = QString::fromLatin1(kPrefix) + nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(QDir(dir).filePath(name)); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return QDir(dir).absoluteFilePath(name);
}

QStringList BackupSet::rotate(const QString& dir, int keep)
{
    QStringList backups;
    const QDir root(dir);
    for (const QFileInfo& e :
        root.entryInfoList({ QString::fromLatin1(kPrefix) + QLatin1Char('*') }, QDir::Dirs | QDir::NoDotAndDotDot))
        if (!e.isSymLink() && isBackupFolder(e.absoluteFilePath()))
            backups << e.absoluteFilePath();
    // The names sort by time: newest last.
    std::sort(backups.begin(), backups.end());
    QStringList removed;
    while (backups.size() > qMax(keep, 1)) {
        const QString oldest = backups.takeFirst();
        if (QDir(oldest).removeRecursively())
            removed << oldest;
    }
    return removed;
}

} // namespace motcua::store
