#include "sync/SyncState.h"

#include "core/DateFormat.h"

#include <QJsonArray>

namespace motcua::sync {

QJsonObject SyncState::toJson() const
{
    QJsonArray list;
    for (const ParkedRecord& p : parkedRecords)
        list.append(QJsonObject { { QStringLiteral("key"), p.key }, { QStringLiteral("code"), p.code },
            { QStringLiteral("service"), p.service }, { QStringLiteral("reason"), p.reason } });
    QJsonObject json { { QStringLiteral("online"), online }, { QStringLiteral("pending"), pending },
        { QStringLiteral("pending_bytes"), pendingBytes }, { QStringLiteral("parked"), list },
        { QStringLiteral("parked_count"), parked }, { QStringLiteral("last_error"), lastError },
        { QStringLiteral("last_success"), lastSuccessUtc.isValid() ? localIso(lastSuccessUtc) : QString() },
        { QStringLiteral("last_attempt"), lastAttemptUtc.isValid() ? localIso(lastAttemptUtc) : QString() },
        { QStringLiteral("feed"),
            QJsonObject { { QStringLiteral("cursor"), feedCursor },
                { QStringLiteral("last_pull"), lastPullUtc.isValid() ? localIso(lastPullUtc) : QString() } } } };
    if (!securityWarning.isEmpty())
        json.insert(QStringLiteral("security_warning"), securityWarning);
    return json;
}

SyncState SyncState::fromJson(const QJsonObject& json)
{
    SyncState s;
    s.online = json.value(QStringLiteral("online")).toBool();
    s.lastError = json.value(QStringLiteral("last_error")).toString();
    s.lastSuccessUtc
        = QDateTime::fromString(json.value(QStringLiteral("last_success")).toString(), Qt::ISODate).toUTC();
    s.lastAttemptUtc
        = QDateTime::fromString(json.value(QStringLiteral("last_attempt")).toString(), Qt::ISODate).toUTC();
    const QJsonObject feed = json.value(QStringLiteral("feed")).toObject();
    s.feedCursor = feed.value(QStringLiteral("cursor")).toInteger();
    s.lastPullUtc = QDateTime::fromString(feed.value(QStringLiteral("last_pull")).toString(), Qt::ISODate).toUTC();
    return s;
}

QJsonObject SyncRoundReport::toJson() const
{
    return { { QStringLiteral("pushed"), pushed }, { QStringLiteral("uploaded_bytes"), uploadedBytes },
        { QStringLiteral("pulled"), pulled }, { QStringLiteral("pending"), pending },
        { QStringLiteral("parked"), parked } };
}

} // namespace motcua::sync
