// CentralState: what the reference central server holds, in its own SQLite file (<data dir>/central.db,
// or in memory without a data dir): desks and their credentials (only a hash of the secret), short-lived
// bearer tokens, the records received (docs/sync-protocol.md), the dossiers they describe with their
// status history, and each accepted record's idempotency key with the answer that was given.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua::store {
class Statement;
}

namespace motcua::sync {

// One record's answer inside a batch: an HTTP-like status and its body.
struct RecordAnswer {
    int status = 201; // 201 accepted, 200 replay of an accepted key, 400/403 refused, 409 out of order, 422 key reused
    QJsonObject body;
};

class CentralState
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::CentralState)

public:
    ~CentralState();
    CentralState(const CentralState&) = delete;
    CentralState& operator=(const CentralState&) = delete;

    static Result<std::unique_ptr<CentralState>> open(const QString& dataDir);
    // The first record of a stored envelope's "data" list (the registration or progress record it carried).
    static QJsonObject firstRecord(const QString& envelopeJson);

    // Registers a desk (or gives it a new credential) for an agency; {"desk_id","credential"}. The
    // credential is shown once: only a hash of its secret is kept.
    Result<QJsonObject> addDesk(const QString& deskId, const QString& agency);
    // Exchanges a credential for a bearer token valid `ttlSeconds`; a permission error when unknown.
    Result<QString> issueToken(const QString& credential, int ttlSeconds);
    // The desk a token belongs to, or empty when it is unknown or expired.
    QString deskForToken(const QString& token);

    // Takes one record: replays the first answer of a known key (422 when the body differs), checks it by
    // RecordRules and the desk's agency, keeps it and its key. Call inside begin()/commit().
    // `raw`: the envelope's JSON text as received (BatchSpans), hashed and kept as it is; empty = the
    // envelope serialised compactly (what the desk sends).
    RecordAnswer acceptRecord(
        const QString& deskId, const QString& key, const QJsonObject& envelope, const QByteArray& raw = {});
    Status begin();
    Status commit();
    void rollback();

    // What central holds (motcua-central list): [{"code","desk_id","status","files","history"}].
    Result<QJsonArray> list(const QString& agency = {});
    qint64 recordCount(); // records kept (one per accepted key)
    qint64 outOfOrder() const { return m_outOfOrder; } // progress records refused for coming first (409)

    // Files of one agency (CentralStateFiles.cpp): which files an agency's records name, so that a desk
    // reads only its own agency's files (docs/sync-protocol.md, "Files of one agency").
    QString deskAgency(const QString& deskId) { return agencyOf(deskId); }
    bool agencyNamesFile(const QString& agency, const QByteArray& sha256Hex);

private:
    friend class ChangeFeed; // the pull feed's tables live in the same file (ChangeFeed.cpp)
    friend class CentralVerify; // the log of citizen and business checks too (CentralVerify.cpp)
    friend class CodeBlocks; // issue 15: leased code blocks and static slices (CodeBlocks.cpp)
    friend class CentralPayments; // issue 15: online payments (CentralPayments.cpp)
    friend class PublicStatusPage; // reads dossiers, records and unit changes (PublicStatusPage.cpp)
    friend class Notices; // so do the notices to applicants (Notices.cpp)
    CentralState() = default;
    store::Statement prepare(const char* sql);
    Status exec(const char* sql);
    void bindUtf8(const char* sql, int index, const QByteArray& utf8);
    Error sqlError(const QString& what) const;
    QString agencyOf(const QString& deskId);
    Status openRecordFiles(); // CentralStateFiles.cpp
    Status noteRecordFiles(const QString& agency, const QString& code, const QJsonObject& record);
    RecordAnswer store(const QString& deskId, const QString& key, const QByteArray& hash, const QJsonObject& envelope,
        const QByteArray& body);

    sqlite3* m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt*> m_statements;
    QHash<QString, QString> m_agencies; // desk id -> agency (cache)
    qint64 m_outOfOrder = 0;
};

} // namespace motcua::sync
