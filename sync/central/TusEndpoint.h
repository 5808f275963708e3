// TusEndpoint: the reference central's tus 1.0 upload endpoint (core protocol, creation and checksum
// extensions, SHA-256), on /files/ of the central's QHttpServer:
//   OPTIONS /files/       capabilities (Tus-Version, Tus-Extension, Tus-Checksum-Algorithm, Tus-Max-Size)
//   POST    /files/       creation: Upload-Length + Upload-Metadata (with the file's "sha256") -> 201 Location
//   HEAD    /files/{id}   the upload's offset and length
//   PATCH   /files/{id}   a chunk at Upload-Offset; Upload-Checksum verified (460 when it differs)
//   GET     /files/sha256/{sha256}  a complete file by content (a record's DuongDanTaiTepTin); HEAD too
// With Options::agencyOf (the central), uploads and reads are confined to the desk's agency
// (docs/sync-protocol.md, "Files of one agency").
// Creating an upload of a file already complete here (same SHA-256 and length) answers with that upload,
// its Upload-Offset equal to its length: a file is never sent twice.
// Files live in TusFileStore below <data folder>/files. See docs/file-uploads.md.
#pragma once

#include "sync/central/TusFileStore.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace motcua::sync {

class TusEndpoint
{
public:
    struct Options {
        QString dataDir; // the central's data folder; files go to <dataDir>/files (empty: uploads refused)
        qint64 maxSize = qint64(4) * 1024 * 1024 * 1024; // Tus-Max-Size
        // Decides whether a request may upload (e.g. checks its bearer token); unset = everyone may.
        std::function<bool(const QHttpServerRequest&)> authorize;
        // The agency of the desk making the request, or nothing when it is not signed in (401). When set
        // (it replaces `authorize`), an upload belongs to the agency of the desk that created it: another
        // agency's HEAD/PATCH of it is 404, creating it again is a new upload of its own, and a file is
        // read by SHA-256 only from its own agency's uploads and only when `mayRead` says yes.
        std::function<std::optional<QString>(const QHttpServerRequest&)> agencyOf;
        // Whether a desk of `agency` may read the complete file with that SHA-256 (central: one of the
        // agency's dossier records names it); unset = yes.
        std::function<bool(const QString& agency, const QByteArray& sha256Hex)> mayRead;
        // Faults on purpose for tests (motcua-central --fault-rate), drawn once per POST, HEAD and PATCH:
        // Unavailable answers 503 and does nothing; AnswerLost does the work, then answers 503 as if the
        // answer had been lost on the way (the desk must find out with HEAD, or create again). Unset = none.
        enum class Fault { None, Unavailable, AnswerLost };
        std::function<Fault()> fault;
    };

    explicit TusEndpoint(Options options);

    // Registers the routes on `server`; the endpoint lives as long as the server's routes do.
    static std::shared_ptr<TusEndpoint> install(QHttpServer& server, Options options);
    // The same with the default options for that data folder.
    static std::shared_ptr<TusEndpoint> install(QHttpServer& server, const QString& dataDir);
    // <dataDir>/files: where a TusFileStore of the central's uploads is.
    static QString filesFolder(const QString& dataDir);

    TusFileStore& store() { return m_store; }

    QHttpServerResponse options() const;
    QHttpServerResponse create(const QHttpServerRequest& request);
    QHttpServerResponse head(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse patch(const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse download(const QString& sha256Hex, const QHttpServerRequest& request, bool headOnly);
    // PATCH body bytes this endpoint has received (accepted or not), for tests and benchmarks.
    qint64 bytesReceived() const { return m_bytesReceived; }

private:
    // `handle`'s answer, or the test fault that Options::fault draws (bodyless: for HEAD).
    QHttpServerResponse withFault(const std::function<QHttpServerResponse()>& handle, bool bodyless = false);
    // The refusal common to every request but OPTIONS (no data folder, wrong Tus-Resumable, not
    // authorised), or nothing; `agency` gets the requesting desk's agency (empty without agencyOf).
    std::optional<QHttpServerResponse> refuse(const QHttpServerRequest& request, QString& agency) const;
    // The requesting desk's agency; nothing when not authorised.
    std::optional<QString> requestAgency(const QHttpServerRequest& request) const;
    // The upload with that id if it belongs to `agency` (uploads are per agency), else nothing.
    std::optional<TusUpload> findFor(const QString& id, const QString& agency) const;

    Options m_options;
    TusFileStore m_store;
    qint64 m_bytesReceived = 0;
};

} // namespace motcua::sync
