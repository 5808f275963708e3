// AuditChain: the hash chain of the append-only audit log. Each row's hash covers its own fields and the
// previous row's hash, so editing, deleting, reordering or inserting a row breaks the chain. The store
// seals each row inside the transaction of the change it records and keeps the head (seq and hash of
// the last row) in a separate meta row, which lets verify() also detect deletion of the last rows.
// Pure logic: no SQL here. Format and limits: docs/audit-log.md.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace motcua::audit {

struct AuditRecord {
    qint64 seq = 0; // 1, 2, 3, ... without gaps
    QDateTime atUtc; // hashed with millisecond precision (store it as AuditChain::formatTime())
    QString actor; // login of the user, or "system"
    QString action; // e.g. auth::actionName(), "user_add", "login_failed"
    QString entity; // "dossier", "user", "catalogue", ...
    QString entityId; // dossier code, login, ...
    QJsonObject details;
    QByteArray prevHash; // lower-case hex SHA-256 (64 chars)
    QByteArray hash; // lower-case hex SHA-256 (64 chars)
};

class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(motcua::audit::AuditChain)

public:
    // The chain's anchor: seq and hash of the last row, kept by the store outside the audit table.
    struct Head {
        qint64 seq = 0;
        QByteArray hash;
        bool operator==(const Head&) const = default;
    };

    // The secret that keys the chain (kept outside the database): rows from seq `fromSeq` on are
    // hashed with HMAC-SHA-256 under `secret` instead of plain SHA-256, so whoever edits the database
    // without the key cannot re-seal an edited chain. Rows before fromSeq (written before the store
    // was keyed) keep their plain hashes. An empty secret = the plain chain.
    struct Key {
        QByteArray secret; // 32 bytes
        qint64 fromSeq = 1;
        bool isSet() const { return !secret.isEmpty(); }
        bool covers(qint64 seq) const { return isSet() && seq >= fromSeq; }
    };

    static QByteArray genesisHash(); // prevHash of row 1: 64 '0' characters
    static Head emptyHead() { return { 0, genesisHash() }; }

    // Canonical bytes hashed for a record: the compact UTF-8 JSON array
    // ["motcua-audit-v1", "<seq>", "<time ISO ms UTC>", actor, action, entity, entityId, details
    //  (compact, keys sorted), prevHash]. The record's own hash is not included.
    static QByteArray canonicalBytes(const AuditRecord& record);
    static QByteArray computeHash(const AuditRecord& record); // SHA-256 hex of canonicalBytes
    // HMAC-SHA-256 hex of canonicalBytes when `key` covers the record's seq, else computeHash(record).
    static QByteArray computeHash(const AuditRecord& record, const Key& key);

    // Time as hashed: "yyyy-MM-ddTHH:mm:ss.zzzZ" in UTC; parseTime() is its inverse.
    static QString formatTime(const QDateTime& atUtc);
    static QDateTime parseTime(const QString& text);
    // details as the store should keep them (compact JSON text, keys sorted) and back.
    static QByteArray formatDetails(const QJsonObject& details);
    static QJsonObject parseDetails(const QByteArray& text);

    // Seals a new record: fills prevHash from `previous` (or genesis) and hash; seq = previous.seq + 1
    // (1 without previous). Time is truncated to milliseconds and converted to UTC.
    static AuditRecord seal(AuditRecord record, const std::optional<AuditRecord>& previous);
    // Same, from the stored head (what the store has at hand inside its transaction).
    static AuditRecord seal(AuditRecord record, const Head& head);
    static AuditRecord seal(AuditRecord record, const Head& head, const Key& key); // keyed
    static Head headOf(const AuditRecord& record) { return { record.seq, record.hash }; }

    struct Finding {
        qint64 seq = 0; // the row concerned (for "deleted": the missing seq)
        QString problem; // "edited" | "deleted" | "reordered" | "inserted"
        QString message; // translated, names the row and what is wrong
        qint64 position = -1; // index of the row in the list given to verify(); -1 for deleted rows
    };

    // rows in stored order (by rowid). Names each edited, deleted, reordered or inserted row; an empty
    // list means the chain is intact. Without expectedHead, deleting the last rows (or appending
    // correctly sealed rows) cannot be detected; pass the head the store kept to detect them.
    static QList<Finding> verify(
        const QList<AuditRecord>& rows, const std::optional<Head>& expectedHead = std::nullopt);
    // The same for a keyed chain (Key): a row the key covers must carry its HMAC.
    static QList<Finding> verify(
        const QList<AuditRecord>& rows, const std::optional<Head>& expectedHead, const Key& key);
};

} // namespace motcua::audit
