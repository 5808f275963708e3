// The reference central's code-block route (docs/central.md, "Code blocks"): POST /api/v1/code-blocks
// {"agency","day","size"?,"static"?:{"first","last"}} -> 201 {"agency","day","first","last"}. Needs a
// signed-in desk and takes part in fault injection like the other API routes.
#include "sync/central/CentralServer.h"

#include "sync/central/CentralState.h"
#include "sync/central/CodeBlocks.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::sync {

void CentralServer::installCodeBlockRoutes()
{
    m_server->route(QStringLiteral("/api/v1/code-blocks"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handleCodeBlocks(request, std::move(responder));
        });
}

void CentralServer::handleCodeBlocks(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QString desk;
    if (refuseFeedRequest(request, responder, desk))
        return;
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QJsonObject slice = body.value(QStringLiteral("static")).toObject();
    const int size = body.value(QStringLiteral("size")).toInt(CodeBlocks::kDefaultSize);
    auto block = CodeBlocks(*m_state).lease(desk, body.value(QStringLiteral("agency")).toString(),
        body.value(QStringLiteral("day")).toString(), size, slice.value(QStringLiteral("first")).toInt(),
        slice.value(QStringLiteral("last")).toInt());
    if (!block) {
        const Error& e = block.error();
        const int status = e.kind == ErrorKind::Permission ? 403
            : e.kind == ErrorKind::Invalid                 ? (e.code == QLatin1String("sequence_exhausted") ? 409 : 422)
            : e.kind == ErrorKind::NotFound                ? 404
                                                           : 503;
        answer(std::move(responder), status,
            { { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), e.code }, { QStringLiteral("field"), e.field },
                    { QStringLiteral("message"), e.message } } } });
        return;
    }
    answer(std::move(responder), 201, block.value());
}

} // namespace motcua::sync
