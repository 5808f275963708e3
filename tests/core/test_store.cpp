// Store: receiving dossiers (codes, appointments, documents with stored files), durability settings,
// fault injection mid-transaction (nothing partial, no code consumed), backup and db check.
#include "tests/support/SqlProbe.h"
#include "tests/support/StoreFixture.h"

#include "core/store/Statement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <sqlite3.h>

using namespace motcua;
using namespace motcua::test;

namespace {

qint64 count(store::Store& s, const char* sql)
{
    return SqlProbe(s.handle()).scalar(sql);
}

QString pragma(store::Store& s, const char* sql)
{
    return SqlProbe(s.handle()).text(sql);
}

// A dossier received and handed over to its unit, so that fee notices and payments may follow; empty on
// failure.
QString receivedAndHandedOver(StoreFixture& f)
{
    const QString code = f.receiveOne();
    if (code.isEmpty())
        return {};
    store::StepRequest handOver;
    handOver.step = workflow::Step::HandOver;
    return f.store->apply(f.clerk, code, handOver).ok() ? code : QString();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    // The enums' text is what the database, the intake JSON and the outbox have always held.
    void enumNamesAreTheStoredText()
    {
        QCOMPARE(dossier::applicantKindName(dossier::ApplicantKind::Citizen), QStringLiteral("citizen"));
        QCOMPARE(dossier::applicantKindName(dossier::ApplicantKind::Business), QStringLiteral("business"));
        QCOMPARE(dossier::paymentMethodName(dossier::PaymentMethod::Cash), QStringLiteral("cash"));
        QCOMPARE(dossier::paymentMethodName(dossier::PaymentMethod::Transfer), QStringLiteral("transfer"));
        QCOMPARE(dossier::intakeDecisionName(dossier::IntakeDecision::Accept), QStringLiteral("accept"));
        QCOMPARE(dossier::intakeDecisionName(dossier::IntakeDecision::RequestSupplement),
            QStringLiteral("request-supplement"));
        QCOMPARE(dossier::intakeDecisionName(dossier::IntakeDecision::Refuse), QStringLiteral("refuse"));
        QCOMPARE(store::outboxServiceName(store::OutboxService::DongBoHoSoMC), QStringLiteral("DongBoHoSoMC"));
        QCOMPARE(
            store::outboxServiceName(store::OutboxService::CapNhatTienDoHoSoMC), QStringLiteral("CapNhatTienDoHoSoMC"));
        QCOMPARE(dossier::applicantKindFromName(QStringLiteral("business")), dossier::ApplicantKind::Business);
        QCOMPARE(dossier::paymentMethodFromName(QStringLiteral("transfer")), dossier::PaymentMethod::Transfer);
        QCOMPARE(dossier::intakeDecisionFromName(QStringLiteral("request-supplement")),
            dossier::IntakeDecision::RequestSupplement);
        QCOMPARE(store::outboxServiceFromName(QStringLiteral("CapNhatTienDoHoSoMC")),
            store::OutboxService::CapNhatTienDoHoSoMC);
        QVERIFY(!dossier::applicantKindFromName(QStringLiteral("Citizen")));
        QVERIFY(!dossier::paymentMethodFromName(QStringLiteral("cheque")));
        QVERIFY(!dossier::intakeDecisionFromName(QStringLiteral("maybe")));
        QVERIFY(!store::outboxServiceFromName(QString()));
    }

    // A payment is stored with its method's text, and read back as the same method.
    void paymentMethodIsStoredAsText()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = receivedAndHandedOver(f);
        QVERIFY(!code.isEmpty());
        store::StepRequest notice;
        notice.step = workflow::Step::FeeNotice;
        notice.amountVnd = 150000;
        QVERIFY(f.store->apply(f.clerk, code, notice).ok());
        store::StepRequest pay = notice;
        pay.step = workflow::Step::RecordPayment;
        pay.method = dossier::PaymentMethod::Transfer;
        auto d = f.store->apply(f.clerk, code, pay);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QCOMPARE(SqlProbe(f.store->handle()).text("SELECT method FROM payments"), QStringLiteral("transfer"));
        QCOMPARE(d->payments.size(), 1);
        QCOMPARE(d->payments.first().method, dossier::PaymentMethod::Transfer);
        QCOMPARE(
            d->toJson().value(QStringLiteral("payments")).toArray().first().toObject().value(QStringLiteral("method")),
            QJsonValue(QStringLiteral("transfer")));
    }

    // Amounts are capped and sums overflow-checked: two payments of INT64_MAX once summed to -2.
    void amountsAreCappedAndSumsNeverWrap()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = receivedAndHandedOver(f);
        QVERIFY(!code.isEmpty());
        store::StepRequest notice;
        notice.step = workflow::Step::FeeNotice;
        notice.amountVnd = std::numeric_limits<qint64>::max();
        auto tooBig = f.store->apply(f.clerk, code, notice);
        QVERIFY(!tooBig);
        QCOMPARE(tooBig.error().field, QStringLiteral("amount"));
        notice.amountVnd = dossier::kMaxAmountVnd; // the cap itself is accepted
        QVERIFY(f.store->apply(f.clerk, code, notice).ok());
        notice.amountVnd = 1; // but not a second notice that takes the sum past it
        auto overSum = f.store->apply(f.clerk, code, notice);
        QVERIFY(!overSum);
        QCOMPARE(overSum.error().field, QStringLiteral("amount"));
        store::StepRequest pay;
        pay.step = workflow::Step::RecordPayment;
        pay.method = dossier::PaymentMethod::Cash;
        pay.amountVnd = std::numeric_limits<qint64>::max();
        auto payTooBig = f.store->apply(f.clerk, code, pay);
        QVERIFY(!payTooBig);
        QCOMPARE(payTooBig.error().field, QStringLiteral("amount"));
        QCOMPARE(count(*f.store, "SELECT count(*) FROM payments"), 0);
        auto d = f.store->dossier(f.clerk, code);
        QVERIFY(d);
        QCOMPARE(d->feesDueVnd(), dossier::kMaxAmountVnd);
        QCOMPARE(d->paidVnd(), 0);
        // Sums read from a file holding larger amounts saturate instead of wrapping round.
        dossier::Dossier hostile;
        hostile.payments << dossier::Payment {} << dossier::Payment {};
        hostile.payments[0].amountVnd = std::numeric_limits<qint64>::max();
        hostile.payments[1].amountVnd = std::numeric_limits<qint64>::max();
        QCOMPARE(hostile.paidVnd(), dossier::kMaxTotalVnd);
        QVERIFY(!dossier::addAmountsVnd(std::numeric_limits<qint64>::max(), 1));
        QCOMPARE(dossier::addAmountsVnd(2, 3), std::optional<qint64>(5));
    }

    // An existing zero-byte or non-SQLite file is damage, never a new store to create over it.
    void openRefusesDamagedFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QByteArray& bytes : { QByteArray(), QByteArray("not a database at all, just text\n").repeated(8) }) {
            const QString path = dir.filePath(QStringLiteral("motcua.db"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
            f.close();
            auto opened = store::Store::open(path);
            QVERIFY(!opened);
            QCOMPARE(opened.error().field, QStringLiteral("database"));
            QCOMPARE(opened.error().code, QStringLiteral("corrupt_database"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), bytes);
            f.close();
        }
    }

    void pragmasAreDurable()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QCOMPARE(pragma(*f.store, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(*f.store, "PRAGMA synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(*f.store, "PRAGMA foreign_keys"), QStringLiteral("1"));
        QCOMPARE(f.store->schemaVersion(), store::Store::latestVersion());
        QVERIFY(pragma(*f.store, "SELECT sql FROM sqlite_schema WHERE name = 'dossiers'")
                    .contains(QStringLiteral("STRICT")));
    }

    void receiveAssignsCodeAndDue()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto r = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->code, QStringLiteral("000.00.25.G14-250312-0001"));
        QCOMPARE(r->state, workflow::State::Received);
        // calendar.md §6: 12/03/2025 09:05 + 20 working days = 10/04/2025 17:00.
        QCOMPARE(r->dueLocal.toTimeZone(Clock::zone()), Clock::local(QDate(2025, 4, 10), QTime(17, 0)));
        auto second = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(second);
        QCOMPARE(second->code, QStringLiteral("000.00.25.G14-250312-0002"));
        auto d = f.store->dossier(f.clerk, r->code);
        QVERIFY(d);
        QCOMPARE(d->procedureCode, QStringLiteral("LOCAL-RF-001"));
        QCOMPARE(d->procedureVersion, 1);
        QCOMPARE(d->bookSerial, 1);
        QCOMPARE(d->history.size(), 1);
        QCOMPARE(d->applicant.name, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(d->receivedBy, QStringLiteral("clerk"));
        QCOMPARE(d->toJson().value(QStringLiteral("national_status")).toInt(), 2);
        // A new day restarts the sequence.
        f.clock.setLocal(QDate(2025, 3, 13), QTime(8, 0));
        auto next = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(next);
        QCOMPARE(next->code, QStringLiteral("000.00.25.G14-250313-0001"));
    }

    void unknownTimeLimitGivesNoDue()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto r = f.store->receive(f.clerk, StoreFixture::citizenIntake(QStringLiteral("1.011892")));
        QVERIFY(r);
        QVERIFY(!r->dueLocal.isValid());
        QVERIFY(!r->warnings.isEmpty());
        auto d = f.store->dossier(f.clerk, r->code);
        QVERIFY(d->toJson().value(QStringLiteral("due")).isNull());
    }

    void rejectsUnknownProcedureAndComponent()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto r = f.store->receive(f.clerk, StoreFixture::citizenIntake(QStringLiteral("9.999999")));
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("procedure"));
        auto req = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-002"));
        req.documents << dossier::IntakeDocument { QStringLiteral("no-such-paper"), 1, 0, 0, {} };
        auto r2 = f.store->receive(f.clerk, req);
        QVERIFY(!r2);
        QCOMPARE(r2.error().field, QStringLiteral("documents[0].component"));
        auto req3 = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-006")); // desk and postal only
        req3.channel = QStringLiteral("online");
        auto r3 = f.store->receive(f.clerk, req3);
        QVERIFY(!r3);
        QCOMPARE(r3.error().field, QStringLiteral("channel"));
        // The store validates identity data itself, not only the JSON parser (the desk window calls it too).
        auto req4 = StoreFixture::citizenIntake();
        req4.applicant.idNumber = QStringLiteral("12345");
        auto r4 = f.store->receive(f.clerk, req4);
        QVERIFY(!r4);
        QCOMPARE(r4.error().field, QStringLiteral("applicant.id_number"));
        QCOMPARE(count(*f.store, "SELECT count(*) FROM dossiers"), 0);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM code_counters"), 0);
    }

    void storesFilesWithSha256()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString src = f.dir.filePath(QStringLiteral("scan-1.png"));
        QFile out(src);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("fake page bytes");
        out.close();
        auto req = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-002"));
        req.documents << dossier::IntakeDocument { QStringLiteral("new-application-form"), 1, 0, 0, { src } };
        auto r = f.store->receive(f.clerk, req);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        auto d = f.store->dossier(f.clerk, r->code);
        QCOMPARE(d->documents.size(), 1);
        QCOMPARE(d->documents[0].files.size(), 1);
        const auto& file = d->documents[0].files[0];
        QCOMPARE(file.sha256,
            QString::fromLatin1(QCryptographicHash::hash("fake page bytes", QCryptographicHash::Sha256).toHex()));
        QVERIFY(QFile::exists(f.dir.filePath(file.path)));
        QVERIFY(d->documents[0].componentName.startsWith(QStringLiteral("Bản khai")));
        auto check = f.store->check(f.admin);
        QVERIFY(check);
        QVERIFY2(check->ok(), qPrintable(check->problems.join('\n')));
        // A damaged stored file is reported.
        QFile damaged(f.dir.filePath(file.path));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("other bytes!!!!");
        damaged.close();
        auto check2 = f.store->check(f.admin);
        QVERIFY(!check2->ok());
    }

    void faultMidReceiveLeavesNothing_data()
    {
        QTest::addColumn<QString>("step");
        for (const char* s : { "receive.code", "receive.dossier", "receive.documents", "receive.audit",
                 "receive.outbox", "receive.commit" })
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void faultMidReceiveLeavesNothing()
    {
        QFETCH(QString, step);
        StoreFixture f;
        QVERIFY(f.setUp());
        const qint64 auditBefore = count(*f.store, "SELECT count(*) FROM audit_log");
        f.store->setFaultHook([step](const QString& at) { return at == step; });
        auto r = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Environment);
        QCOMPARE(r.error().code, QStringLiteral("fault_injected"));
        QCOMPARE(count(*f.store, "SELECT count(*) FROM dossiers"), 0);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM status_history"), 0);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM outbox"), 0);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM code_counters"), 0);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM book_counters"), 0);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM dossier_fts"), 0);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM audit_log"), auditBefore);
        // The code was not consumed: the next receipt gets sequence 1, exactly once.
        f.store->setFaultHook({});
        auto ok = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(ok);
        QCOMPARE(ok->code, QStringLiteral("000.00.25.G14-250312-0001"));
        QCOMPARE(count(*f.store, "SELECT count(*) FROM dossiers"), 1);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM outbox"), 1);
        auto audit = f.store->verifyAudit(f.admin);
        QVERIFY(audit->ok());
        auto check = f.store->check(f.admin);
        QVERIFY2(check->ok(), qPrintable(check->problems.join('\n')));
    }

    void faultMidStepLeavesStateUnchanged()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        f.store->setFaultHook([](const QString& at) { return at == QLatin1String("step.hand_over.commit"); });
        store::StepRequest hand;
        hand.step = workflow::Step::HandOver;
        QVERIFY(!f.store->apply(f.clerk, code, hand));
        auto d = f.store->dossier(f.clerk, code);
        QCOMPARE(d->state, workflow::State::Received);
        QCOMPARE(d->handOvers.size(), 0);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM outbox"), 1);
        f.store->setFaultHook({});
        QVERIFY(f.store->apply(f.clerk, code, hand));
        QCOMPARE(f.store->dossier(f.clerk, code)->handOvers.size(), 1);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM outbox"), 2);
    }

    void deskRangeExhaustionRefuses()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        SiteConfig site = SiteConfig::demo();
        site.setSection(QStringLiteral("codes"),
            QJsonObject { { QStringLiteral("first"), 5001 }, { QStringLiteral("last"), 5002 } });
        QVERIFY(f.store->setSite(site));
        QCOMPARE(f.receiveOne(), QStringLiteral("000.00.25.G14-250312-5001"));
        QCOMPARE(f.receiveOne(), QStringLiteral("000.00.25.G14-250312-5002"));
        auto r = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("sequence_exhausted"));
        QCOMPARE(count(*f.store, "SELECT count(*) FROM dossiers"), 2);
    }

    void receiptPinsTheFormSetInForce()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        // 12/03/2025 is under the 2018 forms (Circular 01/2018); from 01/07/2025 the 2025 set applies.
        auto before = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(before);
        QCOMPARE(f.store->dossier(f.clerk, before->code)->extra.value(QStringLiteral("form_set")).toString(),
            QStringLiteral("TT01-2018"));
        f.clock.setLocal(QDate(2025, 7, 1), QTime(8, 0));
        auto after = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(after);
        QCOMPARE(f.store->dossier(f.clerk, after->code)->extra.value(QStringLiteral("form_set")).toString(),
            QStringLiteral("TT03-2025"));
    }

    void siteCalendarOverridesMoveTheAppointment()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        // An announced day off inside the 20 working days pushes the appointment one working day on.
        SiteConfig site = SiteConfig::demo();
        site.setSection(QStringLiteral("calendar"),
            QJsonObject { { QStringLiteral("overrides"),
                QJsonArray { QJsonObject { { QStringLiteral("date"), QStringLiteral("2025-03-20") },
                    { QStringLiteral("type"), QStringLiteral("off") },
                    { QStringLiteral("label"), QStringLiteral("Nghỉ theo thông báo") },
                    { QStringLiteral("source"), QStringLiteral("TB-TEST") } } } } });
        QVERIFY(f.store->setSite(site));
        auto r = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(r);
        QCOMPARE(r->dueLocal.toTimeZone(Clock::zone()), Clock::local(QDate(2025, 4, 11), QTime(17, 0)));
        // A malformed table is refused naming the entry, and the previous calendar stays.
        SiteConfig bad = SiteConfig::demo();
        bad.setSection(QStringLiteral("calendar"),
            QJsonObject { { QStringLiteral("overrides"),
                QJsonArray { QJsonObject { { QStringLiteral("date"), QStringLiteral("2025-13-01") } } } } });
        const Status refused = f.store->setSite(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().field.contains(QStringLiteral("overrides[0]")), qPrintable(refused.error().field));
        auto again = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(again);
        QCOMPARE(again->dueLocal.toTimeZone(Clock::zone()), Clock::local(QDate(2025, 4, 11), QTime(17, 0)));
    }

    void clockBehindRefuses()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(!f.receiveOne().isEmpty());
        f.clock.setLocal(QDate(2025, 3, 11), QTime(9, 0));
        auto r = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("clock_behind"));
    }

    void backupIsUsable()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        const QString target = f.dir.filePath(QStringLiteral("backup/copy.db"));
        QVERIFY(f.store->backup(f.admin, target));
        auto copy = store::Store::open(target);
        QVERIFY(copy);
        QVERIFY(copy.value()->dossier(f.clerk, code));
        QVERIFY(copy.value()->verifyAudit(f.admin)->ok());
        QVERIFY(!f.store->backup(f.clerk, target)); // clerks may not
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
