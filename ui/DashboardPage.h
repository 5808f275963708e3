// DashboardPage (Bảng điều khiển, supervisor and administrator): the day's figures from
// Store::dailyReport and the charts from Store::dashboardCharts (core/report/DailyReport.h). Three
// tabs: "Today" (counts of the day's intake by status, unit, procedure, clerk or channel; the queues,
// each row opening its dossier in the lookup page; the apology slip for an overdue dossier through the
// reschedule step), "Fees" (per clerk, cash and transfer, the payments that do not match their fee
// notice, and the closing sheet to sign, with the audit chain's head) and "Charts". The figures are
// read on a StoreWorker of their own (its own connection, its own thread), on show, on "Refresh" and
// every minute (the charts every ten minutes), so the window never waits for them and the counter's work never waits
// behind them; changes (the reschedule) go through the window's worker. An administrator sees the counts only.
#pragma once

#include "core/SiteConfig.h"
#include "core/report/DailyReport.h"
#include "core/store/Store.h"
#include "ui/print/ClosingSheet.h"
#include "ui/print/FormRenderer.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace motcua::ui {

class DashboardChartsView;
class DashboardTableModel;
class StoreWorker;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    // What the supervisor gives for an apology slip.
    struct Apology {
        QString reason;
        QDate newDate;
    };
    enum class Breakdown { Status, Unit, Procedure, Clerk, Channel };

    // `reader` answers the dashboard's queries (a worker with its own connection); `writer` is the
    // window's worker, for the reschedule step.
    DashboardPage(
        StoreWorker& reader, StoreWorker& writer, store::Actor actor, SiteConfig site, QWidget* parent = nullptr);

    void setRefreshInterval(int ms);
    // Seams (defaults: the dialog, the print preview): the apology's reason and date, the printed slip,
    // the closing sheet.
    void setApologyQuestion(std::function<std::optional<Apology>(const report::QueueRow&)> ask);
    void setPrintSink(std::function<Status(const print::PrintRequest&)> sink);
    void setClosingSheetSink(std::function<Status(const print::ClosingSheet&)> sink);

    QDate day() const;
    const report::DailyReport& report() const { return m_report; }
    const report::DashboardCharts& charts() const { return m_charts; }
    report::Queue currentQueue() const { return m_queue; }
    DashboardTableModel* queueModel() const { return m_queueModel; }
    DashboardTableModel* parkedModel() const { return m_parkedModel; }
    DashboardTableModel* countsModel() const { return m_countsModel; }
    DashboardTableModel* feesModel() const { return m_feesModel; }
    DashboardTableModel* mismatchModel() const { return m_mismatchModel; }
    bool isRefreshing() const { return m_pending != 0; }

public Q_SLOTS:
    void refresh();
    void setDay(const QDate& day);
    void showQueue(motcua::report::Queue queue);
    void showBreakdown(motcua::ui::DashboardPage::Breakdown breakdown);
    void selectRow(int row); // in the queue shown
    void openSelected();
    void issueApology();
    void printClosingSheet();
    void setActor(const motcua::store::Actor& actor);

Q_SIGNALS:
    void refreshed();
    void openDossier(const QString& code);
    void apologyIssued(const QString& code);
    void closingSheetPrinted();
    void failed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildToday();
    QWidget* buildFees();
    void showSnapshot(
        const Result<report::DailyReport>& report, const std::optional<Result<report::DashboardCharts>>& charts);
    void fillQueueList();
    void fillQueue();
    void fillCounts();
    void fillFees();
    void updateButtons();
    QString summaryText() const;
    void rescheduleAndPrint(const report::QueueRow& row, const Apology& apology);

    StoreWorker& m_reader;
    StoreWorker& m_writer;
    store::Actor m_actor;
    SiteConfig m_site;
    report::DailyReport m_report;
    report::DashboardCharts m_charts;
    report::Queue m_queue = report::Queue::Overdue;
    Breakdown m_breakdown = Breakdown::Status;
    bool m_followToday = true;
    // The charts cover weeks: read again for another day, on "Refresh", or when ten minutes old.
    bool m_chartsWanted = true;
    QDate m_chartsDay;
    QDateTime m_chartsAtUtc;
    quint64 m_pending = 0;
    QTimer m_timer;
    std::function<std::optional<Apology>(const report::QueueRow&)> m_askApology;
    std::function<Status(const print::PrintRequest&)> m_print;
    std::function<Status(const print::ClosingSheet&)> m_printSheet;

    QDateEdit* m_dayEdit;
    QPushButton* m_refreshButton;
    QLabel* m_status;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QListWidget* m_queues = nullptr;
    QTableView* m_queueTable = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_apologyButton = nullptr;
    QComboBox* m_breakdownBox = nullptr;
    QTableView* m_countsTable = nullptr;
    QTableView* m_feesTable = nullptr;
    QTableView* m_mismatchTable = nullptr;
    QLabel* m_feesTotal = nullptr;
    QPushButton* m_sheetButton = nullptr;
    DashboardChartsView* m_chartsView;
    DashboardTableModel* m_queueModel;
    DashboardTableModel* m_parkedModel;
    DashboardTableModel* m_countsModel;
    DashboardTableModel* m_feesModel;
    DashboardTableModel* m_mismatchModel;
};

} // namespace motcua::ui
