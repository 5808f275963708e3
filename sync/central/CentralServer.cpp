#include "sync/central/CentralServer.h"

#include "core/Clock.h"
#include "core/Version.h"
#include "sync/central/BatchSpans.h"
#include "sync/central/CentralState.h"
#include "sync/central/CentralVerify.h"
#include "sync/central/ChangeFeed.h"
#include "sync/central/NoticeWorker.h"
#include "sync/central/PublicStatusPage.h"
#include "sync/central/TusEndpoint.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCentral, "motcua.sync.central", QtInfoMsg)

namespace motcua::sync {

namespace {

constexpr int kMaxBatch = 1000; // records per request

QJsonObject errorBody(const QString& code, const QString& message, const QString& field = {})
{
    return { { QStringLiteral("error"),
        QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("field"), field },
            { QStringLiteral("message"), message } } } };
}

} // namespace

CentralServer::CentralServer(CentralServerOptions options)
    : m_options(std::move(options)), m_faults(m_options.faultSeed)
{ }

CentralServer::~CentralServer() = default;

Status CentralServer::start()
{
    if (!m_options.address.isLoopback())
        return Error::invalid(QStringLiteral("listen"),
            tr("The reference central server listens on loopback only; %1 is not a "
               "loopback address.")
                .arg(m_options.address.toString()),
            QStringLiteral("not_loopback"));
    auto state = CentralState::open(m_options.dataDir);
    if (!state)
        return state.error();
    m_state = std::move(state.value());
    m_feed = std::make_unique<ChangeFeed>(*m_state);
    if (auto s = m_feed->open(); !s)
        return s;
    m_notices = std::make_unique<NoticeWorker>(*m_state, m_options.notices); // notices to applicants
    if (auto s = m_notices->start(); !s)
        return s;
    m_server = std::make_unique<QHttpServer>();
    if (auto tls = setUpTls(); !tls)
        return tls;
    installRoutes();
    const int port = m_server->listen(m_options.address, m_options.port);
    if (port <= 0)
        return Error::environment(QStringLiteral("listen"),
            tr("Cannot listen on %1:%2; is the port already in use?")
                .arg(m_options.address.toString())
                .arg(m_options.port),
            QStringLiteral("listen_failed"));
    m_port = static_cast<quint16>(port);
    qCInfo(lcCentral) << "listening on" << baseUrl();
    return {};
}

// Every route of the server, in one place. A further set of routes (the tus uploads at /files/, the
// changes feed) gets an install function of its own, called here.
void CentralServer::installRoutes()
{
    m_server->route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [] {
        return QJsonObject {
            { QStringLiteral("status"), QStringLiteral("ok") },
            { QStringLiteral("service"), QStringLiteral("motcua-central") },
            { QStringLiteral("version"), programVersion() },
            { QStringLiteral("protocol"), 1 },
            { QStringLiteral("time"), Clock::current().now().toString(Qt::ISODate) },
        };
    });
    installRecordRoutes();
    installFeedRoutes(); // GET /api/v1/changes, outcomes, audit anchors (CentralServerFeed.cpp)
    installVerifyRoutes(); // POST /api/v1/verify/citizen|business (CentralVerify.cpp)
    installCodeBlockRoutes(); // POST /api/v1/code-blocks (CentralCodeBlocks.cpp)
    installStatusPageRoutes(); // GET /tra-cuu: the public status page (CentralStatusPage.cpp)
    TusEndpoint::Options files; // tus uploads on /files/ (docs/file-uploads.md), for signed-in desks only
    files.dataDir = m_options.dataDir;
    files.agencyOf = [this](const QHttpServerRequest& request) -> std::optional<QString> {
        const QString desk = authorisedDesk(request);
        return desk.isEmpty() ? std::nullopt : std::optional<QString>(m_state->deskAgency(desk));
    }; // an upload belongs to the desk's agency; a file is read only where its agency's records name it
    files.mayRead
        = [this](const QString& agency, const QByteArray& sha) { return m_state->agencyNamesFile(agency, sha); };
    files.fault = [this] { // --fault-rate covers the uploads too: a 503 before or after the work
        switch (nextFault()) {
        case Fault::None:
            return TusEndpoint::Options::Fault::None;
        case Fault::DropAfter:
            return TusEndpoint::Options::Fault::AnswerLost;
        default:
            return TusEndpoint::Options::Fault::Unavailable;
        }
    };
    m_files = TusEndpoint::install(*m_server, std::move(files));
    m_server->afterRequest([](QHttpServerResponse&& response) {
        response.setHeader("Cache-Control", "no-store");
        return std::move(response);
    });
}

void CentralServer::installRecordRoutes()
{
    m_server->route(QStringLiteral("/api/v1/token"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handleToken(request, std::move(responder));
        });
    m_server->route(QStringLiteral("/api/v1/records"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handleRecords(request, std::move(responder));
        });
}

CentralServer::Fault CentralServer::nextFault()
{
    if (m_options.faultRate <= 0 || m_faults.generateDouble() >= m_options.faultRate)
        return Fault::None;
    switch (m_faults.bounded(3)) {
    case 0:
        return Fault::Unavailable;
    case 1:
        return Fault::DropBefore;
    default:
        return Fault::DropAfter;
    }
}

void CentralServer::answer(QHttpServerResponder&& responder, int status, const QJsonObject& body)
{
    const QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const auto write = [status, data](QHttpServerResponder& r) {
        r.write(data, { { "Content-Type", "application/json" }, { "Cache-Control", "no-store" } },
            static_cast<QHttpServerResponder::StatusCode>(status));
    };
    if (m_options.delayMs <= 0) {
        write(responder);
        return;
    }
    auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(m_options.delayMs, m_server.get(), [later, write] { write(*later); });
}

QString CentralServer::authorisedDesk(const QHttpServerRequest& request) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer ") || !m_state)
        return {};
    return m_state->deskForToken(QString::fromLatin1(header.mid(7).trimmed()));
}

void CentralServer::handleToken(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    if (nextFault() != Fault::None) {
        answer(std::move(responder), 503, errorBody(QStringLiteral("unavailable"), tr("Try again later")));
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    auto token = m_state->issueToken(body.value(QStringLiteral("credential")).toString(), m_options.tokenTtlSeconds);
    if (!token) {
        answer(std::move(responder), 401,
            errorBody(token.error().code, token.error().message, QStringLiteral("credential")));
        return;
    }
    answer(std::move(responder), 200,
        { { QStringLiteral("access_token"), token.value() }, { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), m_options.tokenTtlSeconds } });
}

void CentralServer::handleRecords(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const Fault fault = nextFault();
    if (fault == Fault::Unavailable) {
        answer(std::move(responder), 503, errorBody(QStringLiteral("unavailable"), tr("Try again later")));
        return;
    }
    if (fault == Fault::DropBefore) {
        responder.socket()->abort();
        return;
    }
    const QString desk = authorisedDesk(request);
    if (desk.isEmpty()) {
        answer(std::move(responder), 401,
            errorBody(QStringLiteral("token"), tr("Sign in again: the token is unknown or expired")));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    const QJsonArray records = doc.object().value(QStringLiteral("records")).toArray();
    if (parseError.error != QJsonParseError::NoError || records.isEmpty() || records.size() > kMaxBatch) {
        answer(std::move(responder), 400,
            errorBody(QStringLiteral("batch"), tr("A batch is {\"records\":[...]} with 1 to %1 records").arg(kMaxBatch),
                QStringLiteral("records")));
        return;
    }
    if (auto s = m_state->begin(); !s) {
        answer(std::move(responder), 503, errorBody(s.error().code, s.error().message));
        return;
    }
    // Each envelope's text as received: hashed and stored without serialising it again (bench_sync).
    const QList<QByteArray> raw = BatchSpans::envelopes(request.body());
    const bool asReceived = raw.size() == records.size();
    qsizetype index = 0;
    QJsonArray results;
    QSet<QString> refused; // dossiers with a refused record earlier in this batch: the rest of each waits
    for (const QJsonValue v : records) {
        const qsizetype at = index++;
        const QJsonObject item = v.toObject();
        const QString key = item.value(QStringLiteral("idempotency_key")).toString();
        const QJsonObject envelope = item.value(QStringLiteral("envelope")).toObject();
        const QString code = envelope.value(QStringLiteral("data"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("MaHoSo"))
                                 .toString();
        RecordAnswer a;
        if (refused.contains(code))
            a = { 424,
                errorBody(QStringLiteral("earlier_record_refused"),
                    tr("An earlier record of dossier %1 in this batch was refused").arg(code),
                    QStringLiteral("MaHoSo")) };
        else
            a = m_state->acceptRecord(desk, key, envelope, asReceived ? raw.at(at) : QByteArray());
        if (a.status >= 400)
            refused.insert(code);
        a.body.insert(QStringLiteral("key"), key);
        QJsonObject r = a.body;
        r.insert(QStringLiteral("status"), a.status);
        results.append(r);
    }
    if (auto s = m_state->commit(); !s) {
        m_state->rollback();
        answer(std::move(responder), 503, errorBody(s.error().code, s.error().message));
        return;
    }
    if (fault == Fault::DropAfter) { // stored, but the desk never hears it: its retry must not duplicate
        responder.socket()->abort();
        return;
    }
    answer(std::move(responder), 200, { { QStringLiteral("results"), results } });
}

QString CentralServer::baseUrl() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(m_options.address.toString())
        : m_options.address.toString();
    return QStringLiteral("%1://%2:%3")
        .arg(isTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(m_port);
}

} // namespace motcua::sync
