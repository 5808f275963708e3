// Citizen and business checks through the reference central (issue 15), over real loopback HTTP with
// libcurl and a fixed clock: a match, a mismatch (name, birth date; never the database's values), an
// unknown citizen, an active, a suspended, a dissolved and an unknown business; the sign-in is required;
// the service down keeps the check pending and flagged on the dossier, and a later sync round gets the
// answer, with a history row and an audit row each time; central logs every check without personal data.
#include "sync/ServiceChecks.h"
#include "sync/SyncEngine.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/CentralVerify.h"
#include "tests/support/SqlProbe.h"
#include "tests/support/StoreFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kAgency = QStringLiteral("000.00.25.G14");

sync::SyncSettings settingsFor(sync::CentralServer& central, const QString& dbPath = {})
{
    sync::SyncSettings s;
    s.dbPath = dbPath;
    s.central = QUrl(central.baseUrl());
    s.credential = central.state()
                       ->addDesk(QStringLiteral("D01"), kAgency)
                       .value()
                       .value(QStringLiteral("credential"))
                       .toString();
    s.retry = { 1, 8, 0.5 };
    s.onceAttempts = 3;
    return s;
}

sync::CheckAnswer askNow(sync::ServiceCheckClient& client, const sync::CheckQuestion& q)
{
    sync::CheckAnswer answer;
    bool done = false;
    client.ask(q, [&](const sync::CheckAnswer& a) {
        answer = a;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        answer.problem = QStringLiteral("no answer in time");
    return answer;
}

sync::CheckQuestion citizen(const QString& id, const QString& name, const QDate& birth)
{
    sync::CheckQuestion q;
    q.idNumber = id;
    q.name = name;
    q.birthDate = birth;
    return q;
}

sync::CheckQuestion business(const QString& taxCode)
{
    sync::CheckQuestion q;
    q.kind = store::ServiceCheckKind::Business;
    q.taxCode = taxCode;
    return q;
}

sync::SyncRoundReport runOnce(sync::SyncEngine& engine)
{
    QSignalSpy finished(&engine, &sync::SyncEngine::roundFinished);
    engine.syncOnce();
    if (finished.isEmpty() && !finished.wait(60000))
        return { 0, 0, -1, -1, false, QStringLiteral("no round finished") };
    return finished.first().first().value<sync::SyncRoundReport>();
}

} // namespace

class TestServiceChecks : public QObject
{
    Q_OBJECT

private slots:
    void citizenMatchMismatchAndNotFound()
    {
        MockClock clock(QDate(2027, 3, 1), QTime(9, 30));
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        sync::ServiceCheckClient client(settingsFor(central));

        // Names compare without diacritics, case or extra spaces.
        auto a = askNow(
            client, citizen(QStringLiteral("001090012345"), QStringLiteral("NGUYEN  van an"), { 1990, 5, 14 }));
        QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
        QCOMPARE(a.result, QStringLiteral("match"));
        QCOMPARE(a.body, QJsonObject({ { QStringLiteral("result"), QStringLiteral("match") } }));

        a = askNow(client, citizen(QStringLiteral("001090012345"), QStringLiteral("Nguyễn Văn Ân"), { 1990, 5, 14 }));
        QCOMPARE(a.result, QStringLiteral("match")); // "Ân" folds to "an" as "An" does

        a = askNow(client, citizen(QStringLiteral("001090012345"), QStringLiteral("Nguyễn Văn Bình"), { 1990, 5, 14 }));
        QCOMPARE(a.result, QStringLiteral("mismatch"));
        QCOMPARE(a.body.value(QStringLiteral("differs")).toArray(), QJsonArray({ QStringLiteral("name") }));
        const QByteArray sent = QJsonDocument(a.body).toJson();
        QVERIFY2(!sent.contains("An") && !sent.contains("1990"), sent.constData()); // never the database's record

        a = askNow(
            client, citizen(QStringLiteral("079185004321"), QStringLiteral("Trần Thị Bích Ngọc"), { 1985, 2, 11 }));
        QCOMPARE(a.result, QStringLiteral("mismatch"));
        QCOMPARE(a.body.value(QStringLiteral("differs")).toArray(), QJsonArray({ QStringLiteral("birth_date") }));

        a = askNow(client, citizen(QStringLiteral("001090099999"), QStringLiteral("Nguyễn Văn An"), { 1990, 5, 14 }));
        QCOMPARE(a.result, QStringLiteral("not_found"));
        QVERIFY(a.answered());

        // A malformed question is refused (400), not logged as a check.
        a = askNow(client, citizen(QStringLiteral("12345"), QStringLiteral("X"), { 1990, 5, 14 }));
        QVERIFY(a.refused);
        QVERIFY(!a.answered());

        const QJsonArray log = central.verify()->log().value();
        QCOMPARE(log.size(), 5);
        const QJsonObject first = log.first().toObject();
        QCOMPARE(first.value(QStringLiteral("desk_id")).toString(), QStringLiteral("D01"));
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("citizen"));
        QCOMPARE(first.value(QStringLiteral("result")).toString(), QStringLiteral("match"));
        QCOMPARE(first.value(QStringLiteral("at")).toString(), clock.now().toUTC().toString(Qt::ISODate));
        QCOMPARE(first.value(QStringLiteral("subject_sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash("001090012345", QCryptographicHash::Sha256).toHex()));
        const QByteArray logText = QJsonDocument(log).toJson();
        QVERIFY(!logText.contains("001090012345"));
        QVERIFY(!logText.contains("Nguy"));
    }

    void businessActiveSuspendedDissolvedAndUnknown()
    {
        MockClock clock;
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        sync::ServiceCheckClient client(settingsFor(central));

        auto a = askNow(client, business(QStringLiteral("0101 234.565")));
        QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
        QCOMPARE(a.result, QStringLiteral("found"));
        QCOMPARE(
            a.body.value(QStringLiteral("name")).toString(), QStringLiteral("Công ty TNHH Thương mại Dịch vụ Sao Mai"));
        QCOMPARE(a.body.value(QStringLiteral("representative")).toString(), QStringLiteral("Đỗ Thị Thu Hà"));
        QVERIFY(a.body.value(QStringLiteral("address")).toString().contains(QStringLiteral("Hoàn Kiếm")));
        QCOMPARE(a.body.value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        QCOMPARE(askNow(client, business(QStringLiteral("0409988773"))).body.value(QStringLiteral("status")).toString(),
            QStringLiteral("suspended"));
        a = askNow(client, business(QStringLiteral("0102345677")));
        QCOMPARE(a.result, QStringLiteral("found"));
        QCOMPARE(a.body.value(QStringLiteral("status")).toString(), QStringLiteral("dissolved"));
        QCOMPARE(askNow(client, business(QStringLiteral("0201357916"))).result, QStringLiteral("found"));
        QCOMPARE(askNow(client, business(QStringLiteral("0100109106"))).result, QStringLiteral("not_found"));
        QCOMPARE(central.verify()->log()->size(), 5);
    }

    void signInIsRequiredAndServiceCanGoDown()
    {
        MockClock clock;
        sync::CentralServerOptions options;
        options.servicesDown = { QStringLiteral("business") };
        sync::CentralServer central(options);
        QVERIFY(central.start().ok());
        QVERIFY(central.verify()->isServiceDown(sync::CentralVerify::Service::Business));
        QVERIFY(!central.verify()->isServiceDown(sync::CentralVerify::Service::Citizen));

        sync::SyncSettings wrong = settingsFor(central);
        wrong.credential = QStringLiteral("D01.not-the-secret");
        sync::ServiceCheckClient stranger(wrong);
        auto a = askNow(stranger, business(QStringLiteral("0101234565")));
        QVERIFY(!a.answered());
        QCOMPARE(a.error.kind, ErrorKind::Permission);
        QCOMPARE(central.verify()->log()->size(), 0);

        sync::ServiceCheckClient client(settingsFor(central));
        a = askNow(client, business(QStringLiteral("0101234565")));
        QCOMPARE(a.result, QStringLiteral("unavailable"));
        QVERIFY(!a.answered());
        QVERIFY(!a.refused);
        central.verify()->setServiceDown(sync::CentralVerify::Service::Business, false);
        QCOMPARE(askNow(client, business(QStringLiteral("0101234565"))).result, QStringLiteral("found"));
    }

    void serviceDownKeepsPendingUntilSyncAnswers()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        dossier::IntakeRequest r = StoreFixture::citizenIntake(
            QStringLiteral("LOCAL-RF-001"), QStringLiteral("Trần Thị Bích Ngọc"), QStringLiteral("079185004321"));
        r.applicant.birthDate = QDate(1985, 11, 2);
        const QString code = f.receiveOne(r);
        QVERIFY(!code.isEmpty());

        sync::CentralServerOptions options;
        options.servicesDown = { QStringLiteral("citizen") };
        sync::CentralServer central(options);
        QVERIFY(central.start().ok());
        sync::SyncSettings settings = settingsFor(central, f.dbPath());
        sync::ServiceCheckClient client(settings);
        const auto answer = askNow(client, sync::CheckQuestion::fromParty(r.applicant));
        QCOMPARE(answer.result, QStringLiteral("unavailable"));

        // The clerk goes on: the check is kept as pending and the dossier is flagged.
        auto kept = f.store->recordServiceCheck(
            f.clerk, code, store::ServiceCheckKind::Citizen, QStringLiteral("applicant"), QStringLiteral("pending"));
        QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
        QVERIFY(kept->pending());
        auto checks = f.store->serviceChecks(f.clerk, code).value();
        QCOMPARE(checks.size(), 1);
        QVERIFY(checks.first().pending());
        QCOMPARE(checks.first().askedBy, QStringLiteral("clerk"));
        QCOMPARE(f.store->pendingServiceChecks(store::Store::systemActor())->size(), 1);
        auto d = f.store->dossier(f.clerk, code).value();
        QCOMPARE(d.history.last().step, QStringLiteral("national_check"));
        QCOMPARE(d.history.last().fromState, d.history.last().toState); // the state does not change

        // A round while the service is still down: the check stays pending, the round is not failed.
        sync::SyncEngine engine(settings);
        auto round = runOnce(engine);
        QVERIFY2(round.reachable && round.error.isEmpty(), qPrintable(round.error));
        QVERIFY(f.store->serviceChecks(f.clerk, code)->first().pending());
        QCOMPARE(f.store->serviceChecks(f.clerk, code)->first().attempts, 1);

        // The service is back: the next round gets the answer and keeps it with history and audit.
        central.verify()->setServiceDown(sync::CentralVerify::Service::Citizen, false);
        f.clock.advanceSecs(60);
        round = runOnce(engine);
        QVERIFY2(round.reachable && round.error.isEmpty(), qPrintable(round.error));
        checks = f.store->serviceChecks(f.clerk, code).value();
        QCOMPARE(checks.size(), 1);
        QVERIFY(!checks.first().pending());
        QCOMPARE(checks.first().result, QStringLiteral("match"));
        QCOMPARE(checks.first().answeredUtc, f.clock.now().toUTC());
        QCOMPARE(f.store->pendingServiceChecks(store::Store::systemActor())->size(), 0);
        d = f.store->dossier(f.clerk, code).value();
        const auto& last = d.history.last();
        QCOMPARE(last.step, QStringLiteral("national_check"));
        QVERIFY2(last.note.contains(QStringLiteral("match")), qPrintable(last.note));
        QCOMPARE(last.by, QStringLiteral("clerk")); // who asked
        SqlProbe probe(f.store->handle());
        QCOMPARE(probe.scalar("SELECT count(*) FROM audit_log WHERE action = 'national_check'"), qint64(2));
        QVERIFY(probe.text("SELECT details FROM audit_log WHERE action = 'national_check' ORDER BY seq DESC LIMIT 1")
                    .contains(QStringLiteral("\"answered_later\":true")));
        QVERIFY(f.store->verifyAudit(f.admin)->ok());
        // A third round has nothing more to ask.
        round = runOnce(engine);
        QVERIFY(round.reachable);
        QCOMPARE(probe.scalar("SELECT count(*) FROM audit_log WHERE action = 'national_check'"), qint64(2));
    }

    void keepingChecksFollowsPermissionsAndKinds()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        const auto kind = store::ServiceCheckKind::Citizen;
        QCOMPARE(
            f.store->recordServiceCheck(f.supervisor, code, kind, QStringLiteral("applicant"), QStringLiteral("match"))
                .error()
                .kind,
            ErrorKind::Permission);
        QVERIFY(
            f.store->recordServiceCheck(f.postal, code, kind, QStringLiteral("applicant"), QStringLiteral("match")));
        // A citizen applicant has no business check, no owner here, no "found" for a citizen.
        QCOMPARE(f.store
                     ->recordServiceCheck(f.clerk, code, store::ServiceCheckKind::Business, QStringLiteral("applicant"),
                         QStringLiteral("found"))
                     .error()
                     .kind,
            ErrorKind::Invalid);
        QVERIFY(!f.store->recordServiceCheck(f.clerk, code, kind, QStringLiteral("owner"), QStringLiteral("match")));
        QVERIFY(
            !f.store->recordServiceCheck(f.clerk, code, kind, QStringLiteral("applicant"), QStringLiteral("found")));
        QCOMPARE(f.store
                     ->recordServiceCheck(
                         f.clerk, QStringLiteral("NO-SUCH"), kind, QStringLiteral("applicant"), QStringLiteral("match"))
                     .error()
                     .kind,
            ErrorKind::NotFound);
        // An answered check takes no second answer; a pending one is the only kind answered later.
        QCOMPARE(
            f.store->answerServiceCheck(store::Store::systemActor(), 1, QStringLiteral("pending"), {}).error().kind,
            ErrorKind::Invalid);
        QCOMPARE(
            f.store->answerServiceCheck(store::Store::systemActor(), 1, QStringLiteral("match"), {}).value(), false);
        QCOMPARE(f.store->serviceChecks(f.clerk, code)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServiceChecks)
#include "test_servicechecks.moc"
