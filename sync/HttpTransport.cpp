#include "sync/HttpTransport.h"

namespace motcua::sync {

HttpRequest HttpRequest::get(const QUrl& url, int timeoutMs)
{
    HttpRequest request;
    request.url = url;
    request.timeoutMs = timeoutMs;
    return request;
}

QString transportErrorName(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return QStringLiteral("none");
    case TransportError::Timeout:
        return QStringLiteral("timeout");
    case TransportError::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case TransportError::Dns:
        return QStringLiteral("dns");
    case TransportError::Tls:
        return QStringLiteral("tls");
    case TransportError::ConnectionLost:
        return QStringLiteral("connection_lost");
    case TransportError::InvalidUrl:
        return QStringLiteral("invalid_url");
    case TransportError::Other:
        return QStringLiteral("network");
    }
    return QStringLiteral("network");
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Error HttpResponse::toError() const
{
    return Error::environment(QStringLiteral("network"), errorMessage, transportErrorName(error));
}

QString TransportMessages::text(TransportError error, const QUrl& url)
{
    const QString host = url.host().isEmpty() ? url.toString() : url.host();
    switch (error) {
    case TransportError::None:
        return {};
    case TransportError::Timeout:
        return tr("The central system at %1 did not answer in time. Work is kept on this desk; it is sent "
                  "when the connection is back.")
            .arg(host);
    case TransportError::ConnectionRefused:
        return tr("Cannot connect to the central system at %1: nothing answers there. Check the network "
                  "cable or Wi-Fi, and the central address in the site file.")
            .arg(host);
    case TransportError::Dns:
        return tr("The central system's name %1 is unknown to the network (DNS). Check the central address "
                  "in the site file and the network settings.")
            .arg(host);
    case TransportError::Tls:
        return tr("The secure connection to %1 was refused: its certificate cannot be trusted. Ask the "
                  "system administrator; do not switch verification off.")
            .arg(host);
    case TransportError::ConnectionLost:
        return tr("The connection to %1 was cut before the answer arrived. It is tried again later.").arg(host);
    case TransportError::InvalidUrl:
        return tr("The central address \"%1\" is not an http or https address. Correct it in the site file.")
            .arg(url.toString());
    case TransportError::Other:
        return tr("Network error while talking to %1.").arg(host);
    }
    return {};
}

} // namespace motcua::sync
