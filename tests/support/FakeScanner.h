// FakeScanner: a ScannerBackend that plays a script instead of driving a device, for tests of everything
// above the backend (ScanController, the page pipeline, the counter window's scan panel). It offers a
// device list, feeds the pages it was given (converted to the colour mode asked for, at the resolution asked
// for), and can stop a batch the way a device does: jammed, cover open, unplugged after N pages, or an empty
// feeder. It can also hold before a page until the scan is cancelled or resumed, so a test can cancel at a
// known point without sleeping. Configure it before a scan starts; the counters may be read at any time.
#pragma once

#include "scanner/ScannerBackend.h"

#include <QMap>
#include <QMutex>
#include <QWaitCondition>

#include <optional>

namespace motcua::test {

class FakeScanner final : public scanner::ScannerBackend
{
public:
    FakeScanner(); // one device: "fake:0", a sheet-fed scanner with a flatbed

    void setDevices(const QList<scanner::DeviceInfo>& devices);
    // devices() fails with this state (e.g. AccessDenied) instead of answering.
    void failDiscovery(scanner::ScanState state);
    // The paper in the feeder (or on the glass): one page per image, in order.
    void addPage(const QImage& image);
    void addPages(const QImage& image, int count);
    // The device reports `state` when asked for the page after `pagesDelivered` (0: at once).
    void failAfter(int pagesDelivered, scanner::ScanState state);
    // The scan waits before page `pageIndex` until cancel() or resume(); pagesDelivered() shows when it is there.
    void holdBeforePage(int pageIndex);
    void resume();

    int scansStarted() const;
    int pagesDelivered() const; // by the current or last scan
    bool isHolding() const;
    scanner::ScanSettings lastSettings() const;
    QMap<QString, QString> rawOptions() const; // set with setRawOption during the last scan

    Result<QList<scanner::DeviceInfo>> devices(bool refresh) override;
    scanner::ScanOutcome scan(const scanner::ScanSettings& settings, const scanner::ScanCallbacks& callbacks) override;
    Status setRawOption(const QString& name, const QString& value) override;

private:
    bool waitWhileHeld(const scanner::ScanCallbacks& callbacks);

    mutable QMutex m_mutex;
    QWaitCondition m_resumed;
    QList<scanner::DeviceInfo> m_devices;
    std::optional<scanner::ScanState> m_discoveryFailure;
    QList<QImage> m_paper;
    std::optional<std::pair<int, scanner::ScanState>> m_failure;
    int m_holdBefore = -1;
    bool m_holding = false;
    bool m_scanning = false;
    int m_scans = 0;
    int m_delivered = 0;
    scanner::ScanSettings m_lastSettings;
    QMap<QString, QString> m_rawOptions;
};

} // namespace motcua::test
