// ReportsPage: the supervisor's period reports in the desk window: choose a month, quarter, year or any
// from–to range; see the periodic report on the handling of dossiers, the tracking book and the
// satisfaction summary in tables; export the table shown to CSV, XLSX or PDF (save dialog seam for
// tests) and print it. The store is read through the StoreWorker, so the window keeps painting. An
// administrator sees the figures but not the tracking book (core refuses it; the tab says why).
#pragma once

#include "core/report/PeriodReport.h"
#include "core/report/ReportTable.h"
#include "core/store/Store.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace motcua::ui {

class ReportTableModel;
class StoreWorker;

class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    enum class PeriodKind { Month, Quarter, Year, Range };
    enum class Tab { Periodic, TrackingBook, Satisfaction };

    ReportsPage(StoreWorker& worker, store::Actor actor, QWidget* parent = nullptr);

    // The save dialog: returns the chosen path, or empty when cancelled. Tests replace it.
    using SaveChooser = std::function<QString(QWidget* parent, const QString& suggestedName, const QString& filter)>;
    static void setSaveChooser(SaveChooser chooser);
    // Printing of the table shown (default: a print preview drawn by TablePdf). Tests replace it.
    void setPrintHandler(std::function<void(const report::ReportTable&)> handler);

    report::ReportPeriod period() const;
    void setPeriod(PeriodKind kind, int year, int monthOrQuarter = 1, QDate from = {}, QDate to = {});
    ReportTableModel* model(Tab tab) const;
    void showTab(Tab tab);
    QString statusText() const;

public Q_SLOTS:
    void setActor(const motcua::store::Actor& actor);
    void refresh(); // reads the three reports of the chosen period
    void exportCsv();
    void exportXlsx();
    void exportPdf();
    void print();

Q_SIGNALS:
    void refreshed(); // all three answers are in (or failed)
    void exported(const QString& path);

private:
    void buildPeriodRow(QWidget* parent, class QVBoxLayout* layout);
    QTableView* addTable(Tab tab, const QString& label);
    void updatePeriodControls();
    void answerIn();
    report::ReportTable currentTable() const;
    void exportAs(const QString& extension, const QString& filter);

    StoreWorker& m_worker;
    store::Actor m_actor;
    QComboBox* m_kind;
    QSpinBox* m_year;
    QLabel* m_numberLabel;
    QSpinBox* m_number;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_show;
    QTabWidget* m_tabs;
    QList<ReportTableModel*> m_models;
    QPushButton* m_csv;
    QPushButton* m_xlsx;
    QPushButton* m_pdf;
    QPushButton* m_print;
    QLabel* m_status;
    QStringList m_problems;
    int m_pending = 0;
    quint64 m_generation = 0;
    std::function<void(const report::ReportTable&)> m_printHandler;
};

} // namespace motcua::ui
