#include "sync/AuditAnchors.h"

#include "sync/CurlTransport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::sync {

namespace {

HttpResponse exchange(HttpTransport& transport, const HttpRequest& request)
{
    QEventLoop loop;
    HttpResponse answer;
    transport.send(request, &loop, [&](const HttpResponse& response) {
        answer = response;
        loop.quit();
    });
    loop.exec();
    return answer;
}

QUrl anchorsUrl(const QUrl& central, const QString& path)
{
    QUrl url = central;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    return url;
}

} // namespace

Result<QList<audit::AuditChain::Head>> AuditAnchors::fetch(
    const QUrl& central, const QString& credential, const QString& caFile)
{
    CurlTransport transport(CurlOptions { caFile, {} });
    HttpRequest token;
    token.method = QByteArrayLiteral("POST");
    token.url = anchorsUrl(central, QStringLiteral("/api/v1/token"));
    token.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
    token.body
        = QJsonDocument(QJsonObject { { QStringLiteral("credential"), credential } }).toJson(QJsonDocument::Compact);
    const HttpResponse signedIn = exchange(transport, token);
    if (!signedIn.ok())
        return signedIn.toError();
    const QString access
        = QJsonDocument::fromJson(signedIn.body).object().value(QStringLiteral("access_token")).toString();
    if (signedIn.status != 200 || access.isEmpty())
        return Error::permission(QStringLiteral("credential"),
            tr("Central refused the desk credential (HTTP %1)").arg(signedIn.status),
            QStringLiteral("credential_refused"));
    HttpRequest get = HttpRequest::get(anchorsUrl(central, QStringLiteral("/api/v1/audit-anchors")));
    get.headers = { { QByteArrayLiteral("Authorization"), "Bearer " + access.toLatin1() },
        { QByteArrayLiteral("X-Motcua-Protocol"), QByteArrayLiteral("1") } };
    const HttpResponse answer = exchange(transport, get);
    if (!answer.ok())
        return answer.toError();
    if (answer.status != 200)
        return Error::environment(QStringLiteral("central"),
            tr("Central did not give the audit anchors (HTTP %1)").arg(answer.status), QStringLiteral("anchors"));
    QList<audit::AuditChain::Head> anchors;
    for (const QJsonValue v :
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("anchors")).toArray()) {
        const QJsonObject a = v.toObject();
        anchors << audit::AuditChain::Head { a.value(QStringLiteral("seq")).toInteger(),
            a.value(QStringLiteral("hash")).toString().toLatin1() };
    }
    return anchors;
}

} // namespace motcua::sync
