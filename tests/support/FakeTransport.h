// FakeTransport: an HttpTransport for tests. Answers are scripted (a queue, then a default, or a
// handler), every request is recorded, failures (timeout, refused, TLS, ...) are injected by kind, and
// answers can be held back until release() to test what happens while an exchange is in flight.
// Answers are delivered asynchronously, on the next turn of the event loop, as the real one does.
#pragma once

#include "sync/HttpTransport.h"

#include <QList>
#include <QPointer>

#include <functional>

namespace motcua::test {

class FakeTransport : public sync::HttpTransport
{
    Q_OBJECT

public:
    using Handler = std::function<sync::HttpResponse(const sync::HttpRequest&)>;

    explicit FakeTransport(QObject* parent = nullptr);

    // Queues one answer (used by the next request, in order).
    void respond(int status, const QByteArray& body, const sync::HttpHeaders& headers = {});
    // Queues one failure of that kind (with the same translated message as the real transport).
    void fail(sync::TransportError error);
    // What requests get once the queue is empty (default: connection refused).
    void setDefault(const sync::HttpResponse& response) { m_default = response; }
    void setDefaultHandler(Handler handler) { m_handler = std::move(handler); }
    // Holds answers back (they stay pending) until release().
    void hold() { m_holding = true; }
    void release();

    quint64 send(const sync::HttpRequest& request, QObject* context, Callback done) override;

    const QList<sync::HttpRequest>& requests() const { return m_requests; }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

    static sync::HttpResponse answer(int status, const QByteArray& body, const sync::HttpHeaders& headers = {});
    static sync::HttpResponse failure(sync::TransportError error, const QUrl& url = {});

private:
    struct Pending {
        quint64 id;
        sync::HttpResponse response;
        QPointer<QObject> context;
        bool hasContext;
        Callback done;
    };
    void deliverLater(Pending pending);

    QList<sync::HttpResponse> m_script;
    sync::HttpResponse m_default;
    Handler m_handler;
    QList<sync::HttpRequest> m_requests;
    QList<Pending> m_pending;
    bool m_holding = false;
    quint64 m_nextId = 0;
};

} // namespace motcua::test
