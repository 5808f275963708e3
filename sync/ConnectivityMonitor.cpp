#include "sync/ConnectivityMonitor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::sync {

ConnectivityMonitor::ConnectivityMonitor(HttpTransport& transport, const QUrl& centralUrl, QObject* parent)
    : QObject(parent), m_transport(transport)
{
    if (centralUrl.isValid() && !centralUrl.isEmpty()) {
        m_healthUrl = centralUrl;
        QString path = m_healthUrl.path();
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        m_healthUrl.setPath(path + QStringLiteral("/health"));
    }
    connect(&m_timer, &QTimer::timeout, this, &ConnectivityMonitor::checkNow);
}

void ConnectivityMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    checkNow();
}

void ConnectivityMonitor::checkNow()
{
    if (m_healthUrl.isEmpty()) {
        setState(
            State::Offline, tr("No central system is configured for this desk (\"central_url\" in the site file)."));
        return;
    }
    if (m_inFlight)
        return;
    m_inFlight = true;
    m_transport.send(HttpRequest::get(m_healthUrl, m_timeoutMs), this, [this](const HttpResponse& response) {
        m_inFlight = false;
        onAnswer(response);
    });
}

void ConnectivityMonitor::onAnswer(const HttpResponse& response)
{
    if (!response.ok()) {
        setState(State::Offline, response.errorMessage);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (response.status != 200 || body.value(QStringLiteral("status")).toString() != QLatin1String("ok")) {
        setState(State::Offline,
            tr("The central system answered but is not ready (HTTP %1). Work is kept on this desk.")
                .arg(response.status));
        return;
    }
    setState(State::Online, {});
}

void ConnectivityMonitor::setState(State state, const QString& error)
{
    m_lastError = error;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace motcua::sync
