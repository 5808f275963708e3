// SyncEngine against the real reference central over loopback HTTP (libcurl): a received dossier
// reaches central once, a repeated batch makes no duplicate, a refused record is parked with its
// reason and goes out after the fix, a 401 signs in again, and at a 30% fault rate (503 answers,
// connections dropped before and after central stored the batch) every record arrives exactly once,
// never a progress record before its registration.
#include "core/store/RecordRules.h"
#include "sync/BackOff.h"
#include "sync/SyncEngine.h"
#include "sync/SyncThread.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "tests/support/FakeTransport.h"
#include "tests/support/StoreFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kAgency = QStringLiteral("000.00.25.G14"); // the demo site's

sync::SyncSettings settingsFor(const QString& dbPath, const QString& url, const QString& credential)
{
    sync::SyncSettings s;
    s.dbPath = dbPath;
    s.central = QUrl(url);
    s.credential = credential;
    s.batchSize = 50;
    s.retry = { 1, 8, 0.5 }; // milliseconds: the test waits on signals, never on a sleep
    s.onceAttempts = 10000;
    s.requestTimeoutMs = 10000;
    return s;
}

// Runs one round and returns its report.
sync::SyncRoundReport runOnce(sync::SyncEngine& engine)
{
    QSignalSpy finished(&engine, &sync::SyncEngine::roundFinished);
    engine.syncOnce();
    if (finished.isEmpty() && !finished.wait(120000))
        return { 0, 0, -1, -1, false, QStringLiteral("no round finished") };
    return finished.first().first().value<sync::SyncRoundReport>();
}

QString credential(sync::CentralServer& central, const QString& desk = QStringLiteral("D01"))
{
    return central.state()->addDesk(desk, kAgency).value().value(QStringLiteral("credential")).toString();
}

void handOver(StoreFixture& f, const QString& code)
{
    store::StepRequest r;
    r.step = workflow::Step::HandOver;
    r.unit = QStringLiteral("Phòng Cấp phép");
    QVERIFY(f.store->apply(f.clerk, code, r));
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void backOffGrowsWithJitterAndCap()
    {
        sync::BackOff b({ 100, 1000, 0.5 }, [] { return 0.5; });
        QList<int> delays;
        for (int i = 0; i < 6; ++i)
            delays << b.nextDelayMs();
        QCOMPARE(delays, (QList<int> { 75, 150, 300, 600, 750, 750 }));
        b.reset();
        QCOMPARE(b.nextDelayMs(), 75);
        sync::BackOff low({ 100, 1000, 0.5 }, [] { return 0.0; });
        QCOMPARE(low.nextDelayMs(), 50);
    }

    void dossierReachesCentralOnce()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        const QString code = f.receiveOne();
        handOver(f, code);
        const QString copy = f.dir.filePath(QStringLiteral("before-sync.db"));
        QVERIFY(f.store->backup(f.admin, copy)); // the same queue, for the repeat below

        sync::SyncEngine engine(settingsFor(f.dbPath(), central.baseUrl(), credential(central)));
        QSignalSpy states(&engine, &sync::SyncEngine::stateChanged);
        const auto report = runOnce(engine);
        QVERIFY2(report.reachable, qPrintable(report.error));
        QCOMPARE(report.pushed, qint64(2));
        QCOMPARE(report.pending, qint64(0));
        QCOMPARE(central.state()->recordCount(), qint64(2));
        const QJsonArray list = central.state()->list().value();
        QCOMPARE(list.size(), 1);
        const QJsonObject held = list.first().toObject();
        QCOMPARE(held.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(held.value(QStringLiteral("desk_id")).toString(), QStringLiteral("D01"));
        QCOMPARE(held.value(QStringLiteral("status")).toInt(), 4);
        QCOMPARE(held.value(QStringLiteral("history")).toArray().size(), 2);
        QVERIFY(engine.state().online);
        QVERIFY(engine.state().lastSuccessUtc.isValid());
        QVERIFY(engine.state().lastError.isEmpty());
        QVERIFY(!states.isEmpty());
        QCOMPARE(f.store->outboxCounts(f.admin)->pending, qint64(0));
        QCOMPARE(f.store->pendingOutbox(f.admin)->size(), 0);

        // The same batch again (a desk restored from the copy): central replays, keeps no duplicate.
        sync::SyncEngine again(settingsFor(copy, central.baseUrl(), credential(central, QStringLiteral("D01"))));
        const auto second = runOnce(again);
        QVERIFY2(second.reachable, qPrintable(second.error));
        QCOMPARE(second.pushed, qint64(2)); // acknowledged (replayed answers)...
        QCOMPARE(central.state()->recordCount(), qint64(2)); // ...and nothing new kept
        QCOMPARE(central.state()->list()->first().toObject().value(QStringLiteral("history")).toArray().size(), 2);
    }

    void refusedRecordIsParkedAndGoesOutAfterFix()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        SiteConfig site = SiteConfig::demo();
        site.setSection(QStringLiteral("national"),
            QJsonObject { { QStringLiteral("applicant_kinds"),
                QJsonObject { { QStringLiteral("citizen"), QStringLiteral("citizen") } } } });
        QVERIFY(f.store->setSite(site));
        const QString bad = f.receiveOne();
        handOver(f, bad); // held behind its parked registration
        QVERIFY(f.store->setSite(SiteConfig::demo()));
        const QString good
            = f.receiveOne(StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Lê Văn Bình")));

        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        sync::SyncEngine engine(settingsFor(f.dbPath(), central.baseUrl(), credential(central)));
        auto report = runOnce(engine);
        QVERIFY(report.reachable);
        QCOMPARE(report.pushed, qint64(1));
        QCOMPARE(report.parked, qint64(1));
        QCOMPARE(report.pending, qint64(2)); // the parked registration and its progress
        const sync::SyncState state = engine.state();
        QCOMPARE(state.parkedRecords.size(), 1);
        QCOMPARE(state.parkedRecords.first().code, bad);
        QCOMPARE(state.parkedRecords.first().service, QStringLiteral("DongBoHoSoMC"));
        QVERIFY2(state.parkedRecords.first().reason.startsWith(QStringLiteral("LoaiDoiTuong: ")),
            qPrintable(state.parkedRecords.first().reason));
        QCOMPARE(central.state()->list()->size(), 1);
        QCOMPARE(central.state()->outOfOrder(), qint64(0)); // the progress was never sent ahead

        // A retry without a fix changes nothing: parked records stay parked until released.
        QCOMPARE(runOnce(engine).parked, qint64(1));
        QCOMPARE(f.store->retryParked(f.admin).value(), 1); // rebuilt with the fixed site
        report = runOnce(engine);
        QCOMPARE(report.pushed, qint64(2));
        QCOMPARE(report.pending, qint64(0));
        QCOMPARE(report.parked, qint64(0));
        const QJsonArray list = central.state()->list().value();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue d : list) {
            const QJsonArray history = d.toObject().value(QStringLiteral("history")).toArray();
            QCOMPARE(
                history.first().toObject().value(QStringLiteral("service")).toString(), QStringLiteral("DongBoHoSoMC"));
        }
        QVERIFY(engine.state().parkedRecords.isEmpty());
        QVERIFY(engine.state().lastError.isEmpty());
    }

    void threadSyncsInTheBackground()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        f.receiveOne();
        auto settings = settingsFor(f.dbPath(), central.baseUrl(), credential(central));
        settings.pollIntervalMs = 20;
        sync::SyncThread worker(settings);
        QSignalSpy states(&worker, &sync::SyncThread::stateChanged);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(central.state()->recordCount() == 1 && worker.state().lastSuccessUtc.isValid()
                && worker.state().pending == 0,
            20000);
        QVERIFY(worker.state().online);
        // A dossier received while it runs goes out too (syncNow after the receipt).
        f.receiveOne(StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Lê Văn Bình")));
        worker.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(central.state()->recordCount(), qint64(2), 20000);
        QVERIFY(!states.isEmpty());
        // And one received without a nudge goes out at the next poll (the engine's timer runs in its thread).
        f.receiveOne(StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Phạm Thị Cúc")));
        QTRY_COMPARE_WITH_TIMEOUT(central.state()->recordCount(), qint64(3), 20000);
    }

    void unauthorisedSignsInAgain()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        FakeTransport transport;
        const QByteArray token = R"({"access_token":"t1","token_type":"Bearer","expires_in":900})";
        transport.respond(200, token);
        transport.respond(401, R"({"error":{"code":"token"}})");
        transport.respond(200, R"({"access_token":"t2","token_type":"Bearer","expires_in":900})");
        const QString key = f.store->pendingOutbox(f.admin)->first().key;
        transport.respond(200,
            QJsonDocument(QJsonObject { { QStringLiteral("results"),
                              QJsonArray { QJsonObject {
                                  { QStringLiteral("key"), key }, { QStringLiteral("status"), 201 } } } } })
                .toJson());
        transport.respond(200, R"({"changes":[],"cursor":0,"more":false})"); // the pull after the push
        sync::SyncEngine engine(
            settingsFor(f.dbPath(), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("D01.x")), &transport);
        const auto report = runOnce(engine);
        QVERIFY2(report.reachable, qPrintable(report.error));
        QCOMPARE(report.pushed, qint64(1));
        const auto& sent = transport.requests();
        QCOMPARE(sent.size(), 6); // token, batch (401), token, batch, the feed, the audit anchor
        QCOMPARE(sent[4].url.path(), QStringLiteral("/api/v1/changes"));
        QCOMPARE(sent[4].method, QByteArrayLiteral("GET"));
        QVERIFY(sent[4].headers.contains({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer t2") }));
        QCOMPARE(sent[5].url.path(), QStringLiteral("/api/v1/audit-anchors")); // unanswered here: not a failure
        QVERIFY(sent[0].url.path().endsWith(QStringLiteral("/api/v1/token")));
        QVERIFY(!sent[0].body.contains("Bearer"));
        QCOMPARE(sent[1].url.path(), QStringLiteral("/api/v1/records"));
        QVERIFY(sent[1].headers.contains({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer t1") }));
        QVERIFY(sent[3].headers.contains({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer t2") }));
        const QJsonObject batch = QJsonDocument::fromJson(sent[3].body).object();
        QCOMPARE(batch.value(QStringLiteral("records"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("idempotency_key"))
                     .toString(),
            key);
        QCOMPARE(f.store->dossier(f.clerk, code)->code, code);
    }

    void unreachableCentralLosesNothing()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        f.receiveOne();
        FakeTransport transport; // every request: connection refused
        auto settings = settingsFor(f.dbPath(), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("D01.x"));
        settings.onceAttempts = 3;
        sync::SyncEngine engine(settings, &transport);
        const auto report = runOnce(engine);
        QVERIFY(!report.reachable);
        QCOMPARE(report.pending, qint64(1));
        QVERIFY(!engine.state().online);
        QVERIFY(!engine.state().lastError.isEmpty());
        QCOMPARE(f.store->outboxCounts(f.admin)->pending, qint64(1));
    }

    void chaosDeliversEachRecordExactlyOnce()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        constexpr int kDossiers = 200;
        QVERIFY(f.store->beginBatch());
        QStringList codes;
        for (int i = 0; i < kDossiers; ++i) {
            codes << f.receiveOne(
                StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Người Thứ %1").arg(i)));
            if (i % 2 == 0)
                handOver(f, codes.last());
        }
        QVERIFY(f.store->commitBatch());
        const qint64 queued = f.store->outboxCounts(f.admin)->pending;
        QCOMPARE(queued, qint64(kDossiers + kDossiers / 2));

        sync::CentralServer central({ QHostAddress::LocalHost, 0, {}, 0.3, 20261203 });
        QVERIFY(central.start().ok());
        auto settings = settingsFor(f.dbPath(), central.baseUrl(), credential(central));
        settings.batchSize = 16;
        sync::SyncEngine engine(settings);
        engine.setRandom([] { return 0.5; });
        const auto report = runOnce(engine);
        QVERIFY2(report.reachable, qPrintable(report.error));
        QCOMPARE(report.pending, qint64(0));
        QVERIFY(report.pushed >= queued); // replays after dropped answers count too
        QCOMPARE(central.state()->recordCount(), queued);
        QCOMPARE(central.state()->outOfOrder(), qint64(0));
        const QJsonArray list = central.state()->list().value();
        QCOMPARE(list.size(), kDossiers);
        for (const QJsonValue d : list) {
            const QJsonArray history = d.toObject().value(QStringLiteral("history")).toArray();
            QVERIFY(history.size() == 1 || history.size() == 2);
            QCOMPARE(
                history.first().toObject().value(QStringLiteral("service")).toString(), QStringLiteral("DongBoHoSoMC"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_syncengine.moc"
