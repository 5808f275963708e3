// Store: the desk's one SQLite database (the counter's memory). All SQL lives behind this class:
// schema migrations, users and lockout, the procedure catalogue, dossiers and their workflow steps,
// the hash-chained audit log, the outbox for the central system, full-text search and the tracking
// book. Every business change is one transaction that also writes its audit row and outbox row;
// every method checks the actor's permission itself. Details: docs/store.md.
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/SiteConfig.h"
#include "core/audit/AuditChain.h"
#include "core/auth/Lockout.h"
#include "core/auth/Permissions.h"
#include "core/catalogue/Procedure.h"
#include "core/domain/CodeAllocator.h"
#include "core/domain/DueDate.h"
#include "core/domain/WorkCalendar.h"
#include "core/dossier/Dossier.h"
#include "core/dossier/Intake.h"
#include "core/report/DailyReport.h"
#include "core/store/BackupSet.h"
#include "core/store/CentralFeed.h"
#include "core/store/RecordRules.h"
#include "core/store/ReportFacts.h"
#include "core/store/ServiceCheck.h"
#include "core/workflow/Workflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua::store {

class Statement;

// Who acts: returned by Store::authenticate() (or systemActor() for init and seeding).
struct Actor {
    qint64 userId = 0;
    QString login;
    QString name;
    auth::Role role = auth::Role::Clerk;
};

struct OpenOptions {
    bool durable = true; // synchronous=FULL; false = OFF, only for bulk generation of test data
    int busyTimeoutMs = 5000;
    int targetVersion = -1; // migrate up to this schema version (-1 = latest); for migration tests
    // Folder of the audit keys (one user-only file per store, "<store_id>.key"); empty = the
    // environment's MOTCUA_AUDIT_KEY_DIR, else <AppConfigLocation>/audit-keys. See docs/audit-log.md.
    QString auditKeyDir;
    // Open for reading only (a data folder on a disk mounted read-only, docs/store.md "Read-only folder"):
    // nothing is migrated, bound or written; sign-in checks the password without recording it, and any
    // change is refused with the error code "read_only".
    bool readOnly = false;
};

struct UserInfo {
    QString login;
    QString name;
    auth::Role role = auth::Role::Clerk;
    bool active = true;
    int failures = 0;
    QDateTime lockedUntilUtc;
    QJsonObject toJson() const;
};

struct CatalogueImportReport {
    int added = 0; // new procedure codes
    int updated = 0; // new versions of known codes
    int unchanged = 0;
    QStringList incomplete; // "CODE: time_limit, fees"
    QStringList replaced; // "LOCAL-RF-001 -> 1.234567"
    QJsonObject toJson() const;
};

struct ReceiveResult {
    QString code;
    workflow::State state = workflow::State::Received;
    QDateTime receivedUtc;
    QDateTime dueLocal; // invalid when the time limit is unknown or the dossier was not accepted
    QStringList warnings;
    bool replayed = false; // an earlier receive with the same idempotency key made this dossier
    QJsonObject toJson() const; // {"code","status","received","due","warnings","replayed"}
};

// One workflow step on an existing dossier, with the data that step needs.
struct StepRequest {
    workflow::Step step = workflow::Step::HandOver;
    QString reason; // request-supplement, refuse, withdraw, stop, reschedule
    QStringList missing; // request-supplement
    QStringList files; // supplement-received: the added papers' files, kept as one more document
    QString unit; // hand-over
    QString note;
    QString collectorName; // return
    QString collectorId;
    bool authorised = false; // return: collected by an authorised person
    QString postalItemNumber; // return: the postal item the result was sent in (return by post)
    qint64 amountVnd = 0; // pay, fee-notice
    std::optional<dossier::PaymentMethod> method; // pay
    QString number; // fee-notice number
    QDate newDueDate; // reschedule
    int rating = 0; // rate: 1 very satisfied, 2 satisfied, 3 dissatisfied
};

// One dossier found by Store::search() or listed by Store::receivedToday(). `match` says why it was
// found, in rank order: the query is its code, an ID number, tax code or phone; the applicant's name
// begins with the query; the query's words are in the applicant's or owner's name; anything else
// (procedure, other text). Today's list marks every row Other.
struct SearchHit {
    enum class Match { Exact, NameStart, Name, Other };
    QString code;
    QString applicantName;
    QString procedureName;
    QString state;
    QDateTime receivedUtc;
    Match match = Match::Other;
    QJsonObject toJson() const;
};

// One line of the tracking book (Sổ theo dõi hồ sơ).
struct TrackingRow {
    int bookYear = 0;
    int serial = 0;
    QString code;
    QString procedureName;
    QString applicantName;
    QString applicantContact; // address and phone
    QString processingUnit;
    QDateTime receivedUtc;
    QDateTime dueLocal;
    QDateTime handedOverUtc;
    QDateTime resultBackUtc;
    QDateTime returnedUtc;
    QString state;
    QString note;
    QJsonObject toJson() const;
};

struct AuditVerifyReport {
    qint64 rows = 0;
    audit::AuditChain::Head head;
    QList<audit::AuditChain::Finding> findings;
    bool ok() const { return findings.isEmpty(); }
    QJsonObject toJson() const;
};

struct DbCheckReport {
    QStringList problems; // empty = healthy
    QStringList orphans; // stored files (paths under the data folder) that no dossier references
    QStringList removed; // orphans removed by Store::removeOrphanFiles() (db check --repair)
    qint64 dossiers = 0;
    int schemaVersion = 0;
    bool ok() const { return problems.isEmpty(); }
    QJsonObject toJson() const;
};

// What an erasure or a purge of personal data did (Store::erasePerson, Store::purgePersonalData).
struct PersonalDataReport {
    QStringList dossiers; // codes of the dossiers changed (or, dry run, that would be)
    int filesRemoved = 0; // stored files whose content was deleted
    int filesKept = 0; // files of those dossiers kept (papers not the person's alone)
    bool dryRun = false;
    QDate before; // purge: dossiers unchanged since before this date
    QJsonObject toJson() const;
};

// The central system's service a message is for: the dossier record, or one progress step. The name
// is the service's own ("DongBoHoSoMC", "CapNhatTienDoHoSoMC"), as stored and sent.
enum class OutboxService { DongBoHoSoMC, CapNhatTienDoHoSoMC };
QString outboxServiceName(OutboxService service);
std::optional<OutboxService> outboxServiceFromName(const QString& name);

// One message waiting for the central system; the key makes delivery idempotent.
struct OutboxItem {
    qint64 id = 0;
    QString key; // UUID
    OutboxService service = OutboxService::DongBoHoSoMC;
    QString dossierCode;
    QJsonObject envelope; // {"service","isUpdating","data":[record]} in the portal's field names
    QDateTime createdUtc;
    int attempts = 0;
    QString lastError; // non-empty = parked: central refused it (4xx); held until retryParked()
    bool parked() const { return !lastError.isEmpty(); }
};

// The outbox at a glance, for the sync status.
struct OutboxCounts {
    qint64 pending = 0; // undelivered, parked included
    qint64 parked = 0;
    qint64 pendingBytes = 0; // size of the undelivered payloads
};

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens (creating if needed) the database file and migrates it forward.
    static Result<std::unique_ptr<Store>> open(const QString& dbPath, const OpenOptions& options = {});
    static int latestVersion();
    // The SQL statements of one schema version (1-based), kept forever: migrations are forward-only.
    static QStringList migrationSql(int version);
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; } // opened with OpenOptions::readOnly
    QString path() const { return m_path; }
    QString dataDir() const; // folder of the database; stored files live under dataDir()/files
    sqlite3* handle() const { return m_db; }

    // Site data the store needs: agency code and code range for dossier codes, desk and unit names,
    // and the site's calendar overrides (section "calendar"), which replace an earlier setCalendar().
    // The data folder is bound to one agency (meta "site_agency", written by bindSite() at init, or on
    // the first setSite() of an initialised store made before binding existed, audited as "system"):
    // a site of another agency is refused with Error::permission, code "site_mismatch".
    Status setSite(const SiteConfig& site);
    // Binds the data folder to the site's agency (administrators only; audited as "site_bind" with the
    // agency before and after) and applies the site. `motcua init` and `motcua site rebind` use it.
    Status bindSite(const Actor& actor, const SiteConfig& site);
    // The agency code the data folder is bound to; empty when not bound yet.
    Result<QString> boundAgency();
    void setCalendar(const WorkCalendar& calendar);
    // Test seam: called at named steps inside transactions ("receive.code", "receive.dossier",
    // "receive.documents", "receive.audit", "receive.outbox", "receive.commit", "step.<name>.commit",
    // ...); returning true aborts the transaction there as if the disk had failed.
    void setFaultHook(std::function<bool(const QString& step)> hook) { m_faultHook = std::move(hook); }
    // The clock that times lockouts: the real (system) clock, whatever Clock::current() says (so --now
    // can neither lock an account until 2099 nor step past a lock). Test seam: another clock.
    void setLockoutClock(std::shared_ptr<const Clock> clock) { m_lockoutClock = std::move(clock); }

    // ---- users
    static Actor systemActor(); // "system", admin rights; for init and seeding only
    bool hasUsers();
    Result<Actor> createFirstAdmin(const QString& login, const QString& name, const QString& password);
    // Every path (unknown login, disabled or locked account, wrong or right password) runs exactly one
    // Argon2id verification, so the answer time does not tell which logins exist. Unknown logins are
    // audited ("login_unknown"); a failed sign-in is counted even when the disk refuses the audit row
    // (then without it) or any write (then in this process's memory).
    Result<Actor> authenticate(const QString& login, const QString& password);
    Status addUser(
        const Actor& actor, const QString& login, const QString& name, auth::Role role, const QString& password);
    Result<QList<UserInfo>> users(const Actor& actor);
    // Account administration, each in one transaction with an audit row; an unknown login is
    // Error::notFound. Administrators only, except that anyone signed in may change their own password.
    // unlockUser clears the failed-attempt counter and the lock; a disabled account cannot sign in;
    // changePassword checks the password policy, stores an Argon2id hash and clears the lock.
    Status unlockUser(const Actor& actor, const QString& login);
    Status setUserDisabled(const Actor& actor, const QString& login, bool disabled);
    Status changePassword(const Actor& actor, const QString& login, const QString& newPassword);
    // The permission check every method makes, for callers outside the store (printing, sync).
    Status authorize(const Actor& actor, auth::Action action) const;

    // ---- catalogue
    // Imports entries in the seed format; a changed entry becomes a new version valid from `validFrom`
    // (the version in force before stays pinned to the dossiers received under it).
    Result<CatalogueImportReport> importCatalogue(
        const Actor& actor, const QJsonArray& entries, const QDate& validFrom);
    // Imports ":/procedures.json" when the catalogue is empty.
    Result<CatalogueImportReport> seedCatalogue(const QDate& validFrom);
    Result<QList<catalogue::Procedure>> procedures(const QDate& at);
    Result<catalogue::Procedure> procedure(const QString& code, const QDate& at);

    // ---- dossiers
    // With request.idempotencyKey set, a key already used for the same request (fingerprint) returns
    // that dossier (replayed = true: no second dossier, outbox or audit row); for another request it is
    // refused (Error::invalid, field "idempotency_key", code "idempotency_conflict").
    Result<ReceiveResult> receive(const Actor& actor, const dossier::IntakeRequest& request);
    Result<dossier::Dossier> apply(const Actor& actor, const QString& code, const StepRequest& request);
    Result<dossier::Dossier> dossier(const Actor& actor, const QString& code);
    // Diacritic-insensitive full-text search, ranked by SearchHit::Match (exact code/ID/tax code/phone,
    // then names, then the rest), newest first within a rank.
    Result<QList<SearchHit>> search(const Actor& actor, const QString& text, int limit = 50);
    // The dossiers received today (the desk's local date from Clock::current()), newest first.
    Result<QList<SearchHit>> receivedToday(const Actor& actor, int limit = 200);
    // Intake aids (StoreIntakeAids.cpp). How many dossiers this desk's database holds per procedure code,
    // so the intake can list the desk's most used procedures first.
    Result<QHash<QString, int>> procedureUsage(const Actor& actor);
    // The applicant or owner of the latest dossier whose personal ID number or tax code is `idOrTaxCode`
    // (spaces and dots ignored), to fill the intake's fields again; nullopt when no dossier has it.
    Result<std::optional<dossier::Party>> recallParty(const Actor& actor, const QString& idOrTaxCode);
    // The dossiers in `state` (the desk's queues: waiting for hand-over, ready for return, waiting for
    // papers), newest first.
    Result<QList<SearchHit>> inState(const Actor& actor, workflow::State state, int limit = 500);
    // Dossiers entered in the tracking book with a receipt time in [from, to] (local dates).
    Result<QList<TrackingRow>> trackingBook(const Actor& actor, const QDate& from, const QDate& to);
    qint64 dossierCount();

    // ---- issue 14 (h2): period-level reports; bodies in StoreReports.cpp, counted in core/report.
    // The dossiers that count in the period [from, to] (local dates): received in it, or carried over
    // into it. `cutoffUtc` is the moment "in progress within/past the limit" is judged (the period's
    // end, or now if sooner): pausedSinceUtc is the pause running then. ViewReportCounts.
    Result<QList<PeriodFact>> periodFacts(
        const Actor& actor, const QDate& from, const QDate& to, const QDateTime& cutoffUtc);
    // The satisfaction ratings given in [from, to] (local dates). ViewReportCounts.
    Result<QList<RatingFact>> ratingFacts(const Actor& actor, const QDate& from, const QDate& to);

    // ---- integrity and maintenance
    // Verifies the chain with the audit key (rows from its first keyed seq are HMACs): a chain edited
    // and re-sealed without the key is reported as edited; a missing key file is a finding.
    Result<AuditVerifyReport> verifyAudit(const Actor& actor);
    // Where this store's audit key file is (for support and tests).
    QString auditKeyFile() const { return m_auditKeyFile; }
    static QString defaultAuditKeyDir();
    // Lists problems, and (verifyFiles) stored files no dossier references, e.g. left by an intake
    // killed between copying its files and committing: only files untouched for kOrphanAgeSecs (real
    // time), so a file an intake is receiving right now is never one.
    Result<DbCheckReport> check(const Actor& actor, bool verifyFiles = true);
    // Deletes the orphans check() lists (CheckDatabase permission; one audit row "files_orphans_removed"
    // naming them) and returns their paths.
    Result<QStringList> removeOrphanFiles(const Actor& actor);
    static constexpr qint64 kOrphanAgeSecs = 600;
    // The database alone, as one SQLite file (BackupDatabase permission, audited).
    Status backup(const Actor& actor, const QString& targetFile);
    // ---- backups with the stored files (issue 12, StoreBackup.cpp; BackupSet.h describes the folder)
    // A new backup folder at `folder` (never an existing path): the database, every stored file it
    // references (SHA-256 checked while copying: a missing, unreadable or damaged file fails the
    // backup, which then leaves nothing), manifest.json. BackupDatabase permission; audited.
    Result<BackupReport> backupWithFiles(const Actor& actor, const QString& folder);
    // A new backup in `dir` (made if needed, 0700), then the oldest backups there beyond `keep` removed.
    Result<BackupReport> rotatingBackup(const Actor& actor, const QString& dir, int keep);
    // Copies the SQLite database `source` to the new file `target` (0600) with SQLite's backup API;
    // for `motcua db restore`, which checks the source first (DbFile::inspect).
    static Status copyDatabase(const QString& source, const QString& target);
    // Records in this (restored) store that it was restored from `source`, the replaced database kept
    // as `keptAs` (BackupDatabase permission; audit row "restore").
    Status recordRestore(const Actor& actor, const QString& source, const QString& keptAs);
    // Raises this store's code counters and last code time to those of the database `other` (the one a
    // restore replaces), so codes issued after the backup are never issued again.
    Status adoptCodeCounters(const QString& other);

    // ---- personal data (Decree 13/2023/NĐ-CP; StorePersonalData.cpp, docs/personal-data.md)
    // What replaces an erased person's name, ID number, phone, e-mail and address.
    static constexpr const char* kErasedMarker = "[đã xóa]";
    // Everything the store holds about the citizen with this ID number (spaces and dots ignored): their
    // party record and every dossier they appear in (as applicant, owner or collector of the result),
    // with its files' references. ManagePersonalData (supervisors); audited without the ID number.
    Result<QJsonObject> exportPerson(const Actor& actor, const QString& idNumber);
    // Erases that person from every dossier they appear in, in one transaction: their fields become
    // kErasedMarker, their values are removed from notes, history, hand-overs, supplement reasons and
    // outbox messages, the search index forgets them, and the content of the dossier's files is deleted
    // when the papers are theirs alone (they are the applicant and no other owner is named; a file that
    // another dossier also holds stays). Code, procedure, dates, states, fees and history stay. One audit
    // row names the dossiers and the reason. ManagePersonalData; Error::notFound when no dossier has it.
    Result<PersonalDataReport> erasePerson(const Actor& actor, const QString& idNumber, const QString& reason);
    // Erases the personal data of finished dossiers (refused, returned, withdrawn, stopped) not changed for
    // the site's "personal_data"."retention_days"; dryRun only lists them. PurgePersonalData; audited.
    Result<PersonalDataReport> purgePersonalData(const Actor& actor, bool dryRun);

    // ---- outbox (delivered at least once; the central side de-duplicates by key)
    // Undelivered messages in queue order (parked ones included, with their reason), from id > afterId.
    Result<QList<OutboxItem>> pendingOutbox(const Actor& actor, int limit = 100, qint64 afterId = 0);
    Result<QList<OutboxItem>> parkedOutbox(const Actor& actor, int limit = 1000);
    Result<OutboxCounts> outboxCounts(const Actor& actor);
    Status markDelivered(const Actor& actor, const QString& key);
    // Parks the message: central refused it for a reason that a retry will not cure (a 4xx).
    Status markFailed(const Actor& actor, const QString& key, const QString& error);
    // Releases parked messages (all, or the one with `key`) after the cause was fixed: a dossier record
    // is rebuilt from the dossier as it is now and the site's current code tables (same key; central
    // keeps no key of a refused record). Returns how many were released. Audited.
    Result<int> retryParked(const Actor& actor, const QString& key = {});
    // Deletes messages delivered before `deliveredBefore` (they are kept for a while for support);
    // returns how many were removed. Undelivered messages are never removed.
    Result<qint64> pruneDelivered(const Actor& actor, const QDateTime& deliveredBefore);

    // ---- pull feed from central (issue 13; StoreFeed.cpp, schema version 6). Actor Sync.
    // Applies one change of central's feed in one transaction together with the feed cursor (meta
    // "feed_cursor") and its outcome row; a change taken before (same seq) returns its first outcome and
    // changes nothing. Dossier changes are made as the service account "@central" on behalf of the
    // unit: the dossier's history, an audit row and a progress record for central. Who wins when the
    // desk acted offline: docs/sync-protocol.md, "Conflicts".
    Result<ChangeOutcome> applyCentralChange(const Actor& actor, const CentralChange& change);
    Result<qint64> feedCursor(const Actor& actor);
    // Outcomes central has not been told of yet, oldest first; then marked reported.
    Result<QList<ChangeOutcome>> unreportedOutcomes(const Actor& actor, int limit = 200);
    Status markOutcomesReported(const Actor& actor, const QList<qint64>& seqs);
    Result<FeedStatus> feedStatus(const Actor& actor, int conflictsShown = 20);
    // Audit anchors (issue 12, StoreFeed.cpp): the chain's head as sync sends it to central (Sync), and the
    // chain checked against central's anchors (VerifyAudit): a row whose hash is not the one anchored (a
    // log edited and re-sealed, even with the key) or that is gone is a finding ("anchor_mismatch",
    // "anchor_missing").
    Result<audit::AuditChain::Head> auditAnchor(const Actor& actor);
    Result<QList<audit::AuditChain::Finding>> checkAnchors(
        const Actor& actor, const QList<audit::AuditChain::Head>& anchors);
    // ---- supervisor's dashboard (issue 14; StoreDashboard.cpp, figures defined in docs/dashboard.md)
    // The dashboard of the local day `date`: everything with ViewReports (supervisor), the counts only
    // with ViewReportCounts (administrator: no code, name, amount or list). Lists are cut at `listLimit` rows
    // each (0 = all); their counts stay exact.
    Result<report::DailyReport> dailyReport(const Actor& actor, const QDate& date, int listLimit = 0);
    // The charts' series over `weeks` weeks ending with the week of `to` (ViewReports or ViewReportCounts).
    Result<report::DashboardCharts> dashboardCharts(const Actor& actor, const QDate& to, int weeks = 8);
    // The audit chain's head now (ViewReports): printed on the day's closing sheet.
    Result<audit::AuditChain::Head> auditChainHead(const Actor& actor);
    friend class DashboardReader;
    // ---- files of the outbox (sync: files go to central with tus; StoreSyncFiles.cpp)
    // Bytes of the distinct stored files that undelivered dossier records refer to: what the desk still
    // has to upload before those records can go (the sync status's pending bytes).
    Result<qint64> pendingFileBytes(const Actor& actor);

    // ---- national database checks through central (issue 15, h1; StoreServiceChecks.cpp, schema version 9)
    // Keeps a check of the dossier's `party` ("applicant" | "owner") with the dossier: `result` is central's
    // answer, or "pending" when there was none (central unreachable, the service unavailable), which flags
    // the dossier until a sync round asks again. One transaction with a history row (step "national_check",
    // the state unchanged) and an audit row "national_check". ReceiveDossier (the clerk and postal staff).
    Result<ServiceCheck> recordServiceCheck(const Actor& actor, const QString& code, ServiceCheckKind kind,
        const QString& party, const QString& result, const QJsonObject& answer = {});
    // The checks of one dossier, oldest first. ViewDossier.
    Result<QList<ServiceCheck>> serviceChecks(const Actor& actor, const QString& code);
    // Pending checks, oldest first, each with its party's data as the dossier has them now. Sync.
    Result<QList<ServiceCheck>> pendingServiceChecks(const Actor& actor, int limit = 50);
    // Central's later answer to a pending check, with a history row and an audit row; false (nothing
    // written) when the check is no longer pending. Sync.
    Result<bool> answerServiceCheck(
        const Actor& actor, qint64 checkId, const QString& result, const QJsonObject& answer);
    // One more unanswered attempt at a pending check (central unreachable or the service still down). Sync.
    Status countServiceCheckAttempt(const Actor& actor, qint64 checkId);

    // ---- bulk work (generator): one transaction around many changes; each change still uses its
    // own savepoint, so a failed change leaves nothing behind. Audit times inside a batch may go back
    // (synthetic histories are written dossier by dossier).
    Status beginBatch();
    Status commitBatch();

    // ---- code blocks leased from central, online payments (issue 15; StoreCodeLeases.cpp, schema
    // version 10; StoreOnlinePayments.cpp). Actor Sync. Receiving issues a leased block's numbers first,
    // then the static slice (docs/dossier-codes.md, "Leased blocks").
    struct CodeLease {
        QString agency;
        QString day; // yyMMdd
        int first = 0;
        int last = 0;
        int next = 0; // the number issued next; past `last` when used up
        QDateTime leasedUtc;
        int left() const { return next > last ? 0 : last - next + 1; }
        QJsonObject toJson() const;
    };
    Status addCodeLease(const Actor& actor, const QString& agency, const QString& day, int first, int last);
    Result<int> leasedCodesLeft(const Actor& actor, const QString& agency, const QString& day);
    Result<QList<CodeLease>> codeLeases(const Actor& actor, const QString& day = {}); // newest day first

private:
    // The read-only open of OpenOptions::readOnly.
    static Result<std::unique_ptr<Store>> openReadOnly(std::unique_ptr<Store> store, const OpenOptions& options);
    // The next number of a leased block of (agency, day), marked issued; 0 when no block has one left.
    Result<int> takeLeasedCode(const QString& agency, const QString& day);
    // A "payment" change of central's feed (inside applyCentralChange's transaction, as `service`).
    Status applyOnlinePayment(const Actor& service, const CentralChange& change, ChangeOutcome& out);

    // (the store's other private members)
    Store() = default;
    friend class Transaction;
    friend class StepRecorder; // one workflow step (StoreSteps.cpp)
    friend class IntakeRecorder; // one received dossier (StoreReceive.cpp)
    friend class FeedApplier; // one change from central's feed (StoreFeed.cpp)
    Status applyCentralCalendar(); // central's calendar overrides on top of the site's (StoreFeed.cpp)
    // ---- public status page (issue 15; StoreLookupSecret.cpp): the short secret printed beside each
    // dossier's code on its receipt (core/domain/LookupSecret). Made at receipt; migration 11 gave one to
    // every dossier received before. Never logged, never in the audit log.
    Status assignLookupSecret(qint64 dossierId); // a fresh secret, unless the dossier has one
    QString lookupSecret(qint64 dossierId); // empty when the dossier has none
    static void registerLookupSecretSql(sqlite3* db); // SQL function motcua_lookup_secret() (migration 11)
    // ---- notices to applicants (issue 15, h4; StoreNotices.cpp): central's report on a notice it sent
    // (feed kind "notice") becomes a history row ("notice", the state unchanged) and an audit row.
    Result<ChangeOutcome> applyCentralNotice(const Actor& actor, const CentralChange& change);

    // plumbing (Store.cpp)
    Statement prepare(const char* sql);
    Status exec(const char* sql);
    Status execScript(const QString& sql);
    Error sqlError(const QString& what) const;
    // personal data (StorePersonalData.cpp)
    struct PersonMatch {
        qint64 id = 0;
        QString code;
        bool applicant = false;
        bool owner = false;
        bool collector = false;
    };
    Result<QList<PersonMatch>> personDossiers(const QString& idNumber);
    Status scrubDossier(const PersonMatch& m, QStringList values, PersonalDataReport& report, QSet<QString>& freed);
    Status scrubSideTables(const PersonMatch& m, const QStringList& values);
    Status eraseFiles(qint64 dossierId, bool ownPapers, PersonalDataReport& report, QSet<QString>& freed);
    void removeFreedFiles(const QSet<QString>& freed);
    Result<int> retentionDays() const;
    Status snapshotDatabase(const QString& target); // SQLite online backup to a new file (0600)
    Result<BackupReport> writeBackup(const QString& staging); // StoreBackup.cpp
    // The error for SQLite's last failure on `db` (full disk, read-only folder, damaged file, busy...).
    static Error storageError(sqlite3* db, const QString& path, const QString& what);
    Status fault(const QString& step);
    // Refuses (code "clock_behind") a row earlier than the last one, so no event is ever recorded
    // before one already recorded; `clampTime` dates such a row at the last row's time instead (failed
    // sign-ins, which must be counted whatever the clock says).
    Status appendAudit(const Actor& actor, const QString& action, const QString& entity, const QString& entityId,
        const QJsonObject& details, bool clampTime = false);
    Result<QDateTime> lastAuditTime();
    Status loadAuditKey(const QString& dir); // StoreAuditKey.cpp
    Status appendOutbox(qint64 dossierId, OutboxService service, const QJsonObject& envelope);
    Result<audit::AuditChain::Head> auditHead();
    // search and today's list (StoreRead.cpp)
    Result<QList<SearchHit>> readHits(Statement& q, bool ranked, const QString& doing);
    Status applySite(const SiteConfig& site);
    Result<QString> metaValue(const QString& key);
    Status setMetaValue(const QString& key, const QString& value);
    QDateTime nowUtc() const;
    // schema (StoreSchema.cpp)
    Status migrate(int target);
    // users (StoreUsers.cpp): one UPDATE of the user ?1 (plus bind()'s parameters) and its audit row
    QDateTime realNowUtc() const;
    Result<QStringList> orphanFiles();
    Status addOrphans(DbCheckReport& report);
    Error recordFailedLogin(const Actor& user, int failures, const Error& wrong);
    void recordUnknownLogin(const QString& login);
    Status updateUser(const Actor& actor, const QString& login, const char* sql, const QString& auditAction,
        const QJsonObject& details, const std::function<void(Statement&)>& bind);
    // catalogue (StoreCatalogue.cpp)
    Result<catalogue::Procedure> procedureById(qint64 rowId);
    // dossiers (StoreDossiers.cpp, StoreRead.cpp)
    Result<qint64> dossierId(const QString& code);
    Result<dossier::Dossier> load(qint64 id);
    Result<dossier::Dossier> loadRow(qint64 id); // the dossiers row and its procedure version
    void loadDocuments(dossier::Dossier& d);
    void loadMoney(dossier::Dossier& d);
    void loadProgress(dossier::Dossier& d);
    void loadOutcome(dossier::Dossier& d);
    Result<QString> allocateCode(const QDateTime& nowUtc, const QString& agencyCode);
    Result<int> allocateBookSerial(int year);
    Result<QString> storeFile(const QString& sourcePath, QString* sha256, qint64* size);
    // The dossier an idempotency key made: its result (replayed), an idempotency_conflict error, or
    // an empty code when the key is new.
    Result<ReceiveResult> replayIntake(const dossier::IntakeRequest& request);
    Status writeHistory(qint64 dossierId, const QString& from, const QString& to, const QString& step,
        const Actor& actor, const QString& note, const QDateTime& at);
    QJsonObject dossierRecord(const dossier::Dossier& d) const;
    QJsonObject progressRecord(const dossier::Dossier& d, const Actor& actor, const QString& what) const;
    QJsonArray fileRecords(const dossier::Dossier& d) const;
    QString procedureField(const dossier::Dossier& d) const; // the pinned version's field (sector) name

    sqlite3* m_db = nullptr;
    QString m_path;
    QHash<QByteArray, sqlite3_stmt*> m_statements;
    int m_txDepth = 0;
    bool m_batch = false;
    bool m_readOnly = false; // OpenOptions::readOnly
    std::function<bool(const QString&)> m_faultHook;
    SiteConfig m_site;
    std::optional<CodeAllocator> m_allocator;
    std::shared_ptr<const WorkCalendar> m_calendar;
    DueRules m_dueRules;
    auth::LockoutPolicy m_lockout;
    audit::AuditChain::Key m_auditKey;
    QString m_auditKeyFile;
    QString m_auditKeyProblem; // the store is keyed but its key cannot be read
    std::shared_ptr<const Clock> m_lockoutClock;
    struct MemoryFailures {
        int count = 0;
        QDateTime lastUtc;
    };
    QHash<qint64, MemoryFailures> m_memoryFailures; // failed sign-ins the disk refused to record
    workflow::StatusMapping m_mapping = workflow::StatusMapping::standard();
    NationalCodes m_national = NationalCodes::defaults(); // the site's "national" section
    QHash<qint64, catalogue::Procedure> m_procedureCache;
};

// RAII transaction: BEGIN IMMEDIATE at depth 0, a SAVEPOINT inside another transaction (batch).
// Rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Store& store);
    ~Transaction();
    Status begun() const { return m_begun; }
    Status commit();

private:
    Store& m_store;
    Status m_begun;
    bool m_open = false;
    int m_depth = 0;
};

} // namespace motcua::store
