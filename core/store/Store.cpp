#include "core/store/Store.h"

#include "core/Clock.h"
#include "core/DateFormat.h"
#include "core/domain/DossierCode.h"
#include "core/domain/TextFold.h"
#include "core/store/DbFile.h"
#include "core/store/Statement.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <cerrno>

Q_LOGGING_CATEGORY(lcStore, "motcua.core.store")

namespace motcua::store {

namespace {

void sqlFold(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (!p) {
        sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
        return;
    }
    const QByteArray out = foldVietnamese(QString::fromUtf8(p, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

Store::~Store()
{
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_finalize(s);
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Store>> Store::open(const QString& dbPath, const OpenOptions& options)
{
    std::unique_ptr<Store> store(new Store);
    store->m_path = QFileInfo(dbPath).absoluteFilePath();
    // An existing file that is empty, not SQLite or truncated is damage to report, never a new store to
    // create over it (SQLite would happily start an empty database in a zero-byte file).
    if (const QString damage = DbFile::headerProblem(store->m_path); !damage.isEmpty())
        return Error::environment(QStringLiteral("database"), damage, QStringLiteral("corrupt_database"));
    if (options.readOnly)
        return openReadOnly(std::move(store), options);
    if (!QDir().mkpath(QFileInfo(store->m_path).absolutePath()))
        return Error::environment(QStringLiteral("data_dir"),
            tr("Cannot create the data folder %1; check the path and permissions")
                .arg(QFileInfo(store->m_path).absolutePath()),
            QStringLiteral("storage"));
    // A read-only folder (a disk mounted read-only, a folder this user may not write) would let SQLite open
    // the file read-only and fail later in some write with a vague error: say what it is, before anything.
    const QFileInfo folder(QFileInfo(store->m_path).absolutePath());
    if (!folder.isWritable() || (QFileInfo::exists(store->m_path) && !QFileInfo(store->m_path).isWritable()))
        return Error::environment(QStringLiteral("data_dir"),
            tr("The data folder %1 is read-only (a disk mounted read-only, or no write permission for this "
               "user); nothing can be saved. Check the disk and the folder's owner, then try again")
                .arg(folder.absoluteFilePath()),
            QStringLiteral("read_only"));
    const int rc = sqlite3_open_v2(store->m_path.toUtf8().constData(), &store->m_db,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK)
        return Error::environment(QStringLiteral("database"),
            tr("Cannot open the database %1 (%2); check the file and its folder")
                .arg(store->m_path, QString::fromUtf8(sqlite3_errstr(rc))),
            QStringLiteral("storage"));
    sqlite3_busy_timeout(store->m_db, options.busyTimeoutMs);
    sqlite3_create_function_v2(store->m_db, "motcua_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &sqlFold,
        nullptr, nullptr, nullptr);
    registerLookupSecretSql(store->m_db); // before the migrations: version 11 draws secrets with it
    // Durability: WAL with synchronous=FULL syncs the WAL on every commit, so a committed dossier
    // survives a power cut. OFF only for generating benchmark data in batches.
    const QString pragmas = QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; "
                                           "PRAGMA synchronous=%1; PRAGMA temp_store=MEMORY; "
                                           "PRAGMA cache_size=%2;")
                                .arg(options.durable ? QStringLiteral("FULL") : QStringLiteral("OFF"))
                                .arg(options.durable ? -65536 : -524288); // KiB: 64 MiB, 512 MiB for bulk
    if (auto s = store->execScript(pragmas); !s)
        return s.error();
    const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
    if (auto s = store->migrate(target); !s)
        return s.error();
    if (auto s = store->applySite(SiteConfig::demo()); !s)
        return s.error();
    if (auto s = store->loadAuditKey(options.auditKeyDir); !s)
        return s.error();
    return store;
}

namespace {

// Opens `path` read-only and reads its schema, or returns SQLite's error code. With `immutable` SQLite
// neither needs nor makes the -shm file (a read-only folder cannot hold a new one).
int openReadOnlyConnection(const QString& path, bool immutable, sqlite3** db)
{
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + (immutable ? "?mode=ro&immutable=1" : "?mode=ro");
    int rc
        = sqlite3_open_v2(uri.constData(), db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(*db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(*db);
        *db = nullptr;
    }
    return rc;
}

} // namespace

Result<std::unique_ptr<Store>> Store::openReadOnly(std::unique_ptr<Store> store, const OpenOptions& options)
{
    store->m_readOnly = true;
    if (!QFileInfo::exists(store->m_path))
        return Error::notFound(
            QStringLiteral("database"), tr("No database at %1").arg(store->m_path), QStringLiteral("not_initialised"));
    // A store closed cleanly has no journal: read it as immutable. One left by a crash keeps committed
    // dossiers in its -wal file, which SQLite reads only with the -shm beside it; immutable would skip
    // them, so without both nothing is shown rather than an incomplete store.
    int rc = openReadOnlyConnection(store->m_path, false, &store->m_db);
    if (rc != SQLITE_OK && QFileInfo(store->m_path + QStringLiteral("-wal")).size() == 0)
        rc = openReadOnlyConnection(store->m_path, true, &store->m_db);
    if (rc != SQLITE_OK)
        return Error::environment(QStringLiteral("database"),
            tr("The data folder %1 is read-only and the database's journal (%2) holds changes that can only "
               "be read where the folder can be written; make the folder writable again to see them")
                .arg(QFileInfo(store->m_path).absolutePath(),
                    QFileInfo(store->m_path).fileName() + QStringLiteral("-wal")),
            QStringLiteral("read_only"));
    sqlite3_busy_timeout(store->m_db, options.busyTimeoutMs);
    sqlite3_create_function_v2(store->m_db, "motcua_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &sqlFold,
        nullptr, nullptr, nullptr);
    if (auto s = store->execScript(QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; "
                                                  "PRAGMA cache_size=-65536;"));
        !s)
        return s.error();
    const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
    if (store->schemaVersion() != target)
        return Error::environment(QStringLiteral("database"),
            tr("The database has schema version %1 and needs version %2, which means writing to it; the data "
               "folder is read-only, so make it writable and open it again")
                .arg(store->schemaVersion())
                .arg(target),
            QStringLiteral("read_only"));
    if (auto s = store->applySite(SiteConfig::demo()); !s)
        return s.error();
    if (auto s = store->loadAuditKey(options.auditKeyDir); !s)
        return s.error();
    qCInfo(lcStore) << "opened read-only: lookup only";
    return store;
}

QString Store::dataDir() const
{
    return QFileInfo(m_path).absolutePath();
}

Status Store::setSite(const SiteConfig& site)
{
    auto bound = boundAgency();
    if (!bound)
        return bound.error();
    if (!bound->isEmpty() && bound.value() != site.agencyCode)
        return Error::permission(QStringLiteral("site"),
            tr("This data folder belongs to agency %1, but the site file gives agency %2; use this desk's "
               "site file, or ask an administrator to rebind the folder to this agency")
                .arg(bound.value(), site.agencyCode),
            QStringLiteral("site_mismatch"));
    if (bound->isEmpty() && hasUsers() && !m_readOnly)
        return bindSite(systemActor(), site); // a store made before binding: bound on first use
    return applySite(site);
}

Result<QString> Store::boundAgency()
{
    return metaValue(QStringLiteral("site_agency"));
}

Status Store::bindSite(const Actor& actor, const SiteConfig& site)
{
    if (auto s = authorize(actor, auth::Action::ManageUsers); !s)
        return s;
    if (auto s = applySite(site); !s) // validates the site before it is bound
        return s;
    auto before = boundAgency();
    if (!before)
        return before.error();
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    if (auto s = setMetaValue(QStringLiteral("site_agency"), site.agencyCode); !s)
        return s;
    if (auto s = appendAudit(actor, QStringLiteral("site_bind"), QStringLiteral("site"), site.agencyCode,
            { { QStringLiteral("from"), before.value() }, { QStringLiteral("to"), site.agencyCode },
                { QStringLiteral("desk"), site.deskId } });
        !s)
        return s;
    if (auto s = fault(QStringLiteral("site_bind.commit")); !s)
        return s;
    return tx.commit();
}

Status Store::applySite(const SiteConfig& site)
{
    auto allocator = CodeAllocator::fromSite(site);
    if (!allocator)
        return allocator.error();
    if (!DossierCode::isValidAgencyCode(site.agencyCode))
        return Error::invalid(QStringLiteral("agency_code"),
            tr("The site's agency code \"%1\" is not a valid electronic identifier "
               "(e.g. 000.00.25.G14); correct the site file")
                .arg(site.agencyCode),
            QStringLiteral("invalid_site"));
    // The site's own override table (section "calendar") counts for every appointment this desk
    // computes; without one, the built-in rules and table apply.
    auto calendar = WorkCalendar::forSite(site);
    if (!calendar)
        return calendar.error();
    auto national = NationalCodes::fromSection(site.section(QStringLiteral("national")));
    if (!national)
        return national.error();
    m_national = national.value();
    m_site = site;
    m_allocator = allocator.value();
    if (site.section(QStringLiteral("calendar")).isEmpty())
        m_calendar = std::shared_ptr<const WorkCalendar>(&WorkCalendar::builtin(), [](const WorkCalendar*) {});
    else
        m_calendar = std::make_shared<const WorkCalendar>(calendar.value());
    return applyCentralCalendar(); // central's overrides win over the site's (docs/calendar.md)
}

void Store::setCalendar(const WorkCalendar& calendar)
{
    m_calendar = std::make_shared<const WorkCalendar>(calendar);
}

QDateTime Store::nowUtc() const
{
    // Millisecond precision, as stored.
    return QDateTime::fromMSecsSinceEpoch(Clock::current().nowUtc().toMSecsSinceEpoch(), Qt::UTC);
}

Statement Store::prepare(const char* sql)
{
    const QByteArray key = QByteArray::fromRawData(sql, int(qstrlen(sql)));
    auto it = m_statements.constFind(key);
    if (it != m_statements.constEnd())
        return Statement(it.value());
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        qCWarning(lcStore) << "prepare failed:" << sqlite3_errmsg(m_db) << sql;
        return Statement(nullptr);
    }
    m_statements.insert(QByteArray(sql), stmt);
    return Statement(stmt);
}

Status Store::exec(const char* sql)
{
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "");
        sqlite3_free(err);
        return storageError(m_db, m_path, tr("preparing the database (%1)").arg(msg));
    }
    return {};
}

Status Store::execScript(const QString& sql)
{
    return exec(sql.toUtf8().constData());
}

Error Store::sqlError(const QString& what) const
{
    return storageError(m_db, m_path, what);
}

Error Store::storageError(sqlite3* db, const QString& path, const QString& what)
{
    // Each storage failure says what is wrong and what to do: a damaged file is never "check disk
    // space", and a full disk or a read-only folder is named as such (issue 12, storage faults).
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : "");
    // An I/O error says why in errno: a full disk (or a file-size limit) and a read-only disk are named.
    const int sys = db ? sqlite3_system_errno(db) : 0;
    int kind = code & 0xff;
    if (kind == SQLITE_IOERR || kind == SQLITE_CANTOPEN) {
        if (sys == ENOSPC || sys == EDQUOT || sys == EFBIG)
            kind = SQLITE_FULL;
        else if (sys == EROFS || sys == EACCES || sys == EPERM)
            kind = SQLITE_READONLY;
    }
    switch (kind) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::environment(QStringLiteral("database"),
            tr("The database is busy (%1); another program holds it. Try again in a moment").arg(what),
            QStringLiteral("busy"));
    case SQLITE_FULL:
        return Error::environment(QStringLiteral("database"),
            tr("The disk holding %1 is full (while %2); nothing was saved. Free some space, then try again")
                .arg(path, what),
            QStringLiteral("disk_full"));
    case SQLITE_READONLY:
        return Error::environment(QStringLiteral("database"),
            tr("The data folder of %1 is read-only (while %2); nothing was saved. Check that the disk is "
               "writable and the folder belongs to this user")
                .arg(path, what),
            QStringLiteral("read_only"));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::environment(QStringLiteral("database"),
            tr("The database %1 is damaged (%2: %3); it was left as it is. Run the database check, then "
               "restore it from a backup")
                .arg(path, what, detail),
            QStringLiteral("corrupt_database"));
    default:
        return Error::environment(QStringLiteral("database"),
            tr("The database failed while %1: %2. Check disk space and permissions, then try again").arg(what, detail),
            QStringLiteral("storage"));
    }
}

Status Store::fault(const QString& step)
{
    if (m_faultHook && m_faultHook(step))
        return Error::environment(QStringLiteral("database"),
            tr("Simulated storage failure at step %1; nothing was saved").arg(step), QStringLiteral("fault_injected"));
    return {};
}

Result<QString> Store::metaValue(const QString& key)
{
    Statement q = prepare("SELECT value FROM meta WHERE key = ?1");
    if (!q.valid())
        return sqlError(tr("reading settings"));
    q.bind(1, key);
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        return q.text(0);
    if (rc == SQLITE_DONE)
        return QString();
    return sqlError(tr("reading settings"));
}

Status Store::setMetaValue(const QString& key, const QString& value)
{
    Statement q = prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!q.valid())
        return sqlError(tr("writing settings"));
    q.bind(1, key).bind(2, value);
    if (q.step() != SQLITE_DONE)
        return sqlError(tr("writing settings"));
    return {};
}

Result<audit::AuditChain::Head> Store::auditHead()
{
    auto seq = metaValue(QStringLiteral("audit_head_seq"));
    auto hash = metaValue(QStringLiteral("audit_head_hash"));
    if (!seq)
        return seq.error();
    if (!hash)
        return hash.error();
    if (seq->isEmpty())
        return audit::AuditChain::emptyHead();
    return audit::AuditChain::Head { seq->toLongLong(), hash->toLatin1() };
}

Result<QDateTime> Store::lastAuditTime()
{
    Statement q = prepare("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1");
    if (!q.valid())
        return sqlError(tr("reading the audit log"));
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        return q.time(0);
    if (rc == SQLITE_DONE)
        return QDateTime();
    return sqlError(tr("reading the audit log"));
}

Status Store::appendAudit(const Actor& actor, const QString& action, const QString& entity, const QString& entityId,
    const QJsonObject& details, bool clampTime)
{
    auto head = auditHead();
    if (!head)
        return head.error();
    audit::AuditRecord r;
    r.atUtc = nowUtc();
    // Time only moves forward in the record: a change dated before the last recorded event (a clock
    // set back, a receipt "in 2099" followed by today's steps) is refused rather than written.
    auto last = lastAuditTime();
    if (!last)
        return last.error();
    // Bulk generation of synthetic history (beginBatch, `motcua dev generate`) writes each dossier's
    // whole life before the next one's receipt, so it is exempt.
    if (last->isValid() && r.atUtc < last.value() && !m_batch) {
        if (!clampTime)
            return Error::environment(QStringLiteral("clock"),
                tr("The computer clock (%1) is earlier than the last recorded event (%2); nothing was "
                   "saved. Correct the date and time of this computer, then try again.")
                    .arg(displayDateTime(r.atUtc), displayDateTime(last.value())),
                QStringLiteral("clock_behind"));
        r.atUtc = last.value();
    }
    r.actor = actor.login;
    r.action = action;
    r.entity = entity;
    r.entityId = entityId;
    r.details = details;
    if (!m_auditKeyProblem.isEmpty())
        return Error::environment(QStringLiteral("audit_key"), m_auditKeyProblem, QStringLiteral("audit_key_missing"));
    const audit::AuditRecord sealed = audit::AuditChain::seal(r, head.value(), m_auditKey);
    Statement q = prepare("INSERT INTO audit_log(seq, at, actor, action, entity, entity_id, details, "
                          "prev_hash, hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!q.valid())
        return sqlError(tr("writing the audit log"));
    q.bind(1, sealed.seq)
        .bind(2, sealed.atUtc.toMSecsSinceEpoch())
        .bind(3, sealed.actor)
        .bind(4, sealed.action)
        .bind(5, sealed.entity)
        .bind(6, sealed.entityId)
        .bind(7, QString::fromUtf8(audit::AuditChain::formatDetails(sealed.details)))
        .bindBlob(8, QByteArray::fromHex(sealed.prevHash))
        .bindBlob(9, QByteArray::fromHex(sealed.hash));
    if (q.step() != SQLITE_DONE)
        return sqlError(tr("writing the audit log"));
    if (auto s = setMetaValue(QStringLiteral("audit_head_seq"), QString::number(sealed.seq)); !s)
        return s;
    return setMetaValue(QStringLiteral("audit_head_hash"), QString::fromLatin1(sealed.hash));
}

QString outboxServiceName(OutboxService service)
{
    return service == OutboxService::CapNhatTienDoHoSoMC ? QStringLiteral("CapNhatTienDoHoSoMC")
                                                         : QStringLiteral("DongBoHoSoMC");
}

std::optional<OutboxService> outboxServiceFromName(const QString& name)
{
    for (OutboxService s : { OutboxService::DongBoHoSoMC, OutboxService::CapNhatTienDoHoSoMC })
        if (name == outboxServiceName(s))
            return s;
    return std::nullopt;
}

Status Store::appendOutbox(qint64 dossierId, OutboxService service, const QJsonObject& envelope)
{
    Statement q = prepare("INSERT INTO outbox(key, service, dossier_id, payload, created_at) "
                          "VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!q.valid())
        return sqlError(tr("writing the outbox"));
    q.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, outboxServiceName(service))
        .bind(3, dossierId)
        .bind(4, QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact)))
        .bindTime(5, nowUtc());
    if (q.step() != SQLITE_DONE)
        return sqlError(tr("writing the outbox"));
    return {};
}

Status Store::beginBatch()
{
    if (m_batch || m_txDepth)
        return Error::invalid(QStringLiteral("batch"), tr("A batch is already open"), QStringLiteral("batch_open"));
    if (auto s = exec("BEGIN IMMEDIATE"); !s)
        return s;
    m_batch = true;
    m_txDepth = 1;
    return {};
}

Status Store::commitBatch()
{
    if (!m_batch)
        return {};
    m_batch = false;
    m_txDepth = 0;
    if (auto s = exec("COMMIT"); !s) {
        // Best effort: the COMMIT error is what the caller needs to see.
        (void)exec("ROLLBACK");
        return s;
    }
    return {};
}

Transaction::Transaction(Store& store) : m_store(store)
{
    m_depth = store.m_txDepth;
    const QByteArray sql
        = m_depth == 0 ? QByteArray("BEGIN IMMEDIATE") : QByteArray("SAVEPOINT sp") + QByteArray::number(m_depth);
    m_begun = store.exec(sql.constData());
    if (m_begun) {
        m_open = true;
        ++store.m_txDepth;
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    // A destructor cannot report; a failed rollback leaves SQLite to roll back on close.
    if (m_depth == 0) {
        (void)m_store.exec("ROLLBACK");
    } else {
        const QByteArray sp = QByteArray("sp") + QByteArray::number(m_depth);
        (void)m_store.exec(("ROLLBACK TO " + sp + "; RELEASE " + sp).constData());
    }
    m_store.m_txDepth = m_depth;
    // Cached statements keep no state across a rollback; the procedure cache might hold rows that
    // were rolled back.
    m_store.m_procedureCache.clear();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun;
    const QByteArray sql = m_depth == 0 ? QByteArray("COMMIT") : QByteArray("RELEASE sp") + QByteArray::number(m_depth);
    Status s = m_store.exec(sql.constData());
    if (!s)
        return s; // the destructor rolls back
    m_open = false;
    m_store.m_txDepth = m_depth;
    return {};
}

} // namespace motcua::store
