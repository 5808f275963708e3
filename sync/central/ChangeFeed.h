// ChangeFeed: the reference central's pull feed (docs/sync-protocol.md, "Pull feed"). Processing units
// (`motcua-central unit ...`) and administrators (`motcua-central publish ...`) append changes; each has
// a sequence number that only grows and an audience (one agency or every agency, optionally one desk).
// A desk reads the changes after its cursor that its agency may see (GET /api/v1/changes), applies
// them, and reports what became of each (POST /api/v1/changes/outcomes), so a change the desk could not
// apply (a conflict) is visible here too. Tables live in central.db next to CentralState's.
// It also keeps each desk's audit-chain anchors (the head of its audit log as sent with every sync).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::sync {

class CentralState;

class ChangeFeed
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::ChangeFeed)

public:
    explicit ChangeFeed(CentralState& state);
    Status open(); // creates the feed's tables

    // A processing unit's change on one dossier: kind result_ready | supplement_requested | fee_notice |
    // stopped. Refused (Error::invalid, code "state") when central's status of the dossier does not allow
    // it (closed: refused, withdrawn, stopped, returned; or already in that status); Error::notFound for
    // an unknown code. Updates the dossier's status and history; returns the change as the feed gives it.
    Result<QJsonObject> unitChange(
        const QString& kind, const QString& code, const QJsonObject& data, const QString& unit = {});
    // An administrator's change for every desk of `agency` ("*" = every agency) or one desk: kind
    // catalogue ({"valid_from","entries"}), calendar ({"year","overrides"}) or site ({"settings"}).
    Result<QJsonObject> publish(
        const QString& kind, const QJsonObject& data, const QString& agency, const QString& deskId = {});

    // {"changes":[...], "cursor": N, "more": bool}: at most `limit` changes after `cursor` for that desk.
    Result<QJsonObject> changesFor(const QString& deskId, qint64 cursor, int limit);
    // What the desk did with changes: [{"seq","result","note","desk_state"}]; kept per desk.
    Result<int> recordOutcomes(const QString& deskId, const QJsonArray& outcomes);
    // Every change with the desks' outcomes, oldest first (optionally one dossier's).
    Result<QJsonArray> changes(const QString& code = {});
    // Adds to `list` (CentralState::list()) each dossier's unit changes and what the desks made of them.
    Status decorate(QJsonArray& list);

    // Audit anchors: the head (seq, hash) of a desk's audit chain, kept once per desk and seq.
    Status recordAnchor(const QString& deskId, qint64 seq, const QString& hash);
    Result<QJsonArray> anchors(const QString& deskId);

private:
    CentralState& m_state;
};

} // namespace motcua::sync
