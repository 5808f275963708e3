// ScanTypes: the vocabulary shared by every scanner backend, the page pipeline and the CLI: devices,
// scan settings (source, resolution, colour mode, page size), scanned pages and the device state a scan
// ended in, with its stable code ("jammed") and its translated message for the person at the desk.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QSizeF>
#include <QString>

#include <optional>

namespace motcua::scanner {

struct DeviceInfo {
    QString name; // "test:0", "fujitsu:fi-7160:12345": what open() takes
    QString vendor; // "Noname", "FUJITSU"
    QString model;
    QString type; // "flatbed scanner", "sheetfed scanner", "virtual device"
};

enum class ScanSource { Flatbed, Adf, Duplex };
enum class ColorMode { Color, Gray, Lineart };
enum class PageSize { A4, A5, Letter, Custom, Maximum };

QString scanSourceName(ScanSource source); // "flatbed" | "adf" | "duplex"
std::optional<ScanSource> scanSourceFromName(const QString& name);
QString colorModeName(ColorMode mode); // "color" | "gray" | "lineart"
std::optional<ColorMode> colorModeFromName(const QString& name);
QString pageSizeName(PageSize size); // "a4" | "a5" | "letter" | "custom" | "max"
std::optional<PageSize> pageSizeFromName(const QString& name);
// Width x height in millimetres of a standard size (custom/max: invalid size).
QSizeF pageSizeMm(PageSize size);

struct ScanSettings {
    QString device;
    ScanSource source = ScanSource::Flatbed;
    int dpi = 300;
    ColorMode mode = ColorMode::Gray;
    PageSize pageSize = PageSize::A4;
    QSizeF customSizeMm; // used when pageSize == Custom
    // Most pages to scan; 0 = one page on the flatbed, until the feeder is empty on ADF/duplex.
    int maxPages = 0;
    // Backend-specific options by their SANE name, applied last ("test-picture" = "Grid").
    QMap<QString, QString> extraOptions;
};

// How a scan (or opening a device) ended. Every SANE status maps to one of these.
enum class ScanState {
    Ok,
    NoDocuments, // the feeder is empty (the normal end of a feeder batch)
    Jammed, // paper jam in the feeder
    CoverOpen, // the cover or the feeder lid is open
    Busy, // another program or another desk uses the device
    IoError, // the device stopped answering (cable, power, unplugged)
    AccessDenied, // the operating system refused access (permissions, locked device)
    OutOfMemory,
    Cancelled, // the clerk cancelled
    Unsupported,
    InvalidSettings, // a setting the device does not accept
    WarmingUp,
    Locked, // transport lock engaged
    NotFound, // no device by that name
};

QString scanStateCode(ScanState state); // stable machine code used in JSON: "ok", "jammed", ...
QString scanStateMessage(ScanState state); // translated sentence: what happened and what to do
// True for states that end a scan without the device failing (ok, no documents, cancelled).
bool scanStateIsClean(ScanState state);

struct ScannedPage {
    int index = 0; // 0-based position in the batch
    QImage image; // Format_Grayscale8, Format_RGB888 or Format_Mono
    int dpi = 300;
    ColorMode mode = ColorMode::Gray;
};

struct ScanOutcome {
    ScanState state = ScanState::Ok;
    QString message; // scanStateMessage(state), possibly with detail
    int pagesScanned = 0; // complete pages delivered before the scan ended
};

// Translation context for the scanner strings that are not inside a QObject.
class ScanText
{
    Q_DECLARE_TR_FUNCTIONS(ScanText)
};

} // namespace motcua::scanner

Q_DECLARE_METATYPE(motcua::scanner::ScannedPage)
Q_DECLARE_METATYPE(motcua::scanner::ScanOutcome)
Q_DECLARE_METATYPE(motcua::scanner::DeviceInfo)
