// SqlProbe: raw SQL on a database connection (a store's handle() or a file opened by the test), for
// tests and benchmarks that look behind the Store API: count rows, read pragmas and schema, tamper.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace motcua::test {

class SqlProbe
{
public:
    explicit SqlProbe(sqlite3* db) : m_db(db) { }

    // First column of the first row as an integer; -1 when the SQL fails or returns no row.
    qint64 scalar(const char* sql) const;
    // First column of the first row as text; empty when the SQL fails or returns no row.
    QString text(const char* sql) const;
    // First column of every row, as text.
    QStringList column(const char* sql) const;
    // Every row, every column as text.
    QList<QStringList> rows(const char* sql) const;
    // Runs one or more statements; on failure returns false and puts SQLite's message in `error`.
    bool exec(const QString& sql, QString* error = nullptr) const;

private:
    sqlite3* m_db;
};

} // namespace motcua::test
