// TempDataDir: a throw-away data folder per test, removed when the test ends.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace motcua::test {

class TempDataDir
{
public:
    TempDataDir();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // Writes a file (creating folders) and returns its absolute path.
    QString writeFile(const QString& name, const QByteArray& content) const;

private:
    QTemporaryDir m_dir;
};

} // namespace motcua::test
