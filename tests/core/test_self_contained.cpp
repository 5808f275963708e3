// The repository is self-contained: no tracked text file (code, CMake, docs, comments, fixtures) points to
// the team folder beside it, so a clone alone builds and passes its tests. Lists the files with
// `git ls-files`, or walks the source tree (skipping .git and build folders) when git is not available.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace {

const QString kSource = QStringLiteral(MOTCUA_SOURCE_DIR);

// Tracked files relative to the source dir, or every file under it but .git and build*/ folders.
QStringList projectFiles()
{
    QProcess git;
    git.setWorkingDirectory(kSource);
    git.start(QStringLiteral("git"), { QStringLiteral("ls-files"), QStringLiteral("-z") });
    if (git.waitForFinished(30000) && git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0) {
        QStringList files;
        for (const QByteArray& f : git.readAllStandardOutput().split('\0'))
            if (!f.isEmpty())
                files << QString::fromUtf8(f);
        if (!files.isEmpty())
            return files;
    }
    QStringList files;
    QDirIterator it(kSource, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = it.next().mid(kSource.size() + 1);
        const QString top = rel.section(QLatin1Char('/'), 0, 0);
        if (top == QLatin1String(".git") || top.startsWith(QLatin1String("build")))
            continue;
        files << rel;
    }
    return files;
}

// Built from pieces so that this file does not match itself.
const QByteArray kNeedle = QByteArray("..") + "/shared";

// The line of the first reference to the folder beside the repository; 0 when there is none.
int referenceLine(const QByteArray& bytes)
{
    const qsizetype at = bytes.indexOf(kNeedle);
    return at < 0 ? 0 : int(bytes.left(at).count('\n')) + 1;
}

} // namespace

class TestSelfContained : public QObject
{
    Q_OBJECT
private slots:
    void noFilePointsOutsideTheRepository()
    {
        const QStringList files = projectFiles();
        QVERIFY2(files.size() > 100, qPrintable(QStringLiteral("only %1 files found").arg(files.size())));
        QStringList offenders;
        int text = 0;
        for (const QString& rel : files) {
            QFile f(kSource + QLatin1Char('/') + rel);
            if (!f.open(QIODevice::ReadOnly))
                continue; // listed by git but deleted in the working tree
            const QByteArray bytes = f.readAll();
            if (bytes.left(8000).contains('\0'))
                continue; // binary: images, fonts
            ++text;
            if (const int line = referenceLine(bytes))
                offenders << QStringLiteral("%1:%2").arg(rel).arg(line);
        }
        QVERIFY(text > 100);
        QVERIFY2(offenders.isEmpty(),
            qPrintable(QStringLiteral("files pointing outside the repository (%1): ").arg(QString::fromLatin1(kNeedle))
                + offenders.join(QStringLiteral(", "))));
    }

    // The check itself can fail: a file mentioning the folder is reported with its line.
    void detectsAReference()
    {
        QCOMPARE(referenceLine("line one\nsee " + kNeedle + "/design/cli.md\n"), 2);
        QCOMPARE(referenceLine(kNeedle), 1);
        QCOMPARE(referenceLine("a shared folder\nsee " + kNeedle + "/corpus\n"), 2);
        QCOMPARE(referenceLine("nothing here\n"), 0);
    }
};

QTEST_GUILESS_MAIN(TestSelfContained)
#include "test_self_contained.moc"
