// What the sync chaos test (tests/crash/crash-sync.sh) found, kept as regression tests against the
// reference central in-process: its --fault-rate covers the tus uploads too (503 before the work, and
// 503 after it, as if the answer was lost), and one `sync --once` round at a 30 % fault rate delivers
// dossiers with many files, because the engine counts failures since its last progress, not since the
// round began (it used to give up after six failures, and to back off to its 60 s ceiling while files
// kept arriving); a batch's records go out as soon as their files are up, not after the files of every
// record of the batch (a sync process killed every few seconds delivered files but no record). Also: the
// site file's sync section sets the back-off (retry_base_ms, retry_max_ms).
#include "core/SiteConfig.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSiteSettings.h"
#include "sync/central/CentralFiles.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/TusEndpoint.h"
#include "tests/support/StoreFixture.h"
#include "tests/sync/TusTestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

class TestSyncChaos : public QObject
{
    Q_OBJECT

    static sync::SyncRoundReport runOnce(sync::SyncEngine& engine)
    {
        QSignalSpy finished(&engine, &sync::SyncEngine::roundFinished);
        engine.syncOnce();
        if (finished.isEmpty() && !finished.wait(120000))
            return { 0, 0, -1, -1, false, QStringLiteral("no round finished") };
        return finished.first().first().value<sync::SyncRoundReport>();
    }

    static Result<SiteConfig> demoWithSync(const QJsonObject& section)
    {
        QFile demo(QStringLiteral(":/demo/site.json"));
        if (!demo.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("site"), QStringLiteral("no demo site"));
        QJsonObject json = QJsonDocument::fromJson(demo.readAll()).object();
        json.insert(QStringLiteral("sync"), section);
        return SiteConfig::fromJson(json);
    }

private slots:
    void oneRoundDeliversFilesThroughFaults()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QTemporaryDir centralDir;
        const QString centralData = centralDir.filePath(QStringLiteral("central"));
        sync::CentralServer central({ QHostAddress::LocalHost, 0, centralData, 0.3, 20261204 });
        QVERIFY(central.start().ok());
        const QString credential = central.state()
                                       ->addDesk(QStringLiteral("D01"), QStringLiteral("000.00.25.G14"))
                                       ->value(QStringLiteral("credential"))
                                       .toString();
        constexpr int kDossiers = 30;
        QHash<QString, QByteArray> contents; // sha256 -> bytes
        for (int i = 0; i < kDossiers; ++i) {
            dossier::IntakeRequest r
                = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Người Thứ %1").arg(i));
            QStringList paths;
            for (int p = 0; p < 2; ++p) {
                const QByteArray bytes = QByteArray("%PDF-1.4 page ") + QByteArray::number(i * 10 + p);
                const QString path = f.dir.filePath(QStringLiteral("scan-%1-%2.pdf").arg(i).arg(p));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
                contents.insert(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), bytes);
                paths << path;
            }
            r.documents << dossier::IntakeDocument { QStringLiteral("new-application-form"), 1, 0, 0, paths };
            QVERIFY(!f.receiveOne(r).isEmpty());
        }

        sync::SyncSettings s;
        s.dbPath = f.dbPath();
        s.central = QUrl(central.baseUrl());
        s.credential = credential;
        s.retry = { 1, 8, 0.5 }; // onceAttempts stays at its default: six failures in a row
        sync::SyncEngine engine(s);
        engine.setRandom([] { return 0.5; });
        const auto report = runOnce(engine);
        QVERIFY2(report.reachable && report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.pending, qint64(0));
        QCOMPARE(central.state()->recordCount(), qint64(kDossiers));

        const sync::TusFileStore files(sync::TusEndpoint::filesFolder(centralData));
        const QJsonArray list = sync::CentralFiles::withFileStatus(central.state()->list().value(), files);
        QCOMPARE(list.size(), kDossiers);
        for (const QJsonValue d : list) {
            QVERIFY(d.toObject().value(QStringLiteral("complete")).toBool());
            for (const QJsonValue file : d.toObject().value(QStringLiteral("files")).toArray()) {
                const QByteArray sha = file.toObject().value(QStringLiteral("sha256")).toString().toLatin1();
                const auto held = files.completedBySha256(sha);
                QVERIFY(held);
                QFile bytes(files.bytesPath(held->id));
                QVERIFY(bytes.open(QIODevice::ReadOnly));
                QCOMPARE(bytes.readAll(), contents.value(sha)); // the desk's bytes, whole, at central
            }
        }
    }

    void recordsGoOutBeforeEveryFileOfTheBatchIsUp()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QTemporaryDir centralDir;
        sync::CentralServer central({ QHostAddress::LocalHost, 0, centralDir.filePath(QStringLiteral("central")) });
        QVERIFY(central.start().ok());
        const QString credential = central.state()
                                       ->addDesk(QStringLiteral("D01"), QStringLiteral("000.00.25.G14"))
                                       ->value(QStringLiteral("credential"))
                                       .toString();
        for (int i = 0; i < 10; ++i) { // 10 records of two files each: one batch of records, 20 files
            dossier::IntakeRequest r
                = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Người Thứ %1").arg(i));
            QStringList paths;
            for (int p = 0; p < 2; ++p) {
                const QString path = f.dir.filePath(QStringLiteral("scan-%1-%2.pdf").arg(i).arg(p));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly) && out.write(QByteArray("%PDF ") + path.toUtf8()) > 0);
                paths << path;
            }
            r.documents << dossier::IntakeDocument { QStringLiteral("new-application-form"), 1, 0, 0, paths };
            QVERIFY(!f.receiveOne(r).isEmpty());
        }
        sync::CurlTransport curl;
        HookTransport transport(curl);
        int patches = 0;
        transport.setHook([&patches](sync::HttpRequest& sent) -> std::optional<sync::HttpResponse> {
            if (sent.method != "PATCH" || ++patches <= 9)
                return std::nullopt;
            sync::HttpResponse dropped; // after nine files the process "dies": nothing gets through
            dropped.error = sync::TransportError::ConnectionLost;
            dropped.errorMessage = QStringLiteral("cut");
            return dropped;
        });
        sync::SyncSettings s;
        s.dbPath = f.dbPath();
        s.central = QUrl(central.baseUrl());
        s.credential = credential;
        s.retry = { 1, 8, 0.5 };
        s.onceAttempts = 2;
        s.filesPerBatch = 4;
        sync::SyncEngine engine(s, &transport);
        const auto report = runOnce(engine);
        QCOMPARE(report.error, QStringLiteral("cut"));
        // Nine files made it: the records whose files were all up went out with them (two batches of
        // two records, four files each), not after the twentieth file.
        QCOMPARE(central.state()->recordCount(), qint64(4));
        QCOMPARE(report.pushed, qint64(4));
    }

    void tusEndpointTakesPartInTheFaults()
    {
        QTemporaryDir centralDir;
        sync::CentralServer central(
            { QHostAddress::LocalHost, 0, centralDir.filePath(QStringLiteral("central")), 1.0, 7 });
        QVERIFY(central.start().ok());
        const QString credential = central.state()
                                       ->addDesk(QStringLiteral("D01"), QStringLiteral("000.00.25.G14"))
                                       ->value(QStringLiteral("credential"))
                                       .toString();
        const QByteArray token = central.state()->issueToken(credential, 900)->toLatin1();
        sync::CurlTransport transport;
        sync::HttpRequest r;
        r.method = QByteArrayLiteral("POST");
        r.url = QUrl(central.baseUrl() + QStringLiteral("/files/"));
        r.headers = { { "Tus-Resumable", "1.0.0" }, { "Authorization", "Bearer " + token }, { "Upload-Length", "3" },
            { "Upload-Metadata", "sha256 " + QByteArray(64, 'a').toBase64() } };
        QEventLoop loop;
        sync::HttpResponse answer;
        transport.send(r, &loop, [&](const sync::HttpResponse& response) {
            answer = response;
            loop.quit();
        });
        loop.exec();
        QVERIFY(answer.ok());
        QCOMPARE(answer.status, 503); // every request fails at rate 1
    }

    void backOffFromTheSiteFile()
    {
        auto site = demoWithSync(
            QJsonObject { { QStringLiteral("retry_base_ms"), 50 }, { QStringLiteral("retry_max_ms"), 2000 } });
        QVERIFY2(site, qPrintable(site ? QString() : site.error().message));
        sync::SyncSettings s;
        QVERIFY(sync::SyncSiteSettings::apply(site.value(), s));
        QCOMPARE(s.retry.baseMs, 50);
        QCOMPARE(s.retry.maxMs, 2000);
        sync::SyncSettings defaults;
        QVERIFY(sync::SyncSiteSettings::apply(SiteConfig::demo(), defaults));
        QCOMPARE(defaults.retry.baseMs, 500);
        QCOMPARE(defaults.retry.maxMs, 60000);

        auto bad = demoWithSync(QJsonObject { { QStringLiteral("retry_base_ms"), 0 } });
        QVERIFY(bad);
        const Status refused = sync::SyncSiteSettings::apply(bad.value(), s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("sync.retry_base_ms"));
    }
};

QTEST_GUILESS_MAIN(TestSyncChaos)
#include "test_syncchaos.moc"
