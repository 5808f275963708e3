// `motcua report daily` (issue 14) on the known mix of tests/support/DashboardSeed.h: the JSON keys of
// the contract and every figure, the day chosen with --date or taken from --now, the administrator's
// counts-only answer (no code in it), a clerk refused (exit 4), usage errors (exit 2).
#include "tests/support/CliRunner.h"
#include "tests/support/DashboardSeed.h"
#include "tests/support/XlsxReadBack.h"

#include <QJsonArray>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

class TestCliReportDaily : public QObject
{
    Q_OBJECT

    StoreFixture m_f;
    DashboardSeed m_s;

    CliResult report(const QString& login, const QStringList& extra = {})
    {
        QStringList args { "--data-dir", m_f.dir.path(), "--now", "2025-03-12T09:05:00", "--user", login, "report",
            "daily" };
        return runCli(args + extra, {}, passwordEnv(kTestPassword));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.setUp());
        QVERIFY(seedDashboard(m_f, m_s));
    }

    void supervisorGetsTheWholeDay()
    {
        const CliResult r = report("super");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json.object();
        QCOMPARE(j.value("date").toString(), QStringLiteral("2025-03-12"));
        QCOMPARE(j.value("scope").toString(), QStringLiteral("full"));
        QCOMPARE(j.value("received").toInt(), 6);
        QCOMPARE(
            j.value("by_status").toObject(), QJsonObject({ { "received", 4 }, { "incomplete", 1 }, { "refused", 1 } }));
        QCOMPARE(j.value("by_channel").toObject(), QJsonObject({ { "desk", 4 }, { "online", 1 }, { "postal", 1 } }));
        QCOMPARE(j.value("by_clerk").toObject(), QJsonObject({ { "clerk", 3 }, { "clerk2", 2 }, { "postal", 1 } }));
        QCOMPARE(j.value("by_unit").toObject(), QJsonObject({ { kUnitA, 4 }, { kUnitB, 2 } }));
        QCOMPARE(strings(j.value("waiting_hand_over")),
            QStringList({ m_s.overdue2, m_s.dayB1, m_s.parked, m_s.dayA1, m_s.dayA2, m_s.dayOverpaid }));
        QCOMPARE(strings(j.value("due_today")), QStringList({ m_s.dueToday }));
        QCOMPARE(strings(j.value("due_within_2_working_days")), QStringList({ m_s.soonB, m_s.soonA }));
        QCOMPARE(strings(j.value("ready_for_return")), QStringList({ m_s.readyEarly }));
        QCOMPARE(strings(j.value("waiting_supplement")), QStringList({ m_s.pausedSupplement }));
        QCOMPARE(strings(j.value("waiting_payment")), QStringList({ m_s.pausedPayment }));
        const QJsonArray overdue = j.value("overdue").toArray();
        QCOMPARE(overdue.size(), 2);
        QCOMPARE(overdue.at(0).toObject().value("code").toString(), m_s.overdue5);
        QCOMPARE(overdue.at(0).toObject().value("working_days_late").toInt(), 5);
        QCOMPARE(overdue.at(0).toObject().value("unit").toString(), kUnitA);
        QCOMPARE(overdue.at(1).toObject().value("working_days_late").toInt(), 2);
        QCOMPARE(overdue.at(1).toObject().value("unit").toString(), SiteConfig::demo().unit);
        const QJsonArray parked = j.value("parked").toArray();
        QCOMPARE(parked.size(), 1);
        QCOMPARE(parked.at(0).toObject().value("reason").toString(), kParkedReason);

        const QJsonArray fees = j.value("fees").toArray();
        QCOMPARE(fees.size(), 3);
        const QList<std::tuple<QString, int, int>> expected { { "clerk", 350000, 0 }, { "clerk2", 50000, 150000 },
            { "postal", 100000, 0 } };
        for (int i = 0; i < 3; ++i) {
            const QJsonObject f = fees.at(i).toObject();
            QCOMPARE(f.value("clerk").toString(), std::get<0>(expected[i]));
            QCOMPARE(f.value("cash").toInt(), std::get<1>(expected[i]));
            QCOMPARE(f.value("transfer").toInt(), std::get<2>(expected[i]));
        }
        QCOMPARE(j.value("fees_total").toObject(), QJsonObject({ { "cash", 500000 }, { "transfer", 150000 } }));
        QCOMPARE(j.value("fee_mismatches").toArray().size(), 3);
        QCOMPARE(j.value("ratings").toObject(), QJsonObject({ { "1", 1 }, { "2", 1 }, { "3", 0 } }));
        QCOMPARE(j.value("counts").toObject().value("overdue").toInt(), 2);
    }

    void anotherDay()
    {
        const CliResult r = report("super", { "--date", "2025-03-11" });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json.object();
        QCOMPARE(j.value("date").toString(), QStringLiteral("2025-03-11"));
        QCOMPARE(j.value("received").toInt(), 1);
        QCOMPARE(j.value("ratings").toObject(), QJsonObject({ { "1", 0 }, { "2", 0 }, { "3", 1 } }));
        QCOMPARE(j.value("fees").toArray().at(0).toObject().value("transfer").toInt(), 30000);
    }

    void administratorGetsCountsOnly()
    {
        const CliResult r = report("admin");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json.object();
        QCOMPARE(j.value("scope").toString(), QStringLiteral("counts"));
        QCOMPARE(j.value("received").toInt(), 6);
        QCOMPARE(j.value("counts").toObject().value("waiting_hand_over").toInt(), 6);
        QCOMPARE(j.value("waiting_hand_over").toArray().size(), 0);
        QCOMPARE(j.value("fees").toArray().size(), 0);
        for (const QString& code : { m_s.overdue5, m_s.dayA1, m_s.parked, m_s.pausedPayment })
            QVERIFY2(!r.out.contains(code.toUtf8()), qPrintable(code));
    }

    void clerkIsRefused()
    {
        const CliResult r = report("clerk");
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.error().value("code").toString(), QStringLiteral("permission_denied"));
    }

    // The same figures exported: CSV (UTF-8 with BOM) on stdout, XLSX read back with openpyxl, PDF.
    void exports()
    {
        const CliResult csv = report("super", { "--format", "csv" });
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QVERIFY(csv.out.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.out);
        QVERIFY2(text.contains(m_s.overdue5 + QStringLiteral(",5,")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Phạm Thu Trang (clerk2),,150000,")));

        const QString xlsx = m_f.dir.filePath("daily.xlsx");
        const CliResult x = report("super", { "--format", "xlsx", "--out", xlsx });
        QVERIFY2(x.exitCode == 0, x.err.constData());
        const QJsonObject summary = x.json.object();
        QCOMPARE(summary.value("format").toString(), QStringLiteral("xlsx"));
        const XlsxSheet sheet = readXlsx(xlsx);
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QCOMPARE(sheet.rows.size() - 4, summary.value("rows").toInt()); // title, subtitle, blank, headers
        bool sawOverdue = false, sawFees = false;
        for (const QJsonValue& row : sheet.rows) {
            const QJsonArray cells = row.toArray();
            if (cells.at(2).toString() == m_s.overdue5 && cells.at(3).toDouble() == 5)
                sawOverdue = true;
            if (cells.at(1).toString() == QStringLiteral("Nguyễn Thị Hoa (clerk)") && cells.at(3).toDouble() == 350000)
                sawFees = true;
        }
        QVERIFY(sawOverdue);
        QVERIFY(sawFees);
        QCOMPARE(sheet.rows.at(4).toArray().at(3).toDouble(), 6.0); // received on the day

        const QString pdf = m_f.dir.filePath("daily.pdf");
        const CliResult p = report("super", { "--format", "pdf", "--out", pdf });
        QVERIFY2(p.exitCode == 0, p.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
        QCOMPARE(report("super", { "--format", "xlsx" }).exitCode, 2); // a file format needs --out
    }

    void usageErrors()
    {
        QCOMPARE(report("super", { "--date", "12/03/2025" }).exitCode, 2);
        QCOMPARE(runCli({ "--data-dir", m_f.dir.path(), "report", "weekly" }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReportDaily)
#include "test_cli_report_daily.moc"
