#include "sync/central/TusEndpoint.h"

#include <QDir>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTus, "motcua.sync.central.tus", QtInfoMsg)

namespace motcua::sync {

namespace {

using TusHttpStatus = QHttpServerResponder::StatusCode;

QByteArray tusHeader(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

// Every tus answer carries Tus-Resumable and is never cached.
QHttpServerResponse tusReply(int status, const QByteArray& body = {})
{
    QHttpServerResponse response = body.isEmpty()
        ? QHttpServerResponse(static_cast<TusHttpStatus>(status))
        : QHttpServerResponse(QByteArrayLiteral("application/json"), body, static_cast<TusHttpStatus>(status));
    response.setHeader("Tus-Resumable", tus::kVersion);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse tusError(int status, const QString& code, const QString& message)
{
    const QJsonObject body { { QStringLiteral("error"), code }, { QStringLiteral("message"), message } };
    return tusReply(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

int tusStatusForStoreError(const QString& code)
{
    if (code == QLatin1String("not_found"))
        return 404;
    if (code == QLatin1String("offset_mismatch") || code == QLatin1String("already_complete"))
        return 409;
    if (code == QLatin1String("too_long"))
        return 400;
    if (code == QLatin1String("file_sha256_mismatch"))
        return 422;
    return 500;
}

} // namespace

TusEndpoint::TusEndpoint(Options options) : m_options(std::move(options)), m_store(filesFolder(m_options.dataDir)) { }

QString TusEndpoint::filesFolder(const QString& dataDir)
{
    return dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(QStringLiteral("files"));
}

std::shared_ptr<TusEndpoint> TusEndpoint::install(QHttpServer& server, Options options)
{
    auto endpoint = std::make_shared<TusEndpoint>(std::move(options));
    using Method = QHttpServerRequest::Method;
    for (const QString& path : { QStringLiteral("/files"), QStringLiteral("/files/") }) {
        server.route(path, Method::Options, [endpoint] { return endpoint->options(); });
        server.route(path, Method::Post, [endpoint](const QHttpServerRequest& request) {
            return endpoint->withFault([&] { return endpoint->create(request); });
        });
    }
    const QString byContent = QStringLiteral("/files/sha256/<arg>");
    server.route(byContent, Method::Get, [endpoint](const QString& sha, const QHttpServerRequest& request) {
        return endpoint->download(sha, request, false);
    });
    server.route(byContent, Method::Head, [endpoint](const QString& sha, const QHttpServerRequest& request) {
        return endpoint->download(sha, request, true);
    });
    const QString upload = QStringLiteral("/files/<arg>");
    server.route(upload, Method::Options, [endpoint](const QString&) { return endpoint->options(); });
    server.route(upload, Method::Head, [endpoint](const QString& id, const QHttpServerRequest& request) {
        return endpoint->withFault([&] { return endpoint->head(id, request); }, true);
    });
    server.route(upload, Method::Patch, [endpoint](const QString& id, const QHttpServerRequest& request) {
        return endpoint->withFault([&] { return endpoint->patch(id, request); });
    });
    return endpoint;
}

std::shared_ptr<TusEndpoint> TusEndpoint::install(QHttpServer& server, const QString& dataDir)
{
    Options options;
    options.dataDir = dataDir;
    return install(server, std::move(options));
}

QHttpServerResponse TusEndpoint::withFault(const std::function<QHttpServerResponse()>& handle, bool bodyless)
{
    const Options::Fault fault = m_options.fault ? m_options.fault() : Options::Fault::None;
    if (fault == Options::Fault::None)
        return handle();
    if (fault == Options::Fault::AnswerLost) {
        QHttpServerResponse done = handle(); // stored, but the desk never hears it
        qCInfo(lcTus) << "test fault: answer" << int(done.statusCode()) << "replaced by 503";
    }
    return bodyless ? tusReply(503)
                    : tusError(503, QStringLiteral("unavailable"), QStringLiteral("Try again later (a test fault)."));
}

QHttpServerResponse TusEndpoint::options() const
{
    QHttpServerResponse response = tusReply(204);
    response.setHeader("Tus-Version", tus::kVersion);
    response.setHeader("Tus-Extension", tus::kExtensions);
    response.setHeader("Tus-Checksum-Algorithm", tus::kChecksumAlgorithm);
    response.setHeader("Tus-Max-Size", QByteArray::number(m_options.maxSize));
    return response;
}

std::optional<QString> TusEndpoint::requestAgency(const QHttpServerRequest& request) const
{
    if (m_options.agencyOf)
        return m_options.agencyOf(request);
    if (m_options.authorize && !m_options.authorize(request))
        return std::nullopt;
    return QString();
}

std::optional<TusUpload> TusEndpoint::findFor(const QString& id, const QString& agency) const
{
    std::optional<TusUpload> upload = m_store.find(id);
    if (upload && upload->agency != agency)
        return std::nullopt; // another agency's upload: as if it did not exist
    return upload;
}

std::optional<QHttpServerResponse> TusEndpoint::refuse(const QHttpServerRequest& request, QString& agency) const
{
    if (tusHeader(request, "Tus-Resumable") != tus::kVersion) {
        QHttpServerResponse response = tusError(412, QStringLiteral("tus_version"),
            QStringLiteral("Tus-Resumable must be %1.").arg(QLatin1String(tus::kVersion)));
        response.setHeader("Tus-Version", tus::kVersion);
        return response;
    }
    if (m_store.directory().isEmpty())
        return tusError(503, QStringLiteral("no_storage"), QStringLiteral("This server has no data folder for files."));
    const std::optional<QString> desksAgency = requestAgency(request);
    if (!desksAgency) {
        QHttpServerResponse response
            = tusError(401, QStringLiteral("unauthorized"), QStringLiteral("A valid bearer token is needed."));
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    agency = *desksAgency;
    return std::nullopt;
}

QHttpServerResponse TusEndpoint::create(const QHttpServerRequest& request)
{
    QString agency;
    if (auto refusal = refuse(request, agency))
        return std::move(*refusal);
    if (!tusHeader(request, "Upload-Defer-Length").isEmpty())
        return tusError(400, QStringLiteral("defer_length"), QStringLiteral("Upload-Defer-Length is not supported."));
    const qint64 length = tus::parseOffset(tusHeader(request, "Upload-Length"));
    if (length < 0)
        return tusError(400, QStringLiteral("upload_length"), QStringLiteral("Upload-Length is missing or invalid."));
    if (length > m_options.maxSize)
        return tusError(413, QStringLiteral("too_large"),
            QStringLiteral("Upload-Length exceeds Tus-Max-Size %1.").arg(m_options.maxSize));
    const QByteArray metadataHeader = tusHeader(request, "Upload-Metadata");
    const std::optional<tus::Metadata> metadata = tus::parseMetadata(metadataHeader);
    if (!metadata)
        return tusError(400, QStringLiteral("upload_metadata"), QStringLiteral("Upload-Metadata is malformed."));
    if (!tus::isSha256Hex(tus::metadataValue(*metadata, tus::kMetaSha256)))
        return tusError(400, QStringLiteral("upload_metadata"),
            QStringLiteral("Upload-Metadata needs \"sha256\": the file's SHA-256 in 64 lower-case hex digits."));
    if (!request.body().isEmpty())
        return tusError(400, QStringLiteral("creation_with_upload"),
            QStringLiteral("creation-with-upload is not supported: send the bytes with PATCH."));
    const QByteArray sha = tus::metadataValue(*metadata, tus::kMetaSha256);
    const std::optional<TusUpload> held
        = m_options.agencyOf ? m_store.completedBySha256(sha, agency) : m_store.completedBySha256(sha);
    if (held && held->length == length) {
        qCInfo(lcTus).noquote() << "upload" << held->id << "already complete:" << sha;
        QHttpServerResponse response = tusReply(201);
        response.setHeader("Location", QByteArrayLiteral("/files/") + held->id.toLatin1());
        response.setHeader("Upload-Offset", QByteArray::number(held->length));
        return response;
    }
    const Result<TusUpload> upload = m_store.create(length, metadataHeader, *metadata, agency);
    if (!upload)
        return tusError(500, upload.error().code, upload.error().message);
    qCInfo(lcTus).noquote() << "upload" << upload->id << "created:" << length << "bytes," << upload->fileName();
    QHttpServerResponse response = tusReply(201);
    response.setHeader("Location", QByteArrayLiteral("/files/") + upload->id.toLatin1());
    response.setHeader("Upload-Offset", QByteArray::number(upload->offset));
    return response;
}

QHttpServerResponse TusEndpoint::head(const QString& id, const QHttpServerRequest& request)
{
    QString agency;
    if (auto refusal = refuse(request, agency)) { // the same refusal, without a body
        QHttpServerResponse response = tusReply(int(refusal->statusCode()));
        if (refusal->statusCode() == TusHttpStatus::PreconditionFailed)
            response.setHeader("Tus-Version", tus::kVersion);
        return response;
    }
    const std::optional<TusUpload> upload = findFor(id, agency);
    if (!upload)
        return tusReply(404);
    QHttpServerResponse response = tusReply(200);
    response.setHeader("Upload-Offset", QByteArray::number(upload->offset));
    response.setHeader("Upload-Length", QByteArray::number(upload->length));
    if (!upload->metadataHeader.isEmpty())
        response.setHeader("Upload-Metadata", upload->metadataHeader);
    return response;
}

QHttpServerResponse TusEndpoint::patch(const QString& id, const QHttpServerRequest& request)
{
    QString agency;
    if (auto refusal = refuse(request, agency))
        return std::move(*refusal);
    const std::optional<TusUpload> before = findFor(id, agency);
    if (!before)
        return tusError(404, QStringLiteral("not_found"), QStringLiteral("No upload %1 here.").arg(id));
    const QByteArray contentType = tusHeader(request, "Content-Type").split(';').first().trimmed().toLower();
    if (contentType != tus::kPatchContentType)
        return tusError(415, QStringLiteral("content_type"),
            QStringLiteral("Content-Type must be %1.").arg(QLatin1String(tus::kPatchContentType)));
    const qint64 offset = tus::parseOffset(tusHeader(request, "Upload-Offset"));
    if (offset < 0)
        return tusError(400, QStringLiteral("upload_offset"), QStringLiteral("Upload-Offset is missing or invalid."));
    const QByteArray chunk = request.body();
    m_bytesReceived += chunk.size();
    if (const QByteArray checksum = tusHeader(request, "Upload-Checksum"); !checksum.isEmpty()) {
        const QList<QByteArray> parts = checksum.split(' ');
        if (parts.size() != 2 || parts.first() != tus::kChecksumAlgorithm)
            return tusError(400, QStringLiteral("checksum_algorithm"),
                QStringLiteral("Upload-Checksum must be \"sha256 <base64>\"."));
        if (QByteArray::fromBase64(parts.last()) != tus::Sha256::hash(chunk))
            return tusError(tus::kChecksumMismatch, QStringLiteral("checksum_mismatch"),
                QStringLiteral("The chunk's SHA-256 differs from Upload-Checksum; send it again."));
    }
    if (before->complete && offset == before->length && chunk.isEmpty()) {
        QHttpServerResponse response = tusReply(204);
        response.setHeader("Upload-Offset", QByteArray::number(before->offset));
        return response;
    }
    const Result<TusUpload> upload = m_store.append(id, offset, chunk);
    if (!upload) {
        QHttpServerResponse response
            = tusError(tusStatusForStoreError(upload.error().code), upload.error().code, upload.error().message);
        if (upload.error().code == QLatin1String("offset_mismatch"))
            response.setHeader("Upload-Offset", QByteArray::number(before->offset));
        return response;
    }
    if (upload->complete)
        qCInfo(lcTus).noquote() << "upload" << id << "complete:" << upload->length << "bytes, sha256"
                                << upload->sha256Hex;
    QHttpServerResponse response = tusReply(204);
    response.setHeader("Upload-Offset", QByteArray::number(upload->offset));
    return response;
}

QHttpServerResponse TusEndpoint::download(const QString& sha256Hex, const QHttpServerRequest& request, bool headOnly)
{
    if (m_store.directory().isEmpty())
        return tusError(503, QStringLiteral("no_storage"), QStringLiteral("This server has no data folder for files."));
    const std::optional<QString> agency = requestAgency(request);
    if (!agency) {
        QHttpServerResponse response = headOnly
            ? tusReply(401)
            : tusError(401, QStringLiteral("unauthorized"), QStringLiteral("A valid bearer token is needed."));
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    const QByteArray sha = sha256Hex.toLatin1();
    std::optional<TusUpload> held = m_store.completedBySha256(sha);
    if (m_options.agencyOf) { // the agency's own upload, or one made before uploads had an agency
        if (std::optional<TusUpload> own = m_store.completedBySha256(sha, *agency))
            held = own;
        else if (held && !held->agency.isEmpty())
            held.reset();
    }
    if (held && m_options.mayRead && !m_options.mayRead(*agency, sha))
        held.reset();
    if (!held)
        return headOnly
            ? tusReply(404)
            : tusError(404, QStringLiteral("not_found"), QStringLiteral("No complete file with that SHA-256."));
    QFile file(m_store.bytesPath(held->id));
    if (!headOnly && !file.open(QIODevice::ReadOnly))
        return tusError(500, QStringLiteral("io"), QStringLiteral("The file cannot be read."));
    QHttpServerResponse response(QByteArrayLiteral("application/octet-stream"),
        headOnly ? QByteArray() : file.readAll(), QHttpServerResponder::StatusCode::Ok);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Digest", "sha-256=" + QByteArray::fromHex(held->sha256Hex).toBase64());
    response.setHeader("Upload-Length", QByteArray::number(held->length));
    return response;
}

} // namespace motcua::sync
