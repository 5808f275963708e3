// TLS between desk and central, over loopback with certificates made for the test by the `openssl`
// command in a temporary folder (a test authority, a server certificate for 127.0.0.1 it signed, and an
// unrelated authority): motcua-central's CentralServer serves https (QHttpServer::sslSetup); the desk's
// transport accepts it with the right CA file, refuses an untrusted certificate with a clear Vietnamese
// message, accepts a pinned key and refuses another one; a site file that switches verification off is
// obeyed only with a loud warning (sync state, --status JSON); a dossier goes out over https.
#include "core/Translations.h"
#include "sync/CurlTransport.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSiteSettings.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "tests/support/StoreFixture.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

// Runs openssl with these arguments in `dir`; its standard output, or nullopt on failure.
std::optional<QByteArray> openssl(const QString& dir, const QStringList& arguments)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStandardPaths::findExecutable(QStringLiteral("openssl")), arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << "openssl" << arguments << p.readAllStandardError();
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

std::optional<sync::HttpResponse> exchange(sync::HttpTransport& transport, const sync::HttpRequest& request)
{
    std::optional<sync::HttpResponse> answer;
    transport.send(request, nullptr, [&answer](const sync::HttpResponse& response) { answer = response; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        return std::nullopt;
    return answer;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_serverPin; // sha256//<base64> of the server's public key
    QString m_otherPin;
    std::unique_ptr<sync::CentralServer> m_central;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool makeKey(const QString& name)
    {
        return openssl(m_dir.path(),
            { QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-out"), name })
            .has_value();
    }
    QString pinOf(const QString& key)
    {
        const auto der = openssl(m_dir.path(),
            { QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout"), QStringLiteral("-outform"),
                QStringLiteral("DER") });
        return der ? QStringLiteral("sha256//")
                + QString::fromLatin1(QCryptographicHash::hash(*der, QCryptographicHash::Sha256).toBase64())
                   : QString();
    }
    sync::HttpRequest health() const
    {
        return sync::HttpRequest::get(QUrl(m_central->baseUrl() + QStringLiteral("/health")), 20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("vi")));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(), "the openssl command is needed");
        const QString dir = m_dir.path();
        QVERIFY(makeKey(QStringLiteral("ca.key")) && makeKey(QStringLiteral("server.key"))
            && makeKey(QStringLiteral("other.key")));
        QVERIFY(openssl(dir,
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=MotCua test CA") }));
        QVERIFY(openssl(dir,
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                QStringLiteral("other.key"), QStringLiteral("-out"), QStringLiteral("other.pem"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Another CA") }));
        QVERIFY(openssl(dir,
            { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), QStringLiteral("server.key"),
                QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1") }));
        QFile ext(path(QStringLiteral("ext.cnf")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
        ext.close();
        QVERIFY(openssl(dir,
            { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf") }));
        m_serverPin = pinOf(QStringLiteral("server.key"));
        m_otherPin = pinOf(QStringLiteral("other.key"));
        QVERIFY(!m_serverPin.isEmpty() && !m_otherPin.isEmpty() && m_serverPin != m_otherPin);

        sync::CentralServerOptions options;
        options.dataDir = path(QStringLiteral("central"));
        options.tlsCertificate = path(QStringLiteral("server.pem"));
        options.tlsKey = path(QStringLiteral("server.key"));
        m_central = std::make_unique<sync::CentralServer>(options);
        const Status started = m_central->start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        QVERIFY(m_central->baseUrl().startsWith(QLatin1String("https://127.0.0.1:")));
    }

    void rightAuthorityIsAccepted()
    {
        sync::CurlOptions options;
        options.caFile = path(QStringLiteral("ca.pem"));
        sync::CurlTransport curl(options);
        const auto answer = exchange(curl, health());
        QVERIFY(answer);
        QVERIFY2(answer->ok(), qPrintable(answer->errorDetail));
        QCOMPARE(answer->status, 200);
    }

    void untrustedCertificateIsRefusedInVietnamese()
    {
        for (const QString& ca : { path(QStringLiteral("other.pem")), QString() }) { // another CA; the system's
            sync::CurlOptions options;
            options.caFile = ca;
            sync::CurlTransport curl(options);
            const auto answer = exchange(curl, health());
            QVERIFY(answer);
            QCOMPARE(answer->error, sync::TransportError::Tls);
            QCOMPARE(answer->status, 0);
            QVERIFY2(answer->errorMessage.startsWith(QStringLiteral("Kết nối bảo mật tới 127.0.0.1")),
                qPrintable(answer->errorMessage));
            QVERIFY(answer->errorMessage.contains(QStringLiteral("không đáng tin cậy")));
        }
        // Plain http to the https server gets no answer either.
        sync::CurlTransport curl;
        QUrl plain(m_central->baseUrl());
        plain.setScheme(QStringLiteral("http"));
        plain.setPath(QStringLiteral("/health"));
        const auto answer = exchange(curl, sync::HttpRequest::get(plain, 5000));
        QVERIFY(answer);
        QVERIFY(answer->status != 200);
    }

    void pinnedKeyIsAcceptedAndAnotherRefused()
    {
        sync::CurlOptions options;
        options.caFile = path(QStringLiteral("ca.pem"));
        options.pinnedPublicKey = m_serverPin.toLatin1();
        sync::CurlTransport pinned(options);
        const auto accepted = exchange(pinned, health());
        QVERIFY(accepted);
        QVERIFY2(accepted->ok(), qPrintable(accepted->errorDetail));
        QCOMPARE(accepted->status, 200);

        options.pinnedPublicKey = m_otherPin.toLatin1(); // a trusted chain, but not the pinned key
        sync::CurlTransport wrongPin(options);
        const auto refused = exchange(wrongPin, health());
        QVERIFY(refused);
        QCOMPARE(refused->error, sync::TransportError::Tls);
        QVERIFY(refused->errorMessage.contains(QStringLiteral("không đáng tin cậy")));
    }

    void siteFileSettings()
    {
        SiteConfig site = SiteConfig::demo();
        site.centralUrl = QUrl(m_central->baseUrl());
        site.setSection(QStringLiteral("sync"),
            QJsonObject { { QStringLiteral("ca_file"), path(QStringLiteral("ca.pem")) },
                { QStringLiteral("pinned_public_key"), QJsonArray { m_otherPin, m_serverPin } },
                { QStringLiteral("proxy"), QStringLiteral("none") }, { QStringLiteral("connect_timeout_ms"), 5000 } });
        sync::SyncSettings settings;
        QVERIFY(sync::SyncSiteSettings::apply(site, settings));
        QCOMPARE(settings.central, site.centralUrl);
        QCOMPARE(settings.transport.caFile, path(QStringLiteral("ca.pem")));
        QCOMPARE(settings.transport.pinnedPublicKey, (m_otherPin + QLatin1Char(';') + m_serverPin).toLatin1());
        QVERIFY(settings.transport.noProxy);
        QCOMPARE(settings.transport.connectTimeoutMs, 5000);
        QVERIFY(!settings.transport.insecure);
        QVERIFY(settings.securityWarning.isEmpty());
        sync::CurlTransport curl(settings.transport); // one of the pins is the server's
        QCOMPARE(exchange(curl, health())->status, 200);

        site.setSection(QStringLiteral("sync"),
            QJsonObject { { QStringLiteral("pinned_public_key"), QStringLiteral("sha256//bm90IGEga2V5") } });
        const Status bad = sync::SyncSiteSettings::apply(site, settings);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("sync.pinned_public_key"));
        site.setSection(QStringLiteral("sync"), QJsonObject { { QStringLiteral("verify_tls"), QStringLiteral("no") } });
        QCOMPARE(sync::SyncSiteSettings::apply(site, settings).error().field, QStringLiteral("sync.verify_tls"));
    }

    void switchingVerificationOffIsNeverSilent()
    {
        SiteConfig site = SiteConfig::demo();
        site.centralUrl = QUrl(m_central->baseUrl());
        site.setSection(QStringLiteral("sync"), QJsonObject { { QStringLiteral("verify_tls"), false } });
        sync::SyncSettings settings;
        QVERIFY(sync::SyncSiteSettings::apply(site, settings));
        QVERIFY(settings.transport.insecure);
        QVERIFY(!settings.securityWarning.isEmpty());
        QVERIFY2(settings.securityWarning.contains(QStringLiteral("verify_tls")), qPrintable(settings.securityWarning));
        sync::CurlTransport curl(settings.transport); // obeyed: the untrusted server answers...
        QCOMPARE(exchange(curl, health())->status, 200);
        // ...and the warning is logged and travels in the state the status bar and --status show.
        QTest::ignoreMessage(QtWarningMsg, qPrintable(settings.securityWarning));
        sync::SyncEngine engine(settings);
        QCOMPARE(engine.state().securityWarning, settings.securityWarning);
        QCOMPARE(
            engine.state().toJson().value(QStringLiteral("security_warning")).toString(), settings.securityWarning);
        QVERIFY(!sync::SyncState().toJson().contains(QStringLiteral("security_warning")));
    }

    void dossierGoesOutOverHttps()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        const QString credential = m_central->state()
                                       ->addDesk(QStringLiteral("D01"), QStringLiteral("000.00.25.G14"))
                                       ->value(QStringLiteral("credential"))
                                       .toString();
        SiteConfig site = SiteConfig::demo();
        site.centralUrl = QUrl(m_central->baseUrl());
        site.setSection(QStringLiteral("sync"),
            QJsonObject { { QStringLiteral("ca_file"), path(QStringLiteral("ca.pem")) },
                { QStringLiteral("pinned_public_key"), m_serverPin } });
        sync::SyncSettings settings;
        QVERIFY(sync::SyncSiteSettings::apply(site, settings));
        settings.dbPath = f.dbPath();
        settings.credential = credential;
        sync::SyncEngine engine(settings);
        QSignalSpy finished(&engine, &sync::SyncEngine::roundFinished);
        engine.syncOnce();
        QVERIFY(!finished.isEmpty() || finished.wait(60000));
        const auto report = finished.first().first().value<sync::SyncRoundReport>();
        QVERIFY2(report.reachable && report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.pushed, qint64(1));
        QCOMPARE(m_central->state()->list()->first().toObject().value(QStringLiteral("code")).toString(), code);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "test_tls.moc"
