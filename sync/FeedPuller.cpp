#include "sync/FeedPuller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFeedPuller, "motcua.sync.feed", QtInfoMsg)

namespace motcua::sync {

FeedPuller::FeedPuller(store::Store& store, HttpTransport& transport, RequestFactory factory, QObject* parent)
    : QObject(parent), m_store(store), m_transport(transport), m_factory(std::move(factory))
{ }

void FeedPuller::pull(std::function<void(const Result&)> done)
{
    m_done = std::move(done);
    m_result = {};
    auto cursor = m_store.feedCursor(m_actor);
    if (!cursor) {
        finish(Failure::Storage, cursor.error().message);
        return;
    }
    m_result.cursor = cursor.value();
    fetch();
}

void FeedPuller::fetch()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), QString::number(m_result.cursor));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    m_transport.send(m_factory(QByteArrayLiteral("GET"), QByteArrayLiteral("/api/v1/changes"), query, {}), this,
        [this](const HttpResponse& response) { handlePage(response); });
}

bool FeedPuller::failed(const HttpResponse& response)
{
    m_result.response = response;
    if (!response.ok()) {
        finish(Failure::Transport);
        return true;
    }
    if (response.status == 401) {
        finish(Failure::Unauthorised);
        return true;
    }
    if (response.status != 200) {
        const QJsonObject e = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject();
        finish(Failure::Transient,
            tr("Central's feed answered HTTP %1: %2")
                .arg(response.status)
                .arg(e.value(QStringLiteral("message")).toString()));
        return true;
    }
    return false;
}

void FeedPuller::handlePage(const HttpResponse& response)
{
    if (failed(response))
        return;
    const QJsonObject page = QJsonDocument::fromJson(response.body).object();
    const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue v : changes) {
        const store::CentralChange change = store::CentralChange::fromJson(v.toObject());
        if (change.seq <= m_result.cursor) // out of order or repeated: already taken
            continue;
        auto outcome = m_store.applyCentralChange(m_actor, change);
        if (!outcome) { // the store refused (disk, busy): the cursor stays before this change
            finish(Failure::Storage, outcome.error().message);
            return;
        }
        m_result.cursor = change.seq;
        if (outcome->replayed)
            continue;
        ++m_result.pulled;
        if (outcome->result == QLatin1String("conflict")) {
            ++m_result.conflicts;
            qCWarning(lcFeedPuller) << "change" << change.seq << change.kind << "on" << change.code
                                    << "not applied:" << outcome->note;
        }
        m_result.cursor = change.seq;
    }
    // The page's cursor may pass changes this desk does not see; it is saved with the next change taken.
    if (page.value(QStringLiteral("more")).toBool() && !changes.isEmpty()) {
        fetch();
        return;
    }
    reportOutcomes();
}

void FeedPuller::reportOutcomes()
{
    auto outcomes = m_store.unreportedOutcomes(m_actor);
    if (!outcomes) {
        finish(Failure::Storage, outcomes.error().message);
        return;
    }
    if (outcomes->isEmpty()) {
        sendAnchor();
        return;
    }
    QJsonArray list;
    QList<qint64> seqs;
    for (const store::ChangeOutcome& o : outcomes.value()) {
        list.append(QJsonObject { { QStringLiteral("seq"), o.seq }, { QStringLiteral("result"), o.result },
            { QStringLiteral("note"), o.note }, { QStringLiteral("desk_state"), o.deskState } });
        seqs << o.seq;
    }
    m_transport.send(m_factory(QByteArrayLiteral("POST"), QByteArrayLiteral("/api/v1/changes/outcomes"), {},
                         { { QStringLiteral("outcomes"), list } }),
        this, [this, seqs, more = outcomes->size() >= 200](const HttpResponse& response) {
            if (failed(response))
                return;
            if (auto s = m_store.markOutcomesReported(m_actor, seqs); !s) {
                finish(Failure::Storage, s.error().message);
                return;
            }
            more ? reportOutcomes() : sendAnchor();
        });
}

// The audit chain's head, anchored at central (docs/sync-protocol.md, "Audit anchors"), whenever it moved.
// Not a reason to fail the round: a refused anchor (409, another hash for a position anchored before) is
// logged; `motcua audit verify --against-central` names the row.
void FeedPuller::sendAnchor()
{
    auto head = m_store.auditAnchor(m_actor);
    if (!head || head->seq <= 0 || head->seq == m_anchoredSeq) {
        finish(Failure::None);
        return;
    }
    const audit::AuditChain::Head anchor = head.value();
    m_transport.send(
        m_factory(QByteArrayLiteral("POST"), QByteArrayLiteral("/api/v1/audit-anchors"), {},
            { { QStringLiteral("seq"), anchor.seq }, { QStringLiteral("hash"), QString::fromLatin1(anchor.hash) } }),
        this, [this, anchor](const HttpResponse& response) {
            if (response.ok() && response.status == 200)
                m_anchoredSeq = anchor.seq;
            else if (response.ok() && response.status == 409)
                qCWarning(lcFeedPuller) << "central refused the audit anchor of row" << anchor.seq
                                        << "(another hash was anchored for it before)";
            m_result.anchoredSeq = m_anchoredSeq;
            finish(Failure::None);
        });
}

void FeedPuller::finish(Failure failure, const QString& message)
{
    m_result.failure = failure;
    m_result.message = message;
    if (auto done = std::exchange(m_done, {}))
        done(m_result);
}

} // namespace motcua::sync
