// The stored files that undelivered outbox records refer to (sync: files go up before their records).
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <sqlite3.h>

namespace motcua::store {

Result<qint64> Store::pendingFileBytes(const Actor& actor)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    Statement q = prepare("SELECT COALESCE(sum(size), 0) FROM (SELECT DISTINCT f.sha256, f.size FROM files f "
                          "JOIN documents d ON d.id = f.document_id WHERE d.dossier_id IN (SELECT dossier_id FROM "
                          "outbox WHERE delivered_at IS NULL AND service = 'DongBoHoSoMC'))");
    if (q.step() != SQLITE_ROW)
        return sqlError(tr("reading the outbox"));
    return q.i64(0);
}

} // namespace motcua::store
