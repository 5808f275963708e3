// The `motcua` binary: version JSON, help, global options and the exit codes of the contract.
#include "tests/support/CliRunner.h"
#include "tests/support/TempDataDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace motcua::test;

class TestCliBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNamesAllFiveLibraries()
    {
        const CliResult r = runCli({ QStringLiteral("version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.json.isObject(), r.out.constData());
        const QJsonObject root = r.json.object();
        QCOMPARE(root.value(QStringLiteral("program")).toString(), QStringLiteral("motcua"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(root.value(QStringLiteral("version")).toString())
                    .hasMatch());
        const QJsonObject libs = root.value(QStringLiteral("libraries")).toObject();
        const QRegularExpression versionPattern(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?"));
        for (const char* lib : { "qt", "sqlite", "libcurl", "zxing-cpp", "sane" }) {
            const QString value = libs.value(QLatin1String(lib)).toString();
            QVERIFY2(versionPattern.match(value).hasMatch(), lib);
        }
        QVERIFY(libs.value(QStringLiteral("qt")).toString().startsWith(QStringLiteral("6.")));
        QVERIFY(libs.value(QStringLiteral("sqlite")).toString().startsWith(QStringLiteral("3.")));
        QCOMPARE(libs.value(QStringLiteral("zxing-cpp")).toString(), QStringLiteral("1.4.0"));
    }

    void versionOutputIsUtf8NotEscaped()
    {
        // Error messages carry Vietnamese; the JSON must hold them as UTF-8, not \u escapes.
        const CliResult r = runCli({ QStringLiteral("no-such-command") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.out.contains("\\u"));
        const QString message
            = r.json.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("Lệnh")), qPrintable(message));
        QVERIFY(r.errText().contains(QStringLiteral("no-such-command")));
    }

    void helpListsCommands()
    {
        const CliResult text = runCli({ QStringLiteral("help") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("version"));
        const CliResult json = runCli({ QStringLiteral("help"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray commands = json.json.object().value(QStringLiteral("commands")).toArray();
        QStringList names;
        for (const auto& c : commands)
            names << c.toObject().value(QStringLiteral("command")).toString();
        QVERIFY(names.contains(QStringLiteral("version")));
        QVERIFY(names.contains(QStringLiteral("help")));
        const CliResult one = runCli({ QStringLiteral("help"), QStringLiteral("version") });
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.contains("motcua version"));
        QCOMPARE(runCli({ QStringLiteral("help"), QStringLiteral("nope") }).exitCode, 2);
    }

    void usageErrorsExit2()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("version"), QStringLiteral("--bogus") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("version"), QStringLiteral("extra") }).exitCode, 2);
        const CliResult badNow
            = runCli({ QStringLiteral("--now"), QStringLiteral("yesterday"), QStringLiteral("version") });
        QCOMPARE(badNow.exitCode, 2);
        QVERIFY(badNow.errText().contains(QStringLiteral("--now")));
        QCOMPARE(runCli({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("version") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("version"), QStringLiteral("--now") }).exitCode, 2);
    }

    void globalOptionsAnywhereAndEnglish()
    {
        const CliResult r = runCli({ QStringLiteral("no-such"), QStringLiteral("--lang"), QStringLiteral("en"),
            QStringLiteral("--now"), QStringLiteral("2027-03-01T09:30:00") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("Unknown command")), r.err.constData());
    }

    void siteFileErrors()
    {
        TempDataDir dir;
        const CliResult missing = runCli(
            { QStringLiteral("--site"), dir.filePath(QStringLiteral("none.json")), QStringLiteral("version") });
        QCOMPARE(missing.exitCode, 3);
        const QString bad = dir.writeFile(QStringLiteral("bad.json"), R"({"desk_id": "D01"})");
        const CliResult invalid = runCli({ QStringLiteral("--site"), bad, QStringLiteral("version") });
        QCOMPARE(invalid.exitCode, 1);
        QCOMPARE(
            invalid.json.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
            QStringLiteral("agency_code"));
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "test_cli_basics.moc"
