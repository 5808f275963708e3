#include "sync/DeskCredential.h"

#include "sync/DeskKeychain.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

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
    if (!f.exists()) { // `sync login` wrote no file: the keychain holds it, if anything does
        const DeskKeychain::Read kept = DeskKeychain::read(dataDir);
        if (kept.outcome == DeskKeychain::Outcome::Done && !kept.secret.trimmed().isEmpty())
            return kept.secret.trimmed();
        return Error::permission(QStringLiteral("credential"),
            tr("No desk credential: run `motcua sync login` or set MOTCUA_CENTRAL_CREDENTIAL"),
            QStringLiteral("credential_required"));
    }
    if (f.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        return Error::permission(QStringLiteral("credential"),
            tr("%1 can be read by other users; make it private (chmod 600)").arg(f.fileName()),
            QStringLiteral("credential_exposed"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::environment(QStringLiteral("credential"), tr("Cannot read %1").arg(f.fileName()));
    return QString::fromUtf8(f.readAll()).trimmed();
}

Result<QString> DeskCredential::save(const QString& dataDir, const QString& credential)
{
    if (DeskKeychain::write(dataDir, credential) == DeskKeychain::Outcome::Done) {
        QFile::remove(path(dataDir)); // one place only: an old file would be read first
        return QStringLiteral("keychain");
    }
    if (!QDir().mkpath(dataDir))
        return Error::environment(QStringLiteral("credential"), tr("Cannot create %1").arg(dataDir));
    QSaveFile f(path(dataDir));
    // The permissions are set before a byte is written, so the secret is never readable by others.
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || f.write(credential.toUtf8()) < 0 || !f.commit())
        return Error::environment(QStringLiteral("credential"), tr("Cannot write %1").arg(path(dataDir)));
    return path(dataDir);
}

} // namespace motcua::sync
