// Statement: a cached, reusable SQLite prepared statement borrowed for one use. The Store owns the
// sqlite3_stmt objects (prepared once with SQLITE_PREPARE_PERSISTENT); a Statement binds, steps and
// resets on destruction so the next use starts clean.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <sqlite3.h>

#include <optional>

namespace motcua::store {

class Statement
{
public:
    explicit Statement(sqlite3_stmt* stmt) : m_stmt(stmt) { }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& o) noexcept : m_stmt(o.m_stmt) { o.m_stmt = nullptr; }
    ~Statement()
    {
        if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
    }

    bool valid() const { return m_stmt != nullptr; }

    Statement& bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement& bind(int i, int v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement& bind(int i, bool v)
    {
        sqlite3_bind_int64(m_stmt, i, v ? 1 : 0);
        return *this;
    }
    // Text; a null QString binds as '' (use bindNull() or bindText() for NULL).
    Statement& bind(int i, const QString& v)
    {
        const QByteArray u = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        return *this;
    }
    // Text, or NULL for an empty string.
    Statement& bindText(int i, const QString& v) { return v.isEmpty() ? bindNull(i) : bind(i, v); }
    Statement& bind(int i, const char* v) { return bind(i, QString::fromUtf8(v)); }
    Statement& bindBlob(int i, const QByteArray& v)
    {
        sqlite3_bind_blob(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bindNull(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    // Milliseconds since the epoch (UTC); NULL for an invalid time.
    Statement& bindTime(int i, const QDateTime& t)
    {
        if (!t.isValid())
            return bindNull(i);
        return bind(i, t.toMSecsSinceEpoch());
    }
    Statement& bind(int i, const std::optional<qint64>& v) { return v ? bind(i, *v) : bindNull(i); }

    // Steps once: SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_stmt); }

    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    qint64 i64(int c) const { return sqlite3_column_int64(m_stmt, c); }
    int i32(int c) const { return sqlite3_column_int(m_stmt, c); }
    QString text(int c) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, c)) : QString();
    }
    QByteArray blob(int c) const
    {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, c));
        return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, c)) : QByteArray();
    }
    QDateTime time(int c) const
    {
        if (isNull(c))
            return {};
        return QDateTime::fromMSecsSinceEpoch(i64(c), Qt::UTC);
    }
    sqlite3_stmt* raw() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace motcua::store
