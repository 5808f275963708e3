// CentralServer: the reference central system that desks sync with. It listens on loopback only and,
// for now, answers GET /health; the sync protocol (outbox push, change feed, fault injection) comes with
// the sync issue. Used by the motcua-central executable and by tests in-process.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <memory>

class QHttpServer;

namespace motcua::sync {

struct CentralServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = any free port
    QString dataDir;
};

class CentralServer
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::CentralServer)

public:
    explicit CentralServer(CentralServerOptions options);
    ~CentralServer();

    // Starts listening; refuses any address outside the loopback range.
    Status start();
    quint16 port() const { return m_port; }
    QString baseUrl() const;

private:
    CentralServerOptions m_options;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
};

} // namespace motcua::sync
