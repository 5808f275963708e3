// The reference central's pull-feed and audit-anchor routes (docs/sync-protocol.md, "Pull feed" and
// "Audit anchors"): every one needs a signed-in desk and takes part in fault injection like the records.
#include "sync/central/CentralServer.h"

#include "sync/central/CentralState.h"
#include "sync/central/ChangeFeed.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

namespace motcua::sync {

namespace {

constexpr int kFeedPageDefault = 100;
constexpr int kFeedPageMax = 500;

QJsonObject feedErrorBody(const QString& code, const QString& message, const QString& field = {})
{
    return { { QStringLiteral("error"),
        QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("field"), field },
            { QStringLiteral("message"), message } } } };
}

} // namespace

void CentralServer::installFeedRoutes()
{
    m_server->route(QStringLiteral("/api/v1/changes"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handleChanges(request, std::move(responder));
        });
    m_server->route(QStringLiteral("/api/v1/changes/outcomes"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handleOutcomes(request, std::move(responder));
        });
    m_server->route(QStringLiteral("/api/v1/audit-anchors"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handleAnchor(request, std::move(responder));
        });
    m_server->route(QStringLiteral("/api/v1/audit-anchors"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handleAnchors(request, std::move(responder));
        });
}

bool CentralServer::refuseFeedRequest(const QHttpServerRequest& request, QHttpServerResponder& responder, QString& desk)
{
    const Fault fault = nextFault();
    if (fault == Fault::Unavailable) {
        answer(std::move(responder), 503, feedErrorBody(QStringLiteral("unavailable"), tr("Try again later")));
        return true;
    }
    if (fault != Fault::None) { // a dropped connection; for the feed, before or after makes no difference
        responder.socket()->abort();
        return true;
    }
    desk = authorisedDesk(request);
    if (desk.isEmpty()) {
        answer(std::move(responder), 401,
            feedErrorBody(QStringLiteral("token"), tr("Sign in again: the token is unknown or expired")));
        return true;
    }
    return false;
}

void CentralServer::handleChanges(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QString desk;
    if (refuseFeedRequest(request, responder, desk))
        return;
    const QUrlQuery query = request.query();
    bool cursorOk = false, limitOk = true;
    const qint64 cursor = query.queryItemValue(QStringLiteral("cursor")).toLongLong(&cursorOk);
    int limit = kFeedPageDefault;
    if (query.hasQueryItem(QStringLiteral("limit")))
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    if (!cursorOk || cursor < 0 || !limitOk || limit < 1 || limit > kFeedPageMax) {
        answer(std::move(responder), 400,
            feedErrorBody(QStringLiteral("cursor"),
                tr("Ask for /api/v1/changes?cursor=N (N >= 0) with an optional limit of 1 to %1").arg(kFeedPageMax),
                QStringLiteral("cursor")));
        return;
    }
    auto page = m_feed->changesFor(desk, cursor, limit);
    if (!page) {
        answer(std::move(responder), page.error().kind == ErrorKind::Permission ? 403 : 503,
            feedErrorBody(page.error().code, page.error().message));
        return;
    }
    answer(std::move(responder), 200, page.value());
}

void CentralServer::handleOutcomes(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QString desk;
    if (refuseFeedRequest(request, responder, desk))
        return;
    const QJsonArray outcomes
        = QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("outcomes")).toArray();
    if (outcomes.isEmpty() || outcomes.size() > kFeedPageMax) {
        answer(std::move(responder), 400,
            feedErrorBody(QStringLiteral("outcomes"),
                tr("Send {\"outcomes\":[...]} with 1 to %1 items").arg(kFeedPageMax), QStringLiteral("outcomes")));
        return;
    }
    if (auto s = m_state->begin(); !s) {
        answer(std::move(responder), 503, feedErrorBody(s.error().code, s.error().message));
        return;
    }
    auto kept = m_feed->recordOutcomes(desk, outcomes);
    if (!kept || !m_state->commit()) {
        m_state->rollback();
        answer(std::move(responder), 503, feedErrorBody(QStringLiteral("storage"), tr("Try again later")));
        return;
    }
    answer(std::move(responder), 200, { { QStringLiteral("recorded"), kept.value() } });
}

void CentralServer::handleAnchor(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QString desk;
    if (refuseFeedRequest(request, responder, desk))
        return;
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const qint64 seq = body.value(QStringLiteral("seq")).toInteger();
    const QString hash = body.value(QStringLiteral("hash")).toString();
    if (seq <= 0 || hash.size() != 64) {
        answer(std::move(responder), 400,
            feedErrorBody(
                QStringLiteral("audit_head"), tr("Send {\"seq\": N, \"hash\": \"<64 hex>\"}"), QStringLiteral("hash")));
        return;
    }
    if (auto s = m_feed->recordAnchor(desk, seq, hash); !s) {
        answer(std::move(responder), s.error().kind == ErrorKind::Invalid ? 409 : 503,
            feedErrorBody(s.error().code, s.error().message, QStringLiteral("hash")));
        return;
    }
    answer(std::move(responder), 200, { { QStringLiteral("seq"), seq }, { QStringLiteral("anchored"), true } });
}

void CentralServer::handleAnchors(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QString desk;
    if (refuseFeedRequest(request, responder, desk))
        return;
    auto list = m_feed->anchors(desk);
    if (!list) {
        answer(std::move(responder), 503, feedErrorBody(list.error().code, list.error().message));
        return;
    }
    answer(std::move(responder), 200,
        { { QStringLiteral("desk_id"), desk }, { QStringLiteral("anchors"), list.value() } });
}

} // namespace motcua::sync
