// ReportsPage over the seeded March 2025 store (tests/support/ReportMix): choosing the period, the three
// tables filled through the StoreWorker (models checked by QAbstractItemModelTester), every figure of
// the periodic report's total row, exports through the save-dialog seam (XLSX read back with openpyxl,
// CSV bytes), printing through its seam, the administrator's refusal of the tracking book, accessible
// names, and the page in the main window's navigation.
#include "core/Translations.h"
#include "core/report/TableExport.h"
#include "tests/support/ReportMix.h"
#include "tests/support/XlsxReadBack.h"
#include "ui/MainWindow.h"
#include "ui/ReportTableModel.h"
#include "ui/ReportsPage.h"
#include "ui/StoreWorker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;
using ui::ReportsPage;

class TestReportsPage : public QObject
{
    Q_OBJECT

    StoreFixture m_f;
    std::unique_ptr<ui::StoreWorker> m_worker;
    QTemporaryDir m_out;

    static QStringList rowTexts(const QAbstractItemModel* m, int row)
    {
        QStringList l;
        for (int c = 0; c < m->columnCount(); ++c)
            l << m->index(row, c).data().toString();
        return l;
    }

    bool showMarch(ReportsPage& page)
    {
        page.setPeriod(ReportsPage::PeriodKind::Month, 2025, 3);
        QSignalSpy done(&page, &ReportsPage::refreshed);
        page.findChild<QPushButton*>(QStringLiteral("showReports"))->click();
        return done.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        QVERIFY(m_f.setUp());
        const ReportMix mix = seedReportMix(m_f);
        QVERIFY2(mix.error.isEmpty(), qPrintable(mix.error));
        auto opened = store::Store::open(m_f.dbPath());
        QVERIFY(opened);
        m_worker = std::make_unique<ui::StoreWorker>(std::move(opened.value()));
    }
    void cleanupTestCase() { ReportsPage::setSaveChooser({}); }

    void tablesOfTheChosenPeriod()
    {
        ReportsPage page(*m_worker, m_f.supervisor);
        QAbstractItemModelTester t1(
            page.model(ReportsPage::Tab::Periodic), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(
            page.model(ReportsPage::Tab::TrackingBook), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(
            page.model(ReportsPage::Tab::Satisfaction), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        // The page opens on last month (the clock says 15/04/2025).
        QCOMPARE(page.period().from, QDate(2025, 3, 1));
        QVERIFY(showMarch(page));
        QCOMPARE(page.period().to, QDate(2025, 3, 31));
        QCOMPARE(page.statusText(), QStringLiteral("Reports for From 01/03/2025 to 31/03/2025."));
        const auto* periodic = page.model(ReportsPage::Tab::Periodic);
        QCOMPARE(periodic->rowCount(), 4);
        QCOMPARE(periodic->columnCount(), 16);
        QCOMPARE(periodic->headerData(10, Qt::Horizontal).toString(), QStringLiteral("Resolved on time"));
        QCOMPARE(rowTexts(periodic, 3).join('|'), QStringLiteral("||Total|10|3|5|1|1|5|2|1|2|4|2|2|1"));
        QCOMPARE(periodic->index(3, 3).data(Qt::UserRole).toLongLong(), 10);
        QCOMPARE(
            periodic->index(3, 3).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
        const auto* book = page.model(ReportsPage::Tab::TrackingBook);
        QCOMPARE(book->rowCount(), 7);
        QCOMPARE(book->index(0, 3).data().toString(), QStringLiteral("Người nộp E"));
        QCOMPARE(book->index(0, 6).data().toString(), QStringLiteral("03/03/2025"));
        const auto* sat = page.model(ReportsPage::Tab::Satisfaction);
        QCOMPARE(rowTexts(sat, 0).join('|'), QStringLiteral("Total||2|1|1|4"));

        // A quarter: same page, other figures.
        page.setPeriod(ReportsPage::PeriodKind::Quarter, 2025, 1);
        QSignalSpy done(&page, &ReportsPage::refreshed);
        page.refresh();
        QVERIFY(done.wait(20000));
        QCOMPARE(page.period().from, QDate(2025, 1, 1));
        QCOMPARE(book->rowCount(), 11);
    }

    void exportsThroughTheSaveDialogSeam()
    {
        ReportsPage page(*m_worker, m_f.supervisor);
        QVERIFY(showMarch(page));
        QString suggested;
        QString target = m_out.filePath(QStringLiteral("march.xlsx"));
        ReportsPage::setSaveChooser([&](QWidget*, const QString& name, const QString&) {
            suggested = name;
            return target;
        });
        QSignalSpy exported(&page, &ReportsPage::exported);
        page.findChild<QPushButton*>(QStringLiteral("exportXlsx"))->click();
        QCOMPARE(exported.size(), 1);
        QCOMPARE(suggested, QStringLiteral("bao-cao-dinh-ky-20250301-20250331.xlsx"));
        const XlsxSheet s = readXlsx(target);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.rows.size(), 8);
        const QJsonArray total = s.rows[7].toArray();
        const QList<double> expected { 10, 3, 5, 1, 1, 5, 2, 1, 2, 4, 2, 2, 1 };
        for (int c = 0; c < expected.size(); ++c)
            QCOMPARE(total[3 + c].toDouble(), expected[c]);

        page.showTab(ReportsPage::Tab::TrackingBook);
        target = m_out.filePath(QStringLiteral("book.csv"));
        page.findChild<QPushButton*>(QStringLiteral("exportCsv"))->click();
        QCOMPARE(exported.size(), 2);
        QCOMPARE(suggested, QStringLiteral("so-theo-doi-ho-so-20250301-20250331.csv"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), report::TableExport::toCsv(page.model(ReportsPage::Tab::TrackingBook)->table()));

        page.showTab(ReportsPage::Tab::Satisfaction);
        target = m_out.filePath(QStringLiteral("sat.pdf"));
        page.findChild<QPushButton*>(QStringLiteral("exportPdf"))->click();
        QCOMPARE(exported.size(), 3);
        QVERIFY(QFile(target).size() > 1000);

        // Cancelled dialog: nothing written, nothing announced.
        ReportsPage::setSaveChooser([](QWidget*, const QString&, const QString&) { return QString(); });
        page.findChild<QPushButton*>(QStringLiteral("exportCsv"))->click();
        QCOMPARE(exported.size(), 3);
    }

    void printsTheTableShown()
    {
        ReportsPage page(*m_worker, m_f.supervisor);
        QString printed;
        page.setPrintHandler([&printed](const report::ReportTable& t) { printed = t.title; });
        QVERIFY(showMarch(page));
        page.showTab(ReportsPage::Tab::TrackingBook);
        page.findChild<QPushButton*>(QStringLiteral("printReport"))->click();
        QCOMPARE(printed, QStringLiteral("DOSSIER TRACKING BOOK"));
    }

    void administratorSeesFiguresButNoBook()
    {
        ReportsPage page(*m_worker, m_f.admin);
        QVERIFY(showMarch(page));
        QCOMPARE(page.model(ReportsPage::Tab::Periodic)->rowCount(), 4);
        QCOMPARE(page.model(ReportsPage::Tab::TrackingBook)->rowCount(), 0);
        QVERIFY2(page.statusText().contains(QStringLiteral("view reports and the tracking book")),
            qPrintable(page.statusText()));
    }

    void accessibleNamesAreTheLabels()
    {
        ReportsPage page(*m_worker, m_f.supervisor);
        for (auto* b : page.findChildren<QPushButton*>())
            QCOMPARE(b->accessibleName(), b->text());
        for (auto* l : page.findChildren<QLabel*>())
            if (l->buddy())
                QCOMPARE(l->buddy()->accessibleName(), l->text());
        page.setPeriod(ReportsPage::PeriodKind::Quarter, 2025, 2);
        QCOMPARE(
            page.findChild<QSpinBox*>(QStringLiteral("periodNumber"))->accessibleName(), QStringLiteral("Quarter"));
    }

    void inTheMainWindowNavigation()
    {
        ui::MainWindow window(SiteConfig::demo(), {});
        window.setPageWidget(ui::MainWindow::Page::Reports, new ReportsPage(*m_worker, m_f.supervisor));
        window.show();
        auto* nav = window.findChild<QToolButton*>(QStringLiteral("nav_reports"));
        QVERIFY(nav);
        QCOMPARE(nav->text(), QStringLiteral("Reports"));
        QTest::mouseClick(nav, Qt::LeftButton);
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Reports);
        QVERIFY(window.findChild<ReportsPage*>(QStringLiteral("page_reports"))->isVisible());
    }
};

QTEST_MAIN(TestReportsPage)
#include "test_reportspage.moc"
