// SaneBackend: scanning through SANE (libsane). sane_init runs once per process; devices are opened for
// one scan and closed after it, so a busy or unplugged device recovers on the next try without a
// restart. Options are set by meaning (source, mode, resolution, page size) and mapped to the names the
// vendors use. Call devices() and scan() from a worker thread (ScanController does).
#pragma once

#include "scanner/ScannerBackend.h"

#include <QLoggingCategory>
#include <QMutex>

namespace motcua::scanner {

Q_DECLARE_LOGGING_CATEGORY(lcSane)

// ScanState for a SANE_Status value (including SANE 1.1's WARMING_UP and HW_LOCKED).
ScanState scanStateFromSane(int saneStatus);

class SaneBackend final : public ScannerBackend
{
public:
    SaneBackend();
    ~SaneBackend() override;

    Result<QList<DeviceInfo>> devices(bool refresh) override;
    ScanOutcome scan(const ScanSettings& settings, const ScanCallbacks& callbacks) override;
    Status setRawOption(const QString& name, const QString& value) override;

    // The vendor's source entry for a source ("ADF Front" for Adf on a Fujitsu); empty when none fits.
    static QString pickSourceName(const QStringList& offered, ScanSource source);
    // The vendor's mode entry for a colour mode; empty when none fits (lineart then falls back to gray).
    static QString pickModeName(const QStringList& offered, ColorMode mode);

    // The SANE version reported by sane_init ("1.2.1"), for diagnostics.
    static QString saneVersion();

private:
    struct Session;
    Session* m_session = nullptr; // the device open during scan(), else null
    QMutex m_mutex; // one scan at a time per backend object
};

} // namespace motcua::scanner
