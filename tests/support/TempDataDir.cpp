#include "tests/support/TempDataDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace motcua::test {

TempDataDir::TempDataDir() : m_dir(QDir::tempPath() + QStringLiteral("/motcua-test-XXXXXX")) { }

QString TempDataDir::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

} // namespace motcua::test
