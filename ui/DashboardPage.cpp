#include "ui/DashboardPage.h"

#include "core/Clock.h"
#include "core/DateFormat.h"
#include "core/forms/PrintableFromStore.h"
#include "ui/Accessibility.h"
#include "ui/DashboardChartsView.h"
#include "ui/DashboardTableModel.h"
#include "ui/PrintPreview.h"
#include "ui/StoreWorker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::ui {

using report::Queue;

namespace {

QString dashboardMoney(qint64 vnd)
{
    QString digits = QString::number(vnd);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits;
}

QString dashboardQueueLabel(Queue q)
{
    switch (q) {
    case Queue::WaitingHandOver:
        return DashboardPage::tr("Waiting for hand-over");
    case Queue::DueToday:
        return DashboardPage::tr("Due today");
    case Queue::DueSoon:
        return DashboardPage::tr("Due within 2 working days");
    case Queue::Overdue:
        return DashboardPage::tr("Overdue");
    case Queue::ReadyForReturn:
        return DashboardPage::tr("Ready for return");
    case Queue::WaitingSupplement:
        return DashboardPage::tr("Waiting for the applicant's supplement");
    case Queue::WaitingPayment:
        return DashboardPage::tr("Waiting for payment");
    case Queue::Parked:
        return DashboardPage::tr("Parked in sync");
    }
    return {};
}

QString dashboardChannelLabel(const QString& channel)
{
    if (channel == QLatin1String("desk"))
        return DashboardPage::tr("At the desk");
    if (channel == QLatin1String("postal"))
        return DashboardPage::tr("By post");
    if (channel == QLatin1String("online"))
        return DashboardPage::tr("Online");
    return channel;
}

QString dashboardStateText(const QString& state)
{
    const auto s = workflow::stateFromName(state);
    return s ? workflow::stateLabel(*s) : state;
}

QTableView* dashboardTable(QWidget* parent, const char* name, DashboardTableModel* model)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

// A control under the label a screen reader names it by.
QWidget* dashboardLabelled(QWidget* parent, const QString& text, QWidget* control)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(text, box);
    nameAfterLabel(label, control);
    layout->addWidget(label);
    layout->addWidget(control, 1);
    return box;
}

QPushButton* dashboardButton(QWidget* parent, const QString& text, const char* name)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(accessibleText(text));
    return button;
}

// The default apology question: the reason and the new appointment, in a small dialog.
std::optional<DashboardPage::Apology> askApologyDialog(QWidget* parent, const report::QueueRow& row)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("apologyDialog"));
    dialog.setWindowTitle(DashboardPage::tr("Apology slip for %1").arg(row.code));
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("apology_reason"));
    auto* date = new QDateEdit(Clock::current().today().addDays(7), &dialog);
    date->setObjectName(QStringLiteral("apology_date"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date->setMinimumDate(Clock::current().today());
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(
        DashboardPage::tr("Late by %n working day(s), held by %1.", nullptr, row.workingDaysLate).arg(row.unit),
        &dialog));
    auto* reasonLabel = new QLabel(DashboardPage::tr("&Reason for the delay"), &dialog);
    nameAfterLabel(reasonLabel, reason);
    form->addRow(reasonLabel, reason);
    auto* dateLabel = new QLabel(DashboardPage::tr("&New appointment"), &dialog);
    nameAfterLabel(dateLabel, date);
    form->addRow(dateLabel, date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return DashboardPage::Apology { reason->text().trimmed(), date->date() };
}

Status dashboardSheetPreview(QWidget* parent, const print::ClosingSheet& sheet)
{
    QPrintPreviewDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("closingSheetPreview"));
    Error error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&sheet, &error](QPrinter* printer) {
        printer->setFullPage(true);
        if (auto r = print::ClosingSheetRenderer::render(sheet, printer); !r)
            error = r.error();
    });
    dialog.exec();
    if (!error.message.isEmpty())
        return error;
    return {};
}

} // namespace

DashboardPage::DashboardPage(
    StoreWorker& reader, StoreWorker& writer, store::Actor actor, SiteConfig site, QWidget* parent)
    : QWidget(parent),
      m_reader(reader),
      m_writer(writer),
      m_actor(std::move(actor)),
      m_site(std::move(site)),
      m_dayEdit(new QDateEdit(Clock::current().today(), this)),
      m_refreshButton(dashboardButton(this, tr("&Refresh"), "dashboard_refresh")),
      m_status(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_chartsView(new DashboardChartsView(this)),
      m_queueModel(new DashboardTableModel({ tr("Code"), tr("Applicant"), tr("Procedure"), tr("Held by"), tr("Status"),
                                               tr("Received"), tr("Appointment"), tr("Working days late") },
          this)),
      m_parkedModel(new DashboardTableModel({ tr("Code"), tr("Service"), tr("Reason") }, this)),
      m_countsModel(new DashboardTableModel({ tr("Group"), tr("Dossiers") }, this)),
      m_feesModel(new DashboardTableModel(
          { tr("Clerk"), tr("Cash (đồng)"), tr("Transfer (đồng)"), tr("Total (đồng)"), tr("Payments") }, this)),
      m_mismatchModel(new DashboardTableModel(
          { tr("Code"), tr("Due (đồng)"), tr("Paid (đồng)"), tr("Basis"), tr("Clerks"), tr("Difference") }, this))
{
    m_queueModel->setNumericColumns({ 7 });
    m_countsModel->setNumericColumns({ 1 });
    m_feesModel->setNumericColumns({ 1, 2, 3, 4 });
    m_mismatchModel->setNumericColumns({ 1, 2 });
    m_dayEdit->setObjectName(QStringLiteral("dashboard_day"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_status->setObjectName(QStringLiteral("dashboard_status"));
    m_summary->setObjectName(QStringLiteral("dashboard_summary"));
    m_summary->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("dashboard_tabs"));
    m_chartsView->setObjectName(QStringLiteral("dashboard_charts"));

    auto* title = new QLabel(tr("Dashboard"), this);
    title->setObjectName(QStringLiteral("title_dashboard"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto* bar = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("&Day"), this);
    nameAfterLabel(dayLabel, m_dayEdit);
    bar->addWidget(dayLabel);
    bar->addWidget(m_dayEdit);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_status, 1);

    m_tabs->addTab(buildToday(), tr("Today"));
    m_tabs->addTab(buildFees(), tr("Fees"));
    m_tabs->addTab(m_chartsView, tr("Charts"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    m_askApology = [this](const report::QueueRow& row) { return askApologyDialog(this, row); };
    m_print = [this](const print::PrintRequest& request) { return showPrintPreview(this, request); };
    m_printSheet = [this](const print::ClosingSheet& sheet) { return dashboardSheetPreview(this, sheet); };
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        m_chartsWanted = true;
        refresh();
    });
    connect(m_dayEdit, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        m_followToday = d == Clock::current().today();
        refresh();
    });
    m_timer.setInterval(60000);
    connect(&m_timer, &QTimer::timeout, this, &DashboardPage::refresh);
    m_timer.start();
    fillQueueList();
    updateButtons();
}

QWidget* DashboardPage::buildToday()
{
    auto* page = new QWidget(m_tabs);
    m_queues = new QListWidget(page);
    m_queues->setObjectName(QStringLiteral("dashboard_queues"));
    m_queueTable = dashboardTable(page, "dashboard_queue", m_queueModel);
    m_openButton = dashboardButton(page, tr("&Open dossier"), "dashboard_open");
    m_apologyButton = dashboardButton(page, tr("&Apology slip…"), "dashboard_apology");
    m_breakdownBox = new QComboBox(page);
    m_breakdownBox->setObjectName(QStringLiteral("dashboard_breakdown"));
    m_breakdownBox->addItems({ tr("Status"), tr("Unit"), tr("Procedure"), tr("Clerk"), tr("Channel") });
    m_countsTable = dashboardTable(page, "dashboard_counts", m_countsModel);

    auto* countsBox = new QWidget(page);
    auto* countsLayout = new QVBoxLayout(countsBox);
    countsLayout->setContentsMargins(0, 0, 0, 0);
    auto* byRow = new QHBoxLayout;
    // No buddy: on Linux a combo box's accessible name is its current text, the label is read beside it.
    auto* byLabel = new QLabel(tr("The day's dossiers counted by"), countsBox);
    m_breakdownBox->setAccessibleName(byLabel->text());
    byRow->addWidget(byLabel);
    byRow->addWidget(m_breakdownBox, 1);
    countsLayout->addLayout(byRow);
    m_countsTable->setAccessibleName(tr("Counts"));
    m_countsTable->horizontalHeader()->setStretchLastSection(false);
    m_countsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    countsLayout->addWidget(m_countsTable, 1);

    auto* queueBox = new QWidget(page);
    auto* queueLayout = new QVBoxLayout(queueBox);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(dashboardLabelled(queueBox, tr("Dossiers in the &queue"), m_queueTable), 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_apologyButton);
    buttons->addStretch(1);
    queueLayout->addLayout(buttons);

    auto* split = new QSplitter(Qt::Horizontal, page);
    auto* left = new QSplitter(Qt::Vertical, split);
    left->addWidget(dashboardLabelled(left, tr("Q&ueues"), m_queues));
    left->addWidget(countsBox);
    split->addWidget(left);
    split->addWidget(queueBox);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split);

    connect(m_queues, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < report::kQueueCount)
            showQueue(static_cast<Queue>(row));
    });
    connect(m_breakdownBox, &QComboBox::currentIndexChanged, this,
        [this](int i) { showBreakdown(static_cast<Breakdown>(qMax(0, i))); });
    connect(m_queueTable, &QTableView::activated, this, [this] { openSelected(); });
    connect(m_queueTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateButtons(); });
    connect(m_openButton, &QPushButton::clicked, this, &DashboardPage::openSelected);
    connect(m_apologyButton, &QPushButton::clicked, this, &DashboardPage::issueApology);
    return page;
}

QWidget* DashboardPage::buildFees()
{
    auto* page = new QWidget(m_tabs);
    m_feesTable = dashboardTable(page, "dashboard_fees", m_feesModel);
    m_mismatchTable = dashboardTable(page, "dashboard_mismatches", m_mismatchModel);
    m_feesTotal = new QLabel(page);
    m_feesTotal->setObjectName(QStringLiteral("dashboard_fees_total"));
    m_sheetButton = dashboardButton(page, tr("&Print closing sheet…"), "dashboard_closing_sheet");
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(dashboardLabelled(page, tr("&Fees per clerk"), m_feesTable), 2);
    layout->addWidget(m_feesTotal);
    layout->addWidget(dashboardLabelled(page, tr("Payments &not matching their fee notice"), m_mismatchTable), 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sheetButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_sheetButton, &QPushButton::clicked, this, &DashboardPage::printClosingSheet);
    connect(m_feesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateButtons(); });
    return page;
}

void DashboardPage::setRefreshInterval(int ms)
{
    m_timer.setInterval(ms);
}

void DashboardPage::setApologyQuestion(std::function<std::optional<Apology>(const report::QueueRow&)> ask)
{
    m_askApology = std::move(ask);
}

void DashboardPage::setPrintSink(std::function<Status(const print::PrintRequest&)> sink)
{
    m_print = std::move(sink);
}

void DashboardPage::setClosingSheetSink(std::function<Status(const print::ClosingSheet&)> sink)
{
    m_printSheet = std::move(sink);
}

QDate DashboardPage::day() const
{
    return m_dayEdit->date();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPage::setDay(const QDate& day)
{
    m_dayEdit->setDate(day); // refreshes when it changes
}

void DashboardPage::setActor(const store::Actor& actor)
{
    m_actor = actor;
    refresh();
}

void DashboardPage::refresh()
{
    if (m_pending != 0)
        return; // the answer on its way is as fresh
    const QDate today = Clock::current().today();
    if (m_followToday && m_dayEdit->date() != today) {
        const QSignalBlocker block(m_dayEdit);
        m_dayEdit->setDate(today); // the day went on past midnight
    }
    m_status->setText(tr("Updating…"));
    struct Snapshot {
        Result<report::DailyReport> report;
        std::optional<Result<report::DashboardCharts>> charts;
    };
    const store::Actor actor = m_actor;
    const QDate day = m_dayEdit->date();
    const bool charts = m_chartsWanted || m_chartsDay != day || !m_chartsAtUtc.isValid()
        || m_chartsAtUtc.secsTo(Clock::current().nowUtc()) >= 600;
    m_pending = m_reader.run(
        this,
        [actor, day, charts](store::Store& s) {
            Snapshot snapshot { s.dailyReport(actor, day, 500), std::nullopt };
            if (charts)
                snapshot.charts = s.dashboardCharts(actor, day, 8);
            return snapshot;
        },
        [this](quint64, Snapshot snapshot) {
            m_pending = 0;
            showSnapshot(snapshot.report, snapshot.charts);
        });
}

void DashboardPage::showSnapshot(
    const Result<report::DailyReport>& report, const std::optional<Result<report::DashboardCharts>>& charts)
{
    if (!report) {
        m_status->setText(report.error().message);
        m_report = report::DailyReport {};
        Q_EMIT failed(report.error().message);
    } else {
        m_report = report.value();
        m_status->setText(tr("Updated at %1").arg(displayDateTime(m_report.generatedUtc)));
    }
    if (charts && *charts) {
        m_charts = charts->value();
        m_chartsView->setCharts(m_charts);
        m_chartsWanted = false;
        m_chartsDay = m_charts.to;
        m_chartsAtUtc = Clock::current().nowUtc();
    }
    m_summary->setText(summaryText());
    fillQueueList();
    fillQueue();
    fillCounts();
    fillFees();
    updateButtons();
    Q_EMIT refreshed();
}

QString DashboardPage::summaryText() const
{
    if (!m_report.date.isValid())
        return {};
    QString text = tr("Received on %1: %2. Overdue: %3. Due today: %4. Ratings: %5 very satisfied, %6 satisfied, "
                      "%7 dissatisfied.")
                       .arg(displayDate(m_report.date))
                       .arg(m_report.received)
                       .arg(m_report.count(Queue::Overdue))
                       .arg(m_report.count(Queue::DueToday))
                       .arg(m_report.ratings[0])
                       .arg(m_report.ratings[1])
                       .arg(m_report.ratings[2]);
    if (!m_report.contents)
        text += QLatin1Char(' ') + tr("Counts only: an administrator does not see the dossiers.");
    return text;
}

void DashboardPage::fillQueueList()
{
    const QSignalBlocker block(m_queues);
    m_queues->clear();
    for (Queue q : report::allQueues()) {
        auto* item = new QListWidgetItem(tr("%1: %2").arg(dashboardQueueLabel(q)).arg(m_report.count(q)), m_queues);
        item->setData(Qt::UserRole, static_cast<int>(q));
    }
    m_queues->setCurrentRow(static_cast<int>(m_queue));
}

void DashboardPage::showQueue(Queue queue)
{
    m_queue = queue;
    if (m_queues->currentRow() != static_cast<int>(queue)) {
        const QSignalBlocker block(m_queues);
        m_queues->setCurrentRow(static_cast<int>(queue));
    }
    fillQueue();
    updateButtons();
}

void DashboardPage::fillQueue()
{
    QList<DashboardTableModel::Row> rows;
    if (m_queue == Queue::Parked) {
        for (const report::ParkedRow& p : m_report.parked)
            rows << DashboardTableModel::Row { { p.code, p.service, p.reason }, p.code };
    } else {
        for (const report::QueueRow& r : m_report.queue(m_queue))
            rows << DashboardTableModel::Row { { r.code, r.applicant, r.procedure, r.unit, dashboardStateText(r.state),
                                                   displayDateTime(r.receivedUtc), displayDateTime(r.dueLocal),
                                                   r.workingDaysLate > 0 ? QString::number(r.workingDaysLate)
                                                                         : QString() },
                r.code };
    }
    DashboardTableModel* model = m_queue == Queue::Parked ? m_parkedModel : m_queueModel;
    model->setRows(rows);
    if (m_queueTable->model() != model) {
        m_queueTable->setModel(model); // a new selection model: follow its current row again
        connect(
            m_queueTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateButtons(); });
    }
}

void DashboardPage::showBreakdown(Breakdown breakdown)
{
    m_breakdown = breakdown;
    if (m_breakdownBox->currentIndex() != static_cast<int>(breakdown)) {
        const QSignalBlocker block(m_breakdownBox);
        m_breakdownBox->setCurrentIndex(static_cast<int>(breakdown));
    }
    fillCounts();
}

void DashboardPage::fillCounts()
{
    const report::DailyReport& r = m_report;
    const QMap<QString, qint64>* counts = &r.byStatus;
    switch (m_breakdown) {
    case Breakdown::Status:
        counts = &r.byStatus;
        break;
    case Breakdown::Unit:
        counts = &r.byUnit;
        break;
    case Breakdown::Procedure:
        counts = &r.byProcedure;
        break;
    case Breakdown::Clerk:
        counts = &r.byClerk;
        break;
    case Breakdown::Channel:
        counts = &r.byChannel;
        break;
    }
    QList<DashboardTableModel::Row> rows;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        QString name = it.key();
        if (m_breakdown == Breakdown::Status)
            name = dashboardStateText(name);
        else if (m_breakdown == Breakdown::Channel)
            name = dashboardChannelLabel(name);
        else if (m_breakdown == Breakdown::Procedure)
            name = QStringLiteral("%1 — %2").arg(it.key(), r.procedureNames.value(it.key()));
        else if (m_breakdown == Breakdown::Clerk && r.clerkNames.contains(it.key()))
            name = QStringLiteral("%1 (%2)").arg(r.clerkNames.value(it.key()), it.key());
        rows << DashboardTableModel::Row { { name, QString::number(it.value()) }, {} };
    }
    rows << DashboardTableModel::Row { { tr("Total"), QString::number(r.received) }, {} };
    m_countsModel->setRows(rows);
}

void DashboardPage::fillFees()
{
    QList<DashboardTableModel::Row> rows;
    for (const report::ClerkFees& f : m_report.fees)
        rows << DashboardTableModel::Row { { QStringLiteral("%1 (%2)").arg(f.name, f.login), dashboardMoney(f.cashVnd),
                                               dashboardMoney(f.transferVnd), dashboardMoney(f.totalVnd()),
                                               QString::number(f.payments) },
            f.login };
    m_feesModel->setRows(rows);
    QList<DashboardTableModel::Row> mismatches;
    for (const report::FeeMismatch& m : m_report.mismatches) {
        const QString kind = m.kind == report::FeeMismatch::Kind::Underpaid ? tr("paid less than due")
            : m.kind == report::FeeMismatch::Kind::Overpaid                 ? tr("paid more than due")
                                                                            : tr("no fee notice");
        const QString basis = m.basis == QLatin1String("fee_notice") ? tr("fee notice")
            : m.basis == QLatin1String("catalogue")                  ? tr("catalogue")
                                                                     : tr("none");
        mismatches << DashboardTableModel::Row {
            { m.code, m.expectedVnd ? dashboardMoney(*m.expectedVnd) : QStringLiteral("—"), dashboardMoney(m.paidVnd),
                basis, m.clerks.join(QStringLiteral(", ")), kind },
            m.code
        };
    }
    m_mismatchModel->setRows(mismatches);
    m_feesTotal->setText(m_report.contents
            ? tr("Total of the day: %1 đồng in cash, %2 đồng by transfer; %n payment(s) not matching their fee notice.",
                nullptr, int(m_report.mismatchCount))
                  .arg(dashboardMoney(m_report.feesCashVnd()), dashboardMoney(m_report.feesTransferVnd()))
            : tr("%n payment(s) not matching their fee notice.", nullptr, int(m_report.mismatchCount)));
}

void DashboardPage::updateButtons()
{
    const QModelIndex current
        = m_queueTable->selectionModel() ? m_queueTable->selectionModel()->currentIndex() : QModelIndex();
    const bool row = current.isValid() && m_report.contents;
    m_openButton->setEnabled(row);
    m_apologyButton->setEnabled(
        row && m_queue == Queue::Overdue && auth::isAllowed(m_actor.role, auth::Action::Reschedule));
    m_sheetButton->setEnabled(m_report.contents && !m_report.fees.isEmpty());
}

void DashboardPage::selectRow(int row)
{
    m_queueTable->selectRow(row);
    m_queueTable->setCurrentIndex(m_queueTable->model()->index(row, 0));
    updateButtons();
}

void DashboardPage::openSelected()
{
    const QModelIndex current = m_queueTable->currentIndex();
    const QString code = current.isValid() ? current.siblingAtColumn(0).data(Qt::UserRole).toString() : QString();
    if (!code.isEmpty() && m_report.contents)
        Q_EMIT openDossier(code);
}

void DashboardPage::issueApology()
{
    const QModelIndex current = m_queueTable->currentIndex();
    if (m_queue != Queue::Overdue || !current.isValid() || current.row() >= m_report.queue(m_queue).size())
        return;
    const report::QueueRow row = m_report.queue(m_queue).at(current.row());
    const std::optional<Apology> apology = m_askApology(row);
    if (!apology)
        return;
    rescheduleAndPrint(row, *apology);
}

void DashboardPage::rescheduleAndPrint(const report::QueueRow& row, const Apology& apology)
{
    store::StepRequest r;
    r.step = workflow::Step::Reschedule;
    r.reason = apology.reason;
    r.newDueDate = apology.newDate;
    const store::Actor actor = m_actor;
    const QString code = row.code;
    const SiteConfig site = m_site;
    m_writer.run(
        this,
        [actor, code, r, site](store::Store& s) -> Result<forms::PrintableDossier> {
            if (auto done = s.apply(actor, code, r); !done)
                return done.error();
            return forms::PrintableFromStore::load(s, actor, code, site);
        },
        [this, code](quint64, Result<forms::PrintableDossier> printable) {
            if (!printable) {
                m_status->setText(printable.error().message);
                Q_EMIT failed(printable.error().message);
                return;
            }
            print::PrintRequest request;
            request.key = forms::FormKey::ApologyExtension;
            request.dossier = printable.value();
            if (auto shown = m_print(request); !shown)
                m_status->setText(shown.error().message);
            Q_EMIT apologyIssued(code);
            refresh();
        });
}

void DashboardPage::printClosingSheet()
{
    if (!m_report.contents)
        return;
    const QModelIndex current = m_feesTable->currentIndex();
    print::ClosingSheet sheet = print::ClosingSheet::forDay(
        m_report, current.isValid() ? m_feesModel->key(current.row()) : QString(), m_site, m_actor.name);
    const store::Actor actor = m_actor;
    m_reader.run(
        this, [actor](store::Store& s) { return s.auditChainHead(actor); },
        [this, sheet](quint64, Result<audit::AuditChain::Head> head) mutable {
            if (!head) {
                m_status->setText(head.error().message);
                Q_EMIT failed(head.error().message);
                return;
            }
            sheet.setAuditHead(head.value(), Clock::current().nowUtc());
            if (auto shown = m_printSheet(sheet); !shown)
                m_status->setText(shown.error().message);
            Q_EMIT closingSheetPrinted();
        });
}

} // namespace motcua::ui
