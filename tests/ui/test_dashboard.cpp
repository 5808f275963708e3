// DashboardPage on the known mix of tests/support/DashboardSeed.h: the counts, queues, fees and
// mismatches shown in its models (each checked by QAbstractItemModelTester), a row opening its dossier,
// the apology slip through the reschedule step, the closing sheet with the audit head, the administrator's
// counts-only view, and the refresh as the day goes on (read on a worker of its own).
#include "tests/support/DashboardSeed.h"

#include "core/Translations.h"
#include "ui/DashboardChartsView.h"
#include "ui/DashboardPage.h"
#include "ui/DashboardTableModel.h"
#include "ui/StoreWorker.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;
using report::Queue;

namespace {

std::unique_ptr<ui::StoreWorker> workerFor(const StoreFixture& f)
{
    auto opened = store::Store::open(f.dbPath());
    if (!opened || !opened.value()->setSite(SiteConfig::demo()))
        return nullptr;
    return std::make_unique<ui::StoreWorker>(std::move(opened.value()));
}

QStringList column(const ui::DashboardTableModel* m, int c)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, c).data().toString();
    return out;
}

struct Dashboard {
    StoreFixture f;
    DashboardSeed s;
    std::unique_ptr<ui::StoreWorker> reader, writer;
    std::unique_ptr<ui::DashboardPage> page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    bool open(const store::Actor& who)
    {
        reader = workerFor(f);
        writer = workerFor(f);
        if (!reader || !writer)
            return false;
        page = std::make_unique<ui::DashboardPage>(*reader, *writer, who, SiteConfig::demo());
        for (ui::DashboardTableModel* m :
            { page->queueModel(), page->parkedModel(), page->countsModel(), page->feesModel(), page->mismatchModel() })
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QSignalSpy refreshed(page.get(), &ui::DashboardPage::refreshed);
        page->resize(1200, 800);
        page->show();
        return refreshed.wait(20000);
    }
};

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void showsTheDaysFigures()
    {
        Dashboard d;
        QVERIFY(d.f.setUp());
        QVERIFY(seedDashboard(d.f, d.s));
        QVERIFY(d.open(d.f.supervisor));
        ui::DashboardPage& page = *d.page;
        QCOMPARE(page.day(), kDashboardDay);
        QVERIFY(page.report().contents);
        auto* summary = page.findChild<QLabel*>(QStringLiteral("dashboard_summary"));
        QVERIFY2(summary->text().contains(QStringLiteral("12/03/2025: 6.")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("Overdue: 2.")));

        // The queue list with its counts, and each queue's rows.
        auto* queues = page.findChild<QListWidget*>(QStringLiteral("dashboard_queues"));
        QCOMPARE(queues->count(), report::kQueueCount);
        QCOMPARE(queues->item(int(Queue::WaitingHandOver))->text(), QStringLiteral("Waiting for hand-over: 6"));
        QCOMPARE(queues->item(int(Queue::Overdue))->text(), QStringLiteral("Overdue: 2"));
        QCOMPARE(queues->item(int(Queue::Parked))->text(), QStringLiteral("Parked in sync: 1"));
        page.showQueue(Queue::Overdue);
        QCOMPARE(column(page.queueModel(), 0), QStringList({ d.s.overdue5, d.s.overdue2 }));
        QCOMPARE(column(page.queueModel(), 3), QStringList({ kUnitA, SiteConfig::demo().unit }));
        QCOMPARE(column(page.queueModel(), 7), QStringList({ "5", "2" }));
        QCOMPARE(page.queueModel()->index(1, 1).data().toString(), QStringLiteral("Phạm Quang Dũng"));
        page.showQueue(Queue::DueSoon);
        QCOMPARE(column(page.queueModel(), 0), QStringList({ d.s.soonB, d.s.soonA }));
        page.showQueue(Queue::WaitingHandOver);
        QCOMPARE(page.queueModel()->rowCount(), 6);
        page.showQueue(Queue::WaitingSupplement);
        QCOMPARE(column(page.queueModel(), 0), QStringList({ d.s.pausedSupplement }));
        page.showQueue(Queue::Parked);
        auto* table = page.findChild<QTableView*>(QStringLiteral("dashboard_queue"));
        QCOMPARE(table->model(), page.parkedModel());
        QCOMPARE(column(page.parkedModel(), 0), QStringList({ d.s.parked }));
        QCOMPARE(column(page.parkedModel(), 2), QStringList({ kParkedReason }));

        // Counts by channel and by clerk, with the total.
        page.showBreakdown(ui::DashboardPage::Breakdown::Channel);
        QCOMPARE(column(page.countsModel(), 0), QStringList({ "At the desk", "Online", "By post", "Total" }));
        QCOMPARE(column(page.countsModel(), 1), QStringList({ "4", "1", "1", "6" }));
        page.showBreakdown(ui::DashboardPage::Breakdown::Clerk);
        QCOMPARE(column(page.countsModel(), 0).at(1), QStringLiteral("Phạm Thu Trang (clerk2)"));
        QCOMPARE(column(page.countsModel(), 1), QStringList({ "3", "2", "1", "6" }));

        // Fees per clerk and the mismatches.
        QCOMPARE(column(page.feesModel(), 1), QStringList({ "350.000", "50.000", "100.000" }));
        QCOMPARE(column(page.feesModel(), 2), QStringList({ "0", "150.000", "0" }));
        QCOMPARE(column(page.feesModel(), 3), QStringList({ "350.000", "200.000", "100.000" }));
        QCOMPARE(page.mismatchModel()->rowCount(), 3);
        QStringList mismatched = column(page.mismatchModel(), 0);
        mismatched.sort();
        QStringList expected { d.s.pausedPayment, d.s.dayB1, d.s.dayOverpaid };
        expected.sort();
        QCOMPARE(mismatched, expected);
        auto* total = page.findChild<QLabel*>(QStringLiteral("dashboard_fees_total"));
        QVERIFY2(total->text().contains(QStringLiteral("500.000")), qPrintable(total->text()));
        QVERIFY(total->text().contains(QStringLiteral("150.000")));

        // Charts: eight weeks, four charts drawn.
        QCOMPARE(page.charts().weeks.size(), 8);
        auto* charts = page.findChild<ui::DashboardChartsView*>();
        QVERIFY(charts);
        QCOMPARE(charts->intakeView()->chart()->series().size(), 1);
        QCOMPARE(charts->satisfactionView()->chart()->series().size(), 1);
    }

    void rowOpensItsDossier()
    {
        Dashboard d;
        QVERIFY(d.f.setUp());
        QVERIFY(seedDashboard(d.f, d.s));
        QVERIFY(d.open(d.f.supervisor));
        d.page->showQueue(Queue::ReadyForReturn);
        d.page->selectRow(0);
        QSignalSpy opened(d.page.get(), &ui::DashboardPage::openDossier);
        auto* open = d.page->findChild<QPushButton*>(QStringLiteral("dashboard_open"));
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), d.s.readyEarly);
    }

    void overdueDossierGetsItsApologySlip()
    {
        Dashboard d;
        QVERIFY(d.f.setUp());
        QVERIFY(seedDashboard(d.f, d.s));
        QVERIFY(d.open(d.f.supervisor));
        ui::DashboardPage& page = *d.page;
        print::PrintRequest printed;
        page.setPrintSink([&printed](const print::PrintRequest& r) -> Status {
            printed = r;
            return {};
        });
        QString asked;
        page.setApologyQuestion([&asked](const report::QueueRow& row) {
            asked = row.code;
            return std::optional(
                ui::DashboardPage::Apology { QStringLiteral("Chờ ý kiến cơ quan phối hợp"), QDate(2025, 3, 20) });
        });
        auto* apology = page.findChild<QPushButton*>(QStringLiteral("dashboard_apology"));
        page.showQueue(Queue::DueToday);
        page.selectRow(0);
        QVERIFY(!apology->isEnabled()); // only from the overdue list
        page.showQueue(Queue::Overdue);
        page.selectRow(0);
        QVERIFY(apology->isEnabled());
        QSignalSpy issued(&page, &ui::DashboardPage::apologyIssued);
        QSignalSpy refreshed(&page, &ui::DashboardPage::refreshed);
        QTest::mouseClick(apology, Qt::LeftButton);
        QVERIFY(issued.wait(10000));
        QCOMPARE(asked, d.s.overdue5);
        QCOMPARE(printed.key, forms::FormKey::ApologyExtension);
        QCOMPARE(printed.dossier.code, d.s.overdue5);
        QCOMPARE(printed.dossier.reason, QStringLiteral("Chờ ý kiến cơ quan phối hợp"));
        QCOMPARE(printed.dossier.newAppointment.date(), QDate(2025, 3, 20));
        QCOMPARE(printed.dossier.appointment.date(), QDate(2025, 3, 5));
        QCOMPARE(d.f.store->dossier(d.f.supervisor, d.s.overdue5)->dueLocal.date(), QDate(2025, 3, 20));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(page.report().count(Queue::Overdue), qint64(1));
        QCOMPARE(column(page.queueModel(), 0), QStringList({ d.s.overdue2 }));
    }

    void closingSheetWithTheAuditHead()
    {
        Dashboard d;
        QVERIFY(d.f.setUp());
        QVERIFY(seedDashboard(d.f, d.s));
        QVERIFY(d.open(d.f.supervisor));
        ui::DashboardPage& page = *d.page;
        print::ClosingSheet sheet;
        page.setClosingSheetSink([&sheet](const print::ClosingSheet& s) -> Status {
            sheet = s;
            return {};
        });
        auto* fees = page.findChild<QTableView*>(QStringLiteral("dashboard_fees"));
        fees->setCurrentIndex(page.feesModel()->index(1, 0)); // clerk2
        QSignalSpy printed(&page, &ui::DashboardPage::closingSheetPrinted);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("dashboard_closing_sheet")), Qt::LeftButton);
        QVERIFY(printed.wait(10000));
        QCOMPARE(sheet.clerk, QStringLiteral("clerk2"));
        QCOMPARE(sheet.clerks().size(), 1);
        QCOMPARE(sheet.clerks().first().cashVnd, qint64(50000));
        QCOMPARE(sheet.mismatches().size(), 1);
        QCOMPARE(sheet.mismatches().first().code, d.s.pausedPayment);
        const auto head = d.f.store->auditChainHead(d.f.supervisor);
        QVERIFY(head);
        QCOMPARE(sheet.auditHash, head->hash);
        QCOMPARE(sheet.auditSeq, head->seq);
        QCOMPARE(sheet.supervisorName, d.f.supervisor.name);

        // The printed sheet: the clerk's takings, the mismatch and the head's hash at the bottom.
        QBuffer pdf;
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        auto drawn = print::ClosingSheetRenderer::renderPdf(sheet, &pdf);
        QVERIFY2(drawn, drawn ? "" : qPrintable(drawn.error().message));
        QVERIFY(pdf.data().startsWith("%PDF"));
        QStringList texts;
        for (const print::DrawnPage& p : drawn->pages)
            for (const print::DrawnText& t : p.texts)
                texts << t.text;
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QString::fromLatin1(head->hash)), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Phạm Thu Trang (clerk2)")));
        QVERIFY(all.contains(QStringLiteral("150.000")));
        QVERIFY(all.contains(d.s.pausedPayment));
        QVERIFY(!all.contains(d.s.dayOverpaid)); // the other clerk's mismatch is not on this sheet
    }

    void administratorSeesCountsOnly()
    {
        Dashboard d;
        QVERIFY(d.f.setUp());
        QVERIFY(seedDashboard(d.f, d.s));
        QVERIFY(d.open(d.f.admin));
        ui::DashboardPage& page = *d.page;
        QVERIFY(!page.report().contents);
        auto* queues = page.findChild<QListWidget*>(QStringLiteral("dashboard_queues"));
        QCOMPARE(queues->item(int(Queue::Overdue))->text(), QStringLiteral("Overdue: 2"));
        for (Queue q : report::allQueues()) {
            page.showQueue(q);
            QCOMPARE(page.findChild<QTableView*>(QStringLiteral("dashboard_queue"))->model()->rowCount(), 0);
        }
        QCOMPARE(page.feesModel()->rowCount(), 0);
        QCOMPARE(page.mismatchModel()->rowCount(), 0);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("dashboard_closing_sheet"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("dashboard_open"))->isEnabled());
        page.showBreakdown(ui::DashboardPage::Breakdown::Status);
        QCOMPARE(column(page.countsModel(), 1).last(), QStringLiteral("6"));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("dashboard_summary"))
                    ->text()
                    .contains(QStringLiteral("an administrator does not see the dossiers")));
    }

    // The day goes on: a dossier received at the counter shows up at the next timed refresh, read on the
    // dashboard's own worker.
    void refreshesAsTheDayGoesOn()
    {
        Dashboard d;
        QVERIFY(d.f.setUp());
        QVERIFY(seedDashboard(d.f, d.s));
        QVERIFY(d.open(d.f.supervisor));
        QCOMPARE(d.page->report().received, qint64(6));
        d.page->setRefreshInterval(50);
        d.f.clock.setLocal(kDashboardDay, QTime(10, 30));
        QVERIFY(!d.f.receiveOne(StoreFixture::citizenIntake(kProcB, QStringLiteral("Kiều Văn Yên"))).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(d.page->report().received, qint64(7), 10000);
        QCOMPARE(d.page->report().count(Queue::WaitingHandOver), qint64(7));
    }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
