// SyncEngine: drains the desk's outbox to central (docs/sync-protocol.md). It opens its own connection
// to the desk's database (SQLite WAL lets the window's store work alongside), signs in with the desk's
// credential for a short-lived bearer token, and sends the queue in batches, one request at a time so
// that a dossier's records reach central in the order they were written (a progress record never
// overtakes its registration). Every record carries its outbox key as idempotency key. Accepted records
// are marked delivered; the scanned files a batch's records refer to go up first, with tus
// (FileUploads, resumable across restarts), so a record reaches central after its files; transient failures (timeouts,
// dropped connections, 5xx, 409) are retried with exponential back-off and jitter; a refused record (4xx) is parked
// with central's reason and holds the rest of its dossier back until `motcua sync retry` releases it; a 401 signs in
// again. Delivered rows are pruned after a retention period. The engine works on the thread it lives in (SyncThread
// gives it its own); its state is a value (SyncState) published with stateChanged().
#pragma once

#include "core/Result.h"
#include "core/store/Store.h"
#include "sync/BackOff.h"
#include "sync/CodeLeases.h"
#include "sync/CurlTransport.h"
#include "sync/FeedPuller.h"
#include "sync/FileUploads.h"
#include "sync/HttpTransport.h"
#include "sync/SyncState.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace motcua::sync {

class PendingChecks; // sync/ServiceChecks.h

struct SyncSettings {
    QString dbPath; // the desk's database
    QUrl central; // e.g. http://127.0.0.1:8765
    QString credential; // "DESK_ID.secret", from `motcua-central desk add`
    QString statePath; // where the state is kept between runs (sync-state.json); empty = nowhere
    QString caFile; // for https with a private authority
    CurlOptions transport; // TLS pinning, proxy, timeouts (sync/SyncSiteSettings reads them from the site)
    QString securityWarning; // e.g. verification switched off by the site file: shown in the state, logged
    QUrl filesEndpoint; // tus endpoint for the records' files; empty = <central>/files/
    qint64 uploadChunkSize = 4 * 1024 * 1024; // bytes per tus PATCH
    int batchSize = 200; // records per request
    int filesPerBatch = 32; // a batch waits for at most this many files to upload (SyncEngineFiles.cpp)
    int requestTimeoutMs = 15000;
    int pollIntervalMs = 5000; // continuous mode: a new round this long after one ends
    int onceAttempts = 6; // syncOnce(): transient failures in a row (no progress between) before the round gives up
    int keepDeliveredDays = 7; // delivered rows are pruned after this long (0 = at once)
    int pruneEveryMinutes = 60;
    RetryPolicy retry;
    CodeLeaseSettings codeLease; // issue 15: code blocks leased from central (SyncEngineCodes.cpp)
};

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // `transport` (optional, not owned) replaces the libcurl one, e.g. in tests; it must live in the
    // engine's thread. Without one the engine makes a CurlTransport when it opens.
    explicit SyncEngine(SyncSettings settings, HttpTransport* transport = nullptr, QObject* parent = nullptr);
    ~SyncEngine() override;

    void setRandom(BackOff::Random random); // jitter source (tests)
    // Opens the desk's database; call in the engine's thread before the first round.
    Status open();
    SyncState state() const { return m_state; }

public Q_SLOTS:
    // One round: send everything sendable, retrying transient failures up to settings.onceAttempts
    // times; ends with roundFinished().
    void syncOnce();
    // Rounds until stop(): after each, the next one pollIntervalMs later (or at once on wake()).
    void start();
    void wake();
    void stop();

Q_SIGNALS:
    void stateChanged(const motcua::sync::SyncState& state);
    void roundFinished(const motcua::sync::SyncRoundReport& report);

private:
    struct Batch {
        QList<store::OutboxItem> items;
        qint64 lastId = 0;
    };
    void beginRound();
    void step(); // next thing to do in the round: token, batch, or the end
    void requestToken();
    Result<Batch> nextBatch();
    void uploadThenSend(const Batch& batch); // SyncEngineFiles.cpp
    void filesUploaded(const Batch& batch, const FileUploadOutcome& outcome);
    void sendBatch(const Batch& batch);
    void handleBatchAnswer(const Batch& batch, const HttpResponse& response);
    void applyResults(const Batch& batch, const QJsonArray& results);
    void transportFailure(const HttpResponse& response);
    void transientFailure(const QString& message, bool reachable, bool hard = false);
    void progressed(); // a file or a batch got through: back-off and the round's failure count start over
    void finishRound(bool reachable, const QString& error);
    void refreshCounts();
    void refreshConflicts(); // the feed's conflicts (total and the newest) from the store
    void publish();
    void saveState() const;
    void pruneIfDue();
    HttpRequest request(const QByteArray& path, const QJsonObject& body) const;
    void pullFeed(); // after the push: central's changes (FeedPuller), then the push again for what they queued
    std::unique_ptr<FileUploads> makeFileUploads();
    void runPendingChecks(); // after the pull: citizen and business checks kept as pending (SyncEngineChecks.cpp)
    // issue 15: lease a code block ahead of need, once a round, before the push (SyncEngineCodes.cpp)
    void leaseCodes();
    bool m_codesChecked = false;

    SyncSettings m_settings;
    HttpTransport* m_transport = nullptr;
    std::unique_ptr<HttpTransport> m_ownTransport;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<FileUploads> m_files;
    store::Actor m_actor = store::Store::systemActor();
    BackOff m_backOff;
    QTimer m_timer; // back-off waits and the poll interval
    SyncState m_state;
    SyncRoundReport m_round;

    QString m_token;
    QDateTime m_tokenExpiresUtc;
    bool m_roundActive = false;
    bool m_continuous = false;
    bool m_reauthenticated = false; // one fresh sign-in per 401
    int m_failuresThisRound = 0;
    qint64 m_cursor = 0; // outbox id after which the current pass reads
    bool m_leftBehind = false; // the pass skipped records that must go in a later pass
    QSet<QString> m_blocked; // dossiers held back in this pass (parked or out-of-order record)
    QDateTime m_lastPruneUtc;
    std::unique_ptr<FeedPuller> m_feed;
    bool m_pulled = false; // this round's pull is done
    std::unique_ptr<PendingChecks> m_checks;
    bool m_checked = false; // this round's pending checks were asked
};

} // namespace motcua::sync
