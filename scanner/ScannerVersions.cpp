#include "scanner/ScannerVersions.h"

#include <ZXing/ZXVersion.h>
#include <sane/sane.h>

namespace motcua::scanner {

QString zxingVersion()
{
    return QStringLiteral("%1.%2.%3").arg(ZXING_VERSION_MAJOR).arg(ZXING_VERSION_MINOR).arg(ZXING_VERSION_PATCH);
}

QString saneVersion()
{
    SANE_Int code = 0;
    if (sane_init(&code, nullptr) == SANE_STATUS_GOOD) {
        sane_exit();
        return QStringLiteral("%1.%2.%3")
            .arg(SANE_VERSION_MAJOR(code))
            .arg(SANE_VERSION_MINOR(code))
            .arg(SANE_VERSION_BUILD(code));
    }
    return QStringLiteral("%1.%2").arg(SANE_CURRENT_MAJOR).arg(SANE_CURRENT_MINOR);
}

} // namespace motcua::scanner
