#include "ui/StoreWorker.h"

namespace motcua::ui {

StoreWorker::StoreWorker(std::unique_ptr<store::Store> store, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_inThread(new QObject)
{
    Q_ASSERT(m_store);
    m_thread.setObjectName(QStringLiteral("motcua-store"));
    m_inThread->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inThread, &QObject::deleteLater);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    m_stopping = true;
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
    // The thread is gone: closing the connection here cannot race with it.
    m_store.reset();
}

void StoreWorker::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(
        m_inThread,
        [this, task = std::move(task)] {
            if (!m_stopping)
                task();
        },
        Qt::QueuedConnection);
}

void StoreWorker::cancel(quint64 id)
{
    // Requests start in order: one at or below the last started cannot be stopped any more.
    if (id == 0 || id <= m_lastStarted)
        return;
    std::lock_guard lock(m_cancelledMutex);
    m_cancelled.insert(id);
}

bool StoreWorker::startOrSkip(quint64 id)
{
    m_lastStarted = id;
    std::lock_guard lock(m_cancelledMutex);
    return !m_cancelled.remove(id);
}

quint64 StoreWorker::search(QObject* context, const store::Actor& actor, const QString& text, SearchDone done)
{
    return run(
        context, [actor, text](store::Store& s) { return s.search(actor, text); }, std::move(done));
}

quint64 StoreWorker::today(QObject* context, const store::Actor& actor, SearchDone done)
{
    return run(
        context, [actor](store::Store& s) { return s.receivedToday(actor); }, std::move(done));
}

quint64 StoreWorker::dossier(QObject* context, const store::Actor& actor, const QString& code, DossierDone done)
{
    return run(
        context, [actor, code](store::Store& s) { return s.dossier(actor, code); }, std::move(done));
}

quint64 StoreWorker::authenticate(QObject* context, const QString& login, const QString& password, ActorDone done)
{
    return run(
        context, [login, password](store::Store& s) { return s.authenticate(login, password); }, std::move(done));
}

} // namespace motcua::ui
