// ScannerBackend: the seam between the program and a scanning technology (SaneBackend; tests/support's FakeScanner in
// tests). Both calls block and are made from a worker thread (ScanController does that); pages and progress come back
// through the callbacks on that worker thread.
#pragma once

#include "core/Result.h"
#include "scanner/ScanTypes.h"

#include <atomic>
#include <functional>

namespace motcua::scanner {

struct ScanCallbacks {
    // A complete page. The backend does not keep it: it may be handed to the pipeline and dropped.
    std::function<void(ScannedPage)> page;
    // Progress of the current page: bytes read so far and expected (expected is -1 when unknown).
    std::function<void(int pageIndex, qint64 bytesRead, qint64 bytesExpected)> progress;
    // Called before each page is started (pageIndex = pages already delivered). A test or a diagnostic
    // tool may change backend options here (setRawOption) to simulate a device fault mid-batch.
    std::function<void(int pageIndex)> beforePage;
    // Set from any thread to cancel; the backend stops at the next chunk and ends with Cancelled.
    const std::atomic_bool* cancel = nullptr;
};

class ScannerBackend
{
public:
    virtual ~ScannerBackend() = default;
    // The devices found now; refresh = ask the system again (new or unplugged devices).
    virtual Result<QList<DeviceInfo>> devices(bool refresh) = 0;
    // Scans with the settings until the page count, the end of the feeder, an error or cancel.
    // Pages completed before an error are delivered; the outcome says how it ended.
    virtual ScanOutcome scan(const ScanSettings& settings, const ScanCallbacks& callbacks) = 0;
    // Sets a backend option by its native name while a scan runs (only from beforePage).
    virtual Status setRawOption(const QString& name, const QString& value) = 0;
};

} // namespace motcua::scanner
