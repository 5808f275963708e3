// HttpTransport: the desk's one way to speak HTTP (connectivity checks today, the sync engine next).
// A request goes in with a callback; the answer (status, headers, body) or a typed failure (timeout,
// refused, DNS, TLS, ...) comes back on the transport's thread. CurlTransport is the real one;
// tests/support/FakeTransport scripts answers for tests.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

namespace motcua::sync {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    int timeoutMs = 10000; // the whole exchange, connection included

    static HttpRequest get(const QUrl& url, int timeoutMs = 10000);
};

// Why an exchange produced no HTTP answer. An HTTP error status (404, 500) is not a transport error.
enum class TransportError {
    None,
    Timeout, // no complete answer within the request's timeout
    ConnectionRefused, // nothing listens there, or the host cannot be reached
    Dns, // the host name does not resolve
    Tls, // certificate or TLS handshake refused
    ConnectionLost, // the connection dropped or the answer was not HTTP
    InvalidUrl, // not an http(s) URL
    Other,
};

// Stable lower-case name ("timeout", "connection_refused", ...) used as Error::code and in logs.
QString transportErrorName(TransportError error);

struct HttpResponse {
    int status = 0; // 0 when error != None
    HttpHeaders headers; // in the order received; names as sent
    QByteArray body;
    TransportError error = TransportError::None;
    QString errorMessage; // translated; says what failed and what to do
    QString errorDetail; // the library's own words (English, technical), for the log
    int newConnections = 0; // connections opened for this exchange (0 = an open one was reused)

    bool ok() const { return error == TransportError::None; }
    // First header of that name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray& name) const;
    // The failure as an Error (kind Environment, field "network", code = transportErrorName()).
    Error toError() const;
};

class HttpTransport : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResponse&)>;

    explicit HttpTransport(QObject* parent = nullptr) : QObject(parent) { }
    ~HttpTransport() override = default;

    // Sends the request and returns at once with the exchange's id. `done` runs later, exactly once,
    // on the thread this transport lives in, unless `context` (an object of that thread) is destroyed
    // first or the transport is destroyed first.
    virtual quint64 send(const HttpRequest& request, QObject* context, Callback done) = 0;
};

// Translated messages for transport failures (shared by every implementation).
class TransportMessages
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::TransportMessages)

public:
    static QString text(TransportError error, const QUrl& url);
};

} // namespace motcua::sync
