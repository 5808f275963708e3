#include "core/store/DbFile.h"

#include "core/store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace motcua::store {

namespace {

// SQLite file format, section 1.3: the 100-byte header.
constexpr qint64 kHeaderBytes = 100;
const QByteArray kMagic("SQLite format 3\0", 16);

quint32 bigEndian32(const QByteArray& b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) | (quint32(quint8(b[at + 2])) << 8)
        | quint32(quint8(b[at + 3]));
}

} // namespace

QString DbFile::headerProblem(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.size() == 0)
        return Store::tr("The database %1 is empty (zero bytes); it was damaged, restore it from a backup")
            .arg(info.absoluteFilePath());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Store::tr("Cannot read the database %1; check its permissions").arg(info.absoluteFilePath());
    const QByteArray header = f.read(kHeaderBytes);
    if (header.size() < kHeaderBytes || !header.startsWith(kMagic))
        return Store::tr("The file %1 is not a MotCua database (not an SQLite file)").arg(info.absoluteFilePath());
    // Page size (bytes 16-17, 1 meaning 65536) times the page count (bytes 28-31, valid when the change
    // counter at 24 equals the version-valid-for number at 92) is the size the file must have at least.
    const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pages = bigEndian32(header, 28);
    if (pages > 0 && bigEndian32(header, 24) == bigEndian32(header, 92) && pageSize * qint64(pages) > info.size())
        return Store::tr("The database %1 is truncated: %2 bytes of %3; restore it from a backup")
            .arg(info.absoluteFilePath())
            .arg(info.size())
            .arg(pageSize * qint64(pages));
    return {};
}

QStringList DbFile::inspect(const QString& path)
{
    if (const QString p = headerProblem(path); !p.isEmpty())
        return { p };
    // mode=ro: never created, never written; the WAL, if any, is still read so committed data counts.
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?mode=ro";
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    QStringList problems;
    auto collect = [&](const char* sql, bool keyRows) {
        sqlite3_stmt* st = nullptr;
        rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        while (st && (rc = sqlite3_step(st)) == SQLITE_ROW) {
            const QString row = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
            if (keyRows)
                problems << Store::tr("Foreign key broken in table %1").arg(row);
            else if (row != QLatin1String("ok"))
                problems << row;
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            problems << Store::tr("SQLite cannot read the database: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        rc = SQLITE_OK;
    };
    if (rc == SQLITE_OK)
        collect("PRAGMA integrity_check", false);
    if (problems.isEmpty())
        collect("PRAGMA foreign_key_check", true);
    if (rc != SQLITE_OK)
        problems << Store::tr("SQLite cannot open the database: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
    sqlite3_close_v2(db);
    return problems;
}

} // namespace motcua::store
