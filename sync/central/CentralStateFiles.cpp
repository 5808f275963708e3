// CentralState, files of one agency: every file a dossier record (DongBoHoSoMC) names in TaiLieuNop is
// noted with the record's agency in record_files, so the tus endpoint can answer a desk's GET by SHA-256
// only for files its own agency's records name (docs/sync-protocol.md, "Files of one agency").
#include "sync/central/CentralState.h"

#include "core/store/Statement.h"

#include <QJsonArray>

namespace motcua::sync {

using store::Statement;

Status CentralState::openRecordFiles()
{
    Statement known = prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_files'");
    const bool existed = known.step() == SQLITE_ROW;
    if (auto s = exec("CREATE TABLE IF NOT EXISTS record_files(agency TEXT NOT NULL, sha256 TEXT NOT NULL, "
                      "code TEXT NOT NULL, PRIMARY KEY(agency, sha256, code)) WITHOUT ROWID, STRICT");
        !s)
        return s;
    if (existed)
        return {};
    // A central made before the table: the files its dossiers' records name, once.
    return exec("INSERT OR IGNORE INTO record_files(agency, sha256, code) "
                "SELECT d.agency, lower(json_extract(f.value, '$.TepDinhKemId')), d.code FROM dossiers d, "
                "json_each(d.record, '$.data[0].TaiLieuNop') f "
                "WHERE json_extract(f.value, '$.TepDinhKemId') IS NOT NULL");
}

Status CentralState::noteRecordFiles(const QString& agency, const QString& code, const QJsonObject& record)
{
    const QJsonArray files = record.value(QStringLiteral("TaiLieuNop")).toArray();
    for (const QJsonValue f : files) {
        const QString sha = f.toObject().value(QStringLiteral("TepDinhKemId")).toString().toLower();
        if (sha.isEmpty())
            continue;
        Statement q = prepare("INSERT OR IGNORE INTO record_files(agency, sha256, code) VALUES(?1, ?2, ?3)");
        q.bind(1, agency).bind(2, sha).bind(3, code);
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("noting a record's files"));
    }
    return {};
}

bool CentralState::agencyNamesFile(const QString& agency, const QByteArray& sha256Hex)
{
    Statement q = prepare("SELECT 1 FROM record_files WHERE agency = ?1 AND sha256 = ?2 LIMIT 1");
    q.bind(1, agency).bind(2, QString::fromLatin1(sha256Hex).toLower());
    return q.step() == SQLITE_ROW;
}

} // namespace motcua::sync
