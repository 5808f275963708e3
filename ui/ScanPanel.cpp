#include "ui/ScanPanel.h"

#include "scanner/DocumentAssembler.h"
#include "scanner/FileImport.h"
#include "scanner/ScanController.h"
#include "ui/Accessibility.h"
#include "ui/PageZoomDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStyledItemDelegate>
#include <QTransform>
#include <QVBoxLayout>

#include <QDropEvent>

namespace motcua::ui {

using namespace motcua::scanner;

// One page going through the pipeline: a new page (scanned or imported) or a rotation of a stored one.
struct ScanPanel::Job {
    enum class Kind { NewPage, Rotation };
    Kind kind = Kind::NewPage;
    quint64 seq = 0;
    quint64 pageId = 0;
    int quarterTurns = 0;
    Result<ProcessedPage> result = Error::environment(QString(), QString());
};

namespace {

constexpr int thumbnailHeight = 170;
const char* const manifestName = "pages.json";

// The thumbnail of a page: a quick subsample to twice the size, then a smooth scale (a few ms for an A4
// page at 300 dpi, where a smooth scale of the whole page takes tens).
QImage scanThumbnail(const QImage& page, qreal devicePixelRatio)
{
    if (page.isNull())
        return {};
    const int height = int(thumbnailHeight * devicePixelRatio);
    QImage quick = page.height() > height * 2 ? page.scaledToHeight(height * 2, Qt::FastTransformation) : page;
    if (quick.depth() == 1)
        quick = quick.convertToFormat(QImage::Format_Grayscale8);
    QImage thumb = quick.scaledToHeight(height, Qt::SmoothTransformation);
    thumb.setDevicePixelRatio(devicePixelRatio);
    return thumb;
}

QImage rotatedQuarterTurns(const QImage& image, int quarterTurns)
{
    if (quarterTurns % 4 == 0)
        return image;
    return image.transformed(QTransform().rotate(90.0 * (quarterTurns % 4)));
}

// A stored page decoded again (FileImport reads the pipeline's own files), in the format its mode wants.
Result<ScannedPage> decodeStoredPage(const ProcessedPage& stored)
{
    auto pages = FileImport::importFile(stored.path);
    if (!pages)
        return pages.error();
    if (pages->isEmpty())
        return Error::environment(QStringLiteral("page"), QStringLiteral("empty page file"));
    ScannedPage page = pages->first();
    page.dpi = stored.dpi;
    page.mode = stored.mode;
    switch (stored.mode) {
    case ColorMode::Color:
        page.image = page.image.convertToFormat(QImage::Format_RGB888);
        break;
    case ColorMode::Gray:
        page.image = page.image.convertToFormat(QImage::Format_Grayscale8);
        break;
    case ColorMode::Lineart:
        page.image = page.image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
        break;
    }
    return page;
}

QPushButton* panelButton(const QString& text, const char* objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(accessibleText(text));
    button->setAutoDefault(false);
    return button;
}

PagePipeline::Options panelPipelineOptions(const ScannerSettings& site)
{
    PagePipeline::Options options;
    options.blank.maxInkRatio = site.blankMaxInkRatio;
    options.compression.colorQuality = site.jpegQualityColor;
    options.compression.grayQuality = site.jpegQualityGray;
    options.compression.mixedRaster = site.mixedRaster;
    options.compression.jbig2 = site.jbig2;
    options.threads = 1; // the panel runs its own pool; each page is processed in one of its threads
    return options;
}

// Draws each thumbnail with its page number under it (the number is the row: the model does not carry
// it, so that moving a page changes no other page's data).
class PageNumberDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = index.data(ScanPageModel::PendingRole).toBool()
            ? ScanPanel::tr("Page %1 (being processed)").arg(index.row() + 1)
            : ScanPanel::tr("Page %1").arg(index.row() + 1);
        option->features |= QStyleOptionViewItem::HasDisplay;
    }
};

// The pages' icon view; a drop of its own pages reorders them in the model (and nothing is removed
// by the drag afterwards: the drop reports a copy).
class ScanPageView : public QListView
{
public:
    using QListView::QListView;

protected:
    static bool ours(const QDropEvent* event)
    {
        return event->mimeData() && event->mimeData()->hasFormat(QString::fromLatin1(ScanPageModel::mimeType));
    }
    void dragEnterEvent(QDragEnterEvent* event) override
    {
        if (ours(event))
            event->acceptProposedAction();
        else
            event->ignore();
    }
    void dragMoveEvent(QDragMoveEvent* event) override
    {
        QListView::dragMoveEvent(event);
        if (ours(event))
            event->acceptProposedAction();
        else
            event->ignore();
    }
    void dropEvent(QDropEvent* event) override
    {
        const QMimeData* mime = event->mimeData();
        if (!ours(event)) {
            event->ignore();
            return;
        }
        const QModelIndex over = indexAt(event->position().toPoint());
        int row = model()->rowCount();
        if (over.isValid()) {
            const QRect rect = visualRect(over);
            row = event->position().x() < rect.center().x() ? over.row() : over.row() + 1;
        }
        model()->dropMimeData(mime, Qt::MoveAction, row, 0, {});
        event->setDropAction(Qt::CopyAction);
        event->accept();
    }
};

} // namespace

ScanPanel::ScanPanel(
    std::shared_ptr<ScannerBackend> backend, const QString& workDir, ScannerSettings settings, QWidget* parent)
    : QWidget(parent),
      m_backend(std::move(backend)),
      m_controller(new ScanController(m_backend, this)),
      m_workDir(QDir(workDir).absolutePath()),
      m_settings(std::move(settings)),
      m_model(new ScanPageModel(this))
{
    setObjectName(QStringLiteral("scanPanel"));
    QDir().mkpath(m_workDir);
    QFile::setPermissions(m_workDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_pipeline = std::make_unique<PagePipeline>(PageStore(m_workDir), panelPipelineOptions(m_settings));
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));

    auto* grid = new QGridLayout;
    buildDeviceRow(grid);
    auto* pageButtons = new QHBoxLayout;
    buildPageButtons(pageButtons);
    m_view = new ScanPageView(this);
    m_view->setObjectName(QStringLiteral("scanPages"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PageNumberDelegate(m_view));
    m_view->setViewMode(QListView::IconMode);
    m_view->setMovement(QListView::Static);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setIconSize(QSize(130, thumbnailHeight));
    m_view->setSpacing(8);
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop); // only the model's own page type is accepted
    m_view->setDefaultDropAction(Qt::MoveAction);
    auto* pagesLabel = new QLabel(tr("Scanned &pages:"), this);
    nameAfterLabel(pagesLabel, m_view);
    buildViewActions();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(pagesLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(pageButtons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_controller, &ScanController::devicesFound, this, &ScanPanel::onDevices);
    connect(m_controller, &ScanController::discoveryFailed, this, [this](const QString& message) {
        m_device->clear();
        showStatus(message, true);
        updateButtons();
        emit devicesReady(0);
    });
    connect(m_controller, &ScanController::pageScanned, this, &ScanPanel::onPageScanned);
    connect(m_controller, &ScanController::progress, this, [this](int, int percent) {
        m_progress->setRange(0, percent < 0 ? 0 : 100);
        m_progress->setValue(std::max(percent, 0));
    });
    connect(m_controller, &ScanController::scanFinished, this, &ScanPanel::onScanFinished);
    connect(m_model, &ScanPageModel::countsChanged, this, [this] {
        refreshPaperBox();
        emit pageCountsChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScanPanel::updateButtons);
    connect(m_view, &QListView::activated, this, &ScanPanel::zoomSelected);

    const QFileInfo manifest(QDir(m_workDir).filePath(QString::fromLatin1(manifestName)));
    if (manifest.exists())
        restoreFromManifest();
    updateButtons();
    discoverDevices();
}

ScanPanel::~ScanPanel()
{
    m_pool.waitForDone();
}

void ScanPanel::buildDeviceRow(QGridLayout* grid)
{
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("scanDevice"));
    m_findButton = panelButton(tr("&Find scanners"), "findScannersButton", this);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("scanSource"));
    m_source->addItem(tr("Feeder"), int(ScanSource::Adf));
    m_source->addItem(tr("Flatbed"), int(ScanSource::Flatbed));
    m_source->addItem(tr("Feeder, both sides"), int(ScanSource::Duplex));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("scanMode"));
    m_mode->addItem(tr("Gray"), int(ColorMode::Gray));
    m_mode->addItem(tr("Colour"), int(ColorMode::Color));
    m_mode->addItem(tr("Black and white"), int(ColorMode::Lineart));
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("scanPaper"));

    const QList<std::pair<QString, QWidget*>> rows = { { tr("&Scanner:"), m_device }, { tr("S&ource:"), m_source },
        { tr("&Mode:"), m_mode }, { tr("Pape&r:"), m_paper } };
    for (int i = 0; i < rows.size(); ++i) {
        auto* label = new QLabel(rows[i].first, this);
        nameAfterLabel(label, rows[i].second);
        grid->addWidget(label, i, 0);
        grid->addWidget(rows[i].second, i, 1);
    }
    grid->addWidget(m_findButton, 0, 2);
    grid->setColumnStretch(1, 1);

    m_scanButton = panelButton(tr("S&can"), "scanButton", this);
    m_scanButton->setShortcut(QKeySequence(Qt::Key_F8));
    m_cancelButton = panelButton(tr("S&top"), "cancelScanButton", this);
    m_filesButton = panelButton(tr("Add f&iles..."), "addFilesButton", this);
    grid->addWidget(m_scanButton, 1, 2);
    grid->addWidget(m_cancelButton, 2, 2);
    grid->addWidget(m_filesButton, 3, 2);

    connect(m_findButton, &QPushButton::clicked, this, &ScanPanel::discoverDevices);
    connect(m_scanButton, &QPushButton::clicked, this, &ScanPanel::scan);
    connect(m_cancelButton, &QPushButton::clicked, this, &ScanPanel::cancelScan);
    connect(m_filesButton, &QPushButton::clicked, this, &ScanPanel::chooseFiles);
    connect(m_device, &QComboBox::currentIndexChanged, this, &ScanPanel::updateButtons);
    connect(m_paper, &QComboBox::activated, this, [this](int index) {
        setCurrentPaper(m_paper->itemData(index).toString());
        emit currentPaperChanged(currentPaper());
    });
}

void ScanPanel::buildPageButtons(QHBoxLayout* row)
{
    m_upButton = panelButton(tr("Move &earlier"), "movePageUpButton", this);
    m_downButton = panelButton(tr("Move &later"), "movePageDownButton", this);
    m_rotateButton = panelButton(tr("Rot&ate"), "rotatePageButton", this);
    m_deleteButton = panelButton(tr("&Delete page"), "deletePageButton", this);
    m_rescanButton = panelButton(tr("Resca&n page"), "rescanPageButton", this);
    m_zoomButton = panelButton(tr("&Zoom"), "zoomPageButton", this);
    for (QPushButton* b : { m_upButton, m_downButton, m_rotateButton, m_deleteButton, m_rescanButton, m_zoomButton })
        row->addWidget(b);
    row->addStretch();
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_rotateButton, &QPushButton::clicked, this, &ScanPanel::rotateSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &ScanPanel::deleteSelected);
    connect(m_rescanButton, &QPushButton::clicked, this, &ScanPanel::rescanSelectedPage);
    connect(m_zoomButton, &QPushButton::clicked, this, &ScanPanel::zoomSelected);
}

// Keys on the page list: Ctrl+Up/Down (and Ctrl+Left/Right in the icon grid) move the page, Ctrl+R
// rotates it, Delete removes it, Enter zooms (QListView::activated).
void ScanPanel::buildViewActions()
{
    const auto add = [this](const QList<QKeySequence>& keys, const QString& text, auto slot) {
        auto* action = new QAction(text, m_view);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    add({ QKeySequence(Qt::CTRL | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_Left) }, tr("Move earlier"),
        [this] { moveSelected(-1); });
    add({ QKeySequence(Qt::CTRL | Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_Right) }, tr("Move later"),
        [this] { moveSelected(+1); });
    add({ QKeySequence(Qt::CTRL | Qt::Key_R) }, tr("Rotate"), [this] { rotateSelected(); });
    add({ QKeySequence(QKeySequence::Delete) }, tr("Delete page"), [this] { deleteSelected(); });
}

QString ScanPanel::stateExplanation(ScanState state)
{
    switch (state) {
    case ScanState::Ok:
        return tr("Scan finished.");
    case ScanState::NoDocuments:
        return tr("The feeder is empty: put the papers in the feeder and press Scan.");
    case ScanState::Jammed:
        return tr("Paper jam: open the feeder cover, remove the jammed sheet, put the pages not yet scanned back "
                  "and press Scan to continue.");
    case ScanState::CoverOpen:
        return tr("The scanner cover is open: close it and press Scan to continue.");
    case ScanState::Busy:
        return tr("The scanner is busy (another desk or program is using it): wait a moment and press Scan again.");
    case ScanState::IoError:
        return tr("The scanner stopped answering: check its cable and power, press Find scanners, then Scan "
                  "to continue.");
    case ScanState::NotFound:
        return tr("The scanner was not found: check that it is plugged in and switched on, then press Find "
                  "scanners.");
    case ScanState::Cancelled:
        return tr("Scanning stopped.");
    default:
        return scanStateMessage(state);
    }
}

void ScanPanel::discoverDevices()
{
    showStatus(tr("Looking for scanners..."), false);
    m_findButton->setEnabled(false);
    m_controller->discoverDevices(true);
}

void ScanPanel::onDevices(const QList<DeviceInfo>& devices)
{
    const QString previous = m_device->currentData().toString();
    m_device->clear();
    for (const DeviceInfo& d : devices) {
        const QString label = QStringLiteral("%1 %2").arg(d.vendor, d.model).trimmed();
        m_device->addItem(label.isEmpty() ? d.name : label, d.name);
    }
    const QString wanted = previous.isEmpty() ? m_settings.defaultDevice : previous;
    if (const int i = m_device->findData(wanted); i >= 0)
        m_device->setCurrentIndex(i);
    showStatus(
        devices.isEmpty() ? tr("No scanner found. Connect one and press Find scanners, or add files.") : QString(),
        false);
    updateButtons();
    emit devicesReady(int(devices.size()));
}

bool ScanPanel::isScanning() const
{
    return m_controller->isScanning();
}

int ScanPanel::pendingPages() const
{
    return m_model->pendingCount();
}

QString ScanPanel::statusText() const
{
    return m_status->text();
}

QString ScanPanel::currentPaper() const
{
    return m_model->currentPaper();
}

void ScanPanel::setPapers(const QList<PaperSlot>& papers)
{
    m_model->setPapers(papers);
    for (auto it = m_restored.cbegin(); it != m_restored.cend(); ++it)
        for (const ScanPageEntry& entry : it.value()) {
            m_model->append(it.key(), entry);
            if (entry.pending && m_model->find(entry.id))
                submitRotation(entry);
        }
    m_restored.clear();
    refreshPaperBox();
    updateButtons();
    saveManifest();
}

void ScanPanel::setCurrentPaper(const QString& componentId)
{
    if (componentId == m_model->currentPaper())
        return;
    m_model->setCurrentPaper(componentId);
    if (const int i = m_paper->findData(componentId); i >= 0)
        m_paper->setCurrentIndex(i);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    updateButtons();
}

QMap<QString, int> ScanPanel::pageCounts() const
{
    return m_model->counts();
}

void ScanPanel::refreshPaperBox()
{
    const QMap<QString, int> counts = m_model->counts();
    const QList<PaperSlot>& papers = m_model->papers();
    bool same = m_paper->count() == papers.size();
    for (int i = 0; same && i < papers.size(); ++i)
        same = m_paper->itemData(i).toString() == papers[i].componentId;
    if (!same) {
        m_paper->clear();
        for (const PaperSlot& p : papers)
            m_paper->addItem(p.name, p.componentId);
    }
    for (int i = 0; i < papers.size(); ++i)
        m_paper->setItemText(i, tr("%1 (%2 pages)").arg(papers[i].name).arg(counts.value(papers[i].componentId)));
    if (const int i = m_paper->findData(m_model->currentPaper()); i >= 0)
        m_paper->setCurrentIndex(i);
}

void ScanPanel::updateButtons()
{
    const bool scanning = isScanning();
    const bool hasPaper = !m_model->currentPaper().isEmpty();
    const bool hasPage = selectedId() != 0;
    m_findButton->setEnabled(!scanning);
    m_scanButton->setEnabled(!scanning && hasPaper && m_device->count() > 0);
    m_cancelButton->setEnabled(scanning);
    m_filesButton->setEnabled(hasPaper);
    m_rescanButton->setEnabled(!scanning && hasPage && m_device->count() > 0);
    for (QPushButton* b : { m_upButton, m_downButton, m_rotateButton, m_deleteButton, m_zoomButton })
        b->setEnabled(hasPage && !(scanning && b == m_deleteButton));
    m_device->setEnabled(!scanning);
    m_source->setEnabled(!scanning);
    m_mode->setEnabled(!scanning);
}

void ScanPanel::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

quint64 ScanPanel::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ScanPageModel::PageIdRole).toULongLong() : 0;
}

void ScanPanel::scan()
{
    startScanJob(m_pageLimit, 0);
}

void ScanPanel::rescanSelectedPage()
{
    if (const quint64 id = selectedId())
        startScanJob(1, id);
}

void ScanPanel::startScanJob(int maxPages, quint64 replaceId)
{
    if (isScanning() || m_model->currentPaper().isEmpty() || m_device->count() == 0)
        return;
    ScanSettings s;
    s.device = m_device->currentData().toString();
    s.source = ScanSource(m_source->currentData().toInt());
    s.mode = ColorMode(m_mode->currentData().toInt());
    s.dpi = m_settings.resolution;
    s.pageSize = PageSize::A4;
    s.maxPages = maxPages;
    s.extraOptions = m_extraOptions;
    m_batch = m_nextId++;
    m_batchPaper = m_model->currentPaper();
    m_replaceId = replaceId;
    m_discardScan = false;
    m_blankDropped = 0;
    m_summary.clear();
    if (!m_controller->startScan(s))
        return;
    showStatus(replaceId ? tr("Scanning one page to replace the selected page...") : tr("Scanning..."), false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    updateButtons();
}

void ScanPanel::cancelScan()
{
    m_controller->cancel();
}

// Pages arriving together (a feeder faster than the window, a busy machine) are taken in one go: the
// first schedules acceptArrived, the others only queue behind it, so the rows, the selection and the
// buttons are updated once for all of them instead of once a page.
void ScanPanel::onPageScanned(const ScannedPage& page)
{
    if (m_discardScan)
        return;
    m_arrived.append(page);
    if (m_arrived.size() == 1)
        QMetaObject::invokeMethod(this, &ScanPanel::acceptArrived, Qt::QueuedConnection);
}

void ScanPanel::acceptArrived()
{
    if (m_arrived.isEmpty())
        return;
    const QList<ScannedPage> pages = std::exchange(m_arrived, {});
    QModelIndex last;
    for (const ScannedPage& page : pages) {
        last = acceptPage(page, m_batch, m_batchPaper, m_replaceId);
        m_replaceId = 0; // a rescan replaces one page; any further page is added after it
    }
    if (last.isValid())
        m_view->setCurrentIndex(last);
    updateButtons();
}

void ScanPanel::onScanFinished(const ScanOutcome& outcome)
{
    acceptArrived(); // the pages queued before the end come first
    m_progress->setVisible(false);
    const bool discarded = m_discardScan;
    m_discardScan = false;
    m_replaceId = 0;
    updateButtons();
    if (discarded)
        return;
    QString text = stateExplanation(outcome.state);
    const bool error = !scanStateIsClean(outcome.state) || outcome.state == ScanState::NoDocuments;
    if (outcome.state == ScanState::Ok)
        text = tr("%1 pages scanned.").arg(outcome.pagesScanned);
    else if (outcome.pagesScanned > 0)
        text += QLatin1Char(' ') + tr("The %1 pages scanned before are kept.").arg(outcome.pagesScanned);
    m_summary = text;
    m_summaryIsError = error;
    showScanSummary();
    emit scanEnded(outcome.state);
    if (m_imports == 0 && m_model->pendingCount() == 0)
        emit pagesSettled();
}

// How the last scan ended, with the blank pages left out of it (they are found after the scan ends).
void ScanPanel::showScanSummary()
{
    QString text = m_summary;
    if (m_blankDropped > 0)
        text += QLatin1Char(' ') + tr("%1 blank pages were left out.").arg(m_blankDropped);
    showStatus(text.trimmed(), m_summaryIsError);
}

QModelIndex ScanPanel::acceptPage(ScannedPage page, quint64 batch, const QString& paper, quint64 replaceId)
{
    QModelIndex shown;
    ScanPageEntry entry;
    entry.id = m_nextId++;
    entry.batch = batch;
    entry.thumbnail = scanThumbnail(page.image, devicePixelRatioF());
    entry.page.dpi = page.dpi;
    entry.page.mode = page.mode;
    QString replacedPaper;
    int replacedRow = -1;
    if (replaceId && m_model->find(replaceId, &replacedPaper, &replacedRow)) {
        m_model->remove(replaceId);
        m_model->insert(replacedPaper, replacedRow, entry);
        if (replacedPaper == m_model->currentPaper())
            shown = m_model->index(replacedRow);
    } else {
        m_model->append(paper, entry);
        if (paper == m_model->currentPaper())
            shown = m_model->index(m_model->rowCount() - 1);
    }
    Job job;
    job.kind = Job::Kind::NewPage;
    job.pageId = entry.id;
    submit(std::move(job), std::move(page));
    return shown;
}

void ScanPanel::submit(Job job, ScannedPage page)
{
    PagePipeline* pipeline = m_pipeline.get();
    submitWork(
        std::move(job), [pipeline, page = std::move(page)]() mutable { return pipeline->process(std::move(page)); });
}

// Runs `work` on the panel's pool; its result is applied on the GUI thread in the order of submission.
void ScanPanel::submitWork(Job job, std::function<Result<ProcessedPage>()> work)
{
    job.seq = m_nextSeq++;
    auto shared = std::make_shared<Job>(std::move(job));
    m_pool.start([this, shared, work = std::move(work)]() mutable {
        shared->result = work();
        {
            QMutexLocker lock(&m_doneMutex);
            m_done.emplace(shared->seq, shared);
        }
        if (!m_drainQueued.exchange(true)) // one drain for the results that come in together
            QMetaObject::invokeMethod(this, &ScanPanel::drainResults, Qt::QueuedConnection);
    });
}

void ScanPanel::drainResults()
{
    m_drainQueued = false; // a result stored from now on queues another drain
    for (;;) {
        std::shared_ptr<Job> job;
        {
            QMutexLocker lock(&m_doneMutex);
            auto it = m_done.find(m_applySeq);
            if (it == m_done.end())
                break;
            job = it->second;
            m_done.erase(it);
            ++m_applySeq;
        }
        applyResult(*job);
    }
    saveManifest();
    updateButtons();
    if (!isScanning() && m_imports == 0 && m_model->pendingCount() == 0)
        emit pagesSettled();
}

void ScanPanel::applyResult(Job& job)
{
    const ScanPageEntry* found = m_model->find(job.pageId);
    if (!found)
        return; // deleted or replaced meanwhile
    ScanPageEntry entry = *found;
    if (job.kind == Job::Kind::Rotation && job.quarterTurns != entry.quarterTurns)
        return; // a later turn is on its way
    if (!job.result) {
        entry.pending = false;
        entry.error = job.result.error().message;
        m_model->update(entry);
        showStatus(tr("A page could not be stored: %1").arg(entry.error), true);
        return;
    }
    const ProcessedPage processed = job.result.value();
    if (job.kind == Job::Kind::NewPage) {
        if (DocumentAssembler::isSeparator(processed, m_settings.separatorBarcode)) {
            handleSeparator(entry);
            return;
        }
        if (processed.blank && m_settings.dropBlankPages) {
            m_model->remove(entry.id);
            ++m_blankDropped;
            if (isScanning())
                showStatus(tr("%1 blank pages were left out.").arg(m_blankDropped), false);
            else
                showScanSummary();
            return;
        }
        entry.originalPath = processed.path;
    }
    entry.page = processed;
    entry.pending = job.kind == Job::Kind::NewPage && entry.quarterTurns % 4 != 0;
    m_model->update(entry);
    if (entry.pending) // turned while it was being processed: turn the stored page now
        submitRotation(entry);
}

// Turns the page as scanned by the entry's quarter turns and stores it again, decoding included, off the
// GUI thread (decoding a 300 dpi page takes tens of milliseconds; the thumbnail is already turned).
void ScanPanel::submitRotation(const ScanPageEntry& entry)
{
    ProcessedPage original = entry.page;
    original.path = entry.originalPath;
    Job job;
    job.kind = Job::Kind::Rotation;
    job.pageId = entry.id;
    job.quarterTurns = entry.quarterTurns;
    PagePipeline* pipeline = m_pipeline.get();
    submitWork(std::move(job), [pipeline, original, turns = entry.quarterTurns]() -> Result<ProcessedPage> {
        auto decoded = decodeStoredPage(original);
        if (!decoded)
            return decoded.error();
        decoded->image = rotatedQuarterTurns(decoded->image, turns);
        return pipeline->process(std::move(decoded.value()));
    });
}

// A separator sheet: the pages of its batch after it go to the next paper of the checklist, and so do
// the pages still to come; the sheet itself is left out.
void ScanPanel::handleSeparator(const ScanPageEntry& separator)
{
    QString paper;
    m_model->find(separator.id, &paper);
    const int index = m_model->paperIndex(paper);
    const QList<PaperSlot>& papers = m_model->papers();
    if (index < 0 || index + 1 >= papers.size()) {
        m_model->remove(separator.id);
        showStatus(tr("A separator sheet was found after the last paper; the pages after it stay with it."), false);
        return;
    }
    const QString next = papers[index + 1].componentId;
    m_model->moveBatchTail(separator.id, next);
    m_model->remove(separator.id);
    if (m_batch == separator.batch && m_batchPaper == paper)
        m_batchPaper = next;
    setCurrentPaper(next);
    showStatus(tr("Separator sheet: now scanning \"%1\".").arg(papers[index + 1].name), false);
    emit currentPaperChanged(next);
}

void ScanPanel::rotateSelected()
{
    const quint64 id = selectedId();
    const ScanPageEntry* found = id ? m_model->find(id) : nullptr;
    if (!found)
        return;
    ScanPageEntry entry = *found;
    entry.quarterTurns = (entry.quarterTurns + 1) % 4;
    entry.thumbnail = rotatedQuarterTurns(found->thumbnail, 1);
    const bool stored = !entry.originalPath.isEmpty();
    entry.pending = true;
    if (stored && entry.quarterTurns == 0) { // back to the page as scanned
        entry.page.path = entry.originalPath;
        entry.pending = false;
    }
    m_model->update(entry);
    if (stored && entry.pending)
        submitRotation(entry);
    saveManifest();
}

void ScanPanel::deleteSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    m_model->remove(current.data(ScanPageModel::PageIdRole).toULongLong());
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
    saveManifest();
    updateButtons();
}

void ScanPanel::moveSelected(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    // moveRows takes the row the page goes before: one further when moving later.
    if (m_model->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target)) {
        m_view->setCurrentIndex(m_model->index(target));
        saveManifest();
    }
}

void ScanPanel::zoomSelected()
{
    const quint64 id = selectedId();
    QString paper;
    int row = -1;
    const ScanPageEntry* entry = id ? m_model->find(id, &paper, &row) : nullptr;
    if (!entry)
        return;
    QImage image = entry->thumbnail;
    if (!entry->pending && !entry->page.path.isEmpty()) {
        if (auto decoded = decodeStoredPage(entry->page); decoded)
            image = decoded->image;
    }
    auto* dialog = new PageZoomDialog(image, tr("Page %1").arg(row + 1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ScanPanel::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add files"), QString(), tr("Images and PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void ScanPanel::importFiles(const QStringList& paths)
{
    const QString paper = m_model->currentPaper();
    if (paper.isEmpty() || paths.isEmpty())
        return;
    const quint64 batch = m_nextId++;
    ++m_imports;
    showStatus(tr("Adding files..."), false);
    QPointer<ScanPanel> self(this);
    const quint64 generation = m_generation;
    m_pool.start([self, paths, batch, paper, generation] {
        int pages = 0;
        QStringList errors;
        for (const QString& path : paths) {
            auto imported = FileImport::importFile(path, [&](ScannedPage page) {
                ++pages;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, page, batch, paper, generation] {
                        if (!self || self->m_generation != generation) // cleared meanwhile
                            return;
                        const QModelIndex shown = self->acceptPage(page, batch, paper, 0);
                        if (shown.isValid())
                            self->m_view->setCurrentIndex(shown);
                        self->updateButtons();
                    },
                    Qt::QueuedConnection);
            });
            if (!imported)
                errors << imported.error().message;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, pages, errors, generation] {
                if (!self)
                    return;
                --self->m_imports;
                if (self->m_generation != generation)
                    return;
                if (errors.isEmpty())
                    self->showStatus(tr("%1 pages added from files.").arg(pages), false);
                else
                    self->showStatus(errors.join(QLatin1Char('\n')), true);
                emit self->importEnded(pages);
                self->drainResults();
            },
            Qt::QueuedConnection);
    });
}

// Waits a bounded time for the pages in the pipeline (and the rotations they start) and applies the
// results; true when every page is stored. The window stops painting while it waits, so the wait is
// short: a page takes well under a second, and the clerk who decides right after the last page of a
// scan meets at most that; a longer backlog is left to finish in the background.
bool ScanPanel::settleAll(int maxWaitMs)
{
    QDeadlineTimer deadline(maxWaitMs);
    drainResults();
    while (m_model->pendingCount() > 0 && !deadline.hasExpired()) {
        m_pool.waitForDone(int(std::max<qint64>(1, deadline.remainingTime())));
        drainResults();
    }
    return m_model->pendingCount() == 0;
}

Result<QMap<QString, QStringList>> ScanPanel::files()
{
    if (isScanning() || m_imports > 0)
        return Error::invalid(QStringLiteral("pages"), tr("Wait for the scan to finish."));
    if (!settleAll(m_settleWaitMs)) // nothing is lost: the pages go on being stored
        return Error::invalid(QStringLiteral("pages"),
            tr("%n page(s) are still being stored; try again in a moment.", nullptr, m_model->pendingCount()),
            QStringLiteral("pages_pending"));
    QDir dir(m_workDir);
    dir.mkpath(QStringLiteral("files"));
    QMap<QString, QStringList> files;
    const QList<PaperSlot> papers = m_model->papers();
    for (int i = 0; i < papers.size(); ++i) {
        const PaperSlot& paper = papers[i];
        AssembledDocument document;
        for (const ScanPageEntry& e : m_model->pages(paper.componentId)) {
            if (!e.error.isEmpty() || e.page.path.isEmpty())
                return Error::environment(
                    paper.componentId, tr("A page of \"%1\" could not be stored: scan it again.").arg(paper.name));
            document.pages.append(e.page);
        }
        if (document.pages.isEmpty())
            continue;
        const QString pdf = dir.filePath(QStringLiteral("files/paper-%1.pdf").arg(i + 1, 2, 10, QLatin1Char('0')));
        if (auto st = DocumentAssembler::writePdf(document, pdf, paper.name); !st)
            return Error::environment(paper.componentId,
                tr("The pages of \"%1\" could not be put together: %2").arg(paper.name, st.error().message));
        files.insert(paper.componentId, { pdf });
    }
    return files;
}

void ScanPanel::clear()
{
    if (isScanning()) {
        m_discardScan = true;
        m_controller->cancel();
    }
    m_arrived.clear();
    m_pool.waitForDone();
    {
        QMutexLocker lock(&m_doneMutex);
        m_done.clear();
        m_applySeq = m_nextSeq;
    }
    ++m_generation; // file imports still running add nothing
    m_model->clear();
    m_restored.clear();
    m_replaceId = 0;
    QDir(m_workDir).removeRecursively();
    QDir().mkpath(m_workDir);
    QFile::setPermissions(m_workDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    showStatus(QString(), false);
    updateButtons();
}

void ScanPanel::saveManifest() const
{
    QJsonObject papers;
    for (const PaperSlot& paper : m_model->papers()) {
        QJsonArray pages;
        for (const ScanPageEntry& e : m_model->pages(paper.componentId)) {
            if (e.originalPath.isEmpty() || !e.error.isEmpty())
                continue; // not stored yet: nothing to bring back
            pages.append(QJsonObject { { QStringLiteral("original"), e.originalPath },
                { QStringLiteral("turns"), e.quarterTurns }, { QStringLiteral("dpi"), e.page.dpi },
                { QStringLiteral("mode"), colorModeName(e.page.mode) } });
        }
        if (!pages.isEmpty())
            papers.insert(paper.componentId, pages);
    }
    QSaveFile file(QDir(m_workDir).filePath(QString::fromLatin1(manifestName)));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject { { QStringLiteral("papers"), papers } }).toJson());
        file.commit();
    }
}

// Pages of an intake interrupted by a crash: the originals are stored, the turns are done again.
void ScanPanel::restoreFromManifest()
{
    QFile file(QDir(m_workDir).filePath(QString::fromLatin1(manifestName)));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject papers
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("papers")).toObject();
    for (auto it = papers.begin(); it != papers.end(); ++it) {
        for (const QJsonValue& v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            ProcessedPage stored;
            stored.path = o.value(QStringLiteral("original")).toString();
            stored.dpi = o.value(QStringLiteral("dpi")).toInt(300);
            stored.mode = colorModeFromName(o.value(QStringLiteral("mode")).toString()).value_or(ColorMode::Gray);
            if (!QFileInfo(stored.path).absoluteFilePath().startsWith(m_workDir + QLatin1Char('/')))
                continue; // only pages of this work folder
            auto decoded = decodeStoredPage(stored);
            if (!decoded)
                continue;
            const int turns = o.value(QStringLiteral("turns")).toInt() % 4;
            ScanPageEntry entry;
            entry.id = m_nextId++;
            entry.page = stored;
            entry.originalPath = stored.path;
            entry.thumbnail = scanThumbnail(rotatedQuarterTurns(decoded->image, turns), devicePixelRatioF());
            entry.quarterTurns = 0;
            entry.pending = false;
            m_restored[it.key()].append(entry);
            if (turns != 0) { // redo the turn once the page is in the model
                m_restored[it.key()].last().quarterTurns = turns;
                m_restored[it.key()].last().pending = true;
            }
        }
    }
}

} // namespace motcua::ui
