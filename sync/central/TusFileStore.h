// TusFileStore: the files that desks upload to the reference central over tus, in one folder:
// <id>.json holds the upload's length, metadata and state, <id>.bin the bytes received so far, and
// by-sha256/<sha256> the id of the complete upload with that content (by-agency/<hex of the agency>/<sha256>
// the same among one agency's uploads: an upload belongs to the agency of the desk that created it). Only chunks whose
// checksum was verified are appended, so the size of <id>.bin is the upload's offset. An upload is complete when offset
// == length and the whole file's SHA-256 equals its "sha256" metadata. Single-threaded (the central's server thread).
// See docs/file-uploads.md.
#pragma once

#include "core/Result.h"
#include "sync/TusProtocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace motcua::sync {

struct TusUpload {
    QString id; // 32 lower-case hex digits
    qint64 length = 0;
    qint64 offset = 0;
    QByteArray metadataHeader; // Upload-Metadata as received
    tus::Metadata metadata;
    QByteArray sha256Hex; // the whole file's expected SHA-256 (from the metadata)
    QString created; // ISO date-time
    QString agency; // the agency of the desk that created it (empty: made without a desk's agency)
    bool complete = false;

    QString fileName() const { return QString::fromUtf8(tus::metadataValue(metadata, tus::kMetaFilename)); }
    QString dossierCode() const { return QString::fromUtf8(tus::metadataValue(metadata, tus::kMetaDossier)); }
};

class TusFileStore
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::TusFileStore)

public:
    explicit TusFileStore(QString directory);
    ~TusFileStore();

    QString directory() const { return m_directory; }
    // A new, empty upload, belonging to `agency`. The metadata must be valid and hold a "sha256"; length >= 0.
    Result<TusUpload> create(
        qint64 length, const QByteArray& metadataHeader, const tus::Metadata& metadata, const QString& agency = {});
    // The upload with that id, or nothing (unknown or malformed id).
    std::optional<TusUpload> find(const QString& id) const;
    // Appends a verified chunk at `offset`. Errors (code): "offset_mismatch" (offset is not the upload's
    // offset), "too_long" (past the declared length), "already_complete", "file_sha256_mismatch" (the
    // last chunk made the file whole but its SHA-256 differs: the upload is discarded), "io" (disk).
    Result<TusUpload> append(const QString& id, qint64 offset, const QByteArray& chunk);
    // The complete upload of a file with that SHA-256 (hex), if any: what a record's file reference needs.
    std::optional<TusUpload> completedBySha256(const QByteArray& sha256Hex) const;
    // The same among the uploads of one agency only (by-agency/<hex of the agency>/<sha256>).
    std::optional<TusUpload> completedBySha256(const QByteArray& sha256Hex, const QString& agency) const;
    // Where the bytes of an upload are.
    QString bytesPath(const QString& id) const;

    static bool isValidId(const QString& id);

private:
    struct OpenUpload {
        QFile file;
        tus::Sha256 running; // SHA-256 of the bytes [0, hashedUpTo)
        qint64 hashedUpTo = 0;
    };

    QString infoPath(const QString& id) const;
    QString indexPath(const QByteArray& sha256Hex, const QString& agency = {}) const;
    Status writeIndex(const QString& path, const QString& id) const;
    std::optional<TusUpload> completedAt(const QString& indexFile, const QByteArray& sha256Hex) const;
    Status writeInfo(const TusUpload& upload) const;
    OpenUpload* open(const TusUpload& upload);
    QByteArray wholeFileSha256(const QString& id, OpenUpload& open);
    Result<TusUpload> finish(TusUpload upload, OpenUpload& open);

    QString m_directory;
    std::map<QString, std::unique_ptr<OpenUpload>> m_open; // uploads in progress, with their running hash
};

} // namespace motcua::sync
