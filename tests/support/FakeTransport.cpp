#include "tests/support/FakeTransport.h"

#include <QTimer>

namespace motcua::test {

FakeTransport::FakeTransport(QObject* parent)
    : sync::HttpTransport(parent), m_default(failure(sync::TransportError::ConnectionRefused))
{ }

sync::HttpResponse FakeTransport::answer(int status, const QByteArray& body, const sync::HttpHeaders& headers)
{
    sync::HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    return response;
}

sync::HttpResponse FakeTransport::failure(sync::TransportError error, const QUrl& url)
{
    sync::HttpResponse response;
    response.error = error;
    response.errorMessage = sync::TransportMessages::text(error, url);
    response.errorDetail = QStringLiteral("injected by FakeTransport");
    return response;
}

void FakeTransport::respond(int status, const QByteArray& body, const sync::HttpHeaders& headers)
{
    m_script.append(answer(status, body, headers));
}

void FakeTransport::fail(sync::TransportError error)
{
    m_script.append(failure(error));
}

quint64 FakeTransport::send(const sync::HttpRequest& request, QObject* context, Callback done)
{
    m_requests.append(request);
    sync::HttpResponse response;
    if (!m_script.isEmpty())
        response = m_script.takeFirst();
    else if (m_handler)
        response = m_handler(request);
    else
        response = m_default;
    if (!response.ok() && response.errorMessage.isEmpty())
        response.errorMessage = sync::TransportMessages::text(response.error, request.url);
    Pending pending { ++m_nextId, response, QPointer<QObject>(context), context != nullptr, std::move(done) };
    const quint64 id = pending.id;
    if (m_holding)
        m_pending.append(std::move(pending));
    else
        deliverLater(std::move(pending));
    return id;
}

void FakeTransport::release()
{
    m_holding = false;
    const QList<Pending> held = std::exchange(m_pending, {});
    for (const Pending& pending : held)
        deliverLater(pending);
}

void FakeTransport::deliverLater(Pending pending)
{
    QTimer::singleShot(0, this, [pending = std::move(pending)] {
        if (pending.hasContext && !pending.context)
            return;
        if (pending.done)
            pending.done(pending.response);
    });
}

} // namespace motcua::test
