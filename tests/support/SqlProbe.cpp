#include "tests/support/SqlProbe.h"

#include <sqlite3.h>

namespace motcua::test {

namespace {

QString columnText(sqlite3_stmt* st, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i)));
}

} // namespace

qint64 SqlProbe::scalar(const char* sql) const
{
    sqlite3_stmt* st = nullptr;
    qint64 v = -1;
    if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

QString SqlProbe::text(const char* sql) const
{
    const QList<QStringList> all = rows(sql);
    return all.isEmpty() || all.first().isEmpty() ? QString() : all.first().first();
}

QStringList SqlProbe::column(const char* sql) const
{
    QStringList out;
    for (const QStringList& row : rows(sql))
        out << row.value(0);
    return out;
}

QList<QStringList> SqlProbe::rows(const char* sql) const
{
    QList<QStringList> out;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) == SQLITE_OK) {
        const int n = sqlite3_column_count(st);
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < n; ++i)
                row << columnText(st, i);
            out << row;
        }
    }
    sqlite3_finalize(st);
    return out;
}

bool SqlProbe::exec(const QString& sql, QString* error) const
{
    char* err = nullptr;
    const bool ok = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err) == SQLITE_OK;
    if (!ok && error)
        *error = QString::fromUtf8(err ? err : "");
    sqlite3_free(err);
    return ok;
}

} // namespace motcua::test
