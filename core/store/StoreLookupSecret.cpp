// The short secret of the public status page (issue 15, docs/central.md "Public status page"): one per
// dossier in lookup_secrets (schema version 11), made at receipt from libsodium's random generator.
#include "core/domain/LookupSecret.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <sqlite3.h>

namespace motcua::store {

namespace {

// motcua_lookup_secret(): a fresh secret per call (not deterministic: migration 11 calls it per row).
void sqlLookupSecret(sqlite3_context* ctx, int, sqlite3_value**)
{
    const QByteArray secret = LookupSecret::generate().toLatin1();
    sqlite3_result_text(ctx, secret.constData(), int(secret.size()), SQLITE_TRANSIENT);
}

} // namespace

void Store::registerLookupSecretSql(sqlite3* db)
{
    sqlite3_create_function_v2(
        db, "motcua_lookup_secret", 0, SQLITE_UTF8, nullptr, &sqlLookupSecret, nullptr, nullptr, nullptr);
}

Status Store::assignLookupSecret(qint64 dossierId)
{
    Statement q = prepare("INSERT OR IGNORE INTO lookup_secrets(dossier_id, secret) VALUES(?1, ?2)");
    q.bind(1, dossierId).bind(2, LookupSecret::generate());
    if (q.step() != SQLITE_DONE)
        return sqlError(tr("saving the dossier's lookup secret"));
    return {};
}

QString Store::lookupSecret(qint64 dossierId)
{
    Statement q = prepare("SELECT secret FROM lookup_secrets WHERE dossier_id = ?1");
    q.bind(1, dossierId);
    return q.step() == SQLITE_ROW ? q.text(0) : QString();
}

} // namespace motcua::store
