// Startup: one resolution order for every program. Data folder: option > settings > MOTCUA_DATA_DIR >
// the shared default; site: option > settings > demo; --now only with MOTCUA_TEST_CLOCK=1; language:
// option > MOTCUA_LANG > settings; a new data folder is created 0700.
#include "core/Clock.h"
#include "core/Startup.h"
#include "tests/support/TempDataDir.h"

#include <QDir>
#include <QStandardPaths>
#include <QtTest>

#include <sys/stat.h>

using namespace motcua;
using namespace motcua::test;

class TestStartup : public QObject
{
    Q_OBJECT
private:
    TempDataDir m_dir;

    QString settingsWith(Config::Key key, const QString& value) const
    {
        const QString path = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(int(key)));
        Config config(path);
        if (!config.set(key, value).ok() || !config.sync().ok())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Startup::prepareProcess();
        qunsetenv("MOTCUA_DATA_DIR");
        qunsetenv("MOTCUA_TEST_CLOCK");
    }
    void cleanup()
    {
        qunsetenv("MOTCUA_DATA_DIR");
        qunsetenv("MOTCUA_TEST_CLOCK");
        Clock::resetToSystem();
    }

    void sharedNames()
    {
        QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("MotCua"));
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("motcua"));
        QVERIFY(Startup::defaultDataDir().endsWith(QStringLiteral("/MotCua/motcua")));
    }

    void dataFolderOrder()
    {
        const QString empty = m_dir.filePath(QStringLiteral("none.ini"));
        auto byDefault = Startup::resolve({ {}, {}, {}, {}, empty });
        QVERIFY(byDefault.ok());
        QCOMPARE(byDefault->dataDir(), QDir(Startup::defaultDataDir()).absolutePath());

        qputenv("MOTCUA_DATA_DIR", m_dir.filePath(QStringLiteral("from-env")).toUtf8());
        QCOMPARE(Startup::resolve({ {}, {}, {}, {}, empty })->dataDir(), m_dir.filePath(QStringLiteral("from-env")));

        const QString settings = settingsWith(Config::Key::DataDir, m_dir.filePath(QStringLiteral("from-settings")));
        QVERIFY(!settings.isEmpty());
        QCOMPARE(
            Startup::resolve({ {}, {}, {}, {}, settings })->dataDir(), m_dir.filePath(QStringLiteral("from-settings")));

        auto fromOption = Startup::resolve({ m_dir.filePath(QStringLiteral("from-option")), {}, {}, {}, settings });
        QCOMPARE(fromOption->dataDir(), m_dir.filePath(QStringLiteral("from-option")));
        QCOMPARE(fromOption->databasePath(), m_dir.filePath(QStringLiteral("from-option/motcua.db")));
    }

    void siteOrder()
    {
        const QString empty = m_dir.filePath(QStringLiteral("none.ini"));
        auto demo = Startup::resolve({ {}, {}, {}, {}, empty });
        QVERIFY(demo->siteFile().isEmpty());
        const QString missing = m_dir.filePath(QStringLiteral("missing-site.json"));
        const QString settings = settingsWith(Config::Key::SiteFile, missing);
        auto fromSettings = Startup::resolve({ {}, {}, {}, {}, settings });
        QVERIFY(!fromSettings.ok());
        QCOMPARE(fromSettings.error().kind, ErrorKind::Environment);
        QVERIFY(fromSettings.error().message.contains(missing));
    }

    void nowOnlyWithTheTestClock()
    {
        const QString empty = m_dir.filePath(QStringLiteral("none.ini"));
        auto refused = Startup::resolve({ {}, {}, QStringLiteral("2099-01-01T09:00:00"), {}, empty });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Usage);
        QCOMPARE(refused.error().code, QStringLiteral("now_not_allowed"));
        QVERIFY(Clock::current().today().year() < 2099);

        qputenv("MOTCUA_TEST_CLOCK", "yes");
        QVERIFY(!Startup::resolve({ {}, {}, QStringLiteral("2099-01-01"), {}, empty }).ok());

        qputenv("MOTCUA_TEST_CLOCK", "1");
        QVERIFY(Startup::resolve({ {}, {}, QStringLiteral("2099-01-01T09:00:00"), {}, empty }).ok());
        QCOMPARE(Clock::current().today(), QDate(2099, 1, 1));
    }

    void languageOrder()
    {
        const QString settings = settingsWith(Config::Key::Language, QStringLiteral("en"));
        qunsetenv("MOTCUA_LANG");
        QCOMPARE(Startup::resolve({ {}, {}, {}, {}, settings })->language(), QStringLiteral("en"));
        qputenv("MOTCUA_LANG", "vi");
        QCOMPARE(Startup::resolve({ {}, {}, {}, {}, settings })->language(), QStringLiteral("vi"));
        QCOMPARE(Startup::resolve({ {}, {}, {}, QStringLiteral("en"), settings })->language(), QStringLiteral("en"));
        auto bad = Startup::resolve({ {}, {}, {}, QStringLiteral("fr"), settings });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::Usage);
        QVERIFY(Startup::resolve({ {}, {}, {}, QStringLiteral("vi"), settings }).ok());
    }

    void newDataFolderIsUserOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("a/b/data"));
        QVERIFY(Startup::ensureDataDir(path).ok());
        struct stat st {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);
        // An existing folder is accepted as it is.
        QVERIFY(Startup::ensureDataDir(path).ok());
        const QString file = m_dir.filePath(QStringLiteral("a/b/data/x"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly)); // the umask of prepareProcess(): 0600
        f.close();
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "test_startup.moc"
