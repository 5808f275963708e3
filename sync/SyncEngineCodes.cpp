// The sync engine's code leasing (issue 15; docs/dossier-codes.md, "Leased blocks"): at the start of a
// round, once signed in, the engine asks central for the next block of today's dossier sequence when
// fewer than low_water leased numbers remain, and keeps it in the store. Receiving never waits on this:
// it takes a leased number when there is one and the static slice otherwise. A refusal or a failure is
// logged and never fails the round; the next round asks again.
#include "sync/CodeLeases.h"
#include "sync/SyncEngine.h"

#include "core/Clock.h"
#include "core/domain/CodeAllocator.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCodeLeases, "motcua.sync.codes", QtInfoMsg)

namespace motcua::sync {

Result<CodeLeaseSettings> CodeLeaseSettings::fromSite(const SiteConfig& site)
{
    CodeLeaseSettings c;
    const QJsonObject codes = site.section(QStringLiteral("codes"));
    auto allocator = CodeAllocator::fromJson(codes);
    if (!allocator)
        return allocator.error();
    c.agency = site.agencyCode;
    c.staticFirst = allocator->range().first;
    c.staticLast = allocator->range().last;
    const QJsonValue lease = codes.value(QStringLiteral("lease"));
    c.enabled = lease.isObject() || (lease.isBool() && lease.toBool());
    const QJsonObject o = lease.toObject();
    for (const auto& [key, target, max] :
        { std::tuple { "size", &c.size, 1000 }, { "low_water", &c.lowWater, 1000 } }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toInt() < 1 || v.toInt() > max)
            return Error::invalid(QStringLiteral("codes.lease.%1").arg(QLatin1String(key)),
                QCoreApplication::translate("motcua::sync::CodeLeaseSettings",
                    "Site setting codes.lease.%1 must be a whole number from 1 to %2")
                    .arg(QLatin1String(key))
                    .arg(max),
                QStringLiteral("bad_lease"));
        *target = v.toInt();
    }
    return c;
}

void SyncEngine::leaseCodes()
{
    m_codesChecked = true;
    const CodeLeaseSettings& c = m_settings.codeLease;
    if (!c.enabled) {
        step();
        return;
    }
    const QString day = Clock::current().now().date().toString(QStringLiteral("yyMMdd"));
    auto left = m_store->leasedCodesLeft(m_actor, c.agency, day);
    if (!left || left.value() >= c.lowWater) {
        step();
        return;
    }
    const QJsonObject body { { QStringLiteral("agency"), c.agency }, { QStringLiteral("day"), day },
        { QStringLiteral("size"), c.size },
        { QStringLiteral("static"),
            QJsonObject { { QStringLiteral("first"), c.staticFirst }, { QStringLiteral("last"), c.staticLast } } } };
    m_transport->send(request(QByteArrayLiteral("/api/v1/code-blocks"), body), this,
        [this, day, agency = c.agency](const HttpResponse& response) {
            const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
            if (response.ok() && response.status == 201) {
                const int first = answer.value(QStringLiteral("first")).toInt();
                const int last = answer.value(QStringLiteral("last")).toInt();
                if (auto s = m_store->addCodeLease(m_actor, agency, day, first, last); !s)
                    qCWarning(lcCodeLeases) << "keeping the leased block:" << s.error().message;
                else
                    qCInfo(lcCodeLeases) << "leased" << agency << day << first << "-" << last;
            } else {
                const QJsonObject e = answer.value(QStringLiteral("error")).toObject();
                qCWarning(lcCodeLeases).noquote()
                    << "no code block leased:"
                    << (response.ok() ? QString::number(response.status) : response.errorMessage)
                    << e.value(QStringLiteral("field")).toString() << e.value(QStringLiteral("message")).toString();
            }
            step();
        });
}

} // namespace motcua::sync
