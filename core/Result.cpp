#include "core/Result.h"

namespace motcua {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
        return 1;
    case ErrorKind::Usage:
        return 2;
    case ErrorKind::Environment:
        return 3;
    case ErrorKind::Permission:
        return 4;
    }
    return 3;
}

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
