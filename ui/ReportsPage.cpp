#include "ui/ReportsPage.h"

#include "core/Clock.h"
#include "core/report/SatisfactionSummary.h"
#include "core/report/TableExport.h"
#include "core/report/TrackingBookReport.h"
#include "ui/MessageBox.h"
#include "ui/ReportTableModel.h"
#include "ui/StoreWorker.h"
#include "ui/print/TablePdf.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

using report::ReportPeriod;
using report::ReportTable;

ReportsPage::SaveChooser& saveChooser()
{
    static ReportsPage::SaveChooser chooser = [](QWidget* parent, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(parent, ReportsPage::tr("Export the report"), suggested, filter);
    };
    return chooser;
}

void previewTable(QWidget* parent, const ReportTable& table)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPrintPreview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&table](QPrinter* p) { (void)print::TablePdf::render(table, p); });
    dialog.exec();
}

// A push button whose accessible name is its visible label.
QPushButton* button(const QString& label, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(label, parent);
    b->setObjectName(name);
    b->setAccessibleName(label);
    return b;
}

} // namespace

ReportsPage::ReportsPage(StoreWorker& worker, store::Actor actor, QWidget* parent)
    : QWidget(parent),
      m_worker(worker),
      m_actor(std::move(actor)),
      m_printHandler([this](const ReportTable& t) { previewTable(this, t); })
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Reports"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    buildPeriodRow(this, layout);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setAccessibleName(tr("Reports"));
    addTable(Tab::Periodic, tr("Periodic report"));
    addTable(Tab::TrackingBook, tr("Tracking book"));
    addTable(Tab::Satisfaction, tr("Satisfaction"));
    layout->addWidget(m_tabs, 1);
    auto* actions = new QHBoxLayout;
    m_csv = button(tr("Export CSV"), QStringLiteral("exportCsv"), this);
    m_xlsx = button(tr("Export XLSX"), QStringLiteral("exportXlsx"), this);
    m_pdf = button(tr("Export PDF"), QStringLiteral("exportPdf"), this);
    m_print = button(tr("Print"), QStringLiteral("printReport"), this);
    for (QPushButton* b : { m_csv, m_xlsx, m_pdf, m_print })
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_xlsx, &QPushButton::clicked, this, &ReportsPage::exportXlsx);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    const QDate today = Clock::current().today();
    const QDate lastMonth = today.addMonths(-1);
    setPeriod(PeriodKind::Month, lastMonth.year(), lastMonth.month());
}

void ReportsPage::buildPeriodRow(QWidget* parent, QVBoxLayout* layout)
{
    auto* row = new QHBoxLayout;
    auto labelled = [&](const QString& text, QWidget* w) {
        auto* l = new QLabel(text, parent);
        l->setBuddy(w);
        w->setAccessibleName(text);
        row->addWidget(l);
        row->addWidget(w);
        return l;
    };
    m_kind = new QComboBox(parent);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItems({ tr("Month"), tr("Quarter"), tr("Year"), tr("From–to") });
    labelled(tr("Period"), m_kind);
    m_year = new QSpinBox(parent);
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setRange(2000, 2100);
    labelled(tr("Year"), m_year);
    m_number = new QSpinBox(parent);
    m_number->setObjectName(QStringLiteral("periodNumber"));
    m_numberLabel = labelled(tr("Month"), m_number);
    m_from = new QDateEdit(parent);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_from->setCalendarPopup(true);
    labelled(tr("From"), m_from);
    m_to = new QDateEdit(parent);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to->setCalendarPopup(true);
    labelled(tr("To"), m_to);
    m_show = button(tr("Show"), QStringLiteral("showReports"), parent);
    row->addWidget(m_show);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updatePeriodControls(); });
    connect(m_show, &QPushButton::clicked, this, &ReportsPage::refresh);
}

QTableView* ReportsPage::addTable(Tab tab, const QString& label)
{
    auto* model = new ReportTableModel(this);
    m_models.insert(int(tab), model);
    auto* view = new QTableView(m_tabs);
    view->setObjectName(QStringLiteral("reportTable%1").arg(int(tab)));
    view->setAccessibleName(label);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultSectionSize(110);
    view->verticalHeader()->hide();
    m_tabs->addTab(view, label);
    return view;
}

void ReportsPage::updatePeriodControls()
{
    const auto kind = PeriodKind(m_kind->currentIndex());
    const bool range = kind == PeriodKind::Range;
    m_year->setEnabled(!range);
    m_number->setEnabled(kind == PeriodKind::Month || kind == PeriodKind::Quarter);
    m_number->setRange(1, kind == PeriodKind::Quarter ? 4 : 12);
    m_numberLabel->setText(kind == PeriodKind::Quarter ? tr("Quarter") : tr("Month"));
    m_number->setAccessibleName(m_numberLabel->text());
    m_from->setEnabled(range);
    m_to->setEnabled(range);
}

void ReportsPage::setSaveChooser(SaveChooser chooser)
{
    saveChooser() = std::move(chooser);
}

void ReportsPage::setPrintHandler(std::function<void(const ReportTable&)> handler)
{
    m_printHandler = std::move(handler);
}

ReportPeriod ReportsPage::period() const
{
    switch (PeriodKind(m_kind->currentIndex())) {
    case PeriodKind::Month:
        return ReportPeriod::month(m_year->value(), m_number->value());
    case PeriodKind::Quarter:
        return ReportPeriod::quarter(m_year->value(), m_number->value());
    case PeriodKind::Year:
        return ReportPeriod::year(m_year->value());
    case PeriodKind::Range:
        return { m_from->date(), m_to->date() };
    }
    return {};
}

void ReportsPage::setPeriod(PeriodKind kind, int year, int monthOrQuarter, QDate from, QDate to)
{
    m_kind->setCurrentIndex(int(kind));
    updatePeriodControls();
    m_year->setValue(year);
    m_number->setValue(monthOrQuarter);
    const ReportPeriod p = kind == PeriodKind::Range ? ReportPeriod { from, to } : period();
    m_from->setDate(p.from);
    m_to->setDate(p.to);
}

ReportTableModel* ReportsPage::model(Tab tab) const
{
    return m_models.value(int(tab));
}

void ReportsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

void ReportsPage::setActor(const store::Actor& actor)
{
    m_actor = actor;
}

void ReportsPage::refresh()
{
    const ReportPeriod p = period();
    if (!p.isValid()) {
        m_status->setText(tr("Choose a first date that is not after the last."));
        emit refreshed();
        return;
    }
    const quint64 generation = ++m_generation;
    m_pending = 3;
    m_problems.clear();
    m_status->setText(tr("Reading the reports…"));
    const store::Actor actor = m_actor;
    auto take = [this, generation](Tab tab, Result<ReportTable> table) {
        if (generation != m_generation)
            return; // a newer period was asked for meanwhile
        model(tab)->setTable(table ? table.value() : ReportTable {});
        if (!table)
            m_problems << table.error().message;
        answerIn();
    };
    m_worker.run(
        this,
        [actor, p](store::Store& s) -> Result<ReportTable> {
            auto r = report::PeriodReport::load(s, actor, p);
            return r ? Result<ReportTable>(r->toTable()) : Result<ReportTable>(r.error());
        },
        [take](quint64, Result<ReportTable> t) { take(Tab::Periodic, std::move(t)); });
    m_worker.run(
        this, [actor, p](store::Store& s) { return report::TrackingBookReport::load(s, actor, p); },
        [take](quint64, Result<ReportTable> t) { take(Tab::TrackingBook, std::move(t)); });
    m_worker.run(
        this,
        [actor, p](store::Store& s) -> Result<ReportTable> {
            auto r = report::SatisfactionSummary::load(s, actor, p);
            return r ? Result<ReportTable>(r->toTable()) : Result<ReportTable>(r.error());
        },
        [take](quint64, Result<ReportTable> t) { take(Tab::Satisfaction, std::move(t)); });
}

void ReportsPage::answerIn()
{
    if (--m_pending > 0)
        return;
    m_status->setText(
        m_problems.isEmpty() ? tr("Reports for %1.").arg(period().label()) : m_problems.join(QLatin1Char('\n')));
    m_status->setAccessibleName(m_status->text());
    emit refreshed();
}

ReportTable ReportsPage::currentTable() const
{
    return model(Tab(m_tabs->currentIndex()))->table();
}

void ReportsPage::exportAs(const QString& extension, const QString& filter)
{
    const ReportTable table = currentTable();
    if (table.headers.isEmpty()) {
        MessageBox::information(this, tr("Export"), tr("Show the reports of a period first."));
        return;
    }
    const QStringList names { QStringLiteral("bao-cao-dinh-ky"), QStringLiteral("so-theo-doi-ho-so"),
        QStringLiteral("danh-gia-hai-long") };
    const ReportPeriod p = period();
    const QString suggested = QStringLiteral("%1-%2-%3.%4")
                                  .arg(names.value(m_tabs->currentIndex()), p.from.toString(QStringLiteral("yyyyMMdd")),
                                      p.to.toString(QStringLiteral("yyyyMMdd")), extension);
    const QString path = saveChooser()(this, suggested, filter);
    if (path.isEmpty())
        return;
    Status done;
    if (extension == QLatin1String("csv")) {
        done = report::TableExport::writeCsv(table, path);
    } else if (extension == QLatin1String("xlsx")) {
        done = report::TableExport::writeXlsx(table, path);
    } else if (auto pages = print::TablePdf::writePdf(table, path); !pages) {
        done = pages.error();
    }
    if (!done) {
        MessageBox::warning(this, tr("Export"), done.error().message);
        return;
    }
    m_status->setText(tr("Saved %1.").arg(path));
    emit exported(path);
}

void ReportsPage::exportCsv()
{
    exportAs(QStringLiteral("csv"), tr("CSV files (*.csv)"));
}

void ReportsPage::exportXlsx()
{
    exportAs(QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx)"));
}

void ReportsPage::exportPdf()
{
    exportAs(QStringLiteral("pdf"), tr("PDF files (*.pdf)"));
}

void ReportsPage::print()
{
    const ReportTable table = currentTable();
    if (table.headers.isEmpty()) {
        MessageBox::information(this, tr("Print"), tr("Show the reports of a period first."));
        return;
    }
    if (m_printHandler)
        m_printHandler(table);
}

} // namespace motcua::ui
