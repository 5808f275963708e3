// Versions of the scanning libraries (ZXing-C++, SANE) the program runs with, for `motcua version`.
#pragma once

#include <QString>

namespace motcua::scanner {

QString zxingVersion();
// The SANE version reported by sane_init() at run time ("1.2.1"); falls back to the compile-time
// version when SANE cannot be initialised.
QString saneVersion();

} // namespace motcua::scanner
