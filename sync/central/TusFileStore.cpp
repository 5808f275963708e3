#include "sync/central/TusFileStore.h"

#include "core/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <unistd.h>

namespace motcua::sync {

namespace {

constexpr qsizetype kTusHashReadSize = 4 * 1024 * 1024;
constexpr std::size_t kTusMaxOpenUploads = 64;

QString newTusUploadId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

Error tusStoreIoError(const QString& message)
{
    return Error::environment(QStringLiteral("file"), message, QStringLiteral("io"));
}

} // namespace

TusFileStore::TusFileStore(QString directory) : m_directory(std::move(directory)) { }

TusFileStore::~TusFileStore() = default;

bool TusFileStore::isValidId(const QString& id)
{
    return tus::isLowerHex(id.toLatin1(), 32);
}

QString TusFileStore::bytesPath(const QString& id) const
{
    return QDir(m_directory).filePath(id + QStringLiteral(".bin"));
}

QString TusFileStore::infoPath(const QString& id) const
{
    return QDir(m_directory).filePath(id + QStringLiteral(".json"));
}

Status TusFileStore::writeInfo(const TusUpload& upload) const
{
    const QJsonObject info {
        { QStringLiteral("length"), upload.length },
        { QStringLiteral("metadata"), QString::fromLatin1(upload.metadataHeader) },
        { QStringLiteral("sha256"), QString::fromLatin1(upload.sha256Hex) },
        { QStringLiteral("created"), upload.created },
        { QStringLiteral("agency"), upload.agency },
        { QStringLiteral("complete"), upload.complete },
    };
    QSaveFile file(infoPath(upload.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(info).toJson()) < 0 || !file.commit())
        return tusStoreIoError(
            tr("Cannot write the upload's description %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

Result<TusUpload> TusFileStore::create(
    qint64 length, const QByteArray& metadataHeader, const tus::Metadata& metadata, const QString& agency)
{
    if (!QDir().mkpath(m_directory))
        return tusStoreIoError(tr("Cannot create the uploads folder %1.").arg(m_directory));
    TusUpload upload;
    upload.id = newTusUploadId();
    upload.length = length;
    upload.metadataHeader = metadataHeader;
    upload.metadata = metadata;
    upload.sha256Hex = tus::metadataValue(metadata, tus::kMetaSha256);
    upload.created = Clock::current().now().toString(Qt::ISODate);
    upload.agency = agency;
    QFile bytes(bytesPath(upload.id));
    if (!bytes.open(QIODevice::WriteOnly))
        return tusStoreIoError(tr("Cannot create %1: %2").arg(bytes.fileName(), bytes.errorString()));
    bytes.close();
    if (auto written = writeInfo(upload); !written)
        return written.error();
    if (length == 0) {
        OpenUpload* handle = open(upload);
        if (!handle)
            return tusStoreIoError(tr("Cannot open %1.").arg(bytesPath(upload.id)));
        return finish(std::move(upload), *handle);
    }
    return upload;
}

std::optional<TusUpload> TusFileStore::find(const QString& id) const
{
    if (!isValidId(id))
        return std::nullopt;
    QFile file(infoPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
    const QFileInfo bytes(bytesPath(id));
    if (info.isEmpty() || !bytes.exists())
        return std::nullopt;
    TusUpload upload;
    upload.id = id;
    upload.length = info.value(QStringLiteral("length")).toInteger(-1);
    upload.metadataHeader = info.value(QStringLiteral("metadata")).toString().toLatin1();
    upload.metadata = tus::parseMetadata(upload.metadataHeader).value_or(tus::Metadata {});
    upload.sha256Hex = info.value(QStringLiteral("sha256")).toString().toLatin1();
    upload.created = info.value(QStringLiteral("created")).toString();
    upload.agency = info.value(QStringLiteral("agency")).toString();
    upload.complete = info.value(QStringLiteral("complete")).toBool();
    upload.offset = bytes.size();
    if (upload.length < 0)
        return std::nullopt;
    return upload;
}

TusFileStore::OpenUpload* TusFileStore::open(const TusUpload& upload)
{
    if (auto it = m_open.find(upload.id); it != m_open.end())
        return it->second.get();
    if (m_open.size() >= kTusMaxOpenUploads)
        m_open.erase(m_open.begin()); // it starts over from the file if it comes back
    auto handle = std::make_unique<OpenUpload>();
    handle->file.setFileName(bytesPath(upload.id));
    if (!handle->file.open(QIODevice::ReadWrite | QIODevice::Append))
        return nullptr;
    if (upload.offset == 0)
        handle->hashedUpTo = 0; // every byte goes through the running hash
    else
        handle->hashedUpTo = -1; // bytes from an earlier run: hash the file again at the end
    return m_open.emplace(upload.id, std::move(handle)).first->second.get();
}

Result<TusUpload> TusFileStore::append(const QString& id, qint64 offset, const QByteArray& chunk)
{
    std::optional<TusUpload> found = find(id);
    if (!found)
        return Error::notFound(QStringLiteral("upload"), tr("No upload %1 here.").arg(id), QStringLiteral("not_found"));
    TusUpload upload = std::move(*found);
    if (upload.complete)
        return Error::invalid(
            QStringLiteral("upload"), tr("Upload %1 is already complete.").arg(id), QStringLiteral("already_complete"));
    if (offset != upload.offset)
        return Error::invalid(QStringLiteral("Upload-Offset"),
            tr("Upload-Offset %1 is not the upload's offset %2.").arg(offset).arg(upload.offset),
            QStringLiteral("offset_mismatch"));
    if (chunk.size() > upload.length - upload.offset)
        return Error::invalid(QStringLiteral("Upload-Length"),
            tr("The chunk goes past the upload's length %1.").arg(upload.length), QStringLiteral("too_long"));
    OpenUpload* handle = open(upload);
    if (!handle)
        return tusStoreIoError(tr("Cannot open %1.").arg(bytesPath(id)));
    if (handle->file.write(chunk) != chunk.size() || !handle->file.flush()) {
        const QString reason = handle->file.errorString();
        m_open.erase(id);
        QFile::resize(bytesPath(id), upload.offset); // a failed write leaves nothing behind
        return tusStoreIoError(tr("Cannot write to %1: %2").arg(bytesPath(id), reason));
    }
    if (handle->hashedUpTo == upload.offset) {
        handle->running.add(chunk);
        handle->hashedUpTo += chunk.size();
    }
    upload.offset += chunk.size();
    if (upload.offset < upload.length)
        return upload;
    return finish(std::move(upload), *handle);
}

QByteArray TusFileStore::wholeFileSha256(const QString& id, OpenUpload& handle)
{
    if (handle.hashedUpTo >= 0 && handle.hashedUpTo == handle.file.size())
        return handle.running.result().toHex();
    QFile file(bytesPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    tus::Sha256 sha;
    while (!file.atEnd()) {
        const QByteArray block = file.read(kTusHashReadSize);
        if (block.isEmpty())
            return {};
        sha.add(block);
    }
    return sha.result().toHex();
}

Result<TusUpload> TusFileStore::finish(TusUpload upload, OpenUpload& handle)
{
    const QByteArray actual = wholeFileSha256(upload.id, handle);
    ::fsync(handle.file.handle());
    m_open.erase(upload.id);
    if (actual != upload.sha256Hex) {
        QFile::remove(bytesPath(upload.id));
        QFile::remove(infoPath(upload.id));
        return Error::invalid(QStringLiteral("sha256"),
            tr("The uploaded file's SHA-256 %1 differs from the one announced, %2; the upload is discarded.")
                .arg(QString::fromLatin1(actual), QString::fromLatin1(upload.sha256Hex)),
            QStringLiteral("file_sha256_mismatch"));
    }
    upload.complete = true;
    if (auto written = writeInfo(upload); !written)
        return written.error();
    // by-sha256/<sha256> names the upload that holds that content, for the records that refer to it;
    // by-agency/<agency>/<sha256> the same among the uploads of the agency it belongs to.
    if (auto s = writeIndex(indexPath(upload.sha256Hex), upload.id); !s)
        return s.error();
    if (!upload.agency.isEmpty())
        if (auto s = writeIndex(indexPath(upload.sha256Hex, upload.agency), upload.id); !s)
            return s.error();
    return upload;
}

Status TusFileStore::writeIndex(const QString& path, const QString& id) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile index(path);
    if (!index.open(QIODevice::WriteOnly) || index.write(id.toLatin1()) < 0 || !index.commit())
        return tusStoreIoError(tr("Cannot write %1: %2").arg(index.fileName(), index.errorString()));
    return {};
}

QString TusFileStore::indexPath(const QByteArray& sha256Hex, const QString& agency) const
{
    if (agency.isEmpty())
        return QDir(m_directory).filePath(QStringLiteral("by-sha256/") + QString::fromLatin1(sha256Hex));
    // The agency in hex: whatever its spelling, it stays one folder name.
    return QDir(m_directory)
        .filePath(QStringLiteral("by-agency/%1/%2")
                      .arg(QString::fromLatin1(agency.toUtf8().toHex()), QString::fromLatin1(sha256Hex)));
}

std::optional<TusUpload> TusFileStore::completedBySha256(const QByteArray& sha256Hex) const
{
    return tus::isSha256Hex(sha256Hex) ? completedAt(indexPath(sha256Hex), sha256Hex) : std::nullopt;
}

std::optional<TusUpload> TusFileStore::completedBySha256(const QByteArray& sha256Hex, const QString& agency) const
{
    if (!tus::isSha256Hex(sha256Hex))
        return std::nullopt;
    std::optional<TusUpload> upload = completedAt(indexPath(sha256Hex, agency), sha256Hex);
    return upload && upload->agency == agency ? upload : std::nullopt;
}

std::optional<TusUpload> TusFileStore::completedAt(const QString& indexFile, const QByteArray& sha256Hex) const
{
    QFile index(indexFile);
    if (!index.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::optional<TusUpload> upload = find(QString::fromLatin1(index.readAll().trimmed()));
    if (!upload || !upload->complete || upload->sha256Hex != sha256Hex)
        return std::nullopt;
    return upload;
}

} // namespace motcua::sync
