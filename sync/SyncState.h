// SyncState: what the desk shows about its sync with central (status bar, `motcua sync --status`):
// reachable or not, what waits in the outbox (records, bytes), the parked records with central's
// reason, the last error and the last success. A plain value, copied across threads.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace motcua::sync {

struct ParkedRecord {
    QString key;
    QString code; // dossier code
    QString service; // DongBoHoSoMC | CapNhatTienDoHoSoMC
    QString reason; // central's answer: "field: message"
};

// A change from central not applied because the desk's own act won (docs/sync-protocol.md, "Conflicts").
struct ConflictRecord {
    qint64 seq = 0;
    QString code; // dossier code
    QString kind; // result_ready | supplement_requested | fee_notice | stopped
    QString unit; // the processing unit that made the change
    QString deskState; // the dossier's state at the desk, which stands
    QString note; // the desk's explanation, as written in the history
    QDateTime atUtc;
};

struct SyncState {
    bool online = false; // the last exchange with central got an HTTP answer
    bool running = false; // a round is under way
    qint64 pending = 0; // undelivered records, parked included
    qint64 pendingBytes = 0;
    qint64 parked = 0;
    QList<ParkedRecord> parkedRecords; // the first ones, for display
    QString lastError; // translated; empty after a clean round
    QDateTime lastSuccessUtc; // last round that reached central and left nothing sendable behind
    QDateTime lastAttemptUtc;
    // The pull feed (FeedPuller): the cursor after the last change taken, when the last pull ended
    // cleanly, and the changes not applied because the desk's own act won (conflicts).
    qint64 feedCursor = 0;
    QDateTime lastPullUtc;
    qint64 conflicts = 0; // all the desk ever had (the store's feed_changes)
    QList<ConflictRecord> recentConflicts; // the newest ones, for display
    QString securityWarning = {}; // translated; non-empty when the site file weakened TLS (shown loudly)

    // {"online","pending","pending_bytes","parked":[{"code","service","reason"}],"last_error","last_success"}
    // as docs/cli.md gives for `motcua sync --status`.
    QJsonObject toJson() const;
    // The persisted part (online, last error, last success) back from the state file.
    static SyncState fromJson(const QJsonObject& json);
};

// One round of `motcua sync --once`: {"pushed","uploaded_bytes","pulled","pending","parked"}.
struct SyncRoundReport {
    qint64 pushed = 0; // records central accepted (first time or replayed)
    qint64 parkedNow = 0; // records parked in this round
    qint64 pending = 0;
    qint64 parked = 0;
    bool reachable = true; // false: central could not be reached (exit 3)
    QString error;
    qint64 pulled = 0; // changes taken from central's feed
    qint64 uploadedBytes = 0; // file bytes sent with tus in this round
    QJsonObject toJson() const;
};

} // namespace motcua::sync

Q_DECLARE_METATYPE(motcua::sync::SyncState)
Q_DECLARE_METATYPE(motcua::sync::SyncRoundReport)
