// Config: typed settings survive a round trip through the file; bad values are refused by name.
#include "core/Config.h"
#include "tests/support/TempDataDir.h"

#include <QtTest>

using namespace motcua;

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenEmpty()
    {
        test::TempDataDir dir;
        Config config(dir.filePath(QStringLiteral("motcua.ini")));
        QCOMPARE(config.language(), QStringLiteral("vi"));
        QCOMPARE(config.get(Config::Key::ScannerResolution).toInt(), 300);
        QCOMPARE(config.get(Config::Key::ScannerMode).toString(), QStringLiteral("gray"));
        for (Config::Key key : Config::allKeys())
            QCOMPARE(config.get(key), Config::defaultValue(key));
    }

    void roundTrip()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("motcua.ini"));
        {
            Config config(path);
            QVERIFY(config.set(Config::Key::Language, QStringLiteral("en")).ok());
            QVERIFY(config.set(Config::Key::ScannerResolution, 200).ok());
            QVERIFY(config.set(Config::Key::ScannerSource, QStringLiteral("duplex")).ok());
            QVERIFY(config.set(Config::Key::PrinterName, QStringLiteral("Quầy 01 – HP")).ok());
            QVERIFY(config.sync().ok());
        }
        Config reopened(path);
        QCOMPARE(reopened.language(), QStringLiteral("en"));
        QCOMPARE(reopened.get(Config::Key::ScannerResolution).toInt(), 200);
        QCOMPARE(reopened.get(Config::Key::ScannerSource).toString(), QStringLiteral("duplex"));
        QCOMPARE(reopened.get(Config::Key::PrinterName).toString(), QStringLiteral("Quầy 01 – HP"));
        reopened.reset(Config::Key::ScannerResolution);
        QCOMPARE(reopened.get(Config::Key::ScannerResolution).toInt(), 300);
    }

    void rejectsBadValuesByName()
    {
        test::TempDataDir dir;
        Config config(dir.filePath(QStringLiteral("motcua.ini")));
        const Status badLang = config.set(Config::Key::Language, QStringLiteral("fr"));
        QVERIFY(!badLang.ok());
        QCOMPARE(badLang.error().field, QStringLiteral("ui/language"));
        const Status badDpi = config.set(Config::Key::ScannerResolution, 5000);
        QVERIFY(!badDpi.ok());
        QCOMPARE(badDpi.error().kind, ErrorKind::Invalid);
        QCOMPARE(config.get(Config::Key::ScannerResolution).toInt(), 300);
    }

    void corruptFileFallsBackToDefaults()
    {
        test::TempDataDir dir;
        const QString path = dir.writeFile(QStringLiteral("motcua.ini"), "[scanner]\nresolution=abc\nmode=sepia\n");
        Config config(path);
        QCOMPARE(config.get(Config::Key::ScannerResolution).toInt(), 300);
        QCOMPARE(config.get(Config::Key::ScannerMode).toString(), QStringLiteral("gray"));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "test_config.moc"
