#include "scanner/ScannerVersions.h"

#include "scanner/SaneBackend.h"

#include <ZXing/ZXVersion.h>

namespace motcua::scanner {

QString zxingVersion()
{
    return QStringLiteral("%1.%2.%3").arg(ZXING_VERSION_MAJOR).arg(ZXING_VERSION_MINOR).arg(ZXING_VERSION_PATCH);
}

QString saneVersion()
{
    // Through the process-wide SANE runtime: sane_init runs once and is not undone by a version query.
    return SaneBackend::saneVersion();
}

} // namespace motcua::scanner
