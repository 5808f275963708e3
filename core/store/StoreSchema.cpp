// Schema migrations of the Store: forward-only, numbered, one transaction each; the version lives in
// PRAGMA user_version. The SQL of every released version stays here unchanged forever, so a database
// of any earlier version can be brought forward (tests/core/test_migrations.cpp builds each one).
#include "core/store/SchemaSql.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <sqlite3.h>

namespace motcua::store {

namespace {

// Version 1: users, audit log, catalogue, dossiers with documents, files and status history, codes,
// outbox.
const char* const kV1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT, WITHOUT ROWID",
    "CREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE COLLATE NOCASE, "
    " name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('clerk','postal','supervisor','admin')), "
    " password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, failures INTEGER NOT NULL DEFAULT 0, "
    " last_failure_at INTEGER, locked_until INTEGER, created_at INTEGER NOT NULL) STRICT",
    "CREATE TABLE audit_log(id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, at INTEGER NOT NULL, "
    " actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
    " details TEXT NOT NULL, prev_hash BLOB NOT NULL, hash BLOB NOT NULL) STRICT",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TABLE procedures(id INTEGER PRIMARY KEY, code TEXT NOT NULL, version INTEGER NOT NULL, "
    " valid_from TEXT NOT NULL, valid_to TEXT, name TEXT NOT NULL, agency TEXT NOT NULL, "
    " data TEXT NOT NULL, complete INTEGER NOT NULL, imported_at INTEGER NOT NULL, "
    " imported_by TEXT NOT NULL, UNIQUE(code, version)) STRICT",
    "CREATE TABLE code_counters(agency TEXT NOT NULL, day TEXT NOT NULL, last INTEGER NOT NULL, "
    " PRIMARY KEY(agency, day)) STRICT, WITHOUT ROWID",
    "CREATE TABLE dossiers(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, "
    " procedure_id INTEGER NOT NULL REFERENCES procedures(id), "
    " channel TEXT NOT NULL CHECK (channel IN ('desk','postal','online')), state TEXT NOT NULL, "
    " received_at INTEGER NOT NULL, due_at INTEGER, original_due_at INTEGER, applicant TEXT NOT NULL, "
    " owner TEXT, return_method TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
    " reason TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', extra TEXT, "
    " received_by INTEGER NOT NULL REFERENCES users(id), updated_at INTEGER NOT NULL) STRICT",
    "CREATE INDEX dossiers_received ON dossiers(received_at)",
    "CREATE INDEX dossiers_state_due ON dossiers(state, due_at)",
    "CREATE TABLE documents(id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), "
    " component_id TEXT NOT NULL, component_name TEXT NOT NULL, originals INTEGER NOT NULL, "
    " certified_copies INTEGER NOT NULL, photocopies INTEGER NOT NULL) STRICT",
    "CREATE INDEX documents_dossier ON documents(dossier_id)",
    "CREATE TABLE files(id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id), "
    " name TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, path TEXT NOT NULL) STRICT",
    "CREATE INDEX files_document ON files(document_id)",
    "CREATE TABLE status_history(id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), "
    " at INTEGER NOT NULL, from_state TEXT, to_state TEXT NOT NULL, step TEXT NOT NULL, "
    " user_id INTEGER NOT NULL REFERENCES users(id), note TEXT NOT NULL DEFAULT '') STRICT",
    "CREATE INDEX status_history_dossier ON status_history(dossier_id)",
    "CREATE TABLE outbox(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, service TEXT NOT NULL, "
    " dossier_id INTEGER REFERENCES dossiers(id), payload TEXT NOT NULL, created_at INTEGER NOT NULL, "
    " delivered_at INTEGER, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT) STRICT",
    "CREATE INDEX outbox_pending ON outbox(id) WHERE delivered_at IS NULL",
};

// Version 2: fees and payments, supplement rounds, pauses of the clock, hand-overs (control slip),
// return record, rating.
const char* const kV2[] = {
    "CREATE TABLE fee_notices(id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), "
    " number TEXT NOT NULL, amount_vnd INTEGER NOT NULL CHECK (amount_vnd >= 0), at INTEGER NOT NULL, "
    " user_id INTEGER NOT NULL REFERENCES users(id)) STRICT",
    "CREATE INDEX fee_notices_dossier ON fee_notices(dossier_id)",
    "CREATE TABLE payments(id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), "
    " amount_vnd INTEGER NOT NULL CHECK (amount_vnd > 0), method TEXT NOT NULL CHECK (method IN "
    " ('cash','transfer')), at INTEGER NOT NULL, user_id INTEGER NOT NULL REFERENCES users(id)) STRICT",
    "CREATE INDEX payments_dossier ON payments(dossier_id)",
    "CREATE INDEX payments_at ON payments(at)",
    "CREATE TABLE supplement_rounds(id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES "
    " dossiers(id), round INTEGER NOT NULL, requested_at INTEGER NOT NULL, requested_by INTEGER NOT NULL "
    " REFERENCES users(id), reason TEXT NOT NULL, missing TEXT NOT NULL, resume_state TEXT NOT NULL, "
    " received_at INTEGER, received_by INTEGER REFERENCES users(id), UNIQUE(dossier_id, round)) STRICT",
    "CREATE TABLE pauses(id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), "
    " kind TEXT NOT NULL CHECK (kind IN ('supplement','payment')), from_at INTEGER NOT NULL, "
    " to_at INTEGER) STRICT",
    "CREATE INDEX pauses_dossier ON pauses(dossier_id)",
    "CREATE TABLE hand_overs(id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), "
    " seq INTEGER NOT NULL, from_unit TEXT NOT NULL, to_unit TEXT NOT NULL, at INTEGER NOT NULL, "
    " user_id INTEGER NOT NULL REFERENCES users(id), note TEXT NOT NULL DEFAULT '', "
    " result TEXT NOT NULL DEFAULT '', UNIQUE(dossier_id, seq)) STRICT",
    "CREATE TABLE returns(dossier_id INTEGER PRIMARY KEY REFERENCES dossiers(id), at INTEGER NOT NULL, "
    " collector_name TEXT NOT NULL, collector_id TEXT NOT NULL, authorised INTEGER NOT NULL, "
    " user_id INTEGER NOT NULL REFERENCES users(id)) STRICT",
    "CREATE TABLE ratings(dossier_id INTEGER PRIMARY KEY REFERENCES dossiers(id), "
    " value INTEGER NOT NULL CHECK (value IN (1,2,3)), scale TEXT NOT NULL, at INTEGER NOT NULL) STRICT",
};

// Version 3: diacritic-insensitive full-text search (folded text, contentless FTS5 keyed by dossier
// id) and the tracking-book numbering (book year and serial per desk database), both back-filled.
const char* const kV3[] = {
    "CREATE VIRTUAL TABLE dossier_fts USING fts5(code, names, ids, phones, procedure, content='', "
    " tokenize='unicode61 remove_diacritics 2')",
    MOTCUA_FTS_INSERT_SELECT,
    "ALTER TABLE dossiers ADD COLUMN book_year INTEGER",
    "ALTER TABLE dossiers ADD COLUMN book_serial INTEGER",
    "UPDATE dossiers SET book_year = b.y, book_serial = b.n FROM (SELECT id, y, row_number() OVER "
    " (PARTITION BY y ORDER BY received_at, id) AS n FROM (SELECT id, received_at, CAST(strftime('%Y', "
    " received_at / 1000 + 25200, 'unixepoch') AS INTEGER) AS y FROM dossiers WHERE state NOT IN "
    " ('incomplete', 'refused'))) AS b WHERE dossiers.id = b.id",
    "CREATE TABLE book_counters(year INTEGER PRIMARY KEY, last INTEGER NOT NULL) STRICT",
    "INSERT INTO book_counters(year, last) SELECT book_year, max(book_serial) FROM dossiers "
    " WHERE book_year IS NOT NULL GROUP BY book_year",
    "CREATE UNIQUE INDEX dossiers_book ON dossiers(book_year, book_serial) WHERE book_year IS NOT NULL",
};

// Version 4: idempotency keys of intake (a retry with the same key finds the dossier already made).
const char* const kV4[] = {
    "CREATE TABLE intake_keys(key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, "
    " dossier_id INTEGER NOT NULL REFERENCES dossiers(id), at INTEGER NOT NULL) STRICT, WITHOUT ROWID",
};

// Version 5: search as you type over a million dossiers. The catch-all index again with prefix indexes
// of two and three characters (the word being typed is a prefix; without them a short prefix merges the
// postings of every word it begins); the names in an index of their own and the numbers as exact keys
// (SchemaSql.h), all back-filled.
const char* const kV5[] = {
    "DROP TABLE dossier_fts",
    "CREATE VIRTUAL TABLE dossier_fts USING fts5(code, names, ids, phones, procedure, content='', "
    " tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6')",
    MOTCUA_FTS_INSERT_SELECT,
    "CREATE VIRTUAL TABLE dossier_name_fts USING fts5(names, content='', "
    " tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6')",
    MOTCUA_NAME_FTS_INSERT_SELECT,
    "CREATE TABLE dossier_keys(key TEXT NOT NULL, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), "
    " PRIMARY KEY(key, dossier_id)) STRICT, WITHOUT ROWID",
    MOTCUA_KEYS_INSERT_SELECT,
};

// Version 6: the pull feed from central (issue 13, StoreFeed.cpp): one row per change taken, with what
// became of it and whether central was told; the cursor itself is meta "feed_cursor", written in the
// same transaction as the change.
const char* const kV6[] = {
    "CREATE TABLE feed_changes(seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, code TEXT NOT NULL DEFAULT '', "
    " unit TEXT NOT NULL DEFAULT '', result TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
    " desk_state TEXT NOT NULL DEFAULT '', applied_at INTEGER NOT NULL, reported_at INTEGER) STRICT",
    "CREATE INDEX feed_changes_unreported ON feed_changes(seq) WHERE reported_at IS NULL",
};

// Version 7 (issue 14, period reports): finding the dossiers resolved or ended from a date on without
// reading the whole history, and the ratings of a period without reading every rating. The first index
// is partial on purpose: a plain (step, at) index tempts the planner into answering "this dossier's
// mark_result_ready" (the tracking book's correlated subqueries) by walking every such row of the store;
// a partial index serves only queries that repeat its WHERE term exactly (Store::periodFacts does).
const char* const kV7[] = {
    "CREATE INDEX status_history_finished_at ON status_history(at) "
    " WHERE step IN ('mark_result_ready', 'withdraw', 'stop', 'refuse')",
    "CREATE INDEX ratings_at ON ratings(at)",
};

// Version 8 (issue 14, the dashboard): the outbox's parked rows, a few among millions of undelivered ones.
const char* const kV8[] = {
    "CREATE INDEX outbox_parked ON outbox(id) WHERE delivered_at IS NULL AND last_error IS NOT NULL",
};

// Version 9 (issue 15, citizen and business checks through central; StoreServiceChecks.cpp): one row per
// check a clerk asked for a dossier's applicant or owner, with who asked, when and central's answer (never
// the national database's record). result 'pending' = no answer yet: the dossier is flagged and a sync
// round asks again. The party's data are read from the dossier, not copied here.
const char* const kV9ServiceChecks[] = {
    "CREATE TABLE service_checks(id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), "
    " kind TEXT NOT NULL CHECK (kind IN ('citizen','business')), "
    " party TEXT NOT NULL CHECK (party IN ('applicant','owner')), "
    " asked_by INTEGER NOT NULL REFERENCES users(id), asked_at INTEGER NOT NULL, result TEXT NOT NULL "
    " CHECK (result IN ('pending','match','mismatch','not_found','found')), answer TEXT NOT NULL DEFAULT '{}', "
    " answered_at INTEGER, attempts INTEGER NOT NULL DEFAULT 0) STRICT",
    "CREATE INDEX service_checks_dossier ON service_checks(dossier_id)",
    "CREATE INDEX service_checks_pending ON service_checks(id) WHERE result = 'pending'",
};

// Version 10 (issue 15, StoreCodeLeases.cpp): the blocks of the day's dossier sequence leased from central;
// `next` is the number the block issues next (past `last` when used up).
const char* const kV10CodeLeases[] = {
    "CREATE TABLE code_leases(agency TEXT NOT NULL, day TEXT NOT NULL, first INTEGER NOT NULL, "
    " last INTEGER NOT NULL, next INTEGER NOT NULL, leased_at INTEGER NOT NULL, "
    " PRIMARY KEY(agency, day, first)) STRICT, WITHOUT ROWID",
};

// Version 11 (issue 15, the public status page): the short secret printed beside each dossier's code on
// its receipt (core/domain/LookupSecret). Dossiers received before get one here, drawn by the store's SQL
// function motcua_lookup_secret() (libsodium, StoreLookupSecret.cpp); new ones at receipt.
const char* const kV11LookupSecrets[] = {
    "CREATE TABLE lookup_secrets(dossier_id INTEGER PRIMARY KEY REFERENCES dossiers(id), "
    " secret TEXT NOT NULL) STRICT",
    "INSERT INTO lookup_secrets(dossier_id, secret) SELECT id, motcua_lookup_secret() FROM dossiers",
};

// Version 12 (issue 14, a year's periodic report on a million dossiers): the per-dossier questions of the
// report and of the tracking book (this dossier's first result, its end, a reschedule) answered from one
// covering index of (dossier_id, step, at) instead of reading every history row of the dossier; it
// replaces the index on dossier_id alone, which is its prefix. The pauses likewise (from_at, to_at).
const char* const kV12PeriodIndexes[] = {
    "CREATE INDEX status_history_dossier_step ON status_history(dossier_id, step, at)",
    "DROP INDEX status_history_dossier",
    "CREATE INDEX pauses_dossier_times ON pauses(dossier_id, from_at, to_at)",
    "DROP INDEX pauses_dossier",
};

template <size_t N> QStringList toList(const char* const (&a)[N])
{
    QStringList l;
    for (const char* s : a)
        l << QString::fromUtf8(s);
    return l;
}

} // namespace

int Store::latestVersion()
{
    return 12;
}

QStringList Store::migrationSql(int version)
{
    switch (version) {
    case 1:
        return toList(kV1);
    case 2:
        return toList(kV2);
    case 3:
        return toList(kV3);
    case 4:
        return toList(kV4);
    case 5:
        return toList(kV5);
    case 6:
        return toList(kV6);
    case 7:
        return toList(kV7);
    case 8:
        return toList(kV8);
    case 9:
        return toList(kV9ServiceChecks);
    case 10:
        return toList(kV10CodeLeases);
    case 11:
        return toList(kV11LookupSecrets);
    case 12:
        return toList(kV12PeriodIndexes);
    }
    return {};
}

int Store::schemaVersion() const
{
    sqlite3_stmt* s = nullptr;
    int v = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return v;
}

Status Store::migrate(int target)
{
    const int current = schemaVersion();
    if (current < 0)
        return sqlError(tr("reading the schema version"));
    if (current > latestVersion())
        return Error::environment(QStringLiteral("database"),
            tr("The database has schema version %1 but this program knows only up "
               "to %2; install the newer program version")
                .arg(current)
                .arg(latestVersion()),
            QStringLiteral("schema_too_new"));
    for (int v = current + 1; v <= target; ++v) {
        Transaction tx(*this);
        if (!tx.begun())
            return tx.begun();
        for (const QString& sql : migrationSql(v))
            if (auto s = execScript(sql); !s)
                return Error::environment(QStringLiteral("database"),
                    tr("Migration to schema version %1 failed: %2").arg(v).arg(s.error().message),
                    QStringLiteral("migration_failed"));
        if (auto s = execScript(QStringLiteral("PRAGMA user_version = %1").arg(v)); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace motcua::store
