#include "sync/DeskCredential.h"

#include <QDir>
#include <QFile>

namespace motcua::sync {

QString DeskCredential::path(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("central-credential"));
}

QString DeskCredential::statePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("sync-state.json"));
}

Result<QString> DeskCredential::read(const QString& dataDir)
{
    const QString env = qEnvironmentVariable("MOTCUA_CENTRAL_CREDENTIAL");
    if (!env.isEmpty())
        return env.trimmed();
    QFile f(path(dataDir));
    if (!f.exists())
        return Error::permission(QStringLiteral("credential"),
            tr("No desk credential: run `motcua sync login` or set MOTCUA_CENTRAL_CREDENTIAL"),
            QStringLiteral("credential_required"));
    if (f.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        return Error::permission(QStringLiteral("credential"),
            tr("%1 can be read by other users; make it private (chmod 600)").arg(f.fileName()),
            QStringLiteral("credential_exposed"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::environment(QStringLiteral("credential"), tr("Cannot read %1").arg(f.fileName()));
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace motcua::sync
