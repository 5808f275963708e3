#include "core/Result.h"

namespace motcua {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return QStringLiteral("invalid");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::Environment:
        return QStringLiteral("environment");
    case ErrorKind::Permission:
        return QStringLiteral("permission");
    }
    return QStringLiteral("environment");
}

} // namespace motcua
