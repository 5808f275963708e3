// ScanPanel: the intake's scanning panel (PaperFiles source). The clerk picks a scanner (found off the
// GUI thread), its source (feeder, flatbed, duplex) and colour mode, and scans into the current paper of
// the checklist; thumbnails appear as pages arrive and the pages go through the page pipeline (blank
// detection, barcodes, compression) on worker threads into the work folder, so a crash keeps them (the
// panel's manifest, pages.json, brings them back). Pages are reordered (drag, Ctrl+Up/Down), rotated,
// deleted, rescanned one at a time and zoomed; a separator sheet moves the rest of the batch to the next
// paper; image and PDF files are imported like scans. Scanner errors are explained with what to do and
// the pages already scanned are kept. files() writes one PDF per paper into the work folder.
#pragma once

#include "scanner/PagePipeline.h"
#include "scanner/ScanTypes.h"
#include "scanner/ScannerBackend.h"
#include "scanner/ScannerSettings.h"
#include "ui/PaperFiles.h"
#include "ui/ScanPageModel.h"

#include <QModelIndex>
#include <QMutex>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <functional>

#include <map>
#include <memory>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

namespace motcua::scanner {
class ScanController;
}

namespace motcua::ui {

class ScanPanel : public QWidget, public PaperFiles
{
    Q_OBJECT

public:
    // workDir: this intake's folder for pages and PDFs (created with mode 0700; a manifest found there
    // from an interrupted intake is read back when its papers are set).
    ScanPanel(std::shared_ptr<scanner::ScannerBackend> backend, const QString& workDir,
        scanner::ScannerSettings settings = {}, QWidget* parent = nullptr);
    ~ScanPanel() override;

    // PaperFiles
    QWidget* widget() override { return this; }
    void setPapers(const QList<PaperSlot>& papers) override;
    void setCurrentPaper(const QString& componentId) override;
    QMap<QString, int> pageCounts() const override;
    Result<QMap<QString, QStringList>> files() override;
    void clear() override;

    QString currentPaper() const;
    QString workDir() const { return m_workDir; }
    ScanPageModel* model() const { return m_model; }
    scanner::ScanController* controller() const { return m_controller; }
    bool isScanning() const;
    // Pages still going through the pipeline (or being rotated).
    int pendingPages() const;
    // The explanation shown under the buttons (last scan's end, errors, what to do).
    QString statusText() const;
    // Device options by their SANE names added to every scan (site's extra options, tests).
    void setExtraOptions(const QMap<QString, QString>& options) { m_extraOptions = options; }
    // Most pages one press of Scan takes (0: the flatbed's one page, the whole feeder).
    void setPageLimit(int pages) { m_pageLimit = pages; }
    // How long files() may wait on the GUI thread for pages still being stored before it answers
    // "pages_pending" (the pages are kept and stored meanwhile; asking again later gets them).
    void setSettleWait(int ms) { m_settleWaitMs = ms; }
    // The clerk's explanation of how a scan ended: what happened and what to do.
    static QString stateExplanation(scanner::ScanState state);

public Q_SLOTS:
    void discoverDevices();
    // Scans into the current paper with the chosen device, source and mode.
    void scan();
    // Scans one page that takes the selected page's place.
    void rescanSelectedPage();
    void cancelScan();
    void rotateSelected(); // a quarter turn clockwise
    void deleteSelected();
    void moveSelected(int delta); // -1 earlier, +1 later
    void zoomSelected();
    // "Add files": asks for files, then imports them.
    void chooseFiles();
    // Imports image and PDF files into the current paper (off the GUI thread).
    void importFiles(const QStringList& paths);

Q_SIGNALS:
    void devicesReady(int count);
    void currentPaperChanged(const QString& componentId);
    void pageCountsChanged();
    void scanEnded(scanner::ScanState state);
    void importEnded(int pages);
    // Every page shown is stored (nothing scanning, importing or being processed).
    void pagesSettled();

private:
    struct Job;
    void buildDeviceRow(QGridLayout* grid);
    void buildPageButtons(QHBoxLayout* row);
    void buildViewActions();
    void startScanJob(int maxPages, quint64 replaceId);
    void onDevices(const QList<scanner::DeviceInfo>& devices);
    void onPageScanned(const scanner::ScannedPage& page);
    void onScanFinished(const scanner::ScanOutcome& outcome);
    void acceptArrived();
    // Adds the page's row and sends the page to the pipeline; returns the row when the current paper
    // shows it (for the caller to select).
    QModelIndex acceptPage(scanner::ScannedPage page, quint64 batch, const QString& paper, quint64 replaceId);
    void submit(Job job, scanner::ScannedPage page);
    void submitWork(Job job, std::function<Result<scanner::ProcessedPage>()> work);
    void drainResults();
    void applyResult(Job& job);
    void submitRotation(const ScanPageEntry& entry);
    void handleSeparator(const ScanPageEntry& separator);
    bool settleAll(int maxWaitMs);
    void refreshPaperBox();
    void updateButtons();
    void showStatus(const QString& text, bool error);
    void showScanSummary();
    void saveManifest() const;
    void restoreFromManifest();
    quint64 selectedId() const;

    std::shared_ptr<scanner::ScannerBackend> m_backend;
    scanner::ScanController* m_controller;
    QString m_workDir;
    scanner::ScannerSettings m_settings;
    std::unique_ptr<scanner::PagePipeline> m_pipeline;
    QThreadPool m_pool;
    ScanPageModel* m_model;
    QMap<QString, QString> m_extraOptions;
    int m_pageLimit = 0;
    int m_settleWaitMs = 1500;

    QComboBox* m_device;
    QComboBox* m_source;
    QComboBox* m_mode;
    QComboBox* m_paper;
    QPushButton* m_findButton;
    QPushButton* m_scanButton;
    QPushButton* m_cancelButton;
    QPushButton* m_filesButton;
    QPushButton* m_rotateButton;
    QPushButton* m_deleteButton;
    QPushButton* m_rescanButton;
    QPushButton* m_zoomButton;
    QPushButton* m_upButton;
    QPushButton* m_downButton;
    QListView* m_view;
    QLabel* m_status;
    QProgressBar* m_progress;

    quint64 m_nextId = 1;
    quint64 m_batch = 0; // the scan or import whose pages arrive now
    QString m_batchPaper; // where they go (a separator sheet moves it to the next paper)
    quint64 m_replaceId = 0; // the page a one-page rescan replaces
    bool m_discardScan = false; // clear() during a scan: what still arrives is dropped
    int m_imports = 0; // file imports running
    quint64 m_generation = 0; // bumped by clear()
    int m_blankDropped = 0; // by the last scan
    QString m_summary; // how the last scan ended
    bool m_summaryIsError = false;

    // Pages are processed in parallel; results are applied in the order the pages arrived, so that a
    // separator sheet splits the batch where it was.
    quint64 m_nextSeq = 0;
    quint64 m_applySeq = 0;
    QMutex m_doneMutex;
    std::map<quint64, std::shared_ptr<Job>> m_done;
    QMap<QString, QList<ScanPageEntry>> m_restored;
    QList<scanner::ScannedPage> m_arrived; // scanned, not yet taken in (acceptArrived)
    std::atomic<bool> m_drainQueued { false }; // a drainResults call is on its way
};

} // namespace motcua::ui
