// Code blocks leased from central (issue 15), over loopback HTTP against the reference central: desks of
// one agency leasing many blocks at once (two desks on threads of their own over HTTP, and a second
// central process on the same data folder) never get overlapping numbers; the sync engine leases ahead of
// need and receiving issues the leased numbers first; a registration whose code lies outside every block
// leased to the desk and outside its static slice is refused at central and parked at the desk with the
// field and the reason; offline, the desk falls back to its static slice and central accepts those codes.
#include "core/domain/DossierCode.h"
#include "sync/CurlTransport.h"
#include "sync/SyncEngine.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/CodeBlocks.h"
#include "tests/support/StoreFixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <atomic>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kAgency = QStringLiteral("000.00.25.G14"); // the demo site's
const QString kDay = QStringLiteral("250312"); // the fixed clock's day

struct Block {
    QString who;
    int first = 0;
    int last = 0;
};

sync::SyncSettings settingsFor(const QString& dbPath, const QString& url, const QString& credential)
{
    sync::SyncSettings s;
    s.dbPath = dbPath;
    s.central = QUrl(url);
    s.credential = credential;
    s.retry = { 1, 8, 0.5 };
    s.onceAttempts = 3;
    s.codeLease.enabled = true;
    s.codeLease.agency = kAgency;
    s.codeLease.staticFirst = 1;
    s.codeLease.staticLast = 2000;
    s.codeLease.size = 2;
    s.codeLease.lowWater = 1;
    return s;
}

sync::SyncRoundReport round(sync::SyncEngine& engine)
{
    QSignalSpy finished(&engine, &sync::SyncEngine::roundFinished);
    engine.syncOnce();
    if (finished.isEmpty() && !finished.wait(120000))
        return { 0, 0, -1, -1, false, QStringLiteral("no round finished") };
    return finished.first().first().value<sync::SyncRoundReport>();
}

QString credentialFor(sync::CentralServer& central, const QString& desk)
{
    return central.state()->addDesk(desk, kAgency).value().value(QStringLiteral("credential")).toString();
}

// `count` lease requests in a row from a thread of its own (its own libcurl transport and event loop).
void leaseOverHttp(const QString& url, const QString& token, int count, QList<Block>& out, QMutex& lock)
{
    sync::CurlTransport transport;
    for (int i = 0; i < count; ++i) {
        sync::HttpRequest r;
        r.method = QByteArrayLiteral("POST");
        r.url = QUrl(url + QStringLiteral("/api/v1/code-blocks"));
        r.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
            { QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1() } };
        r.body = QJsonDocument(QJsonObject { { QStringLiteral("agency"), kAgency }, { QStringLiteral("day"), kDay },
                                   { QStringLiteral("size"), 7 } })
                     .toJson(QJsonDocument::Compact);
        r.timeoutMs = 60000;
        QEventLoop loop;
        sync::HttpResponse answer;
        transport.send(r, &loop, [&](const sync::HttpResponse& response) {
            answer = response;
            loop.quit();
        });
        loop.exec();
        const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
        QMutexLocker locker(&lock);
        out << Block { token.left(6), answer.status == 201 ? o.value(QStringLiteral("first")).toInt() : -answer.status,
            o.value(QStringLiteral("last")).toInt() };
    }
}

} // namespace

class TestCodeBlocks : public QObject
{
    Q_OBJECT

private slots:
    void concurrentLeasesNeverOverlap()
    {
        MockClock clock { QDate(2025, 3, 12), QTime(9, 5) };
        QTemporaryDir dir;
        sync::CentralServerOptions options;
        options.dataDir = dir.path();
        sync::CentralServer central(options);
        QVERIFY(central.start().ok());
        const QString tokenA = central.state()->issueToken(credentialFor(central, QStringLiteral("D01")), 900).value();
        const QString tokenB = central.state()->issueToken(credentialFor(central, QStringLiteral("D02")), 900).value();
        constexpr int kEach = 60;
        QList<Block> blocks;
        QMutex lock;
        std::atomic<int> finished = 0;
        QList<QThread*> threads;
        for (const QString& token : { tokenA, tokenB })
            threads << QThread::create([&, token] {
                leaseOverHttp(central.baseUrl(), token, kEach, blocks, lock);
                ++finished;
            });
        // A second central process on the same data folder leases at the same time, straight into the file.
        threads << QThread::create([&] {
            auto other = sync::CentralState::open(dir.path());
            if (!other)
                return;
            for (int i = 0; i < kEach; ++i) {
                auto b = sync::CodeBlocks(*other.value()).lease(QStringLiteral("D01"), kAgency, kDay, 5);
                QMutexLocker locker(&lock);
                blocks << Block { QStringLiteral("file"), b ? b->value(QStringLiteral("first")).toInt() : -1,
                    b ? b->value(QStringLiteral("last")).toInt() : 0 };
            }
            ++finished;
        });
        for (QThread* t : threads)
            t->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.load(), 3, 120000); // the server answers on this thread meanwhile
        for (QThread* t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(blocks.size(), 3 * kEach);
        std::sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) { return a.first < b.first; });
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            QVERIFY2(blocks[i].first >= sync::CodeBlocks::kLeaseFirst, qPrintable(blocks[i].who));
            QVERIFY(blocks[i].last >= blocks[i].first && blocks[i].last <= sync::CodeBlocks::kLeaseLast);
            if (i > 0)
                QVERIFY2(blocks[i].first > blocks[i - 1].last,
                    qPrintable(QStringLiteral("%1-%2 overlaps %3-%4")
                                   .arg(blocks[i - 1].first)
                                   .arg(blocks[i - 1].last)
                                   .arg(blocks[i].first)
                                   .arg(blocks[i].last)));
        }
        QCOMPARE(blocks.first().first, sync::CodeBlocks::kLeaseFirst);
        QCOMPARE(blocks.last().last, sync::CodeBlocks::kLeaseFirst + 2 * kEach * 7 + kEach * 5 - 1); // no gaps either
        const QJsonObject overview = sync::CodeBlocks(*central.state()).overview(kAgency).value();
        QCOMPARE(overview.value(QStringLiteral("blocks")).toArray().size(), 3 * kEach);
    }

    void slicesOfOneAgencyMustNotOverlap()
    {
        MockClock clock { QDate(2025, 3, 12), QTime(9, 5) };
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        credentialFor(central, QStringLiteral("D01"));
        credentialFor(central, QStringLiteral("D02"));
        sync::CodeBlocks blocks(*central.state());
        QVERIFY(blocks.registerSlice(QStringLiteral("D01"), 1, 2000));
        QVERIFY(blocks.registerSlice(QStringLiteral("D01"), 1, 2000)); // the same again: fine
        const auto overlap = blocks.registerSlice(QStringLiteral("D02"), 1500, 3000);
        QVERIFY(!overlap);
        QCOMPARE(overlap.error().code, QStringLiteral("slice_overlap"));
        QCOMPARE(overlap.error().field, QStringLiteral("codes"));
        QCOMPARE(blocks.registerSlice(QStringLiteral("D02"), 4000, 6000).error().code, QStringLiteral("slice_outside"));
        QVERIFY(blocks.registerSlice(QStringLiteral("D02"), 2001, 4000));
        QCOMPARE(blocks.lease(QStringLiteral("D02"), QStringLiteral("000.00.26.G14"), kDay, 10).error().field,
            QStringLiteral("agency"));
        QCOMPARE(blocks.lease(QStringLiteral("D02"), kAgency, QStringLiteral("250101"), 10).error().field,
            QStringLiteral("day"));
    }

    void codeOutsideEveryBlockIsRefusedAndParked()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        sync::SyncEngine engine(
            settingsFor(f.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D01"))));
        QVERIFY(round(engine).reachable); // leases 5001-5002 ahead of need, registers the slice 0001-2000
        const auto leases = f.store->codeLeases(f.admin).value();
        QCOMPARE(leases.size(), 1);
        QCOMPARE(leases.first().first, 5001);
        QCOMPARE(leases.first().last, 5002);

        const QString a = f.receiveOne();
        const QString b = f.receiveOne();
        QCOMPARE(DossierCode::parse(a)->sequence, 5001); // the leased block first
        QCOMPARE(DossierCode::parse(b)->sequence, 5002);
        QCOMPARE(f.store->codeLeases(f.admin)->first().left(), 0);
        // A desk whose counter went past its registered slice (a site file edited without telling central):
        // its next code, 2001, is in no block and outside the slice.
        QCOMPARE(sqlite3_exec(f.store->handle(),
                     "INSERT INTO code_counters(agency, day, last) VALUES('000.00.25.G14', "
                     "'250312', 2000)",
                     nullptr, nullptr, nullptr),
            SQLITE_OK);
        const QString outside = f.receiveOne();
        QCOMPARE(DossierCode::parse(outside)->sequence, 2001);

        const auto report = round(engine);
        QVERIFY2(report.reachable, qPrintable(report.error));
        QCOMPARE(report.parkedNow, qint64(1));
        const auto parked = f.store->parkedOutbox(f.admin).value();
        QCOMPARE(parked.size(), 1);
        QCOMPARE(parked.first().dossierCode, outside);
        QVERIFY2(parked.first().lastError.startsWith(QStringLiteral("MaHoSo: ")), qPrintable(parked.first().lastError));
        QVERIFY(parked.first().lastError.contains(QStringLiteral("2001")));
        QStringList atCentral;
        const QJsonArray list = central.state()->list().value();
        for (const QJsonValue d : list)
            atCentral << d.toObject().value(QStringLiteral("code")).toString();
        QVERIFY(atCentral.contains(a) && atCentral.contains(b));
        QVERIFY(!atCentral.contains(outside));
        // The round leased the next block ahead of need (none was left).
        QCOMPARE(f.store->leasedCodesLeft(f.admin, kAgency, kDay).value(), 2);
    }

    void offlineFallsBackToTheStaticSlice()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        { // central unreachable: no lease, receiving goes on with the static slice
            sync::SyncEngine offline(
                settingsFor(f.dbPath(), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("D01.x")));
            QVERIFY(!round(offline).reachable);
        }
        const QString a = f.receiveOne();
        const QString b = f.receiveOne();
        QCOMPARE(DossierCode::parse(a)->sequence, 1);
        QCOMPARE(DossierCode::parse(b)->sequence, 2);

        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        sync::SyncEngine engine(
            settingsFor(f.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D01"))));
        const auto report = round(engine);
        QVERIFY2(report.reachable, qPrintable(report.error));
        QCOMPARE(report.pushed, qint64(2)); // the static slice's codes are accepted
        QCOMPARE(report.parked, qint64(0));
        QCOMPARE(central.state()->list().value().size(), 2);
        QCOMPARE(DossierCode::parse(f.receiveOne())->sequence, 5001); // online again: the leased block
    }
};

QTEST_GUILESS_MAIN(TestCodeBlocks)
#include "test_codeblocks.moc"
