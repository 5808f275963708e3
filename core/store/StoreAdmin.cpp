// Integrity and maintenance: audit verification, database check, online backup, and the outbox API
// the sync engine uses.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include "core/domain/DossierCode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <sqlite3.h>

namespace motcua::store {

QJsonObject AuditVerifyReport::toJson() const
{
    QJsonArray list;
    for (const audit::AuditChain::Finding& f : findings)
        list.append(QJsonObject { { QStringLiteral("seq"), f.seq }, { QStringLiteral("problem"), f.problem },
            { QStringLiteral("message"), f.message } });
    return { { QStringLiteral("ok"), ok() }, { QStringLiteral("rows"), rows },
        { QStringLiteral("head"),
            QJsonObject {
                { QStringLiteral("seq"), head.seq }, { QStringLiteral("hash"), QString::fromLatin1(head.hash) } } },
        { QStringLiteral("findings"), list } };
}

QJsonObject DbCheckReport::toJson() const
{
    QJsonObject o { { QStringLiteral("ok"), ok() }, { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("dossiers"), dossiers }, { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
        { QStringLiteral("orphan_files"), QJsonArray::fromStringList(orphans) } };
    if (!removed.isEmpty())
        o.insert(QStringLiteral("removed_files"), QJsonArray::fromStringList(removed));
    return o;
}

Result<AuditVerifyReport> Store::verifyAudit(const Actor& actor)
{
    if (auto s = authorize(actor, auth::Action::VerifyAudit); !s)
        return s.error();
    QList<audit::AuditRecord> rows;
    {
        Statement q = prepare("SELECT seq, at, actor, action, entity, entity_id, details, prev_hash, hash "
                              "FROM audit_log ORDER BY id");
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            audit::AuditRecord r;
            r.seq = q.i64(0);
            r.atUtc = q.time(1);
            r.actor = q.text(2);
            r.action = q.text(3);
            r.entity = q.text(4);
            r.entityId = q.text(5);
            r.details = audit::AuditChain::parseDetails(q.text(6).toUtf8());
            r.prevHash = q.blob(7).toHex();
            r.hash = q.blob(8).toHex();
            rows << r;
        }
        if (rc != SQLITE_DONE)
            return sqlError(tr("reading the audit log"));
    }
    auto head = auditHead();
    if (!head)
        return head.error();
    AuditVerifyReport report;
    report.rows = rows.size();
    report.head = head.value();
    report.findings = audit::AuditChain::verify(rows, head.value(), m_auditKey);
    if (!m_auditKeyProblem.isEmpty())
        report.findings.prepend(audit::AuditChain::Finding { 0, QStringLiteral("key_missing"), m_auditKeyProblem, -1 });
    return report;
}

Result<DbCheckReport> Store::check(const Actor& actor, bool verifyFiles)
{
    if (auto s = authorize(actor, auth::Action::CheckDatabase); !s)
        return s.error();
    DbCheckReport report;
    report.schemaVersion = schemaVersion();
    report.dossiers = dossierCount();
    auto collect = [&](const char* sql, const std::function<QString(Statement&)>& describe) -> Status {
        Statement q = prepare(sql);
        if (!q.valid())
            return sqlError(tr("checking the database"));
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            const QString problem = describe(q);
            if (!problem.isEmpty())
                report.problems << problem;
        }
        return rc == SQLITE_DONE ? Status {} : Status { sqlError(tr("checking the database")) };
    };
    if (auto s = collect("PRAGMA integrity_check",
            [](Statement& q) {
                return q.text(0) == QLatin1String("ok") ? QString() : tr("SQLite integrity: %1").arg(q.text(0));
            });
        !s)
        return s.error();
    if (auto s = collect("PRAGMA foreign_key_check",
            [](Statement& q) {
                return tr("Foreign key broken: table %1 row %2 points to a missing %3 row")
                    .arg(q.text(0))
                    .arg(q.i64(1))
                    .arg(q.text(2));
            });
        !s)
        return s.error();
    // Own invariants.
    if (auto s = collect("SELECT d.code, d.state, (SELECT s.to_state FROM status_history s WHERE s.dossier_id = d.id "
                         "ORDER BY s.id DESC LIMIT 1) FROM dossiers d",
            [](Statement& q) {
                const QString code = q.text(0);
                if (!workflow::stateFromName(q.text(1)))
                    return tr("Dossier %1 has an unknown state \"%2\"").arg(code, q.text(1));
                if (q.text(2) != q.text(1))
                    return tr("Dossier %1: state %2 does not match its last history row (%3)")
                        .arg(code, q.text(1), q.text(2).isEmpty() ? QStringLiteral("none") : q.text(2));
                auto parsed = DossierCode::parse(code);
                if (!parsed)
                    return tr("Dossier code %1 is malformed").arg(code);
                return QString();
            });
        !s)
        return s.error();
    // A code counter behind an issued code would issue that code again.
    if (auto s = collect("SELECT d.code FROM dossiers d",
            [this](Statement& q) -> QString {
                auto c = DossierCode::parse(q.text(0));
                if (!c)
                    return {};
                // (or, issue 15, a leased block's counter: StoreCodeLeases.cpp)
                Statement k = prepare("SELECT coalesce((SELECT last FROM code_counters WHERE agency = ?1 AND day = "
                                      "?2) >= ?3, 0) OR EXISTS(SELECT 1 FROM code_leases WHERE agency = ?1 AND day = "
                                      "?2 AND ?3 BETWEEN first AND next - 1)");
                k.bind(1, c->agency).bind(2, c->date.toString(QStringLiteral("yyMMdd"))).bind(3, c->sequence);
                if (k.step() != SQLITE_ROW || k.i32(0) == 0)
                    return tr("The code counter for %1 on %2 is behind the issued code %3")
                        .arg(c->agency, c->date.toString(Qt::ISODate), q.text(0));
                return {};
            });
        !s)
        return s.error();
    if (auto s = collect("SELECT (SELECT count(*) FROM dossiers), (SELECT count(*) FROM dossier_fts)",
            [](Statement& q) {
                return q.i64(0) == q.i64(1)
                    ? QString()
                    : tr("The search index has %1 rows for %2 dossiers; run a reindex").arg(q.i64(1)).arg(q.i64(0));
            });
        !s)
        return s.error();
    if (auto s
        = collect("SELECT d.code, p.kind FROM pauses p JOIN dossiers d ON d.id = p.dossier_id WHERE p.to_at IS NULL "
                  "AND d.state NOT IN ('supplement_requested', 'awaiting_payment')",
            [](Statement& q) {
                return tr("Dossier %1 has an open %2 pause but is not waiting").arg(q.text(0), q.text(1));
            });
        !s)
        return s.error();
    if (auto s = collect("SELECT key FROM outbox WHERE json_valid(payload) = 0",
            [](Statement& q) { return tr("Outbox message %1 is not valid JSON").arg(q.text(0)); });
        !s)
        return s.error();
    if (verifyFiles) {
        const QDir root(dataDir());
        if (auto s = collect("SELECT path, sha256, size FROM files WHERE path <> ''",
                [&root](Statement& q) -> QString {
                    QFile f(root.filePath(q.text(0)));
                    if (!f.open(QIODevice::ReadOnly))
                        return tr("Stored file %1 is missing").arg(q.text(0));
                    if (f.size() != q.i64(2))
                        return tr("Stored file %1 has the wrong size").arg(q.text(0));
                    QCryptographicHash h(QCryptographicHash::Sha256);
                    h.addData(&f);
                    if (QString::fromLatin1(h.result().toHex()) != q.text(1))
                        return tr("Stored file %1 does not match its SHA-256").arg(q.text(0));
                    return {};
                });
            !s)
            return s.error();
    }
    if (verifyFiles)
        if (auto s = addOrphans(report); !s)
            return s.error();
    Actor auditor = actor;
    auditor.role = auth::Role::Admin; // the check includes the audit chain
    auto audit = verifyAudit(auditor);
    if (!audit)
        return audit.error();
    for (const audit::AuditChain::Finding& f : audit->findings)
        report.problems << tr("Audit log: %1").arg(f.message);
    return report;
}

Status Store::addOrphans(DbCheckReport& report)
{
    auto orphans = orphanFiles();
    if (!orphans)
        return orphans.error();
    report.orphans = orphans.value();
    for (const QString& path : std::as_const(report.orphans))
        report.problems << tr(
            "Stored file %1 belongs to no dossier (left by an interrupted intake); a repair of the store "
            "removes it")
                               .arg(path);
    return {};
}

Result<QStringList> Store::orphanFiles()
{
    const QDir root(dataDir());
    const QDateTime before = realNowUtc().addSecs(-kOrphanAgeSecs);
    QStringList orphans;
    QDirIterator it(root.filePath(QStringLiteral("files")), QDir::Files | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = root.relativeFilePath(it.next());
        if (it.fileInfo().lastModified().toUTC() > before)
            continue; // perhaps an intake copying it now
        Statement q = prepare("SELECT EXISTS(SELECT 1 FROM files WHERE path = ?1)");
        if (!q.valid())
            return sqlError(tr("checking the stored files"));
        q.bind(1, rel);
        if (q.step() != SQLITE_ROW)
            return sqlError(tr("checking the stored files"));
        if (q.i64(0) == 0)
            orphans << rel;
    }
    orphans.sort();
    return orphans;
}

Result<QStringList> Store::removeOrphanFiles(const Actor& actor)
{
    if (auto s = authorize(actor, auth::Action::CheckDatabase); !s)
        return s.error();
    Transaction tx(*this); // holds the write lock: no intake commits a reference meanwhile
    if (!tx.begun())
        return tx.begun().error();
    auto orphans = orphanFiles();
    if (!orphans)
        return orphans.error();
    if (orphans->isEmpty())
        return QStringList();
    QStringList removed;
    for (const QString& rel : std::as_const(orphans.value()))
        if (QFile::remove(QDir(dataDir()).filePath(rel)))
            removed << rel;
    if (auto s = appendAudit(actor, QStringLiteral("files_orphans_removed"), QStringLiteral("files"),
            QString::number(removed.size()), { { QStringLiteral("files"), QJsonArray::fromStringList(removed) } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return removed;
}

Status Store::backup(const Actor& actor, const QString& targetFile)
{
    if (auto s = authorize(actor, auth::Action::BackupDatabase); !s)
        return s;
    const QString target = QFileInfo(targetFile).absoluteFilePath();
    if (target == m_path)
        return Error::invalid(QStringLiteral("file"), tr("The backup cannot overwrite the live database"),
            QStringLiteral("invalid_target"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString tmp = target + QStringLiteral(".part");
    QFile::remove(tmp);
    if (auto s = snapshotDatabase(tmp); !s)
        return s;
    QFile::remove(target);
    if (!QFile::rename(tmp, target))
        return Error::environment(QStringLiteral("file"), tr("Cannot move the backup into place at %1").arg(target),
            QStringLiteral("storage"));
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    if (auto s = appendAudit(actor, QStringLiteral("backup"), QStringLiteral("database"), target, {}); !s)
        return s;
    return tx.commit();
}

Status Store::snapshotDatabase(const QString& target)
{
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(target.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(dest);
        return Error::environment(QStringLiteral("file"),
            tr("Cannot create the backup file %1; check the folder").arg(target), QStringLiteral("storage"));
    }
    // Online backup in small steps: writers of the desk are blocked only for one step at a time.
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", m_db, "main");
    int rc = SQLITE_OK;
    if (b) {
        do {
            rc = sqlite3_backup_step(b, 512);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(20);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
    }
    const int final = sqlite3_errcode(dest);
    sqlite3_close_v2(dest);
    if (!b || rc != SQLITE_DONE || final != SQLITE_OK) {
        QFile::remove(target);
        const bool full = (rc & 0xff) == SQLITE_FULL || (final & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR
            || (final & 0xff) == SQLITE_IOERR;
        return Error::environment(QStringLiteral("file"),
            full ? tr("The backup to %1 failed: the disk is full or refuses writes; free some space").arg(target)
                 : tr("The backup to %1 failed; check disk space").arg(target),
            full ? QStringLiteral("disk_full") : QStringLiteral("storage"));
    }
    // Personal data: the copy is its user's only, whatever the umask of the process that made it.
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status Store::copyDatabase(const QString& source, const QString& target)
{
    sqlite3* from = nullptr;
    sqlite3* to = nullptr;
    const auto cleanup = [&] {
        sqlite3_close_v2(from);
        sqlite3_close_v2(to);
    };
    if (sqlite3_open_v2(source.toUtf8().constData(), &from, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
        || sqlite3_open_v2(target.toUtf8().constData(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK) {
        cleanup();
        return Error::environment(QStringLiteral("file"), tr("Cannot copy the database %1 to %2").arg(source, target),
            QStringLiteral("storage"));
    }
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    const int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
    if (b)
        sqlite3_backup_finish(b);
    cleanup();
    if (rc != SQLITE_DONE) {
        QFile::remove(target);
        return Error::environment(QStringLiteral("file"),
            tr("Copying the database %1 failed; check disk space").arg(source), QStringLiteral("storage"));
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status Store::adoptCodeCounters(const QString& other)
{
    Statement attach = prepare("ATTACH DATABASE ?1 AS replaced");
    if (!attach.valid())
        return sqlError(tr("reading the replaced database"));
    attach.bind(1, QStringLiteral("file:%1?mode=ro").arg(other));
    if (attach.step() != SQLITE_DONE)
        return sqlError(tr("reading the replaced database"));
    Status s = exec("INSERT INTO code_counters(agency, day, last) SELECT agency, day, last FROM replaced.code_counters "
                    "WHERE true ON CONFLICT(agency, day) DO UPDATE SET last = max(last, excluded.last); "
                    "INSERT INTO meta(key, value) SELECT key, value FROM replaced.meta WHERE key = 'last_code_at' "
                    "ON CONFLICT(key) DO UPDATE SET value = CAST(max(CAST(value AS INTEGER), "
                    "CAST(excluded.value AS INTEGER)) AS TEXT)");
    (void)exec("DETACH DATABASE replaced");
    return s;
}

Status Store::recordRestore(const Actor& actor, const QString& source, const QString& keptAs)
{
    if (auto s = authorize(actor, auth::Action::BackupDatabase); !s)
        return s;
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    if (auto s = appendAudit(actor, QStringLiteral("restore"), QStringLiteral("database"), source,
            { { QStringLiteral("replaced_kept_as"), keptAs } });
        !s)
        return s;
    return tx.commit();
}

namespace {

constexpr const char* kOutboxColumns
    = "SELECT o.id, o.key, o.service, d.code, o.payload, o.created_at, o.attempts, "
      "COALESCE(o.last_error, '') FROM outbox o LEFT JOIN dossiers d ON d.id = o.dossier_id ";

OutboxItem outboxItem(const Statement& q)
{
    return OutboxItem { q.i64(0), q.text(1), outboxServiceFromName(q.text(2)).value_or(OutboxService::DongBoHoSoMC),
        q.text(3), QJsonDocument::fromJson(q.text(4).toUtf8()).object(), q.time(5), q.i32(6), q.text(7) };
}

} // namespace

Result<QList<OutboxItem>> Store::pendingOutbox(const Actor& actor, int limit, qint64 afterId)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    Statement q = prepare(
        (QByteArray(kOutboxColumns) + "WHERE o.delivered_at IS NULL AND o.id > ?2 ORDER BY o.id LIMIT ?1").constData());
    q.bind(1, limit).bind(2, afterId);
    QList<OutboxItem> items;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        items << outboxItem(q);
    if (rc != SQLITE_DONE)
        return sqlError(tr("reading the outbox"));
    return items;
}

Result<QList<OutboxItem>> Store::parkedOutbox(const Actor& actor, int limit)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    Statement q = prepare((
        QByteArray(kOutboxColumns) + "WHERE o.delivered_at IS NULL AND o.last_error IS NOT NULL ORDER BY o.id LIMIT ?1")
                              .constData());
    q.bind(1, limit);
    QList<OutboxItem> items;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        items << outboxItem(q);
    if (rc != SQLITE_DONE)
        return sqlError(tr("reading the outbox"));
    return items;
}

Result<OutboxCounts> Store::outboxCounts(const Actor& actor)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    Statement q = prepare("SELECT count(*), COALESCE(sum(last_error IS NOT NULL), 0), "
                          "COALESCE(sum(length(CAST(payload AS BLOB))), 0) FROM outbox WHERE delivered_at IS NULL");
    if (q.step() != SQLITE_ROW)
        return sqlError(tr("reading the outbox"));
    return OutboxCounts { q.i64(0), q.i64(1), q.i64(2) };
}

Result<int> Store::retryParked(const Actor& actor, const QString& key)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    Statement q = prepare("SELECT o.key, o.service, o.dossier_id, o.payload FROM outbox o WHERE o.delivered_at IS NULL "
                          "AND o.last_error IS NOT NULL AND (?1 = '' OR o.key = ?1) ORDER BY o.id");
    q.bind(1, key);
    struct Parked {
        QString key, service;
        qint64 dossierId;
        QJsonObject envelope;
    };
    QList<Parked> parked;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        parked << Parked { q.text(0), q.text(1), q.i64(2), QJsonDocument::fromJson(q.text(3).toUtf8()).object() };
    if (rc != SQLITE_DONE)
        return sqlError(tr("reading the outbox"));
    for (Parked& p : parked) {
        if (p.service == outboxServiceName(OutboxService::DongBoHoSoMC)) {
            auto d = load(p.dossierId);
            if (!d)
                return d.error();
            p.envelope.insert(QStringLiteral("data"), QJsonArray { dossierRecord(d.value()) });
        }
        Statement u = prepare("UPDATE outbox SET last_error = NULL, payload = ?2 WHERE key = ?1");
        u.bind(1, p.key).bind(2, QString::fromUtf8(QJsonDocument(p.envelope).toJson(QJsonDocument::Compact)));
        if (u.step() != SQLITE_DONE)
            return sqlError(tr("updating the outbox"));
    }
    if (auto s = appendAudit(actor, QStringLiteral("outbox_retry"), QStringLiteral("outbox"),
            key.isEmpty() ? QStringLiteral("*") : key, { { QStringLiteral("released"), parked.size() } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return static_cast<int>(parked.size());
}

Status Store::markDelivered(const Actor& actor, const QString& key)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s;
    Statement q = prepare(
        "UPDATE outbox SET delivered_at = ?2, attempts = attempts + 1 WHERE key = ?1 AND delivered_at IS NULL");
    q.bind(1, key).bindTime(2, nowUtc());
    if (q.step() != SQLITE_DONE)
        return sqlError(tr("updating the outbox"));
    return {};
}

Status Store::markFailed(const Actor& actor, const QString& key, const QString& error)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s;
    Statement q = prepare("UPDATE outbox SET attempts = attempts + 1, last_error = ?2 WHERE key = ?1");
    q.bind(1, key).bind(2, error);
    if (q.step() != SQLITE_DONE)
        return sqlError(tr("updating the outbox"));
    return {};
}

Result<qint64> Store::pruneDelivered(const Actor& actor, const QDateTime& deliveredBefore)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    Statement q = prepare("DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?1");
    q.bindTime(1, deliveredBefore);
    if (q.step() != SQLITE_DONE)
        return sqlError(tr("pruning the outbox"));
    const qint64 removed = sqlite3_changes64(m_db);
    if (auto s = appendAudit(actor, QStringLiteral("outbox_prune"), QStringLiteral("outbox"), QString::number(removed),
            { { QStringLiteral("before"), dossier::localIso(deliveredBefore) } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return removed;
}

} // namespace motcua::store
