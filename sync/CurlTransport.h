// CurlTransport: HttpTransport over libcurl. One worker thread drives a curl multi handle, so no call
// ever blocks the caller's thread, and the multi handle's connection cache keeps connections to the
// central system open between exchanges (HTTP keep-alive). TLS certificates and host names are
// verified; a CA file may be given for a private certificate authority, and the server's public key
// may be pinned. Verification is off only when `insecure` is set, which only a site file can ask for
// and which the sync state then reports loudly (sync/SyncSiteSettings).
#pragma once

#include "sync/HttpTransport.h"

#include <QHash>
#include <QPointer>

#include <atomic>
#include <memory>

namespace motcua::sync {

struct CurlOptions {
    QString caFile; // PEM bundle of trusted authorities; empty = the system's
    QByteArray userAgent; // empty = "MotCua-Desk/<version>"
    qint64 maxSendBytesPerSecond = 0; // upload bandwidth cap per exchange (e.g. for a thin link); 0 = none
    // libcurl's CURLOPT_PINNEDPUBLICKEY: "sha256//<base64>" (several joined by ';'), or a PEM/DER file of
    // the public key. Empty = no pinning.
    QByteArray pinnedPublicKey = {};
    QString proxy = {}; // e.g. "http://proxy.local:3128"; empty = the environment's (loopback never uses one)
    bool noProxy = false; // true = never a proxy, whatever the environment says
    int connectTimeoutMs = 0; // 0 = the request's timeout
    QString clientCertificate = {}; // PEM, for central that asks desks for a client certificate; optional
    QString clientKey = {}; // PEM key of that certificate
    bool insecure = false; // no certificate or host name verification: never the default
};

class CurlTransport : public HttpTransport
{
    Q_OBJECT

public:
    explicit CurlTransport(CurlOptions options = {}, QObject* parent = nullptr);
    // Stops the worker thread; exchanges still in flight are abandoned and their callbacks never run.
    ~CurlTransport() override;

    // Call from the thread this transport lives in.
    quint64 send(const HttpRequest& request, QObject* context, Callback done) override;
    int inFlight() const { return static_cast<int>(m_pending.size()); }

private:
    class Engine;
    struct Pending {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };

    void deliver(quint64 id, HttpResponse response);

    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 0;
    std::unique_ptr<Engine> m_engine;
};

} // namespace motcua::sync
