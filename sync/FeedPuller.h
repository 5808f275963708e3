// FeedPuller: the desk's half of central's pull feed (docs/sync-protocol.md, "Pull feed"). After the
// engine's push, it asks GET /api/v1/changes?cursor=N page by page from the cursor the store keeps,
// applies each change through Store::applyCentralChange() (one transaction with the cursor, so a change
// taken twice changes nothing), then tells central what became of each (POST
// /api/v1/changes/outcomes) so a conflict is visible there too, and anchors the head of the desk's audit
// chain there (POST /api/v1/audit-anchors). It runs in the engine's thread and
// uses the engine's transport and signed-in requests.
#pragma once

#include "core/store/Store.h"
#include "sync/HttpTransport.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <functional>

namespace motcua::sync {

class FeedPuller : public QObject
{
    Q_OBJECT

public:
    // How a pull ended; on a failure the cursor stays where the last applied change left it.
    enum class Failure { None, Transport, Unauthorised, Transient, Storage };
    struct Result {
        Failure failure = Failure::None;
        HttpResponse response; // the failed exchange (Transport, Unauthorised, Transient)
        QString message; // translated (Transient, Storage)
        qint64 pulled = 0; // changes taken in this pull (conflicts included)
        qint64 conflicts = 0;
        qint64 cursor = 0;
        qint64 anchoredSeq = 0; // the audit row last anchored at central (0: none yet in this process)
    };
    // Builds a signed-in request: method, path, query, JSON body (ignored for GET).
    using RequestFactory = std::function<HttpRequest(
        const QByteArray& method, const QByteArray& path, const QUrlQuery& query, const QJsonObject& body)>;

    FeedPuller(store::Store& store, HttpTransport& transport, RequestFactory factory, QObject* parent = nullptr);

    void setPageSize(int changes) { m_pageSize = changes; }
    // Pulls every change after the store's cursor, then reports the outcomes; `done` runs once.
    void pull(std::function<void(const Result&)> done);

private:
    void fetch();
    void handlePage(const HttpResponse& response);
    void reportOutcomes();
    void sendAnchor();
    bool failed(const HttpResponse& response); // finishes with the failure when the answer is not usable
    void finish(Failure failure, const QString& message = {});

    store::Store& m_store;
    HttpTransport& m_transport;
    RequestFactory m_factory;
    store::Actor m_actor = store::Store::systemActor();
    int m_pageSize = 200;
    std::function<void(const Result&)> m_done;
    Result m_result;
    qint64 m_anchoredSeq = 0;
};

} // namespace motcua::sync
