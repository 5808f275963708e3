// TusProtocol: what the tus 1.0 client (sync/TusUploader) and the reference central's endpoint
// (sync/central/TusEndpoint) share: header names and values, the Upload-Metadata codec, the
// Upload-Checksum header and an incremental SHA-256 (OpenSSL's, many times faster than
// QCryptographicHash's on the same machine). Header-only, so that sync/central needs no link to
// motcua_sync. See docs/file-uploads.md.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>

#include <openssl/evp.h>

#include <memory>
#include <optional>

namespace motcua::sync::tus {

inline constexpr char kVersion[] = "1.0.0";
inline constexpr char kExtensions[] = "creation,checksum";
inline constexpr char kChecksumAlgorithm[] = "sha256";
inline constexpr char kPatchContentType[] = "application/offset+octet-stream";
inline constexpr int kChecksumMismatch = 460; // tus checksum extension: the chunk's checksum differs

// Metadata keys MotCua puts into Upload-Metadata.
inline constexpr char kMetaFilename[] = "filename";
inline constexpr char kMetaSha256[] = "sha256"; // the whole file's SHA-256, 64 lower-case hex digits
inline constexpr char kMetaDossier[] = "dossier"; // the dossier code the file belongs to

// Incremental SHA-256.
class Sha256
{
public:
    Sha256() : m_context(EVP_MD_CTX_new(), &EVP_MD_CTX_free) { reset(); }
    void reset() { EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr); }
    void add(const char* data, qsizetype size) { EVP_DigestUpdate(m_context.get(), data, static_cast<size_t>(size)); }
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    // The 32-byte digest; the object starts over afterwards.
    QByteArray result()
    {
        QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_context.get(), reinterpret_cast<unsigned char*>(digest.data()), &size);
        digest.truncate(static_cast<qsizetype>(size));
        reset();
        return digest;
    }
    static QByteArray hash(const QByteArray& data)
    {
        Sha256 sha;
        sha.add(data);
        return sha.result();
    }

private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_context;
};

using Metadata = QList<QPair<QByteArray, QByteArray>>; // key, decoded value, in order

// "key base64(value),key2 base64(value2)"; a key with an empty value is written alone.
inline QByteArray encodeMetadata(const Metadata& metadata)
{
    QByteArray header;
    for (const auto& [key, value] : metadata) {
        if (!header.isEmpty())
            header += ',';
        header += key;
        if (!value.isEmpty())
            header += ' ' + value.toBase64();
    }
    return header;
}

// The pairs of an Upload-Metadata header, or nothing when it is malformed (a key with a space or a
// comma, a repeated key, a value that is not base64).
inline std::optional<Metadata> parseMetadata(const QByteArray& header)
{
    Metadata metadata;
    if (header.trimmed().isEmpty())
        return metadata;
    for (const QByteArray& raw : header.split(',')) {
        const QByteArray pair = raw.trimmed();
        const qsizetype space = pair.indexOf(' ');
        const QByteArray key = space < 0 ? pair : pair.left(space);
        const QByteArray encoded = space < 0 ? QByteArray() : pair.mid(space + 1).trimmed();
        if (key.isEmpty() || encoded.contains(' '))
            return std::nullopt;
        for (const auto& existing : metadata) {
            if (existing.first == key)
                return std::nullopt;
        }
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        metadata.append({ key, decoded.decoded });
    }
    return metadata;
}

inline QByteArray metadataValue(const Metadata& metadata, const QByteArray& key)
{
    for (const auto& [name, value] : metadata) {
        if (name == key)
            return value;
    }
    return {};
}

// "sha256 <base64 digest>" for a chunk.
inline QByteArray checksumHeader(const QByteArray& chunk)
{
    return QByteArray(kChecksumAlgorithm) + ' ' + Sha256::hash(chunk).toBase64();
}

// A non-negative decimal header value (Upload-Offset, Upload-Length), or -1.
inline qint64 parseOffset(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 18)
        return -1;
    for (const char c : trimmed) {
        if (c < '0' || c > '9')
            return -1;
    }
    return trimmed.toLongLong();
}

inline bool isLowerHex(const QByteArray& value, qsizetype size)
{
    if (value.size() != size)
        return false;
    for (const char c : value) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

inline bool isSha256Hex(const QByteArray& value)
{
    return isLowerHex(value, 64);
}

} // namespace motcua::sync::tus
