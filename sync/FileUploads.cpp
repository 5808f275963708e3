#include "sync/FileUploads.h"

#include "sync/TusProtocol.h"

#include <QDir>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFileUploads, "motcua.sync.files", QtInfoMsg)

namespace motcua::sync {

namespace {

TusUploadOptions uploaderOptions(const FileUploads::Options& o)
{
    TusUploadOptions t;
    t.endpoint = o.endpoint;
    t.chunkSize = o.chunkSize;
    t.stateFile = o.stateFile;
    t.authorization = o.authorization;
    t.requestTimeoutMs = o.requestTimeoutMs;
    return t;
}

} // namespace

FileUploads::FileUploads(HttpTransport& transport, Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_uploader(transport, uploaderOptions(m_options), this)
{
    connect(&m_uploader, &TusUploader::finished, this, &FileUploads::onFinished);
}

QString FileUploads::storedPath(const QString& dataDir, const QByteArray& sha256Hex)
{
    const QString sha = QString::fromLatin1(sha256Hex);
    return QDir(dataDir).filePath(QStringLiteral("files/%1/%2").arg(sha.left(2), sha));
}

QList<RecordFile> FileUploads::missingFor(const QList<store::OutboxItem>& items) const
{
    QList<RecordFile> files;
    QHash<QByteArray, qsizetype> seen;
    for (const store::OutboxItem& item : items) {
        if (item.service != store::OutboxService::DongBoHoSoMC)
            continue;
        const QJsonArray data = item.envelope.value(QStringLiteral("data")).toArray();
        for (const QJsonValue record : data) {
            for (const QJsonValue f : record.toObject().value(QStringLiteral("TaiLieuNop")).toArray()) {
                const QJsonObject file = f.toObject();
                const QByteArray sha = file.value(QStringLiteral("TepDinhKemId")).toString().toLatin1().toLower();
                if (!tus::isSha256Hex(sha) || m_atCentral.contains(sha)
                    || file.value(QStringLiteral("IsDeleted")).toString() == QLatin1String("True"))
                    continue;
                if (auto it = seen.constFind(sha); it != seen.constEnd()) {
                    files[it.value()].keys << item.key;
                    continue;
                }
                seen.insert(sha, files.size());
                files << RecordFile { sha, file.value(QStringLiteral("TenTepDinhKem")).toString(), item.dossierCode,
                    storedPath(m_options.dataDir, sha), { item.key } };
            }
        }
    }
    return files;
}

void FileUploads::upload(QList<RecordFile> files, Done done)
{
    m_queue = std::move(files);
    m_done = std::move(done);
    m_outcome = {};
    m_busy = true;
    next();
}

void FileUploads::cancel()
{
    m_uploader.cancel();
    m_queue.clear();
    m_done = nullptr;
    m_busy = false;
}

void FileUploads::next()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        if (Done done = std::exchange(m_done, nullptr))
            done(m_outcome);
        return;
    }
    const RecordFile& file = m_queue.first();
    TusUploadRequest request;
    request.filePath = file.path;
    request.fileName = file.name;
    request.dossierCode = file.dossierCode;
    request.sha256Hex = file.sha256Hex; // the store computed it when it kept the file
    m_uploader.start(request);
}

void FileUploads::onFinished(const TusUploadResult& result)
{
    if (!m_busy || m_queue.isEmpty())
        return;
    m_outcome.bytesSent += result.bytesSent;
    const RecordFile file = m_queue.takeFirst();
    if (result.ok()) {
        m_atCentral.insert(file.sha256Hex);
        ++m_outcome.files;
        emit fileDone(result.length);
        next();
        return;
    }
    qCWarning(lcFileUploads).noquote() << "file" << file.sha256Hex << "of" << file.dossierCode
                                       << "not sent:" << result.error.code;
    m_outcome.failure = result.failure;
    m_outcome.error = result.error;
    m_outcome.httpStatus = result.httpStatus;
    if (result.failure == TusFailure::Permanent)
        m_outcome.failedKeys = file.keys;
    m_queue.clear();
    m_busy = false;
    if (Done done = std::exchange(m_done, nullptr))
        done(m_outcome);
}

} // namespace motcua::sync
