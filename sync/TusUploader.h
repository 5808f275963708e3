// TusUploader: sends one file to a tus 1.0 server (the central's /files/ or any other) through an
// HttpTransport: OPTIONS (what the server offers), creation (POST with Upload-Length and Upload-Metadata:
// filename, the file's sha256, the dossier code), then PATCH chunks of a configurable size, each with
// Upload-Checksum "sha256 <base64>" when the server has the checksum extension. The upload URL is kept
// in a TusUploadState file, so that a new uploader (after an interruption or a restart) asks the server
// for its offset (HEAD) and sends only the bytes it has not confirmed.
// A chunk the server reports damaged (460) is sent again; a lost upload (404/410) is created anew once;
// everything else ends the upload with a classified failure: transient (timeouts, dropped connections,
// 5xx: the caller retries later, and the upload resumes), unauthorized (401/403: get a new token) or
// permanent (other 4xx). Runs on the thread it lives in; reading and hashing the file happen there.
// See docs/file-uploads.md.
#pragma once

#include "core/Result.h"
#include "sync/HttpTransport.h"
#include "sync/TusUploadState.h"

#include <QCoreApplication>
#include <QFile>
#include <QObject>
#include <QUrl>

#include <functional>

namespace motcua::sync {

enum class TusFailure {
    None,
    Transient, // try again later: the upload resumes where the server stands
    Unauthorized, // the server refused the credentials: renew the token, then try again
    Permanent, // the server refused the upload (or the file cannot be read): needs a person or a fix
};

struct TusUploadOptions {
    QUrl endpoint; // the creation URL, e.g. https://central.example/files/
    qint64 chunkSize = 4 * 1024 * 1024; // bytes per PATCH
    QString stateFile; // TusUploadState file; empty = uploads are not remembered
    // Value of the Authorization header, asked before every request (e.g. "Bearer <token>"); empty = none.
    std::function<QByteArray()> authorization;
    int requestTimeoutMs = 120000; // per request
    int checksumRetries = 3; // times a chunk is resent after 460 before the upload fails
    bool checksums = true; // send Upload-Checksum when the server offers sha256
};

struct TusUploadRequest {
    QString filePath;
    QString fileName; // Upload-Metadata "filename"; empty = the file's own name
    QString dossierCode; // Upload-Metadata "dossier"; empty = left out
    QByteArray sha256Hex; // the file's SHA-256 when already known (64 hex digits); empty = computed here
    QString stateKey; // key in the state file; empty = the file's absolute path
};

struct TusUploadResult {
    TusFailure failure = TusFailure::None;
    Error error; // what failed, when failure != None
    int httpStatus = 0; // the answer that ended the upload (0 = none, or a transport failure)
    QUrl uploadUrl;
    qint64 length = 0;
    qint64 offset = 0; // bytes the server has confirmed
    qint64 resumedFrom = -1; // the offset an existing upload continued from; -1 = created in this run
    qint64 bytesSent = 0; // PATCH bytes sent in this run, resent chunks included
    int chunksResent = 0; // chunks sent again after 460
    QByteArray sha256Hex;

    bool ok() const { return failure == TusFailure::None; }
};

class TusUploader : public QObject
{
    Q_OBJECT

public:
    TusUploader(HttpTransport& transport, TusUploadOptions options, QObject* parent = nullptr);

    const TusUploadOptions& options() const { return m_options; }
    bool isBusy() const { return m_busy; }
    // Starts an upload; finished() follows exactly once, unless cancel() comes first. Refused (false)
    // while another upload runs.
    bool start(const TusUploadRequest& request);
    // Stops the upload: answers still in flight are ignored, finished() is not emitted, and the state
    // file keeps the upload so that a later start() resumes it.
    void cancel();

Q_SIGNALS:
    void progress(qint64 offset, qint64 length);
    void finished(const motcua::sync::TusUploadResult& result);

private:
    using Handler = void (TusUploader::*)(const HttpResponse&);
    struct Chunk {
        qint64 offset = -1; // -1: nothing read
        QByteArray data;
        QByteArray checksum; // Upload-Checksum, or empty
    };

    void send(QByteArray method, const QUrl& url, HttpHeaders headers, QByteArray body, Handler handler);
    void discover();
    void onOptions(const HttpResponse& response);
    void resume();
    void onHead(const HttpResponse& response);
    void create();
    void onCreated(const HttpResponse& response);
    bool prepare(Chunk& chunk, qint64 offset);
    void sendChunk();
    void onPatched(const HttpResponse& response);
    void resync();
    void forgetAndCreate(const HttpResponse& response);
    void succeed();
    void fail(TusFailure failure, Error error, int httpStatus = 0);
    // The end of an upload on an answer that is not what the protocol step expected.
    void failOn(const HttpResponse& response);
    Result<QByteArray> fileSha256();

    HttpTransport& m_transport;
    TusUploadOptions m_options;
    TusUploadState m_state;
    TusUploadRequest m_request;
    TusUploadResult m_result;
    QFile m_file;
    QString m_key;
    bool m_busy = false;
    bool m_discovered = false; // OPTIONS asked (once per uploader)
    bool m_serverChecksum = false; // the server verifies sha256 chunk checksums
    qint64 m_serverMaxSize = -1;
    bool m_recreated = false;
    int m_checksumFailures = 0;
    int m_resyncs = 0;
    Chunk m_current; // the PATCH in flight (its bytes shared with the transport while it sends)
    Chunk m_next; // read and hashed ahead while the current one is on its way
    quint64 m_generation = 0; // answers of an earlier, cancelled upload are dropped
};

// Translated messages of the uploader.
class TusMessages
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::TusMessages)

public:
    static QString serverError(int status, const QString& file);
    static QString unauthorized(int status, const QString& file);
    static QString refused(int status, const QString& file, const QString& detail);
    static QString checksumFailures(const QString& file, int times);
    static QString fileChanged(const QString& file);
    static QString tooLarge(const QString& file, qint64 length, qint64 max);
    static QString protocol(const QString& file, const QString& detail);
    static QString unreadable(const QString& file, const QString& reason);
};

} // namespace motcua::sync

Q_DECLARE_METATYPE(motcua::sync::TusUploadResult)
