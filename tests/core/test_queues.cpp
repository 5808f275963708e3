// Store::inState: the desk's queues (waiting for hand-over, ready for return), newest first, and only
// for roles that may search; a supplement received with the added papers' files keeps them as one more
// document of the dossier and resumes the clock.
#include "tests/support/StoreFixture.h"

#include "core/Translations.h"

#include <QDir>
#include <QFile>
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

    void supplementReceivedKeepsTheAddedPapers()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        QVERIFY(!code.isEmpty());
        store::StepRequest hand;
        hand.step = workflow::Step::HandOver;
        QVERIFY(f.store->apply(f.clerk, code, hand));
        store::StepRequest ask;
        ask.step = workflow::Step::RequestSupplement;
        ask.reason = QStringLiteral("Thiếu bản sao giấy phép");
        QVERIFY(f.store->apply(f.clerk, code, ask));
        QCOMPARE(f.store->inState(f.clerk, workflow::State::SupplementRequested)->size(), 1);

        const QString paper = f.dir.filePath(QStringLiteral("giay-phep.pdf"));
        QFile file(paper);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 bổ sung");
        file.close();
        f.clock.advanceDays(2);
        store::StepRequest back;
        back.step = workflow::Step::SupplementReceived;
        back.files = QStringList { paper };
        auto after = f.store->apply(f.clerk, code, back);
        QVERIFY2(after, after ? "" : qPrintable(after.error().message));
        QCOMPARE(after->state, workflow::State::Processing);
        QVERIFY(after->supplements.last().receivedAtUtc.isValid());
        QVERIFY(after->pauses.last().toUtc.isValid());
        const dossier::Document& added = after->documents.last();
        QCOMPARE(added.componentId, QStringLiteral("supplement-1"));
        QCOMPARE(added.files.size(), 1);
        QCOMPARE(added.files.first().name, QStringLiteral("giay-phep.pdf"));
        QVERIFY(QFile::exists(QDir(f.store->dataDir()).filePath(added.files.first().path)));

        // A file that is not there (not a regular file) refuses the step and leaves the dossier waiting.
        QVERIFY(f.store->apply(f.clerk, code, ask));
        back.files = QStringList { f.dir.filePath(QStringLiteral("missing.pdf")) };
        auto refused = f.store->apply(f.clerk, code, back);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("file_not_regular"));
        QCOMPARE(f.store->dossier(f.clerk, code)->state, workflow::State::SupplementRequested);
    }
};

QTEST_GUILESS_MAIN(TestQueues)
#include "test_queues.moc"
