// AuditAnchors: the audit-chain heads central keeps for this desk (GET /api/v1/audit-anchors), fetched
// with the desk's credential for `motcua audit verify --against-central` (docs/sync-protocol.md, "Audit
// anchors"). Synchronous: runs its own event loop over a CurlTransport.
#pragma once

#include "core/Result.h"
#include "core/audit/AuditChain.h"

#include <QCoreApplication>
#include <QUrl>

namespace motcua::sync {

class AuditAnchors
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::AuditAnchors)

public:
    static Result<QList<audit::AuditChain::Head>> fetch(
        const QUrl& central, const QString& credential, const QString& caFile = {});
};

} // namespace motcua::sync
