#include "sync/TusUploader.h"

#include "core/Clock.h"
#include "sync/TusProtocol.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTusClient, "motcua.sync.tus")

namespace motcua::sync {

namespace {

constexpr qint64 kMinChunkSize = 64 * 1024;
constexpr qsizetype kTusHashBlock = 4 * 1024 * 1024;
constexpr int kMaxResyncs = 5;

bool tusIsClientError(int status)
{
    return status >= 400 && status < 500;
}

// The server's explanation in an error body ({"message": ...} or plain text), shortened.
QString tusServerDetail(const HttpResponse& response)
{
    const QJsonObject object = QJsonDocument::fromJson(response.body).object();
    const QString message = object.value(QStringLiteral("message")).toString();
    const QString text = message.isEmpty() ? QString::fromUtf8(response.body.left(300)).trimmed() : message;
    return text.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status) : text;
}

} // namespace

TusUploader::TusUploader(HttpTransport& transport, TusUploadOptions options, QObject* parent)
    : QObject(parent), m_transport(transport), m_options(std::move(options)), m_state(m_options.stateFile)
{
    m_options.chunkSize = std::max(m_options.chunkSize, kMinChunkSize);
    qRegisterMetaType<TusUploadResult>();
}

bool TusUploader::start(const TusUploadRequest& request)
{
    if (m_busy)
        return false;
    m_busy = true;
    ++m_generation;
    m_request = request;
    m_result = TusUploadResult {};
    m_recreated = false;
    m_checksumFailures = 0;
    m_resyncs = 0;
    m_key = request.stateKey.isEmpty() ? QFileInfo(request.filePath).absoluteFilePath() : request.stateKey;
    if (m_request.fileName.isEmpty())
        m_request.fileName = QFileInfo(request.filePath).fileName();
    m_file.close();
    m_current = {};
    m_next = {};
    m_file.setFileName(request.filePath);
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(TusFailure::Permanent,
            Error::environment(QStringLiteral("file"), TusMessages::unreadable(request.filePath, m_file.errorString()),
                QStringLiteral("io")));
        return true;
    }
    m_result.length = m_file.size();
    const Result<QByteArray> sha = fileSha256();
    if (!sha) {
        fail(TusFailure::Permanent, sha.error());
        return true;
    }
    m_result.sha256Hex = *sha;
    discover();
    return true;
}

void TusUploader::cancel()
{
    ++m_generation;
    m_busy = false;
    m_file.close();
    m_current = {};
    m_next = {};
}

Result<QByteArray> TusUploader::fileSha256()
{
    const QByteArray given = m_request.sha256Hex.toLower();
    if (!given.isEmpty()) {
        if (!tus::isSha256Hex(given))
            return Error::invalid(QStringLiteral("sha256"),
                TusMessages::protocol(m_request.fileName, QStringLiteral("sha256 is not 64 hex digits")),
                QStringLiteral("sha256"));
        return given;
    }
    tus::Sha256 sha;
    while (!m_file.atEnd()) {
        const QByteArray block = m_file.read(kTusHashBlock);
        if (block.isEmpty())
            return Error::environment(QStringLiteral("file"),
                TusMessages::unreadable(m_request.filePath, m_file.errorString()), QStringLiteral("io"));
        sha.add(block);
    }
    return sha.result().toHex();
}

void TusUploader::send(QByteArray method, const QUrl& url, HttpHeaders headers, QByteArray body, Handler handler)
{
    HttpRequest request;
    request.method = std::move(method);
    request.url = url;
    request.timeoutMs = m_options.requestTimeoutMs;
    request.headers = std::move(headers);
    request.headers.append({ QByteArrayLiteral("Tus-Resumable"), QByteArray(tus::kVersion) });
    if (m_options.authorization) {
        if (const QByteArray value = m_options.authorization(); !value.isEmpty())
            request.headers.append({ QByteArrayLiteral("Authorization"), value });
    }
    request.body = std::move(body);
    const quint64 generation = m_generation;
    m_transport.send(request, this, [this, generation, handler](const HttpResponse& response) {
        if (generation == m_generation && m_busy)
            (this->*handler)(response);
    });
}

void TusUploader::discover()
{
    if (m_discovered) {
        resume();
        return;
    }
    send("OPTIONS", m_options.endpoint, {}, {}, &TusUploader::onOptions);
}

void TusUploader::onOptions(const HttpResponse& response)
{
    if (!response.ok() || response.status >= 500) {
        failOn(response);
        return;
    }
    // A server without OPTIONS (4xx) still speaks the core protocol; it just offers no checksums.
    m_discovered = true;
    const QList<QByteArray> extensions = response.header("Tus-Extension").split(',');
    const QList<QByteArray> algorithms = response.header("Tus-Checksum-Algorithm").split(',');
    auto has = [](const QList<QByteArray>& list, const char* item) {
        return std::any_of(list.begin(), list.end(), [item](const QByteArray& v) { return v.trimmed() == item; });
    };
    m_serverChecksum = has(extensions, "checksum") && has(algorithms, tus::kChecksumAlgorithm);
    m_serverMaxSize
        = response.header("Tus-Max-Size").isEmpty() ? -1 : tus::parseOffset(response.header("Tus-Max-Size"));
    qCDebug(lcTusClient) << "server" << m_options.endpoint.toString(QUrl::RemoveUserInfo) << "extensions"
                         << response.header("Tus-Extension") << "checksum" << m_serverChecksum;
    resume();
}

void TusUploader::resume()
{
    if (m_serverMaxSize >= 0 && m_result.length > m_serverMaxSize) {
        fail(TusFailure::Permanent,
            Error::invalid(QStringLiteral("file"),
                TusMessages::tooLarge(m_request.fileName, m_result.length, m_serverMaxSize),
                QStringLiteral("too_large")));
        return;
    }
    const std::optional<TusStateEntry> entry = m_state.find(m_key);
    if (!entry) {
        create();
        return;
    }
    if (entry->length != m_result.length || entry->sha256Hex != m_result.sha256Hex
        || entry->endpoint != m_options.endpoint) {
        (void)m_state.forget(m_key); // another file, or another server, under that key
        create();
        return;
    }
    m_result.uploadUrl = entry->uploadUrl;
    send("HEAD", m_result.uploadUrl, {}, {}, &TusUploader::onHead);
}

void TusUploader::onHead(const HttpResponse& response)
{
    if (!response.ok() || response.status >= 500 || response.status == 401 || response.status == 403) {
        failOn(response);
        return;
    }
    if (tusIsClientError(response.status)) { // 404, 410: the server no longer has it
        forgetAndCreate(response);
        return;
    }
    const qint64 offset = tus::parseOffset(response.header("Upload-Offset"));
    const QByteArray lengthHeader = response.header("Upload-Length");
    if (offset < 0 || offset > m_result.length
        || (!lengthHeader.isEmpty() && tus::parseOffset(lengthHeader) != m_result.length)) {
        forgetAndCreate(response);
        return;
    }
    if (m_result.resumedFrom < 0)
        m_result.resumedFrom = offset;
    m_result.offset = offset;
    qCDebug(lcTusClient).noquote() << "resuming" << m_result.uploadUrl.toString(QUrl::RemoveUserInfo) << "at" << offset
                                   << "of" << m_result.length;
    emit progress(m_result.offset, m_result.length);
    if (m_result.offset == m_result.length)
        succeed();
    else
        sendChunk();
}

void TusUploader::forgetAndCreate(const HttpResponse& response)
{
    (void)m_state.forget(m_key);
    if (m_recreated) { // lost twice in one run: something is wrong at the server
        failOn(response);
        return;
    }
    m_recreated = true;
    m_result.resumedFrom = -1;
    create();
}

void TusUploader::create()
{
    tus::Metadata metadata {
        { tus::kMetaFilename, m_request.fileName.toUtf8() },
        { tus::kMetaSha256, m_result.sha256Hex },
    };
    if (!m_request.dossierCode.isEmpty())
        metadata.append({ QByteArray(tus::kMetaDossier), m_request.dossierCode.toUtf8() });
    HttpHeaders headers {
        { "Upload-Length", QByteArray::number(m_result.length) },
        { "Upload-Metadata", tus::encodeMetadata(metadata) },
    };
    send("POST", m_options.endpoint, std::move(headers), {}, &TusUploader::onCreated);
}

void TusUploader::onCreated(const HttpResponse& response)
{
    if (!response.ok() || response.status != 201) {
        failOn(response);
        return;
    }
    const QByteArray location = response.header("Location");
    if (location.isEmpty()) {
        fail(TusFailure::Permanent,
            Error::invalid(QStringLiteral("network"),
                TusMessages::protocol(m_request.fileName, QStringLiteral("201 without Location")),
                QStringLiteral("protocol")),
            response.status);
        return;
    }
    m_result.uploadUrl = m_options.endpoint.resolved(QUrl::fromEncoded(location));
    m_result.offset = 0;
    if (m_result.length > 0 && tus::parseOffset(response.header("Upload-Offset")) == m_result.length) {
        m_result.offset = m_result.length; // the server already holds this file whole (same SHA-256)
        emit progress(m_result.offset, m_result.length);
        succeed();
        return;
    }
    const TusStateEntry entry { m_result.uploadUrl, m_options.endpoint, m_result.length, m_result.sha256Hex,
        Clock::current().now().toString(Qt::ISODate) };
    if (auto saved = m_state.remember(m_key, entry); !saved)
        qCWarning(lcTusClient).noquote() << saved.error().message; // the upload goes on; a restart starts over
    if (m_result.length == 0)
        succeed();
    else
        sendChunk();
}

bool TusUploader::prepare(Chunk& chunk, qint64 offset)
{
    const qint64 size = std::min(m_options.chunkSize, m_result.length - offset);
    chunk.offset = -1;
    chunk.data.resize(size); // the same buffer again once the transport has let go of it: no allocation
    if (!m_file.seek(offset) || m_file.read(chunk.data.data(), size) != size)
        return false;
    chunk.checksum = m_serverChecksum && m_options.checksums ? tus::checksumHeader(chunk.data) : QByteArray();
    chunk.offset = offset;
    return true;
}

void TusUploader::sendChunk()
{
    if (m_next.offset == m_result.offset) {
        std::swap(m_current, m_next);
    } else if (!prepare(m_current, m_result.offset)) {
        fail(TusFailure::Permanent,
            Error::environment(QStringLiteral("file"),
                TusMessages::unreadable(m_request.filePath, m_file.errorString()), QStringLiteral("io")));
        return;
    }
    HttpHeaders headers {
        { "Content-Type", tus::kPatchContentType },
        { "Upload-Offset", QByteArray::number(m_result.offset) },
    };
    if (!m_current.checksum.isEmpty())
        headers.append({ QByteArrayLiteral("Upload-Checksum"), m_current.checksum });
    m_result.bytesSent += m_current.data.size();
    send("PATCH", m_result.uploadUrl, std::move(headers), m_current.data, &TusUploader::onPatched);
    // While this chunk is on its way (the transport's own thread), read and hash the next one.
    const qint64 following = m_result.offset + m_current.data.size();
    if (following < m_result.length && m_next.offset != following && !prepare(m_next, following))
        m_next.offset = -1; // read again when its turn comes, and reported then
}

void TusUploader::onPatched(const HttpResponse& response)
{
    if (response.ok() && response.status == tus::kChecksumMismatch) {
        if (++m_checksumFailures > m_options.checksumRetries) {
            fail(TusFailure::Permanent,
                Error::invalid(QStringLiteral("network"),
                    TusMessages::checksumFailures(m_request.fileName, m_checksumFailures),
                    QStringLiteral("checksum_mismatch")),
                response.status);
            return;
        }
        ++m_result.chunksResent;
        m_current.offset = -1; // read and hashed again from the file
        sendChunk();
        return;
    }
    if (response.ok() && (response.status == 409 || response.status == 404 || response.status == 410)) {
        resync(); // another writer moved the offset, or we lost an answer; the server knows
        return;
    }
    if (response.ok() && response.status == 422) { // the whole file's SHA-256 differs: discarded there
        (void)m_state.forget(m_key);
        fail(TusFailure::Permanent,
            Error::invalid(QStringLiteral("file"), TusMessages::fileChanged(m_request.fileName),
                QStringLiteral("file_sha256_mismatch")),
            response.status);
        return;
    }
    if (!response.ok() || response.status < 200 || response.status >= 300) {
        failOn(response);
        return;
    }
    const qint64 offset = tus::parseOffset(response.header("Upload-Offset"));
    if (offset <= m_result.offset || offset > m_result.offset + m_current.data.size()) {
        fail(TusFailure::Permanent,
            Error::invalid(QStringLiteral("network"),
                TusMessages::protocol(m_request.fileName,
                    QStringLiteral("Upload-Offset %1 after a chunk at %2 of %3 bytes")
                        .arg(QString::fromLatin1(response.header("Upload-Offset")))
                        .arg(m_result.offset)
                        .arg(m_current.data.size())),
                QStringLiteral("protocol")),
            response.status);
        return;
    }
    m_checksumFailures = 0;
    m_result.offset = offset;
    emit progress(m_result.offset, m_result.length);
    if (m_result.offset == m_result.length)
        succeed();
    else
        sendChunk();
}

void TusUploader::resync()
{
    if (++m_resyncs > kMaxResyncs) {
        fail(TusFailure::Transient,
            Error::environment(QStringLiteral("network"),
                TusMessages::protocol(m_request.fileName, QStringLiteral("offset keeps moving")),
                QStringLiteral("conflict")));
        return;
    }
    send("HEAD", m_result.uploadUrl, {}, {}, &TusUploader::onHead);
}

void TusUploader::succeed()
{
    (void)m_state.forget(m_key);
    m_busy = false;
    m_file.close();
    m_current = {};
    m_next = {};
    qCDebug(lcTusClient).noquote() << "uploaded" << m_request.fileName << m_result.length << "bytes to"
                                   << m_result.uploadUrl.toString(QUrl::RemoveUserInfo);
    emit finished(m_result);
}

void TusUploader::fail(TusFailure failure, Error error, int httpStatus)
{
    m_result.failure = failure;
    m_result.error = std::move(error);
    m_result.httpStatus = httpStatus;
    m_busy = false;
    m_file.close();
    m_current = {};
    m_next = {};
    qCDebug(lcTusClient).noquote() << "upload of" << m_request.fileName << "failed:" << m_result.error.code
                                   << m_result.error.message;
    emit finished(m_result);
}

void TusUploader::failOn(const HttpResponse& response)
{
    const QString file = m_request.fileName;
    if (!response.ok()) {
        fail(TusFailure::Transient, response.toError());
    } else if (response.status >= 500 || response.status == 408 || response.status == 429) {
        fail(TusFailure::Transient,
            Error::environment(QStringLiteral("network"), TusMessages::serverError(response.status, file),
                QStringLiteral("server_error")),
            response.status);
    } else if (response.status == 401 || response.status == 403) {
        fail(TusFailure::Unauthorized,
            Error::permission(QStringLiteral("network"), TusMessages::unauthorized(response.status, file),
                QStringLiteral("unauthorized")),
            response.status);
    } else if (response.status == 413) {
        fail(TusFailure::Permanent,
            Error::invalid(QStringLiteral("file"), TusMessages::tooLarge(file, m_result.length, m_serverMaxSize),
                QStringLiteral("too_large")),
            response.status);
    } else {
        fail(TusFailure::Permanent,
            Error::invalid(QStringLiteral("network"),
                TusMessages::refused(response.status, file, tusServerDetail(response)), QStringLiteral("refused")),
            response.status);
    }
}

QString TusMessages::serverError(int status, const QString& file)
{
    return tr("The central system had a problem (HTTP %1) while receiving %2. The file stays on this desk; the "
              "upload resumes later where it stopped.")
        .arg(status)
        .arg(file);
}

QString TusMessages::unauthorized(int status, const QString& file)
{
    return tr("The central system refused this desk's credentials (HTTP %1) for the upload of %2. The desk signs "
              "in again before the next attempt.")
        .arg(status)
        .arg(file);
}

QString TusMessages::refused(int status, const QString& file, const QString& detail)
{
    return tr("The central system refused the upload of %1 (HTTP %2): %3").arg(file).arg(status).arg(detail);
}

QString TusMessages::checksumFailures(const QString& file, int times)
{
    return tr("A part of %1 arrived damaged at the central system %2 times in a row; the upload stops. Ask the "
              "system administrator to check the network.")
        .arg(file)
        .arg(times);
}

QString TusMessages::fileChanged(const QString& file)
{
    return tr("The central system received %1, but its SHA-256 differs from the one announced: the file changed "
              "while it was being sent, or its recorded SHA-256 is wrong. The central system discarded it; a new "
              "attempt sends it again from the start.")
        .arg(file);
}

QString TusMessages::tooLarge(const QString& file, qint64 length, qint64 max)
{
    if (max < 0)
        return tr("The file %1 (%2 bytes) is larger than the central system accepts.").arg(file).arg(length);
    return tr("The file %1 (%2 bytes) is larger than the central system accepts (%3 bytes).")
        .arg(file)
        .arg(length)
        .arg(max);
}

QString TusMessages::protocol(const QString& file, const QString& detail)
{
    return tr("The central system answered the upload of %1 in a way that does not follow the tus protocol (%2). "
              "Ask the system administrator.")
        .arg(file, detail);
}

QString TusMessages::unreadable(const QString& file, const QString& reason)
{
    return tr("Cannot read %1 to send it to the central system: %2").arg(file, reason);
}

} // namespace motcua::sync
