// StoreWorker: the window's one path to the store. It owns a store::Store (one SQLite connection) and
// uses it only on its own thread, so a slow search, an Argon2id check or a busy database never stops
// the window from painting. A request returns at once with an id; its result comes back on the GUI
// thread, to a callback that also gets the id, so a page can drop answers it no longer wants (search
// as you type keeps only the latest). Requests run one at a time, in order.
#pragma once

#include "core/store/Store.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <type_traits>

namespace motcua::ui {

class StoreWorker : public QObject
{
    Q_OBJECT

public:
    // Takes the store over: from now on only the worker thread touches it.
    explicit StoreWorker(std::unique_ptr<store::Store> store, QObject* parent = nullptr);
    // Asks the request running now to stop (a long job may check
    // QThread::currentThread()->isInterruptionRequested()) and waits for it; queued requests never run
    // and no callback runs any more.
    ~StoreWorker() override;

    // Runs job(store) on the worker thread, then done(id, result) on this object's thread, unless
    // `context` (an object of this thread, may be null) is destroyed first.
    template <typename Job, typename Done> quint64 run(QObject* context, Job job, Done done)
    {
        using R = std::invoke_result_t<Job&, store::Store&>;
        const quint64 id = ++m_nextId;
        QPointer<QObject> guard(context);
        const bool guarded = context != nullptr;
        post([this, id, job = std::move(job), done = std::move(done), guard, guarded]() mutable {
            if (!startOrSkip(id))
                return; // cancelled before it ran
            R result = job(*m_store); // worker thread
            QMetaObject::invokeMethod(
                this,
                [id, r = std::move(result), done = std::move(done), guard, guarded]() mutable {
                    if (!guarded || guard)
                        done(id, std::move(r));
                },
                Qt::QueuedConnection);
        });
        return id;
    }

    // Drops a request that has not started yet: its job never runs and its callback is never called.
    // A request already running finishes (callers drop its answer by id).
    void cancel(quint64 id);

    using SearchDone = std::function<void(quint64 id, Result<QList<store::SearchHit>> hits)>;
    using DossierDone = std::function<void(quint64 id, Result<dossier::Dossier> dossier)>;
    using ActorDone = std::function<void(quint64 id, Result<store::Actor> actor)>;

    quint64 search(QObject* context, const store::Actor& actor, const QString& text, SearchDone done);
    // The dossiers received today (the desk's local date), newest first.
    quint64 today(QObject* context, const store::Actor& actor, SearchDone done);
    quint64 dossier(QObject* context, const store::Actor& actor, const QString& code, DossierDone done);
    // Checks the password (Argon2id, ~0.2 s) and the lockout off the GUI thread.
    quint64 authenticate(QObject* context, const QString& login, const QString& password, ActorDone done);

private:
    void post(std::function<void()> task);
    bool startOrSkip(quint64 id); // worker thread: false when `id` was cancelled

    std::unique_ptr<store::Store> m_store;
    QThread m_thread;
    QObject* m_inThread; // receives the tasks; lives in m_thread
    quint64 m_nextId = 0;
    std::atomic<bool> m_stopping { false };
    std::atomic<quint64> m_lastStarted { 0 };
    std::mutex m_cancelledMutex;
    QSet<quint64> m_cancelled; // guarded by m_cancelledMutex
};

} // namespace motcua::ui
