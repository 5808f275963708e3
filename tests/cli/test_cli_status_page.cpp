// The public status page in a real browser (issue 15): headless Chromium (Debian package "chromium")
// opens the address `motcua dossier show` gives as public_lookup_url — the one the receipt's QR carries —
// on a motcua-central this test starts, after the desk synced the dossier and a unit asked for papers.
// The rendered DOM shows the right status, the unit's reason and the masked name; a wrong secret shows
// nothing of the dossier; no applicant data beyond the masked name is in the DOM. Hermetic: Chromium
// runs with a throw-away profile, no background networking, and every host name but 127.0.0.1 unresolved.
// Without Chromium the test fails and says so: it is never skipped silently.
#include "tests/cli/CentralCliData.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TempDataDir.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QUrlQuery>
#include <QtTest>

using namespace motcua::test;
using namespace motcua::test::central_cli;

namespace {

const QString kName = QStringLiteral("Nguyễn Văn An");
const QString kId = QStringLiteral("001090012345");
const QString kPhone = QStringLiteral("0912345678");
const QString kAddress = QStringLiteral("12 Láng Hạ, Hà Nội");
const QString kEmail = QStringLiteral("an.nguyen@example.vn");
const QString kReason = QStringLiteral("Thiếu sơ đồ mạng");

const char* const kBrowserIntake = R"({
  "procedure": "LOCAL-RF-001",
  "channel": "desk",
  "applicant": {"kind": "citizen", "name": "Nguyễn Văn An", "id_number": "001090012345",
                "birth_date": "1990-01-01", "phone": "0912345678", "email": "an.nguyen@example.vn",
                "address": "12 Láng Hạ, Hà Nội"},
  "owner": null,
  "documents": [],
  "return_method": "desk",
  "note": ""
})";

QString chromiumPath()
{
    const QString fromEnv = qEnvironmentVariable("MOTCUA_CHROMIUM");
    return fromEnv.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("chromium")) : fromEnv;
}

} // namespace

class TestCliStatusPage : public QObject
{
    Q_OBJECT

    TempDataDir m_dir;
    QString m_data;
    QString m_centralData;
    QString m_site;
    QString m_chromium;
    QProcess m_central;
    QProcessEnvironment m_env;
    int m_profiles = 0;

    CliResult cli(const QStringList& args, const QProcessEnvironment& env = {})
    {
        return runCli(QStringList { QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow,
                          QStringLiteral("--site"), m_site }
                + args,
            {}, env);
    }
    CliResult clerk(const QStringList& args)
    {
        return cli(QStringList { QStringLiteral("--user"), QStringLiteral("clerk1") } + args, passwordEnv(kClerkPw));
    }
    CliResult central(const QStringList& args)
    {
        return runProgram(centralPath(), QStringList { QStringLiteral("--data-dir"), m_centralData } + args);
    }

    // The DOM Chromium renders for `url` (headless, a fresh profile each time, loopback only).
    QString dumpDom(const QString& url)
    {
        const QString home = m_dir.filePath(QStringLiteral("browser-%1").arg(++m_profiles));
        QProcess browser;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        for (const char* proxy : { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy" })
            env.remove(QString::fromLatin1(proxy));
        browser.setProcessEnvironment(env);
        browser.setProgram(m_chromium);
        browser.setArguments({ QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--user-data-dir=") + home + QStringLiteral("/profile"),
            QStringLiteral("--no-first-run"), QStringLiteral("--no-default-browser-check"),
            QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
            QStringLiteral("--disable-sync"), QStringLiteral("--metrics-recording-only"),
            QStringLiteral("--disable-default-apps"), QStringLiteral("--disable-extensions"),
            QStringLiteral("--disable-domain-reliability"), QStringLiteral("--disable-breakpad"),
            QStringLiteral("--disable-client-side-phishing-detection"), QStringLiteral("--no-proxy-server"),
            QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
            QStringLiteral("--window-size=390,844"), // a phone's screen
            QStringLiteral("--dump-dom"), url });
        browser.start();
        if (!browser.waitForStarted(20000))
            return {};
        if (!browser.waitForFinished(90000)) {
            browser.kill();
            browser.waitForFinished();
            return {};
        }
        const QString dom = QString::fromUtf8(browser.readAllStandardOutput());
        if (dom.isEmpty())
            qWarning().noquote() << "chromium printed no DOM:" << browser.readAllStandardError().right(2000);
        return dom;
    }

private slots:
    void initTestCase()
    {
        m_chromium = chromiumPath();
        if (m_chromium.isEmpty())
            QFAIL("Chromium is not installed: the public status page's browser test needs the Debian package "
                  "\"chromium\" (scripts/packages.txt) at /usr/bin/chromium, or MOTCUA_CHROMIUM=/path/to/it.");
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("desk"));
        m_centralData = m_dir.filePath(QStringLiteral("central"));
        m_central.setProgram(centralPath());
        m_central.setArguments(
            { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), m_centralData });
        m_central.start();
        QVERIFY(m_central.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_central.canReadLine(), 20000);
        const QString url = QString::fromUtf8(m_central.readLine()).trimmed();
        const CliResult desk = central({ QStringLiteral("desk"), QStringLiteral("add"), QStringLiteral("D01"),
            QStringLiteral("--agency"), QStringLiteral("000.00.25.G14") });
        QCOMPARE(desk.exitCode, 0);
        m_env.insert(QStringLiteral("MOTCUA_CENTRAL_CREDENTIAL"),
            desk.json.object().value(QStringLiteral("credential")).toString());

        QFile demo(QStringLiteral(":/demo/site.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject s = QJsonDocument::fromJson(demo.readAll()).object();
        s.insert(QStringLiteral("central_url"), url);
        s.insert(QStringLiteral("central"), QJsonObject { { QStringLiteral("public_url"), url } });
        m_site = m_dir.writeFile(QStringLiteral("site.json"), QJsonDocument(s).toJson());
        QCOMPARE(runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("init") },
                     {}, passwordEnv({}, kAdminPw))
                     .exitCode,
            0);
        QCOMPARE(cli({ QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
                         QStringLiteral("clerk1"), QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Hoa"),
                         QStringLiteral("--role"), QStringLiteral("clerk") },
                     passwordEnv(kAdminPw, kClerkPw))
                     .exitCode,
            0);
    }

    void cleanupTestCase()
    {
        m_central.kill();
        m_central.waitForFinished();
    }

    void browserShowsTheStatusAndNothingElse()
    {
        const QString file = m_dir.writeFile(QStringLiteral("intake.json"), kBrowserIntake);
        const CliResult received = clerk({ QStringLiteral("dossier"), QStringLiteral("receive"), file });
        QCOMPARE(received.exitCode, 0);
        const QString code = received.json.object().value(QStringLiteral("code")).toString();
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--once") }, m_env).exitCode, 0);
        QCOMPARE(central({ QStringLiteral("unit"), QStringLiteral("request-supplement"), code,
                             QStringLiteral("--reason"), kReason })
                     .exitCode,
            0);

        // The address the receipt's QR carries.
        const QJsonObject shown = clerk({ QStringLiteral("dossier"), QStringLiteral("show"), code }).json.object();
        const QUrl page(shown.value(QStringLiteral("public_lookup_url")).toString());
        QVERIFY2(page.isValid() && page.path() == QLatin1String("/tra-cuu"), qPrintable(page.toString()));
        const QUrlQuery query(page);
        QCOMPARE(query.queryItemValue(QStringLiteral("ma")), code);
        const QString secret = query.queryItemValue(QStringLiteral("k"));
        QCOMPARE(secret.size(), 8);

        const QString dom = dumpDom(page.toString());
        QVERIFY2(dom.contains(QStringLiteral("<h1>Tình trạng hồ sơ</h1>")), qPrintable(dom));
        QVERIFY(dom.contains(QStringLiteral("data-ma=\"5\">Cần bổ sung giấy tờ<")));
        QVERIFY(dom.contains(kReason));
        QVERIFY(dom.contains(QStringLiteral("Nguyễn V** A*")));
        QVERIFY(dom.contains(code));
        for (const QString& data : { kName, QStringLiteral("Văn An"), kId, kPhone, kAddress, QStringLiteral("Láng Hạ"),
                 kEmail, QStringLiteral("1990") })
            QVERIFY2(!dom.contains(data), qPrintable(data));

        // A wrong secret: the neutral page, nothing of the dossier (not even its code).
        QString wrong = secret;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QUrl wrongPage = page;
        wrongPage.setQuery(QStringLiteral("ma=%1&k=%2").arg(code, wrong));
        const QString other = dumpDom(wrongPage.toString());
        QVERIFY2(other.contains(QStringLiteral("Không tìm thấy hồ sơ")), qPrintable(other));
        for (const QString& data : { code, QStringLiteral("Nguyễn"), QStringLiteral("Cần bổ sung"), kReason,
                 QStringLiteral("tinh-trang"), kId, kPhone })
            QVERIFY2(!other.contains(data), qPrintable(data));
    }
};

QTEST_GUILESS_MAIN(TestCliStatusPage)
#include "test_cli_status_page.moc"
