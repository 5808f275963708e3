// CentralFeed: what the desk pulls from central's changes feed (docs/sync-protocol.md, "Pull feed") and
// what became of each change on the desk. A change is a status change a processing unit made on one
// dossier (result ready, supplement requested, fee notice, stopped), a catalogue version, the year's
// calendar overrides or a site-configuration change. Store::applyCentralChange() applies one in one
// transaction with the feed cursor; its ChangeOutcome is kept per change (so a change applied twice
// changes nothing) and reported back to central.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace motcua::store {

struct CentralChange {
    qint64 seq = 0; // central's sequence number: the feed cursor after this change
    QString kind; // result_ready | supplement_requested | fee_notice | stopped | payment | catalogue | calendar | site
    QString code; // dossier code (dossier changes)
    QString unit; // the processing unit that made it
    QDateTime atUtc; // when central recorded it
    QJsonObject data; // reason, missing, amount_vnd, number, entries, valid_from, year, overrides, settings

    static CentralChange fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// What the desk did with one change.
struct ChangeOutcome {
    qint64 seq = 0;
    QString kind;
    QString code;
    QString unit;
    // applied: the desk's store changed; already: the desk was in that state (nothing to do); conflict:
    // the desk's own act wins (see docs/sync-protocol.md, "Conflicts") and the change is not applied;
    // mismatch: an online payment that differs from what is due, recorded as received but flagged and not
    // applied (issue 15, StoreOnlinePayments.cpp);
    // not_held: no such dossier on this desk (another desk of the agency received it); stored: kept and
    // shown, not applied (site settings); invalid: the change itself was malformed.
    QString result;
    QString note; // for people: why, in the desk's language
    QString deskState; // the dossier's state on the desk after the change (dossier changes)
    QDateTime appliedUtc;
    bool reported = false; // central was told
    bool replayed = false; // taken before: this is the first outcome again, nothing changed now
    QJsonObject toJson() const;
};

// The feed at a glance, for `motcua sync --status`.
struct FeedStatus {
    qint64 cursor = 0; // last change applied
    qint64 changes = 0; // changes taken so far
    qint64 conflicts = 0;
    QList<ChangeOutcome> recentConflicts; // newest first
    QJsonObject calendar; // central's calendar overrides, per year ({"2026": [...]})
    QJsonObject site; // central's site settings as received (stored, shown, not applied)
    QJsonObject toJson() const;
};

} // namespace motcua::store
