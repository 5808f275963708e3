#include "sync/TusUploadState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace motcua::sync {

namespace {

constexpr auto kTusStateFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

QString TusUploadState::defaultPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("sync/uploads.json"));
}

QJsonObject TusUploadState::load() const
{
    if (m_path.isEmpty())
        return {};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // A damaged file costs resends, never a wrong upload: every entry is checked against the file.
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("uploads")).toObject();
}

Status TusUploadState::save(const QJsonObject& uploads)
{
    if (m_path.isEmpty())
        return {};
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::environment(
            QStringLiteral("sync"), tr("Cannot create the folder %1.").arg(folder), QStringLiteral("io"));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QJsonObject root { { QStringLiteral("version"), 1 }, { QStringLiteral("uploads"), uploads } };
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kTusStateFileMode)
        || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Error::environment(QStringLiteral("sync"),
            tr("Cannot save the state of file uploads in %1: %2").arg(m_path, file.errorString()),
            QStringLiteral("io"));
    return {};
}

std::optional<TusStateEntry> TusUploadState::find(const QString& key) const
{
    const QJsonObject object = load().value(key).toObject();
    if (object.isEmpty())
        return std::nullopt;
    TusStateEntry entry;
    entry.uploadUrl = QUrl(object.value(QStringLiteral("url")).toString());
    entry.endpoint = QUrl(object.value(QStringLiteral("endpoint")).toString());
    entry.length = object.value(QStringLiteral("length")).toInteger(-1);
    entry.sha256Hex = object.value(QStringLiteral("sha256")).toString().toLatin1();
    entry.created = object.value(QStringLiteral("created")).toString();
    if (!entry.uploadUrl.isValid() || entry.length < 0)
        return std::nullopt;
    return entry;
}

Status TusUploadState::remember(const QString& key, const TusStateEntry& entry)
{
    QJsonObject uploads = load();
    uploads.insert(key,
        QJsonObject {
            { QStringLiteral("url"), entry.uploadUrl.toString() },
            { QStringLiteral("endpoint"), entry.endpoint.toString() },
            { QStringLiteral("length"), entry.length },
            { QStringLiteral("sha256"), QString::fromLatin1(entry.sha256Hex) },
            { QStringLiteral("created"), entry.created },
        });
    return save(uploads);
}

Status TusUploadState::forget(const QString& key)
{
    QJsonObject uploads = load();
    if (!uploads.contains(key))
        return {};
    uploads.remove(key);
    return save(uploads);
}

int TusUploadState::size() const
{
    return static_cast<int>(load().size());
}

} // namespace motcua::sync
