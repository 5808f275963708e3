// Version of libcurl the sync engine runs with, for `motcua version`.
#pragma once

#include <QString>

namespace motcua::sync {

QString curlVersion();

} // namespace motcua::sync
