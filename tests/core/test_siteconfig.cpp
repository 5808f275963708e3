// SiteConfig: the built-in demo site, loading, validation naming the field, and a save/load round trip.
#include "core/SiteConfig.h"
#include "core/Translations.h"
#include "tests/support/TempDataDir.h"

#include <QJsonDocument>
#include <QtTest>

using namespace motcua;

class TestSiteConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void demoSiteIsBuiltIn()
    {
        const SiteConfig site = SiteConfig::demo();
        QCOMPARE(site.deskId, QStringLiteral("D01"));
        QCOMPARE(site.agencyCode, QStringLiteral("000.00.25.G14"));
        QCOMPARE(site.agencyName, QStringLiteral("Cục Tần số vô tuyến điện"));
        QCOMPARE(site.centralUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(site.section(QStringLiteral("codes")).value(QStringLiteral("first")).toInt(), 1);
    }

    void roundTrip()
    {
        test::TempDataDir dir;
        SiteConfig site = SiteConfig::demo();
        site.deskId = QStringLiteral("VT-02");
        site.deskName = QStringLiteral("Quầy Cục Viễn thông");
        site.agencyCode = QStringLiteral("000.00.26.G14");
        site.channel = QStringLiteral("postal");
        site.setSection(QStringLiteral("scanner"), { { QStringLiteral("separator_barcode"), QStringLiteral("SEP") } });
        const QString path = dir.filePath(QStringLiteral("site.json"));
        QVERIFY(site.save(path).ok());
        const auto loaded = SiteConfig::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->deskId, site.deskId);
        QCOMPARE(loaded->deskName, site.deskName);
        QCOMPARE(loaded->agencyCode, site.agencyCode);
        QCOMPARE(loaded->channel, QStringLiteral("postal"));
        QCOMPARE(loaded->section(QStringLiteral("scanner")).value(QStringLiteral("separator_barcode")).toString(),
            QStringLiteral("SEP"));
    }

    void rejectsNamingTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("no desk") << "desk_id" << QJsonValue(QString()) << "desk_id";
        QTest::newRow("desk with space") << "desk_id" << QJsonValue(QStringLiteral("Quầy 1")) << "desk_id";
        QTest::newRow("agency pattern") << "agency_code" << QJsonValue(QStringLiteral("G14")) << "agency_code";
        QTest::newRow("channel") << "channel" << QJsonValue(QStringLiteral("online")) << "channel";
        QTest::newRow("url scheme") << "central_url" << QJsonValue(QStringLiteral("ftp://x")) << "central_url";
        QTest::newRow("desk option") << "desk_option" << QJsonValue(QStringLiteral("Shared")) << "desk_option";
        QTest::newRow("desk option type") << "desk_option" << QJsonValue(2) << "desk_option";
        QTest::newRow("shared without agencies") << "desk_option" << QJsonValue(QStringLiteral("shared")) << "agencies";
        QTest::newRow("agencies not a table") << "agencies" << QJsonValue(QStringLiteral("G14")) << "agencies";
        QTest::newRow("agency code in table")
            << "agencies" << QJsonValue(QJsonObject { { QStringLiteral("Cục Viễn thông"), QStringLiteral("G14") } })
            << "agencies";
    }

    void rejectsNamingTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = SiteConfig::demo().toJson();
        json.insert(key, value);
        const auto result = SiteConfig::fromJson(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, field);
        QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
    }

    void deskOptionDefaultsToUnitAndRoundTrips()
    {
        QCOMPARE(SiteConfig::demo().deskOption, DeskOption::Unit);
        QJsonObject json = SiteConfig::demo().toJson();
        json.insert(QStringLiteral("desk_option"), QStringLiteral("shared"));
        json.insert(QStringLiteral("agencies"),
            QJsonObject { { QStringLiteral("Cục Tần số vô tuyến điện"), QStringLiteral("000.00.25.G14") },
                { QStringLiteral("Cục Viễn thông"), QStringLiteral("000.00.26.G14") } });
        const auto shared = SiteConfig::fromJson(json);
        QVERIFY2(shared.ok(), shared.ok() ? "" : qPrintable(shared.error().message));
        QCOMPARE(shared->deskOption, DeskOption::Shared);
        QCOMPARE(shared->codeAgencyFor(QStringLiteral("Cục Viễn thông")).value(), QStringLiteral("000.00.26.G14"));
        const auto unserved = shared->codeAgencyFor(QStringLiteral("Ủy ban nhân dân cấp tỉnh"));
        QVERIFY(!unserved.ok());
        QCOMPARE(unserved.error().code, QStringLiteral("agency_not_served"));
        const auto again = SiteConfig::fromJson(shared->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->agencies, shared->agencies);
        QCOMPARE(again->deskOption, DeskOption::Shared);

        json.insert(QStringLiteral("desk_option"), QStringLiteral("postal"));
        const auto postal = SiteConfig::fromJson(json);
        QVERIFY(postal.ok());
        QCOMPARE(postal->deskOption, DeskOption::Postal);
        // Not a shared desk: every dossier is coded under the site's own agency.
        QCOMPARE(postal->codeAgencyFor(QStringLiteral("Cục Viễn thông")).value(), postal->agencyCode);
        QCOMPARE(deskOptionFromName(QStringLiteral("unit")), std::optional<DeskOption>(DeskOption::Unit));
        QVERIFY(!deskOptionFromName(QStringLiteral(" unit")));
    }

    void badJsonIsInvalidMissingFileIsEnvironment()
    {
        test::TempDataDir dir;
        const auto bad = SiteConfig::load(dir.writeFile(QStringLiteral("bad.json"), "{ not json"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::Invalid);
        const auto missing = SiteConfig::load(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::Environment);
    }
};

QTEST_GUILESS_MAIN(TestSiteConfig)
#include "test_siteconfig.moc"
