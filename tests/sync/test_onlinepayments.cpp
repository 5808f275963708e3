// Online payments end to end over loopback HTTP (issue 15): a payment central records for an open fee
// notice reaches the desk with the next sync round. One that equals what is due is recorded through the
// payment step as "@central" (method transfer): the dossier leaves the payment pause and its clock resumes,
// with history and audit rows and the transaction id kept. One that differs is flagged: recorded as
// received, a history row and an audit row, outcome "mismatch" in the feed status, in the day's
// fee-mismatch list, and the clock stays paused. A payment for a code without an open notice is refused
// at central; a repeated transaction id is taken once.
#include "sync/SyncEngine.h"
#include "sync/central/CentralPayments.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/ChangeFeed.h"
#include "tests/support/StoreFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;
using namespace motcua::test;
using workflow::State;

namespace {

const QString kAgency = QStringLiteral("000.00.25.G14"); // the demo site's
const QString kUnit = QStringLiteral("Phòng Cấp phép");

sync::SyncSettings settingsFor(const QString& dbPath, const QString& url, const QString& credential)
{
    sync::SyncSettings s;
    s.dbPath = dbPath;
    s.central = QUrl(url);
    s.credential = credential;
    s.retry = { 1, 8, 0.5 };
    s.onceAttempts = 10000;
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

int auditRows(store::Store& s, const char* action, const QString& code)
{
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(s.handle(),
            "SELECT count(*) FROM audit_log WHERE actor = '@central' AND action = ?1 AND entity_id = ?2", -1, &q,
            nullptr)
        != SQLITE_OK)
        return -1;
    sqlite3_bind_text(q, 1, action, -1, SQLITE_STATIC);
    const QByteArray c = code.toUtf8();
    sqlite3_bind_text(q, 2, c.constData(), -1, SQLITE_STATIC);
    const int n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_finalize(q);
    return n;
}

sync::OnlinePayment payment(const QString& code, qint64 amount, const QString& txn, const QString& channel)
{
    sync::OnlinePayment p;
    p.code = code;
    p.amountVnd = amount;
    p.txnId = txn;
    p.channel = channel;
    p.paidAtUtc = QDateTime(QDate(2025, 3, 12), QTime(2, 0), Qt::UTC);
    return p;
}

QJsonObject onlineEntry(const dossier::Dossier& d)
{
    return d.extra.value(QStringLiteral("online_payments")).toArray().last().toObject();
}

} // namespace

class TestOnlinePayments : public QObject
{
    Q_OBJECT

private slots:
    void paymentsReachTheDesk()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QStringList codes;
        for (int i = 0; i < 3; ++i) {
            codes << f.receiveOne(
                StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Người Số %1").arg(i)));
            store::StepRequest r;
            r.step = workflow::Step::HandOver;
            r.unit = kUnit;
            QVERIFY(f.store->apply(f.clerk, codes.last(), r));
        }
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        const QString credential = central.state()
                                       ->addDesk(QStringLiteral("D01"), kAgency)
                                       .value()
                                       .value(QStringLiteral("credential"))
                                       .toString();
        sync::SyncEngine engine(settingsFor(f.dbPath(), central.baseUrl(), credential));
        QVERIFY(round(engine).reachable);
        for (const QString& code : codes.first(2))
            QVERIFY(central.feed()->unitChange(QStringLiteral("fee_notice"), code,
                { { QStringLiteral("amount_vnd"), 150000 }, { QStringLiteral("number"), QStringLiteral("797/26") } },
                kUnit));
        QVERIFY(round(engine).reachable);
        QCOMPARE(f.store->dossier(f.clerk, codes[0])->state, State::AwaitingPayment);

        sync::CentralPayments payments(*central.state());
        const auto paid
            = payments.record(payment(codes[0], 150000, QStringLiteral("VQR-0001"), QStringLiteral("vietqr")));
        QVERIFY2(paid, paid ? "" : qPrintable(paid.error().message));
        QCOMPARE(paid->value(QStringLiteral("kind")).toString(), QStringLiteral("payment"));
        // The same transaction again: the first change, nothing new; other details under its id: refused.
        const auto again
            = payments.record(payment(codes[0], 150000, QStringLiteral("VQR-0001"), QStringLiteral("vietqr")));
        QVERIFY(again);
        QVERIFY(again->value(QStringLiteral("replayed")).toBool());
        QCOMPARE(again->value(QStringLiteral("seq")).toInteger(), paid->value(QStringLiteral("seq")).toInteger());
        const auto reused
            = payments.record(payment(codes[1], 150000, QStringLiteral("VQR-0001"), QStringLiteral("vietqr")));
        QVERIFY(!reused);
        QCOMPARE(reused.error().code, QStringLiteral("txn_reused"));
        const auto differs
            = payments.record(payment(codes[1], 120000, QStringLiteral("PG-77"), QStringLiteral("online")));
        QVERIFY(differs);
        // No fee notice for the third dossier, and no dossier at all: refused, nothing published.
        const auto noNotice
            = payments.record(payment(codes[2], 50000, QStringLiteral("PG-78"), QStringLiteral("online")));
        QVERIFY(!noNotice);
        QCOMPARE(noNotice.error().code, QStringLiteral("no_fee_notice"));
        QVERIFY(!payments.record(payment(
            kAgency + QStringLiteral("-250312-0999"), 50000, QStringLiteral("PG-79"), QStringLiteral("online"))));
        int published = 0;
        const QJsonArray changes = central.feed()->changes().value();
        for (const QJsonValue c : changes)
            published += c.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("payment");
        QCOMPARE(published, 2);

        const auto report = round(engine);
        QVERIFY2(report.reachable, qPrintable(report.error));
        QCOMPARE(report.pulled, qint64(2));

        // Matching: paid by transfer as "@central", the payment pause closed, back to processing.
        const auto done = f.store->dossier(f.clerk, codes[0]).value();
        QCOMPARE(done.state, State::Processing);
        QCOMPARE(done.payments.size(), 1);
        QCOMPARE(done.payments.last().amountVnd, qint64(150000));
        QCOMPARE(done.payments.last().method, dossier::PaymentMethod::Transfer);
        QCOMPARE(done.payments.last().by, QStringLiteral("@central"));
        QCOMPARE(done.pauses.last().kind, QStringLiteral("payment"));
        QVERIFY(done.pauses.last().toUtc.isValid()); // the clock resumed
        QCOMPARE(done.history.last().step, QStringLiteral("record_payment"));
        QCOMPARE(done.history.last().by, QStringLiteral("@central"));
        QVERIFY(done.history.last().note.contains(QStringLiteral("VQR-0001")));
        QCOMPARE(onlineEntry(done).value(QStringLiteral("txn_id")).toString(), QStringLiteral("VQR-0001"));
        QCOMPARE(onlineEntry(done).value(QStringLiteral("result")).toString(), QStringLiteral("paid"));
        QCOMPARE(auditRows(*f.store, "record_payment", codes[0]), 1);
        QCOMPARE(auditRows(*f.store, "central_payment", codes[0]), 1);

        // Differing: recorded as received and flagged; still waiting for payment, the clock still paused.
        const auto flagged = f.store->dossier(f.clerk, codes[1]).value();
        QCOMPARE(flagged.state, State::AwaitingPayment);
        QVERIFY(!flagged.pauses.last().toUtc.isValid());
        QCOMPARE(flagged.paidVnd(), qint64(120000));
        QCOMPARE(flagged.history.last().step, QStringLiteral("online_payment_mismatch"));
        QVERIFY(flagged.history.last().note.contains(QStringLiteral("150000")));
        QCOMPARE(onlineEntry(flagged).value(QStringLiteral("result")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(onlineEntry(flagged).value(QStringLiteral("due_vnd")).toInteger(), qint64(150000));
        QCOMPARE(auditRows(*f.store, "central_payment_mismatch", codes[1]), 1);
        QCOMPARE(auditRows(*f.store, "record_payment", codes[1]), 0);
        const auto feed = f.store->feedStatus(f.admin).value();
        QCOMPARE(feed.recentConflicts.size(), 1);
        QCOMPARE(feed.recentConflicts.first().code, codes[1]);
        QCOMPARE(feed.recentConflicts.first().result, QStringLiteral("mismatch"));
        const auto daily = f.store->dailyReport(f.supervisor, QDate(2025, 3, 12)).value();
        QCOMPARE(daily.mismatches.size(), 1);
        QCOMPARE(daily.mismatches.first().code, codes[1]);
        QCOMPARE(daily.mismatches.first().kind, report::FeeMismatch::Kind::Underpaid);
        QVERIFY(f.store->verifyAudit(f.admin)->ok());

        // Central heard what the desk made of each.
        const QJsonArray after = central.feed()->changes().value();
        for (const QJsonValue c : after) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("kind")).toString() != QLatin1String("payment"))
                continue;
            const QString result = o.value(QStringLiteral("outcomes"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("result"))
                                       .toString();
            QCOMPARE(result,
                o.value(QStringLiteral("code")).toString() == codes[0] ? QStringLiteral("applied")
                                                                       : QStringLiteral("mismatch"));
        }
        // The rest of the amount, paid online too: now it matches what is due and the clock resumes.
        QVERIFY(payments.record(payment(codes[1], 30000, QStringLiteral("PG-80"), QStringLiteral("online"))));
        QCOMPARE(round(engine).pulled, qint64(1));
        QCOMPARE(f.store->dossier(f.clerk, codes[1])->state, State::Processing);
    }
};

QTEST_GUILESS_MAIN(TestOnlinePayments)
#include "test_onlinepayments.moc"
