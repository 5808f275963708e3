// StoreWorker: jobs run on its own thread, one at a time and in order; answers come back on the GUI
// thread with the id the request returned; a destroyed context gets no answer; a cancelled request
// never runs; destroying the worker drops the jobs still queued.
#include "tests/support/StoreFixture.h"

#include "ui/StoreWorker.h"

#include <QSemaphore>
#include <QtTest>

#include <atomic>

using namespace motcua;
using namespace motcua::test;

class TestStoreWorker : public QObject
{
    Q_OBJECT

    static std::unique_ptr<ui::StoreWorker> workerFor(const StoreFixture& f)
    {
        auto opened = store::Store::open(f.dbPath());
        return opened ? std::make_unique<ui::StoreWorker>(std::move(opened.value())) : nullptr;
    }

private Q_SLOTS:
    void jobsRunOffTheGuiThreadInOrder()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto worker = workerFor(f);
        QVERIFY(worker);
        QThread* const gui = QThread::currentThread();
        QList<quint64> answered;
        QList<int> values;
        QList<quint64> asked;
        for (int i = 0; i < 5; ++i) {
            asked << worker->run(
                this,
                [i, gui](store::Store& s) {
                    // On the worker thread, with the worker's own connection.
                    return QThread::currentThread() != gui && s.path().endsWith(QLatin1String("motcua.db")) ? i : -1;
                },
                [&, gui](quint64 id, int value) {
                    QCOMPARE(QThread::currentThread(), gui);
                    answered << id;
                    values << value;
                });
        }
        QTRY_COMPARE(answered.size(), 5);
        QCOMPARE(answered, asked);
        QCOMPARE(values, (QList<int> { 0, 1, 2, 3, 4 }));
    }

    void typedRequestsAnswer()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto received = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(received);
        auto worker = workerFor(f);
        QVERIFY(worker);
        std::optional<Result<store::Actor>> actor;
        std::optional<Result<dossier::Dossier>> loaded;
        worker->authenticate(this, QStringLiteral("clerk"), kTestPassword, [&](quint64, auto a) { actor = a; });
        worker->dossier(this, f.clerk, received->code, [&](quint64, auto d) { loaded = d; });
        QTRY_VERIFY(actor && loaded);
        QVERIFY(actor->ok());
        QCOMPARE(actor->value().login, QStringLiteral("clerk"));
        QVERIFY(loaded->ok());
        QCOMPARE(loaded->value().code, received->code);
    }

    void destroyedContextGetsNoAnswer()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto worker = workerFor(f);
        QVERIFY(worker);
        bool called = false;
        bool last = false;
        auto* context = new QObject;
        worker->run(
            context, [](store::Store&) { return 1; }, [&](quint64, int) { called = true; });
        delete context;
        worker->run(
            nullptr, [](store::Store&) { return 2; }, [&](quint64, int) { last = true; });
        QTRY_VERIFY(last); // answers come in order: the first one has been dropped by now
        QVERIFY(!called);
    }

    void cancelledRequestNeverRuns()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto worker = workerFor(f);
        QVERIFY(worker);
        QSemaphore started, gate;
        const quint64 blocker = worker->run(
            nullptr,
            [&](store::Store&) {
                started.release();
                gate.acquire();
                return 0;
            },
            [](quint64, int) {});
        QVERIFY(started.tryAcquire(1, 10000));
        std::atomic<bool> staleRan { false };
        bool staleAnswered = false;
        bool latestAnswered = false;
        const quint64 stale = worker->run(
            nullptr,
            [&](store::Store&) {
                staleRan = true;
                return 1;
            },
            [&](quint64, int) { staleAnswered = true; });
        worker->run(
            nullptr, [](store::Store&) { return 2; }, [&](quint64, int) { latestAnswered = true; });
        worker->cancel(stale);
        worker->cancel(blocker); // already running: finishes anyway
        gate.release();
        QTRY_VERIFY(latestAnswered);
        QVERIFY(!staleRan);
        QVERIFY(!staleAnswered);
    }

    void destroyingTheWorkerDropsQueuedJobs()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto worker = workerFor(f);
        QVERIFY(worker);
        QSemaphore started;
        std::atomic<int> ran { 0 };
        bool answered = false;
        // A long job that stops when asked (the window closing).
        worker->run(
            nullptr,
            [&](store::Store&) {
                started.release();
                while (!QThread::currentThread()->isInterruptionRequested())
                    QThread::yieldCurrentThread();
                return ++ran;
            },
            [&](quint64, int) { answered = true; });
        worker->run(
            nullptr, [&](store::Store&) { return ++ran; }, [&](quint64, int) { answered = true; });
        QVERIFY(started.tryAcquire(1, 10000));
        worker.reset(); // asks the running job to stop and waits for it; the queued one never runs
        QCoreApplication::processEvents();
        QCOMPARE(ran.load(), 1);
        QVERIFY(!answered);
    }
};

QTEST_MAIN(TestStoreWorker)
#include "test_storeworker.moc"
