// Store::inState: the desk's queues (waiting for hand-over, ready for return), newest first, limited,
// and only for roles that may search.
#include "tests/support/StoreFixture.h"

#include "core/Translations.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::test;

class TestQueues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void listsTheDossiersInAState()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString first = f.receiveOne();
        f.clock.advanceSecs(60);
        const QString second = f.receiveOne();
        f.clock.advanceSecs(60);
        const QString third = f.receiveOne();
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
        for (const QString& code : { first, third }) {
            store::StepRequest hand;
            hand.step = workflow::Step::HandOver;
            QVERIFY(f.store->apply(f.clerk, code, hand));
        }
        store::StepRequest ready;
        ready.step = workflow::Step::MarkResultReady;
        QVERIFY(f.store->apply(f.clerk, third, ready));

        auto waiting = f.store->inState(f.clerk, workflow::State::Received);
        QVERIFY(waiting);
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->first().code, second);
        QCOMPARE(waiting->first().state, QStringLiteral("received"));
        auto readyList = f.store->inState(f.clerk, workflow::State::ResultReady);
        QVERIFY(readyList);
        QCOMPARE(readyList->size(), 1);
        QCOMPARE(readyList->first().code, third);
        QCOMPARE(readyList->first().applicantName, QStringLiteral("Nguyễn Văn An"));
        auto processing = f.store->inState(f.clerk, workflow::State::Processing);
        QVERIFY(processing);
        QCOMPARE(processing->size(), 1);
        QCOMPARE(processing->first().code, first);
        QCOMPARE(f.store->inState(f.clerk, workflow::State::Returned)->size(), 0);

        auto denied = f.store->inState(f.admin, workflow::State::Received);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, QStringLiteral("permission_denied"));
    }
};

QTEST_GUILESS_MAIN(TestQueues)
#include "test_queues.moc"
