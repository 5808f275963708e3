// The period-level reports over a seeded store (tests/support/ReportMix: March 2025): the periodic report
// in total, by procedure and by channel; the satisfaction summary; the tracking book as a table; who may
// read what (supervisor everything, administrator counts only, counter staff nothing); report periods.
#include "core/Translations.h"
#include "core/report/PeriodReport.h"
#include "core/report/SatisfactionSummary.h"
#include "core/report/TrackingBookReport.h"
#include "tests/support/ReportMix.h"

#include <QJsonArray>
#include <QtTest>

using namespace motcua;
using namespace motcua::report;
using namespace motcua::test;

namespace {

// carried, desk, postal, online, early, on time, late, within, overdue, ended
PeriodCounts counts(std::initializer_list<qint64> v)
{
    const QList<qint64> l(v);
    PeriodCounts c;
    c.carriedOver = l[0];
    c.receivedDesk = l[1];
    c.receivedPostal = l[2];
    c.receivedOnline = l[3];
    c.early = l[4];
    c.onTime = l[5];
    c.late = l[6];
    c.withinLimit = l[7];
    c.overdue = l[8];
    c.endedOther = l[9];
    return c;
}

QString show(const PeriodCounts& c)
{
    return QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
}

const ReportPeriod kMarch = ReportPeriod::month(2025, 3);

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    StoreFixture* m_f = nullptr;

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void init()
    {
        m_f = new StoreFixture;
        QVERIFY(m_f->setUp());
        const ReportMix mix = seedReportMix(*m_f);
        QVERIFY2(mix.error.isEmpty(), qPrintable(mix.error));
    }
    void cleanup()
    {
        delete m_f;
        m_f = nullptr;
    }

    void periodicReportTotals()
    {
        auto r = PeriodReport::load(*m_f->store, m_f->supervisor, kMarch);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->cutoffUtc, Clock::local(QDate(2025, 4, 1)).toUTC());
        const PeriodCounts expected = counts({ 3, 5, 1, 1, 2, 1, 2, 2, 2, 1 });
        QVERIFY2(r->total == expected, qPrintable(show(r->total)));
        QCOMPARE(r->total.toHandle(), r->total.resolved() + r->total.inProgress() + r->total.endedOther);
        const QJsonObject j = r->toJson();
        QCOMPARE(j.value("received").toInt(), 7);
        QCOMPARE(j.value("carried_over").toInt(), 3);
        QCOMPARE(j.value("resolved").toObject().value("early").toInt(), 2);
        QCOMPARE(j.value("resolved").toObject().value("on_time").toInt(), 1);
        QCOMPARE(j.value("resolved").toObject().value("late").toInt(), 2);
        QCOMPARE(j.value("in_progress").toObject().value("within_limit").toInt(), 2);
        QCOMPARE(j.value("in_progress").toObject().value("overdue").toInt(), 2);
        QCOMPARE(j.value("from").toString(), QStringLiteral("2025-03-01"));
        QCOMPARE(j.value("to").toString(), QStringLiteral("2025-03-31"));
        QCOMPARE(j.value("by_procedure").toArray().size(), 3);
    }

    void periodicReportByProcedureAndChannel()
    {
        auto r = PeriodReport::load(*m_f->store, m_f->supervisor, kMarch);
        QVERIFY(r);
        QCOMPARE(r->byProcedure.size(), 3);
        QCOMPARE(r->byProcedure[0].key, QStringLiteral("LOCAL-RF-001"));
        QVERIFY2(r->byProcedure[0].counts == counts({ 2, 1, 1, 1, 1, 1, 0, 1, 1, 1 }),
            qPrintable(show(r->byProcedure[0].counts)));
        QCOMPARE(r->byProcedure[1].key, QStringLiteral("LOCAL-RF-002"));
        QVERIFY2(r->byProcedure[1].counts == counts({ 0, 1, 0, 0, 1, 0, 0, 0, 0, 0 }),
            qPrintable(show(r->byProcedure[1].counts)));
        QCOMPARE(r->byProcedure[2].key, QStringLiteral("LOCAL-VT-001"));
        QVERIFY2(r->byProcedure[2].counts == counts({ 1, 3, 0, 0, 0, 0, 2, 1, 1, 0 }),
            qPrintable(show(r->byProcedure[2].counts)));
        QCOMPARE(r->byChannel.size(), 3);
        QCOMPARE(r->byChannel[0].key, QStringLiteral("desk"));
        QVERIFY2(r->byChannel[0].counts == counts({ 2, 5, 0, 0, 2, 0, 1, 1, 2, 1 }),
            qPrintable(show(r->byChannel[0].counts)));
        QCOMPARE(r->byChannel[1].key, QStringLiteral("postal"));
        QVERIFY2(r->byChannel[1].counts == counts({ 1, 0, 1, 0, 0, 0, 1, 1, 0, 0 }),
            qPrintable(show(r->byChannel[1].counts)));
        QCOMPARE(r->byChannel[2].key, QStringLiteral("online"));
        QVERIFY2(r->byChannel[2].counts == counts({ 0, 0, 0, 1, 0, 1, 0, 0, 0, 0 }),
            qPrintable(show(r->byChannel[2].counts)));
    }

    void periodicReportTableCells()
    {
        auto r = PeriodReport::load(*m_f->store, m_f->supervisor, kMarch);
        QVERIFY(r);
        const ReportTable t = r->toTable();
        QCOMPARE(t.subtitle, QStringLiteral("From 01/03/2025 to 31/03/2025"));
        QCOMPARE(t.headers.size(), 16);
        QCOMPARE(t.rows.size(), 4);
        auto plain = [](const QList<ReportCell>& row) {
            QStringList l;
            for (const ReportCell& c : row)
                l << c.plainText();
            return l.join(QLatin1Char('|'));
        };
        QCOMPARE(plain(t.rows[0]).section('|', 3), QStringLiteral("5|2|1|1|1|2|1|1|0|2|1|1|1"));
        QCOMPARE(plain(t.rows[1]).section('|', 3), QStringLiteral("1|0|1|0|0|1|1|0|0|0|0|0|0"));
        QCOMPARE(plain(t.rows[2]).section('|', 3), QStringLiteral("4|1|3|0|0|2|0|0|2|2|1|1|0"));
        QCOMPARE(plain(t.rows[3]), QStringLiteral("||Total|10|3|5|1|1|5|2|1|2|4|2|2|1"));
        const ReportTable ch = r->channelTable();
        QCOMPARE(ch.rows.size(), 4);
        QCOMPARE(plain(ch.rows[2]), QStringLiteral("Online|1|0|0|0|1|1|0|1|0|0|0|0|0"));
    }

    void aYearAndAQuarterCountTheSameMarchDossiers()
    {
        auto q1 = PeriodReport::load(*m_f->store, m_f->supervisor, ReportPeriod::quarter(2025, 1));
        QVERIFY(q1);
        // Q1: everything received from February too; nothing carried over from 2024; A resolved in Q1.
        QCOMPARE(q1->total.carriedOver, 0);
        QCOMPARE(q1->total.received(), 11); // A B C D in February, E..K in March
        QCOMPARE(q1->total.resolved(), 6);
        auto april = PeriodReport::load(*m_f->store, m_f->supervisor, ReportPeriod::month(2025, 4));
        QVERIFY(april);
        // Cut-off: now (15/04), before the month's end. Carried: B H I K (E came back on 31/03); received: M.
        QCOMPARE(april->cutoffUtc, m_f->clock.now().toUTC());
        QCOMPARE(april->total.carriedOver, 4);
        QCOMPARE(april->total.received(), 1);
        QCOMPARE(april->total.resolved(), 0);
        QCOMPARE(april->total.inProgress(), 5);
    }

    void satisfactionSummary()
    {
        auto s = SatisfactionSummary::load(*m_f->store, m_f->supervisor, kMarch);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->total.verySatisfied, 2);
        QCOMPARE(s->total.satisfied, 1);
        QCOMPARE(s->total.dissatisfied, 1);
        QCOMPARE(s->byAgency.size(), 2);
        QCOMPARE(s->byAgency[0].key, QStringLiteral("Cục Tần số vô tuyến điện"));
        QCOMPARE(s->byAgency[0].counts, (RatingCounts { 1, 1, 0 }));
        QCOMPARE(s->byAgency[1].key, QStringLiteral("Ủy ban nhân dân cấp tỉnh"));
        QCOMPARE(s->byAgency[1].counts, (RatingCounts { 1, 0, 1 }));
        QCOMPARE(s->byProcedure.size(), 3);
        QCOMPARE(s->byProcedure[0].counts, (RatingCounts { 0, 1, 0 })); // RF-001: D
        QCOMPARE(s->byProcedure[1].counts, (RatingCounts { 1, 0, 0 })); // RF-002: F
        QCOMPARE(s->byProcedure[2].counts, (RatingCounts { 1, 0, 1 })); // VT-001: C, G
        QCOMPARE(s->byClerk.size(), 3);
        QCOMPARE(s->byClerk[0].key, QStringLiteral("Nguyễn Thị Hoa"));
        QCOMPARE(s->byClerk[0].counts, (RatingCounts { 0, 0, 1 }));
        QCOMPARE(s->byClerk[1].key, QStringLiteral("Phạm Thị Lan"));
        QCOMPARE(s->byClerk[1].counts, (RatingCounts { 1, 1, 0 }));
        QCOMPARE(s->byClerk[2].key, QStringLiteral("Trần Văn Bưu"));
        QCOMPARE(s->byClerk[2].counts, (RatingCounts { 1, 0, 0 }));
        const ReportTable t = s->toTable();
        QCOMPARE(t.rows.size(), 1 + 2 + 3 + 3);
        QCOMPARE(t.rows[0][5].number, 4);
        const QJsonObject j = s->toJson();
        QCOMPARE(j.value("total").toObject().value("1").toInt(), 2);
        QCOMPARE(j.value("by_clerk").toArray().size(), 3);
    }

    void trackingBookTable()
    {
        auto t = TrackingBookReport::load(*m_f->store, m_f->supervisor, kMarch);
        QVERIFY(t);
        QCOMPARE(t->title, QStringLiteral("DOSSIER TRACKING BOOK"));
        QCOMPARE(t->headers.size(), 13);
        QCOMPARE(t->rows.size(), 7);
        const ReportMix expectedCodes = [&] {
            ReportMix m;
            for (const auto& row : t->rows)
                m.codesInMarchBook << row[1].text;
            return m;
        }();
        QCOMPARE(t->rows[0][3].text, QStringLiteral("Người nộp E"));
        QCOMPARE(t->rows[0][6].date, QDate(2025, 3, 3));
        QCOMPARE(t->rows[0][8].date, QDate(2025, 3, 4)); // sent to the unit
        QCOMPARE(t->rows[0][9].date, QDate(2025, 3, 31)); // result back on its due date
        QCOMPARE(t->rows[0][10].date, QDate(2025, 4, 3)); // returned in April
        QCOMPARE(t->rows[1][0].number, qint64(t->rows[0][0].number + 1));
        QVERIFY(!t->rows[4][8].date.isValid()); // I: never handed over
        QCOMPARE(expectedCodes.codesInMarchBook.size(), 7);
    }

    void administratorSeesCountsButNoDossier()
    {
        auto r = PeriodReport::load(*m_f->store, m_f->admin, kMarch);
        QVERIFY(r);
        QCOMPARE(r->total.toHandle(), 10);
        QVERIFY(SatisfactionSummary::load(*m_f->store, m_f->admin, kMarch));
        auto book = TrackingBookReport::load(*m_f->store, m_f->admin, kMarch);
        QVERIFY(!book);
        QCOMPARE(book.error().kind, ErrorKind::Permission);
        // The counts carry no code and no applicant.
        const QString json = QString::fromUtf8(QJsonDocument(r->toJson()).toJson());
        QVERIFY(!json.contains(QStringLiteral("Người nộp")));
    }

    void counterStaffSeeNoReport()
    {
        for (const store::Actor* who : { &m_f->clerk, &m_f->postal }) {
            auto r = PeriodReport::load(*m_f->store, *who, kMarch);
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("permission_denied"));
            QVERIFY(!SatisfactionSummary::load(*m_f->store, *who, kMarch));
            QVERIFY(!TrackingBookReport::load(*m_f->store, *who, kMarch));
        }
    }

    void invalidPeriod()
    {
        auto r = PeriodReport::load(*m_f->store, m_f->supervisor, { QDate(2025, 3, 31), QDate(2025, 3, 1) });
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("invalid_period"));
    }

    void periods()
    {
        QCOMPARE(ReportPeriod::month(2024, 2).to, QDate(2024, 2, 29));
        QCOMPARE(ReportPeriod::quarter(2025, 4).from, QDate(2025, 10, 1));
        QCOMPARE(ReportPeriod::quarter(2025, 4).to, QDate(2025, 12, 31));
        QVERIFY(!ReportPeriod::quarter(2025, 5).isValid());
        QCOMPARE(ReportPeriod::year(2026).to, QDate(2026, 12, 31));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "test_reports.moc"
