// Store::dailyReport and dashboardCharts (issue 14) on the known mix of tests/support/DashboardSeed.h:
// every count, list, fee sum, mismatch and rating of the day exactly; who may see what (a supervisor
// everything, an administrator counts without any dossier, a clerk nothing); the charts' series; the
// audit head of the closing sheet.
#include "tests/support/DashboardSeed.h"

#include "core/Translations.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::test;
using report::Queue;

namespace {

QStringList codes(const QList<report::QueueRow>& rows)
{
    QStringList out;
    for (const report::QueueRow& r : rows)
        out << r.code;
    return out;
}

QMap<QString, qint64> counts(std::initializer_list<std::pair<QString, qint64>> list)
{
    QMap<QString, qint64> m;
    for (const auto& [k, v] : list)
        m.insert(k, v);
    return m;
}

} // namespace

class TestDailyReport : public QObject
{
    Q_OBJECT

    StoreFixture m_f;
    DashboardSeed m_s;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        QVERIFY(m_f.setUp());
        QVERIFY(seedDashboard(m_f, m_s));
        QCOMPARE(m_f.clock.now(), Clock::local(kDashboardDay, QTime(9, 5)));
    }

    // The appointments the mix is built on (work calendar: no holiday in these weeks).
    void seedAppointments()
    {
        const auto due
            = [this](const QString& code) { return m_f.store->dossier(m_f.supervisor, code)->dueLocal.date(); };
        QCOMPARE(due(m_s.overdue5), QDate(2025, 3, 5));
        QCOMPARE(due(m_s.overdue2), QDate(2025, 3, 10));
        QCOMPARE(due(m_s.dueToday), QDate(2025, 3, 12));
        QCOMPARE(due(m_s.soonB), QDate(2025, 3, 13));
        QCOMPARE(due(m_s.soonA), QDate(2025, 3, 14));
        QCOMPARE(due(m_s.parked), QDate(2025, 3, 18));
    }

    void countsTheDaysIntake()
    {
        auto r = m_f.store->dailyReport(m_f.supervisor, kDashboardDay);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(r->contents);
        QCOMPARE(r->received, qint64(6));
        QCOMPARE(r->byStatus, counts({ { "received", 4 }, { "incomplete", 1 }, { "refused", 1 } }));
        QCOMPARE(r->byChannel, counts({ { "desk", 4 }, { "online", 1 }, { "postal", 1 } }));
        QCOMPARE(r->byProcedure, counts({ { kProcA, 4 }, { kProcB, 2 } }));
        QCOMPARE(r->byUnit, counts({ { kUnitA, 4 }, { kUnitB, 2 } }));
        QCOMPARE(r->byClerk, counts({ { "clerk", 3 }, { "clerk2", 2 }, { "postal", 1 } }));
        QCOMPARE(r->clerkNames.value("clerk2"), QStringLiteral("Phạm Thu Trang"));
        QCOMPARE(r->openByStatus,
            counts({ { "received", 6 }, { "processing", 4 }, { "supplement_requested", 1 }, { "awaiting_payment", 1 },
                { "result_ready", 1 } }));
    }

    void listsTheQueues()
    {
        auto r = m_f.store->dailyReport(m_f.supervisor, kDashboardDay);
        QVERIFY(r);
        QCOMPARE(codes(r->queue(Queue::WaitingHandOver)),
            QStringList({ m_s.overdue2, m_s.dayB1, m_s.parked, m_s.dayA1, m_s.dayA2, m_s.dayOverpaid }));
        QCOMPARE(codes(r->queue(Queue::DueToday)), QStringList({ m_s.dueToday }));
        QCOMPARE(codes(r->queue(Queue::DueSoon)), QStringList({ m_s.soonB, m_s.soonA }));
        QCOMPARE(codes(r->queue(Queue::Overdue)), QStringList({ m_s.overdue5, m_s.overdue2 }));
        QCOMPARE(codes(r->queue(Queue::ReadyForReturn)), QStringList({ m_s.readyEarly }));
        QCOMPARE(codes(r->queue(Queue::WaitingSupplement)), QStringList({ m_s.pausedSupplement }));
        QCOMPARE(codes(r->queue(Queue::WaitingPayment)), QStringList({ m_s.pausedPayment }));
        const QList<qint64> sizes { 6, 1, 2, 2, 1, 1, 1, 1 };
        for (Queue q : report::allQueues())
            QCOMPARE(r->count(q), sizes.at(int(q)));

        // Overdue: working days late and who holds it (a unit, or the desk itself).
        const report::QueueRow& atUnit = r->queue(Queue::Overdue).at(0);
        QCOMPARE(atUnit.workingDaysLate, 5);
        QCOMPARE(atUnit.unit, kUnitA);
        QCOMPARE(atUnit.state, QStringLiteral("processing"));
        const report::QueueRow& atDesk = r->queue(Queue::Overdue).at(1);
        QCOMPARE(atDesk.workingDaysLate, 2);
        QCOMPARE(atDesk.unit, SiteConfig::demo().unit);
        QCOMPARE(atDesk.applicant, QStringLiteral("Phạm Quang Dũng"));
        QCOMPARE(r->queue(Queue::DueToday).first().unit, kUnitB);

        QCOMPARE(r->parked.size(), 1);
        QCOMPARE(r->parked.first().code, m_s.parked);
        QCOMPARE(r->parked.first().reason, kParkedReason);
        QCOMPARE(r->parked.first().service, QStringLiteral("DongBoHoSoMC"));
    }

    void addsUpFeesPerClerkAndListsMismatches()
    {
        auto r = m_f.store->dailyReport(m_f.supervisor, kDashboardDay);
        QVERIFY(r);
        QCOMPARE(r->fees.size(), 3);
        QCOMPARE(r->fees[0].login, QStringLiteral("clerk"));
        QCOMPARE(r->fees[0].cashVnd, qint64(350000));
        QCOMPARE(r->fees[0].transferVnd, qint64(0));
        QCOMPARE(r->fees[0].payments, 2);
        QCOMPARE(r->fees[1].login, QStringLiteral("clerk2"));
        QCOMPARE(r->fees[1].name, QStringLiteral("Phạm Thu Trang"));
        QCOMPARE(r->fees[1].cashVnd, qint64(50000));
        QCOMPARE(r->fees[1].transferVnd, qint64(150000));
        QCOMPARE(r->fees[2].login, QStringLiteral("postal"));
        QCOMPARE(r->fees[2].cashVnd, qint64(100000));
        QCOMPARE(r->feesCashVnd(), qint64(500000));
        QCOMPARE(r->feesTransferVnd(), qint64(150000)); // the 30,000 of 11/03 is not the day's

        QCOMPARE(r->mismatchCount, qint64(3));
        QHash<QString, report::FeeMismatch> byCode;
        for (const report::FeeMismatch& m : r->mismatches)
            byCode.insert(m.code, m);
        QCOMPARE(byCode.size(), 3);
        const report::FeeMismatch under = byCode.value(m_s.pausedPayment);
        QCOMPARE(under.kind, report::FeeMismatch::Kind::Underpaid);
        QCOMPARE(under.expectedVnd, std::optional<qint64>(200000));
        QCOMPARE(under.paidVnd, qint64(50000));
        QCOMPARE(under.basis, QStringLiteral("fee_notice"));
        QCOMPARE(under.clerks, QStringList { "clerk2" });
        const report::FeeMismatch over = byCode.value(m_s.dayOverpaid);
        QCOMPARE(over.kind, report::FeeMismatch::Kind::Overpaid);
        QCOMPARE(over.expectedVnd, std::optional<qint64>(150000));
        QCOMPARE(over.basis, QStringLiteral("catalogue"));
        const report::FeeMismatch none = byCode.value(m_s.dayB1);
        QCOMPARE(none.kind, report::FeeMismatch::Kind::NoFeeNotice);
        QCOMPARE(none.expectedVnd, std::nullopt);
        QCOMPARE(none.paidVnd, qint64(100000));
        QCOMPARE(none.clerks, QStringList { "postal" });
        QVERIFY(!byCode.contains(m_s.dayA1)); // paid what the catalogue says
        QVERIFY(!byCode.contains(m_s.dayA2));
    }

    void countsTheDaysRatings()
    {
        auto r = m_f.store->dailyReport(m_f.supervisor, kDashboardDay);
        QVERIFY(r);
        QCOMPARE(r->ratings[0], qint64(1));
        QCOMPARE(r->ratings[1], qint64(1));
        QCOMPARE(r->ratings[2], qint64(0)); // the 3 was given on 11/03
        auto before = m_f.store->dailyReport(m_f.supervisor, kDashboardDay.addDays(-1));
        QVERIFY(before);
        QCOMPARE(before->ratings[2], qint64(1));
        QCOMPARE(before->received, qint64(1));
        QCOMPARE(before->fees.size(), 1);
        QCOMPARE(before->fees.first().transferVnd, qint64(30000));
        QCOMPARE(before->mismatchCount, qint64(1)); // 30,000 paid, the catalogue says 150,000
    }

    void jsonHasTheContractKeys()
    {
        auto r = m_f.store->dailyReport(m_f.supervisor, kDashboardDay);
        QVERIFY(r);
        const QJsonObject j = r->toJson();
        for (const char* key : { "date", "received", "by_status", "waiting_hand_over", "due_today", "overdue",
                 "ready_for_return", "fees", "ratings" })
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j.value("date").toString(), QStringLiteral("2025-03-12"));
        QCOMPARE(j.value("overdue").toArray().at(0).toObject().value("working_days_late").toInt(), 5);
        QCOMPARE(j.value("overdue").toArray().at(0).toObject().value("unit").toString(), kUnitA);
        QCOMPARE(j.value("fees").toArray().at(0).toObject().value("cash").toInteger(), 350000);
        QCOMPARE(j.value("ratings").toObject().value("1").toInteger(), 1);
        QCOMPARE(j.value("waiting_hand_over").toArray().size(), 6);
    }

    void listsCanBeCutWithExactCounts()
    {
        auto r = m_f.store->dailyReport(m_f.supervisor, kDashboardDay, 2);
        QVERIFY(r);
        QCOMPARE(r->queue(Queue::WaitingHandOver).size(), 2);
        QCOMPARE(r->count(Queue::WaitingHandOver), qint64(6));
    }

    // The administrator: counts, never a dossier (code, name, list) nor money per person.
    void administratorSeesCountsOnly()
    {
        auto r = m_f.store->dailyReport(m_f.admin, kDashboardDay);
        QVERIFY(r);
        QVERIFY(!r->contents);
        QCOMPARE(r->received, qint64(6));
        QCOMPARE(r->count(Queue::Overdue), qint64(2));
        QCOMPARE(r->count(Queue::Parked), qint64(1));
        QCOMPARE(r->mismatchCount, qint64(3));
        for (Queue q : report::allQueues())
            QVERIFY(r->queue(q).isEmpty());
        QVERIFY(r->parked.isEmpty());
        QVERIFY(r->fees.isEmpty());
        QVERIFY(r->mismatches.isEmpty());
        const QByteArray json = QJsonDocument(r->toJson()).toJson();
        for (const QString& code : { m_s.overdue5, m_s.dayA1, m_s.parked, m_s.pausedPayment })
            QVERIFY2(!json.contains(code.toUtf8()), qPrintable(code));
        QVERIFY(!json.contains("Phạm Quang Dũng"));
        QCOMPARE(r->toJson().value("scope").toString(), QStringLiteral("counts"));
        QVERIFY(!m_f.store->auditChainHead(m_f.admin));
    }

    void countersAndPostalStaffSeeNothing()
    {
        for (const store::Actor* who : { &m_f.clerk, &m_f.postal }) {
            auto r = m_f.store->dailyReport(*who, kDashboardDay);
            QVERIFY(!r);
            QCOMPARE(r.error().kind, ErrorKind::Permission);
            QVERIFY(!m_f.store->dashboardCharts(*who, kDashboardDay));
            QVERIFY(!m_f.store->auditChainHead(*who));
        }
    }

    void chartsSeries()
    {
        auto c = m_f.store->dashboardCharts(m_f.supervisor, kDashboardDay, 2);
        QVERIFY(c);
        QCOMPARE(c->from, QDate(2025, 3, 3));
        QCOMPARE(c->days.size(), 10);
        const auto day = [&c](int d) { return c->days.at(QDate(2025, 3, 3).daysTo(QDate(2025, 3, d))); };
        QCOMPARE(day(3).desk, qint64(3));
        QCOMPARE(day(3).online, qint64(1));
        QCOMPARE(day(4).desk, qint64(1));
        QCOMPARE(day(7).desk, qint64(1));
        QCOMPARE(day(7).postal, qint64(1));
        QCOMPARE(day(8).desk + day(8).postal + day(8).online, qint64(0));
        QCOMPARE(day(12).desk, qint64(4));
        QCOMPARE(day(12).online, qint64(1));
        QCOMPARE(day(12).postal, qint64(1));
        QCOMPARE(c->weeks.size(), 2);
        const report::DashboardCharts::Week& w1 = c->weeks.at(0);
        QCOMPARE(w1.early, qint64(2));
        QCOMPARE(w1.onTime, qint64(0));
        QCOMPARE(w1.late, qint64(1));
        QCOMPARE(w1.onTimeRate(), 2.0 / 3.0);
        QCOMPARE(w1.received, qint64(7));
        QCOMPARE(w1.digitised, qint64(0));
        const report::DashboardCharts::Week& w2 = c->weeks.at(1);
        QCOMPARE(w2.early + w2.onTime + w2.late, qint64(0));
        QCOMPARE(w2.onTimeRate(), -1.0);
        QCOMPARE(w2.received, qint64(6)); // the incomplete and the refused ones are not in the book
        QCOMPARE(w2.digitised, qint64(1));
        QCOMPARE(w2.ratings[0], qint64(1));
        QCOMPARE(w2.ratings[1], qint64(1));
        QCOMPARE(w2.ratings[2], qint64(1));
        QCOMPARE(w2.satisfiedShare(), 2.0 / 3.0);
        // The administrator gets the same aggregates.
        auto admin = m_f.store->dashboardCharts(m_f.admin, kDashboardDay, 2);
        QVERIFY(admin);
        QCOMPARE(admin->toJson(), c->toJson());
    }

    void auditHeadForTheClosingSheet()
    {
        auto head = m_f.store->auditChainHead(m_f.supervisor);
        QVERIFY(head);
        auto verified = m_f.store->verifyAudit(m_f.supervisor);
        QVERIFY(verified);
        QCOMPARE(head->seq, verified->head.seq);
        QCOMPARE(head->hash, verified->head.hash);
        QCOMPARE(head->hash.size(), 64); // lower-case hex SHA-256
    }
};

QTEST_GUILESS_MAIN(TestDailyReport)
#include "test_dailyreport.moc"
