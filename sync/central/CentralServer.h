// CentralServer: the reference central system that desks sync with (docs/sync-protocol.md). It listens
// on loopback only and answers GET /health, POST /api/v1/token (a desk credential for a bearer token)
// and POST /api/v1/records (a batch of outbox records, each checked by RecordRules and de-duplicated
// by its idempotency key). For tests it can fail on purpose (--fault-rate: 503 answers, connections
// dropped before or after the batch is stored) and answer late (--delay-ms). Used by the
// motcua-central executable and by tests in-process.
#pragma once

#include "core/Result.h"
#include "sync/central/NoticeSender.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace motcua::sync {

class CentralState;
class CentralVerify;
class ChangeFeed;
class PublicStatusPage;
class TusEndpoint;
class NoticeWorker;

struct CentralServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = any free port
    QString dataDir; // empty = state in memory
    double faultRate = 0; // share of API requests that fail on purpose (0..1)
    quint32 faultSeed = 1; // the faults' random sequence, for repeatable tests
    int delayMs = 0; // every API answer this late
    int tokenTtlSeconds = 900;
    QString tlsCertificate = {}; // PEM file (the chain, server first): serve https; empty = http
    QString tlsKey = {}; // PEM file of the certificate's private key
    // Citizen and business checks (CentralVerify): fixture folder (empty = built in), services taken down.
    QString fixturesDir = {};
    QStringList servicesDown = {}; // "citizen", "business"
    // The public status page (GET /tra-cuu, PublicStatusPage): requests per client address at once, and
    // refilled per minute (token bucket); 429 beyond.
    int statusPageBurst = 30;
    int statusPagePerMinute = 30;
    NoticeChannels notices = {}; // notices to applicants (NoticeWorker): SMTP, SMS spool
};

class CentralServer
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::CentralServer)

public:
    explicit CentralServer(CentralServerOptions options);
    ~CentralServer();

    // Opens the state and starts listening; refuses any address outside the loopback range.
    Status start(); // with a TLS certificate and key, https only
    bool isTls() const { return !m_options.tlsCertificate.isEmpty(); }
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    CentralState* state() const { return m_state.get(); } // valid after start()
    ChangeFeed* feed() const { return m_feed.get(); } // the pull feed and audit anchors; valid after start()

    // The desk a request's "Authorization: Bearer" token belongs to, or empty (answer 401). For every
    // endpoint that needs a signed-in desk (records here; uploads and the feed plug in the same way).
    QString authorisedDesk(const QHttpServerRequest& request) const;
    // The tus endpoint on /files/ (uploads need a desk's bearer token); valid after start().
    TusEndpoint* files() const { return m_files.get(); }
    // Notices to applicants (sync/central/NoticeWorker); valid after start().
    NoticeWorker* notices() const { return m_notices.get(); }

private:
    enum class Fault { None, Unavailable, DropBefore, DropAfter };
    void installRoutes();
    Status setUpTls(); // CentralTls.cpp
    void installRecordRoutes();
    Fault nextFault();
    void answer(QHttpServerResponder&& responder, int status, const QJsonObject& body);
    void handleToken(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void handleRecords(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // The pull feed and audit anchors (CentralServerFeed.cpp)
    void installFeedRoutes();
    void handleChanges(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void handleOutcomes(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void handleAnchor(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void handleAnchors(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // Code blocks leased to desks (issue 15, CentralCodeBlocks.cpp): POST /api/v1/code-blocks
    void installCodeBlockRoutes();
    void handleCodeBlocks(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // A fault or a missing sign-in answered (true), or the desk to serve in `desk`.
    bool refuseFeedRequest(const QHttpServerRequest& request, QHttpServerResponder& responder, QString& desk);

    // ---- citizen and business checks (issue 15; CentralVerify.cpp): POST /api/v1/verify/citizen|business
public:
    CentralVerify* verify() const { return m_verify.get(); } // valid after start()

private:
    void installVerifyRoutes();
    void handleVerify(const QHttpServerRequest& request, QHttpServerResponder&& responder, bool business);
    std::unique_ptr<CentralVerify> m_verify;
    // The public status page, GET /tra-cuu (issue 15; CentralStatusPage.cpp, PublicStatusPage.h).
    void installStatusPageRoutes();
    std::shared_ptr<PublicStatusPage> m_statusPage;

    CentralServerOptions m_options;
    std::unique_ptr<CentralState> m_state;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<QHttpServer> m_server;
    std::shared_ptr<TusEndpoint> m_files;
    std::unique_ptr<NoticeWorker> m_notices; // notices to applicants
    QRandomGenerator m_faults;
    quint16 m_port = 0;
};

} // namespace motcua::sync
