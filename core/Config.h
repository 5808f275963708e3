// Config: the desk's typed user settings (language, scanner defaults, printer, sync interval, ...).
// Every key, its type and its default live in one table in Config.cpp. Stored as an INI file through
// QSettings; UI state (window geometry, splitters) is kept apart in the UI layer. The site
// configuration (who the desk is) is SiteConfig, not this.
#pragma once

#include "core/Result.h"

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace motcua {

class Config
{
public:
    enum class Key {
        Language, // "vi" (default) or "en"
        SiteFile, // path of the site configuration; empty = built-in demo site
        DataDir, // data folder; empty = QStandardPaths::AppDataLocation
        ScannerDevice, // SANE device name, e.g. "test:0"
        ScannerSource, // "flatbed" | "adf" | "duplex"
        ScannerResolution, // dpi
        ScannerMode, // "color" | "gray" | "lineart"
        PrinterName, // CUPS queue for receipts; empty = system default
        SyncIntervalSecs, // how often the sync engine tries the central server
        OverdueWarningDays, // working days before the appointment when a dossier is flagged
        IdleLockMinutes // the desk window locks after this many minutes without input; 0 = never
    };

    // Opens (or will create) the settings file at `path`.
    explicit Config(const QString& path);
    ~Config();

    // Per-user default location: <AppConfigLocation>/motcua.ini.
    static QString defaultPath();

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    static QList<Key> allKeys();

    // The stored value converted to the key's type, or the default when absent or invalid.
    QVariant get(Key key) const;
    // Rejects a value of the wrong type or outside the key's range, naming the setting.
    Status set(Key key, const QVariant& value);
    void reset(Key key);
    // Writes to disk now.
    Status sync();

    QString language() const { return get(Key::Language).toString(); }
    QString path() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace motcua
