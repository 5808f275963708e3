#include "sync/SyncThread.h"

#include <QMutexLocker>

namespace motcua::sync {

SyncThread::SyncThread(SyncSettings settings, QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("motcua-sync"));
    m_engine = new SyncEngine(std::move(settings));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::stateChanged, this, [this](const SyncState& s) {
        {
            QMutexLocker lock(&m_mutex);
            m_state = s;
        }
        emit stateChanged(s);
    }); // queued: the lambda's context (this) lives in the owner's thread
}

SyncThread::~SyncThread()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_engine;
    }
}

void SyncThread::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
}

void SyncThread::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::wake, Qt::QueuedConnection);
}

SyncState SyncThread::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

} // namespace motcua::sync
