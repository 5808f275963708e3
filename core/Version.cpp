#include "core/Version.h"

#include <sqlite3.h>

namespace motcua {

QString programVersion()
{
    return QStringLiteral(MOTCUA_VERSION);
}

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString sqliteRuntimeVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace motcua
