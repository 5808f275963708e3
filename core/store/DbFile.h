// Looks at a database file without opening it as a store: whether it is an SQLite database at all,
// whether it is truncated, and (read-only, never creating or migrating it) SQLite's own integrity and
// foreign-key checks. Used before a store is opened, so that damage is reported, never "repaired" by
// re-creating an empty store over it.
#pragma once

#include <QString>
#include <QStringList>

namespace motcua::store {

class DbFile
{
public:
    // Empty when `path` is absent (a new store may be made there) or starts like a whole SQLite
    // database; otherwise what is wrong with it (zero bytes, not a database, truncated).
    static QString headerProblem(const QString& path);
    // Every problem found by reading the file only: the header check, then PRAGMA integrity_check and
    // foreign_key_check on a read-only connection. Empty when the file is sound. The file must exist.
    static QStringList inspect(const QString& path);
};

} // namespace motcua::store
