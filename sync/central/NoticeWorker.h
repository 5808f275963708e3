// NoticeWorker: sends central's notices to applicants without blocking the HTTP server. A timer on the
// server's thread collects new events into notices (Notices::collect) and hands the due ones to a
// thread of its own, which delivers them (NoticeSender: SMTP, SMS spool) one after the other; the
// outcomes are recorded back on the server's thread. A failed notice is retried after
// NoticeChannels::retryMs, doubling with each attempt (at most 64 times that), until
// Notices::kMaxAttempts. Without a channel its notices stay queued.
#pragma once

#include "sync/central/NoticeSender.h"
#include "sync/central/Notices.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace motcua::sync {

class CentralState;

class NoticeWorker
{
public:
    NoticeWorker(CentralState& state, NoticeChannels channels);
    ~NoticeWorker(); // waits for a delivery under way

    Status start(); // creates the tables and starts the timer
    // Collects and starts a delivery now (also what the timer does); false while one is under way.
    bool poll();
    bool busy() const { return m_thread != nullptr; }
    Notices& notices() { return m_notices; }
    const NoticeChannels& channels() const { return m_channels; }

private:
    void delivered(const QList<Notice>& batch, const QStringList& errors);

    CentralState& m_state;
    Notices m_notices;
    NoticeChannels m_channels;
    QObject m_context; // receives the delivery thread's end on the server's thread
    QTimer m_timer;
    QThread* m_thread = nullptr;
    QHash<qint64, QDeadlineTimer> m_retryAt; // failed notice -> not before
};

} // namespace motcua::sync
