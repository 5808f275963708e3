// TusUploadState: where each unfinished tus upload lives on the server, so that an upload resumes after
// an interruption or a restart instead of starting over. A small JSON file (by default
// <data folder>/sync/uploads.json, mode 0600, replaced atomically) maps a key (the file's path unless
// the caller gives one) to the upload URL, the file's length and SHA-256 and the endpoint. An entry is
// written right after creation and removed once the upload is complete. See docs/file-uploads.md.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace motcua::sync {

struct TusStateEntry {
    QUrl uploadUrl;
    QUrl endpoint;
    qint64 length = 0;
    QByteArray sha256Hex;
    QString created; // ISO date-time
};

class TusUploadState
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::TusUploadState)

public:
    // `path` empty: nothing is remembered (every upload starts with creation).
    explicit TusUploadState(QString path = {}) : m_path(std::move(path)) { }

    // <dataDir>/sync/uploads.json
    static QString defaultPath(const QString& dataDir);

    QString path() const { return m_path; }
    std::optional<TusStateEntry> find(const QString& key) const;
    Status remember(const QString& key, const TusStateEntry& entry);
    Status forget(const QString& key);
    int size() const;

private:
    QJsonObject load() const;
    Status save(const QJsonObject& uploads);

    QString m_path;
};

} // namespace motcua::sync
