// The sync round's last part: citizen and business checks that had no answer when the clerk asked
// (sync/ServiceChecks.h, PendingChecks). A check still unanswered never fails the round: it waits for the
// next one.
#include "sync/ServiceChecks.h"
#include "sync/SyncEngine.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncEngineChecks, "motcua.sync.engine.checks", QtInfoMsg)

namespace motcua::sync {

void SyncEngine::runPendingChecks()
{
    if (!m_checks)
        m_checks = std::make_unique<PendingChecks>(*m_store, *m_transport,
            [this](const QByteArray& path, const QJsonObject& body) { return request(path, body); });
    m_checks->run([this](const PendingChecks::Outcome& outcome) {
        if (outcome.answered > 0 || outcome.stillPending > 0)
            qCInfo(lcSyncEngineChecks) << "checks answered:" << outcome.answered
                                       << "still pending:" << outcome.stillPending << outcome.problem;
        m_checked = true;
        step();
    });
}

} // namespace motcua::sync
