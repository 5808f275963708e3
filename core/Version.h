// Version: the program version and the versions of the libraries the core layer runs with.
#pragma once

#include <QString>

namespace motcua {

QString programVersion();
QString qtRuntimeVersion();
QString sqliteRuntimeVersion();

} // namespace motcua
