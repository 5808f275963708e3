// LoopbackHttpServer: a tiny HTTP/1.1 server on 127.0.0.1 for transport tests. It answers each request
// with what the handler returns (Content-Length framing, connections kept open between requests),
// counts the connections it accepted (so tests can see keep-alive), and can stay silent (accepts and
// reads, never answers) to provoke client timeouts.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace motcua::test {

class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request {
        QByteArray method;
        QByteArray path; // with the query
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray& name) const;
    };
    struct Reply {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added
    };
    using Handler = std::function<Reply(const Request&)>;

    explicit LoopbackHttpServer(QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    bool start(); // listens on 127.0.0.1, any free port
    quint16 port() const;
    QUrl url(const QString& path = QStringLiteral("/")) const;

    // Default: GET /health answers {"status":"ok"}, anything else 404.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setSilent(bool silent) { m_silent = silent; }

    int connectionCount() const { return m_connections; }
    const QList<Request>& requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

private:
    void readFrom(QTcpSocket* socket);
    static bool takeRequest(QByteArray& buffer, Request& request);

    QTcpServer* m_server;
    Handler m_handler;
    bool m_silent = false;
    int m_connections = 0;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace motcua::test
