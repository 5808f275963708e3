#include "ui/ConnectivityMonitor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace motcua::ui {

ConnectivityMonitor::ConnectivityMonitor(QUrl centralUrl, QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    if (centralUrl.isValid() && !centralUrl.isEmpty()) {
        m_healthUrl = centralUrl;
        m_healthUrl.setPath(m_healthUrl.path().chopped(m_healthUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0)
            + QStringLiteral("/health"));
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
        setState(State::Offline);
        return;
    }
    if (m_inFlight)
        return;
    m_inFlight = true;
    QNetworkRequest request(m_healthUrl);
    request.setTransferTimeout(3000);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_inFlight = false;
        reply->deleteLater();
        const auto body = QJsonDocument::fromJson(reply->readAll()).object();
        const bool ok = reply->error() == QNetworkReply::NoError
            && body.value(QStringLiteral("status")).toString() == QLatin1String("ok");
        setState(ok ? State::Online : State::Offline);
    });
}

void ConnectivityMonitor::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace motcua::ui
