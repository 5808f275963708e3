// Notices: the reference central's notices to applicants (docs/central.md, "Notices to applicants").
// When a dossier's result is ready, a supplement is asked for or its appointment moves, central queues
// an e-mail (when the registration record carries an address, "Email") and an SMS (when it carries a
// phone number, "SoDienThoai") in its own tables of central.db. collect() finds those events in
// central's status history (records from desks and processing units' changes alike, in one order), so
// the `unit ...` commands of another process and the desks' records lead to notices the same way. A
// notice is queued, sent or failed, with its attempts and last error; its outcome is reported to the
// dossier's desk as a feed change of kind "notice". The text is Vietnamese, the language of the
// procedures, whatever the operator's language, and names the dossier code and procedure only.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>

namespace motcua::sync {

class CentralState;

// One notice as the sender needs it.
struct Notice {
    qint64 id = 0;
    QString code;
    QString event; // result_ready | supplement_requested | appointment_moved
    QString channel; // email | sms
    QString recipient; // e-mail address or phone number
    QString subject; // e-mail only
    QString body;
    int attempts = 0;
};

class Notices
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::Notices)

public:
    static constexpr int kMaxAttempts = 12; // then the notice stays failed and is no longer retried

    explicit Notices(CentralState& state);
    // Creates the tables; a new table starts after the history central already holds (no notices for
    // what happened before notices existed).
    Status open();
    // Queues the notices of every status-history row not looked at yet; the number queued.
    Result<int> collect();
    // Queued notices and failed ones still to retry, oldest first, for the configured channels only.
    Result<QList<Notice>> pending(bool email, bool sms, int limit);
    // What became of one attempt (error empty = sent); reports it to the dossier's desk on the first
    // failure, when sent, and when it gives up.
    Status recordAttempt(qint64 id, const QString& error);
    // [{"id","code","event","channel","to","status","attempts","last_error","queued_at","sent_at",
    //   "subject"}]; `to` is masked. Optionally one dossier's.
    Result<QJsonArray> list(const QString& code = {});

private:
    struct Event;
    Status collectRow(qint64 historyId, const QString& code, const QString& status, const QString& service);
    Status queue(const QString& code, const QString& source, const Event& event);
    Status report(qint64 id);

    CentralState& m_state;
};

} // namespace motcua::sync
