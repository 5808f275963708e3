// ScanController: runs a ScannerBackend off the GUI thread. Device discovery and each scan job run on a
// worker thread; pages, progress and the end of the scan come back as queued signals in the thread
// that owns the controller, so the window never waits for the scanner.
#pragma once

#include "scanner/ScannerBackend.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace motcua::scanner {

class ScanController : public QObject
{
    Q_OBJECT
public:
    explicit ScanController(std::shared_ptr<ScannerBackend> backend, QObject* parent = nullptr);
    ~ScanController() override; // cancels a running scan and waits for its thread

    bool isScanning() const { return m_thread != nullptr; }

public slots:
    // Asks the backend for its devices on a worker thread; answers with devicesFound or discoveryFailed.
    void discoverDevices(bool refresh = true);
    // Starts a scan job; false (and nothing emitted) when one is already running.
    bool startScan(const motcua::scanner::ScanSettings& settings);
    // Asks the running scan to stop at the next chunk; scanFinished(Cancelled) follows.
    void cancel();

signals:
    void devicesFound(const QList<motcua::scanner::DeviceInfo>& devices);
    void discoveryFailed(const QString& message);
    void pageStarted(int pageIndex);
    void progress(int pageIndex, int percent); // percent -1 when the page length is unknown
    void pageScanned(const motcua::scanner::ScannedPage& page);
    void scanFinished(const motcua::scanner::ScanOutcome& outcome);

private:
    std::shared_ptr<ScannerBackend> m_backend;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel { false };
    ScanOutcome m_outcome;
};

} // namespace motcua::scanner
