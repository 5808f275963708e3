// SyncEngine, the files of a batch: every file the batch's dossier records refer to goes to central with
// tus before the batch itself (docs/file-uploads.md, "Files of records").
#include "sync/SyncEngine.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSyncEngine)

namespace motcua::sync {

std::unique_ptr<FileUploads> SyncEngine::makeFileUploads()
{
    FileUploads::Options options;
    options.endpoint = m_settings.filesEndpoint;
    if (options.endpoint.isEmpty()) {
        options.endpoint = m_settings.central;
        const QString path = options.endpoint.path();
        options.endpoint.setPath(path.chopped(path.endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/files/"));
    }
    options.dataDir = m_store->dataDir();
    options.stateFile = TusUploadState::defaultPath(options.dataDir);
    options.chunkSize = m_settings.uploadChunkSize;
    options.requestTimeoutMs = std::max(m_settings.requestTimeoutMs, 60000);
    options.authorization = [this] { return m_token.isEmpty() ? QByteArray() : "Bearer " + m_token.toLatin1(); };
    auto files = std::make_unique<FileUploads>(*m_transport, std::move(options));
    files->setParent(this); // moves to the sync thread with the engine; deleted by the unique_ptr first
    connect(files.get(), &FileUploads::fileDone, this, [this](qint64 length) {
        progressed();
        m_state.pendingBytes = std::max<qint64>(0, m_state.pendingBytes - length);
        publish();
    });
    return files;
}

// A batch whose records name files waits for at most settings.filesPerBatch of them: its first records,
// up to the one that reaches the limit, go out as soon as their files are up, and the rest follow in the
// next batch. Found by the chaos test: with 200 records of 300 files, a sync process interrupted every few
// seconds (killed, restarted) never got a record out, only files, because the whole batch waited for all.
void SyncEngine::uploadThenSend(const Batch& batch)
{
    Batch sent = batch;
    QList<RecordFile> files = m_files->missingFor(batch.items);
    if (files.size() > m_settings.filesPerBatch) {
        sent = {};
        qsizetype named = 0;
        for (const store::OutboxItem& item : batch.items) {
            sent.items << item;
            sent.lastId = item.id;
            named += m_files->missingFor({ item }).size();
            if (named >= m_settings.filesPerBatch)
                break;
        }
        files = m_files->missingFor(sent.items);
    }
    if (files.isEmpty()) {
        sendBatch(sent);
        return;
    }
    m_files->upload(std::move(files), [this, sent](const FileUploadOutcome& outcome) { filesUploaded(sent, outcome); });
}

void SyncEngine::filesUploaded(const Batch& batch, const FileUploadOutcome& outcome)
{
    m_round.uploadedBytes += outcome.bytesSent;
    switch (outcome.failure) {
    case TusFailure::None:
        sendBatch(batch);
        return;
    case TusFailure::Unauthorized: // the token ran out while the files went up: sign in again, once
        m_token.clear();
        if (m_reauthenticated) {
            transientFailure(outcome.error.message, true);
            return;
        }
        m_reauthenticated = true;
        step();
        return;
    case TusFailure::Transient:
        transientFailure(outcome.error.message, outcome.httpStatus != 0);
        return;
    case TusFailure::Permanent:
        break;
    }
    // The file cannot go (unreadable here, or refused there): its records wait, parked with the reason,
    // and the rest of the batch goes on.
    int parked = 0;
    for (const store::OutboxItem& item : batch.items) {
        if (!outcome.failedKeys.contains(item.key))
            continue;
        const QString reason = QStringLiteral("TaiLieuNop: %1").arg(outcome.error.message);
        qCWarning(lcSyncEngine) << "parked" << item.key << item.dossierCode << "for a file:" << outcome.error.code;
        if (auto s = m_store->markFailed(m_actor, item.key, reason); !s) {
            qCWarning(lcSyncEngine) << "parking:" << s.error().message;
            continue;
        }
        m_blocked.insert(item.dossierCode);
        ++m_round.parkedNow;
        ++parked;
    }
    if (parked == 0) { // nothing could be parked: try again later rather than loop on the same batch
        transientFailure(outcome.error.message, true);
        return;
    }
    step();
}

} // namespace motcua::sync
