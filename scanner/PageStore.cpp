#include "scanner/PageStore.h"

#include "scanner/ScanTypes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace motcua::scanner {

PageStore::PageStore(QString dataDir) : m_root(QDir(dataDir).absoluteFilePath(QStringLiteral("pages"))) { }

QString PageStore::pathFor(const QString& sha256, const QString& suffix) const
{
    return QStringLiteral("%1/%2/%3.%4").arg(m_root, sha256.left(2), sha256, suffix);
}

Result<StoredPage> PageStore::put(const QByteArray& bytes, const QString& suffix) const
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    StoredPage stored { hash, pathFor(hash, suffix), bytes.size() };
    const QFileInfo existing(stored.path);
    if (existing.exists() && existing.size() == bytes.size())
        return stored; // same content, same name: already there
    if (!QDir().mkpath(existing.absolutePath()))
        return Error::environment(QStringLiteral("data_dir"),
            ScanText::tr("Cannot create the page folder %1. Check that the data "
                         "folder is writable.")
                .arg(existing.absolutePath()));
    QSaveFile file(stored.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::environment(QStringLiteral("data_dir"),
            ScanText::tr("Cannot write the page file %1: %2. Check the free disk "
                         "space.")
                .arg(stored.path, file.errorString()));
    return stored;
}

} // namespace motcua::scanner
