// The pull feed end to end over loopback HTTP (libcurl against the real reference central): a unit's
// change (result ready, supplement requested, fee notice, stopped) reaches the desk's store with the
// next sync round, with "@central" and the unit in the history and the audit chain; a change applied
// twice (or re-read after a lost cursor, or after a crash before the commit) changes nothing; desks see
// only their own agency's changes; a withdrawal recorded offline wins over the unit's result and both
// sides show the loser; catalogue, calendar and site changes; the feed under a 30% fault rate.
#include "sync/AuditAnchors.h"
#include "sync/SyncEngine.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/ChangeFeed.h"
#include "tests/support/AuditReseal.h"
#include "tests/support/SqlProbe.h"
#include "tests/support/StoreFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;
using namespace motcua::test;
using workflow::State;

namespace {

const QString kAgency = QStringLiteral("000.00.25.G14"); // the demo site's
const QString kOtherAgency = QStringLiteral("000.00.26.G14");
const QString kUnit = QStringLiteral("Phòng Cấp phép");

sync::SyncSettings feedSettings(const QString& dbPath, const QString& url, const QString& credential)
{
    sync::SyncSettings s;
    s.dbPath = dbPath;
    s.central = QUrl(url);
    s.credential = credential;
    s.batchSize = 50;
    s.retry = { 1, 8, 0.5 }; // milliseconds: the test waits on signals, never on a sleep
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

QString credentialFor(sync::CentralServer& central, const QString& desk, const QString& agency = kAgency)
{
    return central.state()->addDesk(desk, agency).value().value(QStringLiteral("credential")).toString();
}

bool handOver(StoreFixture& f, const QString& code)
{
    store::StepRequest r;
    r.step = workflow::Step::HandOver;
    r.unit = kUnit;
    return f.store->apply(f.clerk, code, r).ok();
}

QJsonObject centralDossier(sync::CentralServer& central, const QString& code)
{
    const QJsonArray list = central.state()->list().value();
    for (const QJsonValue d : list)
        if (d.toObject().value(QStringLiteral("code")).toString() == code)
            return d.toObject();
    return {};
}

int historyRows(StoreFixture& f, const QString& code)
{
    return int(f.store->dossier(f.clerk, code)->history.size());
}

// What an attacker who also took the key file does after editing a row: re-seal with the store's own key.
bool resealWithKey(store::Store& s, qint64 seq)
{
    const auto key = storeAuditKey(s);
    return key && resealAuditLog(s, seq, *key);
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void eachKindReachesTheDesk()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QStringList codes;
        for (int i = 0; i < 4; ++i) {
            codes << f.receiveOne(
                StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Người Số %1").arg(i)));
            if (i > 0)
                QVERIFY(handOver(f, codes.last())); // the first stays "received": the hand-over is implied
        }
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        sync::SyncEngine engine(
            feedSettings(f.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D01"))));
        QVERIFY(round(engine).reachable);

        sync::ChangeFeed& feed = *central.feed();
        const auto first = feed.unitChange(QStringLiteral("result_ready"), codes[0], {}, kUnit);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY(feed.unitChange(QStringLiteral("supplement_requested"), codes[1],
            { { QStringLiteral("reason"), QStringLiteral("Thiếu sơ đồ mạng") },
                { QStringLiteral("missing"), QJsonArray { QStringLiteral("Sơ đồ mạng") } } },
            kUnit));
        QVERIFY(feed.unitChange(QStringLiteral("fee_notice"), codes[2],
            { { QStringLiteral("amount_vnd"), 150000 }, { QStringLiteral("number"), QStringLiteral("797/26/CTS-DR") } },
            kUnit));
        const auto stop = feed.unitChange(QStringLiteral("stopped"), codes[3],
            { { QStringLiteral("reason"), QStringLiteral("Trùng hồ sơ") } }, kUnit);
        QVERIFY(stop);

        const auto report = round(engine);
        QVERIFY2(report.reachable, qPrintable(report.error));
        QCOMPARE(report.pulled, qint64(4));
        QCOMPARE(report.pending, qint64(0)); // the progress records the changes queued went out in the same round

        const auto ready = f.store->dossier(f.clerk, codes[0]).value();
        QCOMPARE(ready.state, State::ResultReady);
        QCOMPARE(ready.history.last().step, QStringLiteral("mark_result_ready"));
        QCOMPARE(ready.history.last().by, QStringLiteral("@central"));
        QVERIFY(ready.history.last().note.startsWith(kUnit));
        QCOMPARE(ready.handOvers.size(), 2); // implied hand-over to the unit, and back with the result
        const auto list = f.store->inState(f.clerk, State::ResultReady).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().code, codes[0]); // in the window's ready-for-return list

        const auto waiting = f.store->dossier(f.clerk, codes[1]).value();
        QCOMPARE(waiting.state, State::SupplementRequested);
        QCOMPARE(waiting.supplements.last().reason, QStringLiteral("Thiếu sơ đồ mạng"));
        QCOMPARE(waiting.supplements.last().missing, QStringList { QStringLiteral("Sơ đồ mạng") });
        QVERIFY(!waiting.pauses.isEmpty() && !waiting.pauses.last().toUtc.isValid()); // the clock is paused

        const auto fee = f.store->dossier(f.clerk, codes[2]).value();
        QCOMPARE(fee.state, State::AwaitingPayment);
        QCOMPARE(fee.feesDueVnd(), qint64(150000));
        QCOMPARE(fee.feeNotices.last().number, QStringLiteral("797/26/CTS-DR"));

        const auto stopped = f.store->dossier(f.clerk, codes[3]).value();
        QCOMPARE(stopped.state, State::Stopped);
        QCOMPARE(stopped.reason, QStringLiteral("Trùng hồ sơ"));

        // The audit chain has the changes, made by "@central", and still verifies.
        const auto audit = f.store->verifyAudit(f.admin).value();
        QVERIFY(audit.ok());
        sqlite3_stmt* q = nullptr;
        QCOMPARE(
            sqlite3_prepare_v2(f.store->handle(),
                "SELECT count(*) FROM audit_log WHERE actor = '@central' AND action LIKE 'central_%'", -1, &q, nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_step(q), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(q, 0), 4);
        sqlite3_finalize(q);

        // Central converges on the desk's states (the desk's progress records) and knows the outcomes.
        QCOMPARE(centralDossier(central, codes[0]).value(QStringLiteral("status")).toInt(), 9);
        QCOMPARE(centralDossier(central, codes[3]).value(QStringLiteral("status")).toInt(), 8);
        const QJsonArray changes = feed.changes().value();
        QCOMPARE(changes.size(), 4);
        for (const QJsonValue c : changes) {
            const QJsonArray outcomes = c.toObject().value(QStringLiteral("outcomes")).toArray();
            QCOMPARE(outcomes.size(), 1);
            QCOMPARE(outcomes.first().toObject().value(QStringLiteral("result")).toString(), QStringLiteral("applied"));
        }
        QCOMPARE(f.store->feedCursor(f.admin).value(), stop->value(QStringLiteral("seq")).toInteger());
        QCOMPARE(engine.state().feedCursor, stop->value(QStringLiteral("seq")).toInteger());
        QVERIFY(engine.state().lastPullUtc.isValid());
    }

    void applyingTwiceChangesNothing()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        QVERIFY(handOver(f, code));
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        sync::SyncEngine engine(
            feedSettings(f.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D01"))));
        QVERIFY(round(engine).reachable);
        QVERIFY(central.feed()->unitChange(
            QStringLiteral("fee_notice"), code, { { QStringLiteral("amount_vnd"), 200000 } }, kUnit));

        // A crash before the commit: nothing of the change and no cursor; the next round applies it once.
        f.store->setFaultHook([](const QString& step) { return step == QLatin1String("feed.commit"); });
        store::CentralChange change;
        change.seq = 1;
        change.kind = QStringLiteral("fee_notice");
        change.code = code;
        change.unit = kUnit;
        change.data = { { QStringLiteral("amount_vnd"), 200000 } };
        QVERIFY(!f.store->applyCentralChange(f.admin, change));
        f.store->setFaultHook({});
        QCOMPARE(f.store->dossier(f.clerk, code)->state, State::Processing);
        QCOMPARE(f.store->feedCursor(f.admin).value(), qint64(0));
        const int before = historyRows(f, code);

        QCOMPARE(round(engine).pulled, qint64(1));
        QCOMPARE(f.store->dossier(f.clerk, code)->feesDueVnd(), qint64(200000));
        QCOMPARE(historyRows(f, code), before + 1);
        const qint64 outbox = f.store->outboxCounts(f.admin)->pending;

        // The same change again, directly and through a lost cursor: its first outcome, nothing new.
        const auto again = f.store->applyCentralChange(f.admin, change);
        QVERIFY(again);
        QCOMPARE(again->result, QStringLiteral("applied"));
        QVERIFY(again->replayed);
        sqlite3_exec(
            f.store->handle(), "UPDATE meta SET value = '0' WHERE key = 'feed_cursor'", nullptr, nullptr, nullptr);
        QCOMPARE(round(engine).pulled, qint64(0)); // re-read, already taken: skipped
        const auto d = f.store->dossier(f.clerk, code).value();
        QCOMPARE(d.feesDueVnd(), qint64(200000));
        QCOMPARE(d.feeNotices.size(), 1);
        QCOMPARE(historyRows(f, code), before + 1);
        QCOMPARE(f.store->outboxCounts(f.admin)->pending, outbox);
        QCOMPARE(f.store->feedCursor(f.admin).value(), qint64(1));
    }

    void desksSeeOnlyTheirAgency()
    {
        StoreFixture a;
        QVERIFY(a.setUp());
        StoreFixture b;
        QVERIFY(b.setUp());
        SiteConfig other = SiteConfig::demo();
        other.agencyCode = kOtherAgency;
        other.deskId = QStringLiteral("D02");
        QVERIFY(b.store->setSite(other));
        const QString codeA = a.receiveOne();
        const QString codeB = b.receiveOne();
        QVERIFY(codeB.startsWith(kOtherAgency));
        QVERIFY(handOver(a, codeA));
        QVERIFY(handOver(b, codeB));

        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        sync::SyncEngine deskA(
            feedSettings(a.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D01"))));
        sync::SyncEngine deskB(
            feedSettings(b.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D02"), kOtherAgency)));
        QVERIFY(round(deskA).reachable);
        QVERIFY(round(deskB).reachable);
        QVERIFY(central.feed()->unitChange(QStringLiteral("result_ready"), codeA, {}, kUnit));
        QVERIFY(central.feed()->unitChange(QStringLiteral("stopped"), codeB,
            { { QStringLiteral("reason"), QStringLiteral("Không đủ điều kiện") } }, kUnit));

        // Both desks at once, each on its own engine.
        QSignalSpy doneA(&deskA, &sync::SyncEngine::roundFinished);
        QSignalSpy doneB(&deskB, &sync::SyncEngine::roundFinished);
        deskA.syncOnce();
        deskB.syncOnce();
        QTRY_VERIFY_WITH_TIMEOUT(doneA.size() == 1 && doneB.size() == 1, 60000);
        QCOMPARE(doneA.first().first().value<sync::SyncRoundReport>().pulled, qint64(1));
        QCOMPARE(doneB.first().first().value<sync::SyncRoundReport>().pulled, qint64(1));
        QCOMPARE(a.store->dossier(a.clerk, codeA)->state, State::ResultReady);
        QCOMPARE(b.store->dossier(b.clerk, codeB)->state, State::Stopped);

        // A third desk of agency A gets A's change but does not hold the dossier; B's never reaches it.
        StoreFixture c;
        QVERIFY(c.setUp());
        sync::SyncEngine deskC(
            feedSettings(c.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D03"))));
        QCOMPARE(round(deskC).pulled, qint64(1));
        const auto outcomes
            = central.feed()->changes(codeA).value().first().toObject().value(QStringLiteral("outcomes")).toArray();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes[1].toObject().value(QStringLiteral("desk_id")).toString(), QStringLiteral("D03"));
        QCOMPARE(outcomes[1].toObject().value(QStringLiteral("result")).toString(), QStringLiteral("not_held"));
        QCOMPARE(central.feed()
                     ->changes(codeB)
                     .value()
                     .first()
                     .toObject()
                     .value(QStringLiteral("outcomes"))
                     .toArray()
                     .size(),
            1);
        // Asked directly, central gives desk C nothing of agency B.
        const auto page = central.feed()->changesFor(QStringLiteral("D03"), 0, 100).value();
        for (const QJsonValue ch : page.value(QStringLiteral("changes")).toArray())
            QVERIFY(ch.toObject().value(QStringLiteral("code")).toString().startsWith(kAgency));
    }

    void offlineWithdrawalWinsOverResultReady()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        QVERIFY(handOver(f, code));
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        sync::SyncEngine engine(
            feedSettings(f.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D01"))));
        QVERIFY(round(engine).reachable);

        // Offline: the applicant withdraws at the desk while the unit marks the result ready at central.
        store::StepRequest withdraw;
        withdraw.step = workflow::Step::Withdraw;
        withdraw.reason = QStringLiteral("Công dân xin rút hồ sơ");
        QVERIFY(f.store->apply(f.clerk, code, withdraw));
        const auto ready = central.feed()->unitChange(QStringLiteral("result_ready"), code, {}, kUnit);
        QVERIFY(ready);
        QCOMPARE(centralDossier(central, code).value(QStringLiteral("status")).toInt(), 9);

        const auto report = round(engine);
        QVERIFY2(report.reachable, qPrintable(report.error));
        QCOMPARE(report.pulled, qint64(1));
        // The desk's act stands and the loser is visible on the desk ...
        const auto d = f.store->dossier(f.clerk, code).value();
        QCOMPARE(d.state, State::Withdrawn);
        QCOMPARE(d.history.last().step, QStringLiteral("central_conflict"));
        QCOMPARE(d.history.last().by, QStringLiteral("@central"));
        const auto feed = f.store->feedStatus(f.admin).value();
        QCOMPARE(feed.conflicts, qint64(1));
        QCOMPARE(feed.recentConflicts.first().code, code);
        QCOMPARE(feed.recentConflicts.first().deskState, QStringLiteral("withdrawn"));
        QCOMPARE(engine.state().conflicts, qint64(1));
        // ... and at central: the dossier converged on "withdrawn", the unit's change marked superseded.
        QCOMPARE(centralDossier(central, code).value(QStringLiteral("status")).toInt(), 7);
        const QJsonObject change = central.feed()->changes(code).value().first().toObject();
        QVERIFY(change.value(QStringLiteral("superseded")).toBool());
        QCOMPARE(change.value(QStringLiteral("outcomes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("desk_state"))
                     .toString(),
            QStringLiteral("withdrawn"));
        // A further unit action on the withdrawn dossier is refused, naming its state.
        const auto refused = central.feed()->unitChange(QStringLiteral("result_ready"), code, {}, kUnit);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("state"));
        QVERIFY(f.store->verifyAudit(f.admin)->ok());
    }

    void catalogueCalendarAndSite()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        QFile seed(QStringLiteral(":/procedures.json"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QJsonArray entries = QJsonDocument::fromJson(seed.readAll()).array();
        QJsonObject first = entries.first().toObject();
        first.insert(QStringLiteral("name_vi"),
            first.value(QStringLiteral("name_vi")).toString() + QStringLiteral(" (sửa đổi)"));
        QVERIFY(central.feed()->publish(QStringLiteral("catalogue"),
            { { QStringLiteral("valid_from"), QStringLiteral("2025-03-01") },
                { QStringLiteral("entries"), QJsonArray { first } } },
            kAgency));
        const QJsonArray overrides { QJsonObject { { QStringLiteral("date"), QStringLiteral("2026-04-27") },
            { QStringLiteral("type"), QStringLiteral("off") }, { QStringLiteral("label"), QStringLiteral("Nghỉ bù") },
            { QStringLiteral("source"), QStringLiteral("1/TB-BNV") } } };
        QVERIFY(central.feed()->publish(QStringLiteral("calendar"),
            { { QStringLiteral("year"), 2026 }, { QStringLiteral("overrides"), overrides } }, {}));
        QVERIFY(central.feed()->publish(QStringLiteral("site"),
            { { QStringLiteral("settings"),
                QJsonObject { { QStringLiteral("unit"), QStringLiteral("Phòng Một cửa mới") } } } },
            kAgency, QStringLiteral("D01")));
        QVERIFY(central.feed()->publish(QStringLiteral("site"),
            { { QStringLiteral("settings"),
                QJsonObject { { QStringLiteral("unit"), QStringLiteral("Không phải bàn này") } } } },
            kAgency, QStringLiteral("D09")));

        sync::SyncEngine engine(
            feedSettings(f.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D01"))));
        const auto report = round(engine);
        QVERIFY2(report.reachable, qPrintable(report.error));
        QCOMPARE(report.pulled, qint64(3)); // D09's site change is not for this desk
        QCOMPARE(f.store->procedure(QStringLiteral("LOCAL-RF-001"), QDate(2025, 3, 12))->name,
            first.value(QStringLiteral("name_vi")).toString());
        QVERIFY(f.store->procedure(QStringLiteral("LOCAL-RF-001"), QDate(2025, 2, 12))->name
            != first.value(QStringLiteral("name_vi")).toString());
        const auto feed = f.store->feedStatus(f.admin).value();
        QCOMPARE(feed.calendar.value(QStringLiteral("2026")).toArray(), overrides);
        QCOMPARE(feed.site.value(QStringLiteral("unit")).toString(), QStringLiteral("Phòng Một cửa mới"));
        const QJsonArray all = central.feed()->changes().value();
        QStringList results;
        for (const QJsonValue c : all)
            for (const QJsonValue o : c.toObject().value(QStringLiteral("outcomes")).toArray())
                results << o.toObject().value(QStringLiteral("result")).toString();
        QCOMPARE(
            results, (QStringList { QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("stored") }));
    }

    void reChainedLogIsCaughtByTheAnchor()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(!f.receiveOne().isEmpty());
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        const QString credential = credentialFor(central, QStringLiteral("D01"));
        sync::SyncEngine engine(feedSettings(f.dbPath(), central.baseUrl(), credential));
        QVERIFY(round(engine).reachable);
        const auto head = f.store->auditAnchor(f.admin).value();
        const QJsonArray kept = central.feed()->anchors(QStringLiteral("D01")).value();
        QCOMPARE(kept.size(), 1); // each sync anchors the head of the desk's chain
        const qint64 anchored = kept.first().toObject().value(QStringLiteral("seq")).toInteger();
        QVERIFY(anchored > 0 && anchored <= head.seq); // rows written after it (pruning) wait for the next sync
        auto anchors = sync::AuditAnchors::fetch(QUrl(central.baseUrl()), credential);
        QVERIFY2(anchors, anchors ? "" : qPrintable(anchors.error().message));
        QCOMPARE(anchors->size(), 1);
        QVERIFY(f.store->checkAnchors(f.admin, anchors.value())->isEmpty()); // the untouched log passes

        // An attacker with the database and the key edits the receipt's actor and re-seals the chain:
        // the local check passes, the anchor does not.
        SqlProbe probe(f.store->handle());
        const qint64 seq = probe.scalar("SELECT seq FROM audit_log WHERE action = 'accept'");
        QVERIFY(seq > 0 && seq <= anchored);
        QVERIFY(probe.exec(QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' "
                                          "WHERE seq = %1")
                               .arg(seq)));
        QVERIFY(resealWithKey(*f.store, seq));
        QVERIFY(f.store->verifyAudit(f.admin)->ok());
        const auto findings = f.store->checkAnchors(f.admin, anchors.value()).value();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().problem, QStringLiteral("anchor_mismatch"));
        QCOMPARE(findings.first().seq, anchored);
        // The re-sealed head cannot replace the anchor either: central keeps the first hash of a position.
        const QByteArray sql = "SELECT lower(hex(hash)) FROM audit_log WHERE seq = " + QByteArray::number(anchored);
        const auto again = central.feed()->recordAnchor(QStringLiteral("D01"), anchored, probe.text(sql.constData()));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("anchor_mismatch"));
    }

    void feedUnderFaults()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        constexpr int kDossiers = 40;
        QStringList codes;
        QVERIFY(f.store->beginBatch());
        for (int i = 0; i < kDossiers; ++i) {
            codes << f.receiveOne(
                StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Người Thứ %1").arg(i)));
            QVERIFY(handOver(f, codes.last()));
        }
        QVERIFY(f.store->commitBatch());
        sync::CentralServer central({ QHostAddress::LocalHost, 0, {}, 0.3, 20261203 });
        QVERIFY(central.start().ok());
        auto settings = feedSettings(f.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D01")));
        settings.batchSize = 8;
        sync::SyncEngine engine(settings);
        engine.setRandom([] { return 0.5; });
        QVERIFY(round(engine).reachable);
        for (int i = 0; i < kDossiers; ++i) {
            if (i % 2 == 0)
                QVERIFY(central.feed()->unitChange(
                    QStringLiteral("fee_notice"), codes[i], { { QStringLiteral("amount_vnd"), 1000 + i } }, kUnit));
            QVERIFY(central.feed()->unitChange(QStringLiteral("result_ready"), codes[i], {}, kUnit));
        }
        const qint64 emitted = central.feed()->changes()->size();
        QCOMPARE(emitted, qint64(kDossiers + kDossiers / 2));
        // Pages of 200 by default; the faults drop some of them, the rounds go on until all is taken.
        sync::SyncRoundReport report;
        for (int i = 0; i < 5 && (report.pulled < emitted || !report.reachable); ++i) {
            const auto r = round(engine);
            report.pulled += r.pulled;
            report.reachable = r.reachable;
            report.pending = r.pending;
        }
        QCOMPARE(report.pulled, emitted); // every change taken exactly once
        QCOMPARE(report.pending, qint64(0));
        QCOMPARE(f.store->feedStatus(f.admin)->changes, emitted);
        for (int i = 0; i < kDossiers; ++i) {
            const auto d = f.store->dossier(f.clerk, codes[i]).value();
            QCOMPARE(d.state, State::ResultReady);
            QCOMPARE(d.feeNotices.size(), i % 2 == 0 ? 1 : 0);
            int readyRows = 0;
            for (const auto& h : d.history)
                readyRows += h.step == QLatin1String("mark_result_ready") ? 1 : 0;
            QCOMPARE(readyRows, 1);
            QCOMPARE(centralDossier(central, codes[i]).value(QStringLiteral("status")).toInt(), 9);
        }
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "test_changefeed.moc"
