// FileUploads: the scanned files a batch of outbox records refers to, sent to central with tus before
// the records (docs/file-uploads.md, "Files of records"). A dossier record names its files in
// TaiLieuNop (TepDinhKemId = the file's SHA-256); the desk keeps each under its data folder by content
// (<data>/files/ab/<sha256>). Files go one after another through one TusUploader (so OPTIONS is asked
// once and the connection is reused); the uploader's state file lets an interrupted upload resume after
// a restart from the offset central confirmed. Central answers the creation of a file it already holds
// whole with that upload (Upload-Offset = length), so nothing is sent twice; files known to be at central
// are remembered for the life of this object. The first file that cannot be sent ends the run with its
// classified failure; a permanent one names the records that refer to it, which the engine parks.
#pragma once

#include "core/store/Store.h"
#include "sync/TusUploader.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace motcua::sync {

// One file that records refer to.
struct RecordFile {
    QByteArray sha256Hex;
    QString name; // TenTepDinhKem
    QString dossierCode;
    QString path; // on the desk
    QStringList keys; // outbox keys of the records that refer to it
};

struct FileUploadOutcome {
    TusFailure failure = TusFailure::None; // of the file that ended the run
    Error error;
    int httpStatus = 0;
    QStringList failedKeys; // permanent failure: the records that refer to that file
    qint64 bytesSent = 0; // PATCH bytes sent in this run
    int files = 0; // files now complete at central
    bool ok() const { return failure == TusFailure::None; }
};

class FileUploads : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QUrl endpoint; // e.g. https://central/files/
        QString dataDir; // the desk's data folder
        QString stateFile; // TusUploadState
        qint64 chunkSize = 4 * 1024 * 1024;
        int requestTimeoutMs = 120000;
        std::function<QByteArray()> authorization;
    };
    using Done = std::function<void(const FileUploadOutcome&)>;

    FileUploads(HttpTransport& transport, Options options, QObject* parent = nullptr);

    // The files the records refer to (dossier records' TaiLieuNop), minus those known to be at central.
    QList<RecordFile> missingFor(const QList<store::OutboxItem>& items) const;
    // Where the desk keeps a file with that SHA-256.
    static QString storedPath(const QString& dataDir, const QByteArray& sha256Hex);
    // Sends the files in order; `done` runs once, at the end or at the first failure.
    void upload(QList<RecordFile> files, Done done);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void fileDone(qint64 length); // one more file is whole at central

private:
    void next();
    void onFinished(const TusUploadResult& result);

    Options m_options;
    TusUploader m_uploader;
    QSet<QByteArray> m_atCentral;
    QList<RecordFile> m_queue;
    Done m_done;
    FileUploadOutcome m_outcome;
    bool m_busy = false;
};

} // namespace motcua::sync
