// ConnectivityMonitor: asks the central server's /health now and then and says whether the desk is
// online. The desk never waits on it: it only colours the status bar and wakes the sync engine.
#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace motcua::ui {

class ConnectivityMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Online, Offline };
    Q_ENUM(State)

    explicit ConnectivityMonitor(QUrl centralUrl, QObject* parent = nullptr);
    State state() const { return m_state; }
    void start(int intervalMs);

public Q_SLOTS:
    void checkNow();

Q_SIGNALS:
    void stateChanged(motcua::ui::ConnectivityMonitor::State state);

private:
    void setState(State state);

    QUrl m_healthUrl;
    QNetworkAccessManager* m_network;
    QTimer m_timer;
    State m_state = State::Unknown;
    bool m_inFlight = false;
};

} // namespace motcua::ui
