#include "sync/central/CentralServer.h"

#include "core/Clock.h"
#include "core/Version.h"
#include "sync/central/TusEndpoint.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCentral, "motcua.sync.central", QtInfoMsg)

namespace motcua::sync {

CentralServer::CentralServer(CentralServerOptions options) : m_options(std::move(options)) { }

CentralServer::~CentralServer() = default;

Status CentralServer::start()
{
    if (!m_options.address.isLoopback())
        return Error::invalid(QStringLiteral("listen"),
            tr("The reference central server listens on loopback only; %1 is not a "
               "loopback address.")
                .arg(m_options.address.toString()),
            QStringLiteral("not_loopback"));
    m_server = std::make_unique<QHttpServer>();
    m_server->route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [] {
        return QJsonObject {
            { QStringLiteral("status"), QStringLiteral("ok") },
            { QStringLiteral("service"), QStringLiteral("motcua-central") },
            { QStringLiteral("version"), programVersion() },
            { QStringLiteral("time"), Clock::current().now().toString(Qt::ISODate) },
        };
    });
    TusEndpoint::install(*m_server, m_options.dataDir); // tus uploads on /files/ (docs/file-uploads.md)
    m_server->afterRequest([](QHttpServerResponse&& response) {
        response.setHeader("Cache-Control", "no-store");
        return std::move(response);
    });
    const int port = m_server->listen(m_options.address, m_options.port);
    if (port <= 0)
        return Error::environment(QStringLiteral("listen"),
            tr("Cannot listen on %1:%2; is the port already in use?")
                .arg(m_options.address.toString())
                .arg(m_options.port),
            QStringLiteral("listen_failed"));
    m_port = static_cast<quint16>(port);
    qCInfo(lcCentral) << "listening on" << baseUrl();
    return {};
}

QString CentralServer::baseUrl() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(m_options.address.toString())
        : m_options.address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

} // namespace motcua::sync
