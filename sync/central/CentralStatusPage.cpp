// The route of the public status page (issue 15): GET /tra-cuu?ma=CODE&k=SECRET, no sign-in.
#include "sync/central/CentralServer.h"
#include "sync/central/PublicStatusPage.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrlQuery>

namespace motcua::sync {

void CentralServer::installStatusPageRoutes()
{
    m_statusPage
        = std::make_shared<PublicStatusPage>(*m_state, m_options.statusPageBurst, m_options.statusPagePerMinute);
    std::weak_ptr<PublicStatusPage> page = m_statusPage;
    m_server->route(QStringLiteral("/tra-cuu"), QHttpServerRequest::Method::Get,
        [page](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            const auto self = page.lock();
            if (!self) {
                responder.write(QHttpServerResponder::StatusCode::ServiceUnavailable);
                return;
            }
            const QUrlQuery query = request.query();
            const PublicStatusPage::Answer a
                = self->answer(request.remoteAddress(), query.queryItemValue(QStringLiteral("ma"), QUrl::FullyDecoded),
                    query.queryItemValue(QStringLiteral("k"), QUrl::FullyDecoded));
            responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(a.status));
            for (const auto& h : a.headers)
                responder.writeHeader(h.first, h.second);
            responder.writeHeader("Content-Length", QByteArray::number(a.html.size()));
            responder.writeBody(a.html);
        });
}

} // namespace motcua::sync
