// ConnectivityMonitor: asks the central system's /health through the HTTP transport now and then and
// says whether the desk is online. Nothing waits on it: the window colours its status bar from it and
// the sync engine can wake on it. The state changes only on an answer (or on its absence).
#pragma once

#include "sync/HttpTransport.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace motcua::sync {

class ConnectivityMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Online, Offline };
    Q_ENUM(State)

    // `transport` must outlive the monitor and live in the same thread.
    ConnectivityMonitor(HttpTransport& transport, const QUrl& centralUrl, QObject* parent = nullptr);

    State state() const { return m_state; }
    // Why the last check failed (translated), empty when online.
    QString lastError() const { return m_lastError; }
    QUrl healthUrl() const { return m_healthUrl; }
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }
    // Checks now, then every intervalMs.
    void start(int intervalMs);
    void stop() { m_timer.stop(); }

public Q_SLOTS:
    void checkNow();

Q_SIGNALS:
    void stateChanged(motcua::sync::ConnectivityMonitor::State state);

private:
    void onAnswer(const HttpResponse& response);
    void setState(State state, const QString& error);

    HttpTransport& m_transport;
    QUrl m_healthUrl;
    QTimer m_timer;
    State m_state = State::Unknown;
    QString m_lastError;
    int m_timeoutMs = 3000;
    bool m_inFlight = false;
};

} // namespace motcua::sync
