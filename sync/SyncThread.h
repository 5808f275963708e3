// SyncThread: a SyncEngine on a thread of its own, for the desk window: start() begins continuous
// sync, syncNow() asks for a round at once (after a dossier is received), state() is the latest
// SyncState (safe from any thread), and stateChanged() arrives in the owner's thread. Destroying it
// stops the engine and joins the thread.
#pragma once

#include "sync/SyncEngine.h"

#include <QMutex>
#include <QThread>

namespace motcua::sync {

class SyncThread : public QObject
{
    Q_OBJECT

public:
    explicit SyncThread(SyncSettings settings, QObject* parent = nullptr);
    ~SyncThread() override;

    void start();
    void syncNow();
    SyncState state() const;

Q_SIGNALS:
    void stateChanged(const motcua::sync::SyncState& state);

private:
    QThread m_thread;
    SyncEngine* m_engine = nullptr; // lives in m_thread; deleted there when it finishes
    mutable QMutex m_mutex;
    SyncState m_state;
};

} // namespace motcua::sync
