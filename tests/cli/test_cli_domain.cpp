// The domain commands of the `motcua` CLI, run as a real process: contract JSON keys and exit codes,
// and malformed input (empty, huge, non-UTF-8, control characters) exits 1 with a reason, never crashes.
#include "tests/support/CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace motcua::test;

namespace {
const QString kQr
    = QStringLiteral("001090012345|012345678|Nguyễn Văn An|01011990|Nam|Số 10 phố Mẫu, phường Ví Dụ, Hà Nội|15042021");

void expectRejected(const CliResult& r, const char* what)
{
    QVERIFY2(!r.crashed, what);
    QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("%1: exit %2, %3").arg(what).arg(r.exitCode).arg(r.errText())));
    QVERIFY2(!r.errText().trimmed().isEmpty(), what); // a reason on stderr
    QVERIFY2(!r.json.isNull(), what); // and JSON on stdout
}
} // namespace

class TestCliDomain : public QObject
{
    Q_OBJECT
private slots:
    void lunar()
    {
        const CliResult r = runCli({ "calendar", "lunar", "2030-02-02" });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json.object();
        QCOMPARE(o["date"].toString(), QStringLiteral("2030-02-02"));
        const QJsonObject l = o["lunar"].toObject();
        QCOMPARE(l["day"].toInt(), 1);
        QCOMPARE(l["month"].toInt(), 1);
        QCOMPARE(l["year"].toInt(), 2030);
        QCOMPARE(l["leap"].toBool(), false);
        const CliResult leap = runCli({ "calendar", "lunar", "2025-07-25" });
        QCOMPARE(leap.json["lunar"]["leap"].toBool(), true);
        QCOMPARE(leap.json["lunar"]["month"].toInt(), 6);
    }

    void holidays()
    {
        const CliResult r = runCli({ "calendar", "holidays", "2026" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json.isArray());
        bool culture = false, hungMonday = false;
        for (const QJsonValue& v : r.json.array()) {
            const QString kind = v["kind"].toString();
            QVERIFY(kind == "holiday" || kind == "compensatory" || kind == "override");
            QVERIFY(!v["name"].toString().isEmpty());
            culture |= v["date"].toString() == "2026-11-24";
            hungMonday |= v["date"].toString() == "2026-04-27" && kind == "compensatory";
        }
        QVERIFY(culture);
        QVERIFY(hungMonday);
        const CliResult y2025 = runCli({ "calendar", "holidays", "2025" });
        bool override = false;
        for (const QJsonValue& v : y2025.json.array())
            override |= v["kind"].toString() == "override" && v["source"].toString() == "9441/TB-BNV";
        QVERIFY(override);
    }

    void addWorkingDays()
    {
        const CliResult r = runCli({ "calendar", "add-working-days", "2025-03-12", "20" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json["from"].toString(), QStringLiteral("2025-03-12"));
        QCOMPARE(r.json["days"].toInt(), 20);
        QCOMPARE(r.json["due"].toString(), QStringLiteral("2025-04-10"));
    }

    void siteOverrides()
    {
        // The site's "calendar" section adds overrides on top of the built-in table.
        QTemporaryDir dir;
        const QString site = dir.filePath("site.json");
        QJsonObject obj;
        QFile src(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/demo/site.json"));
        if (src.open(QIODevice::ReadOnly))
            obj = QJsonDocument::fromJson(src.readAll()).object();
        QVERIFY2(!obj.isEmpty(), "resources/demo/site.json is needed for this test");
        obj.insert("calendar",
            QJsonObject { { "overrides",
                QJsonArray { QJsonObject {
                    { "date", "2027-03-15" }, { "type", "off" }, { "label", "Nghỉ thử" }, { "source", "TEST" } } } } });
        QFile out(site);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(obj).toJson());
        out.close();
        const CliResult r = runCli({ "--site", site, "calendar", "add-working-days", "2027-03-12", "1" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json["due"].toString(), QStringLiteral("2027-03-16"));
    }

    void validate()
    {
        CliResult r = runCli({ "validate", "cccd", "001090012345" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json["valid"].toBool(), true);
        QCOMPARE(r.json["birth_year"].toInt(), 1990);
        r = runCli({ "validate", "cccd", "00109001234" });
        expectRejected(r, "short id");
        QCOMPARE(r.json["valid"].toBool(true), false);
        QVERIFY(!r.json["reason"].toString().isEmpty());
        r = runCli({ "validate", "tax-code", "0100233488" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json["valid"].toBool(), true);
        r = runCli({ "validate", "tax-code", "0100233480" });
        expectRejected(r, "bad check digit");
        QCOMPARE(r.json["valid"].toBool(true), false);
        // Vietnamese by default, English with --lang en; both name the field.
        QVERIFY2(r.json["reason"].toString().startsWith(QStringLiteral("Mã số thuế")),
            qPrintable(r.json["reason"].toString()));
        r = runCli({ "--lang", "en", "validate", "tax-code", "0100233480" });
        QVERIFY(r.json["reason"].toString().startsWith(QStringLiteral("Tax code")));
        r = runCli({ "validate", "tax-code", "0100233488-001" });
        QCOMPARE(r.json["normalized"].toString(), QStringLiteral("0100233488-001"));
        // 12 digits: a personal tax code, checked as the personal identification number it is.
        r = runCli({ "validate", "tax-code", "001090012345" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json["kind"].toString(), QStringLiteral("personal"));
        r = runCli({ "validate", "tax-code", "003090012345" });
        expectRejected(r, "personal tax code with no province");
        QCOMPARE(r.json["field"].toString(), QStringLiteral("tax_code"));
        QCOMPARE(r.json["code"].toString(), QStringLiteral("bad_province"));
        QVERIFY2(r.json["reason"].toString().contains(QStringLiteral("mã số thuế cá nhân")),
            qPrintable(r.json["reason"].toString()));
        // One dash, only before the 3-digit branch suffix.
        for (const char* bad : { "0100233488-", "01002-33488", "0100233488-001-", "0100233488-01" }) {
            r = runCli({ "validate", "tax-code", bad });
            expectRejected(r, bad);
            QCOMPARE(r.json["field"].toString(), QStringLiteral("tax_code"));
            QCOMPARE(r.json["code"].toString(), QStringLiteral("bad_dash"));
            QVERIFY2(r.json["reason"].toString().startsWith(QStringLiteral("Mã số thuế")), bad);
        }
        QCOMPARE(runCli({ "validate", "cccd" }).exitCode, 2);
        QCOMPARE(runCli({ "validate", "passport", "X" }).exitCode, 2);
    }

    void parseQr()
    {
        CliResult r = runCli({ "parse", "cccd-qr", kQr });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json.object();
        for (const char* key : { "id", "old_id", "name", "birth_date", "sex", "address", "issue_date" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o["name"].toString(), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(o["birth_date"].toString(), QStringLiteral("1990-01-01"));
        QCOMPARE(o["issue_date"].toString(), QStringLiteral("2021-04-15"));
        // From stdin, with the CR/LF a scanner appends.
        r = runCli({ "parse", "cccd-qr", "-" }, kQr.toUtf8() + "\r\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json["id"].toString(), QStringLiteral("001090012345"));
        // A sex that is neither Nam nor Nữ, and a name split over two lines, are refused naming the field.
        r = runCli({ "parse", "cccd-qr", QString(kQr).replace(QStringLiteral("|Nam|"), QStringLiteral("|X|")) });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json["error"]["field"].toString(), QStringLiteral("sex"));
        QVERIFY2(r.json["error"]["message"].toString().contains(QStringLiteral("giới tính")),
            qPrintable(r.json["error"]["message"].toString()));
        r = runCli({ "parse", "cccd-qr", "-" },
            QString(kQr).replace(QStringLiteral("Văn An"), QStringLiteral("Văn\nAn")).toUtf8() + "\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json["error"]["field"].toString(), QStringLiteral("name"));
        QVERIFY2(r.json["error"]["message"].toString().contains(QStringLiteral("họ và tên")),
            qPrintable(r.json["error"]["message"].toString()));
    }

    void vietqr()
    {
        const CliResult r = runCli({ "vietqr", "--bin", "970418", "--account", "1234567890", "--amount", "150000",
            "--note", "Lệ phí HS 250312-0007" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json["payload"].toString(),
            QStringLiteral("00020101021238540010A00000072701240006970418011012345678900208QRIBFTTA53037045406150000"
                           "5802VN62250821LE PHI HS 250312-000763040374"));
        expectRejected(
            runCli({ "vietqr", "--bin", "970418", "--account", "1234567890", "--amount", "15.000" }), "amount");
        expectRejected(runCli({ "vietqr", "--bin", "97041", "--account", "1234567890", "--amount", "1" }), "bin");
        QCOMPARE(runCli({ "vietqr", "--bin", "970418" }).exitCode, 2);
    }

    void malformed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QString huge(100000, QLatin1Char('9'));
        const QString ctrl = QStringLiteral("2025-03-12\x07");
        QTest::newRow("lunar empty") << QStringList { "calendar", "lunar", "" } << QByteArray();
        QTest::newRow("lunar not a date") << QStringList { "calendar", "lunar", "2025-02-30" } << QByteArray();
        QTest::newRow("lunar words") << QStringList { "calendar", "lunar", "hôm nay" } << QByteArray();
        QTest::newRow("lunar out of range") << QStringList { "calendar", "lunar", "1899-12-31" } << QByteArray();
        QTest::newRow("lunar huge") << QStringList { "calendar", "lunar", huge } << QByteArray();
        QTest::newRow("lunar control") << QStringList { "calendar", "lunar", ctrl } << QByteArray();
        QTest::newRow("holidays text") << QStringList { "calendar", "holidays", "MMXXV" } << QByteArray();
        QTest::newRow("holidays huge number") << QStringList { "calendar", "holidays", huge } << QByteArray();
        QTest::newRow("holidays 3000") << QStringList { "calendar", "holidays", "3000" } << QByteArray();
        QTest::newRow("awd negative") << QStringList { "calendar", "add-working-days", "2025-03-12", "-3" }
                                      << QByteArray();
        QTest::newRow("awd overflow") << QStringList { "calendar", "add-working-days", "2025-03-12", "99999999999" }
                                      << QByteArray();
        QTest::newRow("cccd empty") << QStringList { "validate", "cccd", "" } << QByteArray();
        QTest::newRow("cccd huge") << QStringList { "validate", "cccd", huge } << QByteArray();
        QTest::newRow("cccd control") << QStringList { "validate", "cccd", "00109001\t2345" } << QByteArray();
        QTest::newRow("cccd replacement char")
            << QStringList { "validate", "cccd", QString::fromUtf8("001090\xef\xbf\xbd") } << QByteArray();
        QTest::newRow("tax empty") << QStringList { "validate", "tax-code", " " } << QByteArray();
        QTest::newRow("tax huge") << QStringList { "validate", "tax-code", huge } << QByteArray();
        QTest::newRow("qr empty") << QStringList { "parse", "cccd-qr", "" } << QByteArray();
        QTest::newRow("qr huge arg") << QStringList { "parse", "cccd-qr", huge } << QByteArray();
        QTest::newRow("qr control arg") << QStringList { "parse", "cccd-qr", QString(kQr).replace(5, 1, QChar(0x1b)) }
                                        << QByteArray();
        QTest::newRow("qr garbage") << QStringList { "parse", "cccd-qr", "hello|world" } << QByteArray();
        QTest::newRow("qr stdin empty") << QStringList { "parse", "cccd-qr", "-" } << QByteArray();
        QTest::newRow("qr stdin non-utf8") << QStringList { "parse", "cccd-qr", "-" }
                                           << QByteArray("001090012345||Nguy\xff\xfen|01011990|Nam|HN|15042021");
        QTest::newRow("qr stdin huge") << QStringList { "parse", "cccd-qr", "-" } << QByteArray(2 * 1024 * 1024, '|');
        QTest::newRow("qr stdin NUL") << QStringList { "parse", "cccd-qr", "-" }
                                      << QByteArray("001090012345||A\0B|01011990|Nam|HN|15042021", 42);
        QTest::newRow("vietqr empty account")
            << QStringList { "vietqr", "--bin", "970418", "--account", "", "--amount", "1" } << QByteArray();
        QTest::newRow("vietqr huge note") << QStringList { "vietqr", "--bin", "970418", "--account", "1", "--amount",
            "1", "--note", huge } << QByteArray();
        QTest::newRow("vietqr control note") << QStringList { "vietqr", "--bin", "970418", "--account", "1", "--amount",
            "1", "--note", "LE\x01PHI" } << QByteArray();
        QTest::newRow("vietqr huge amount")
            << QStringList { "vietqr", "--bin", "970418", "--account", "1", "--amount", huge } << QByteArray();
    }
    void malformed()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const CliResult r = runCli(args, input);
        expectRejected(r, QTest::currentDataTag());
    }
};

QTEST_GUILESS_MAIN(TestCliDomain)
#include "test_cli_domain.moc"
