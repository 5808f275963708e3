#include "scanner/ScanTypes.h"

namespace motcua::scanner {

QString scanSourceName(ScanSource source)
{
    switch (source) {
    case ScanSource::Flatbed:
        return QStringLiteral("flatbed");
    case ScanSource::Adf:
        return QStringLiteral("adf");
    case ScanSource::Duplex:
        return QStringLiteral("duplex");
    }
    return {};
}

std::optional<ScanSource> scanSourceFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("flatbed"))
        return ScanSource::Flatbed;
    if (n == QLatin1String("adf") || n == QLatin1String("feeder"))
        return ScanSource::Adf;
    if (n == QLatin1String("duplex"))
        return ScanSource::Duplex;
    return std::nullopt;
}

QString colorModeName(ColorMode mode)
{
    switch (mode) {
    case ColorMode::Color:
        return QStringLiteral("color");
    case ColorMode::Gray:
        return QStringLiteral("gray");
    case ColorMode::Lineart:
        return QStringLiteral("lineart");
    }
    return {};
}

std::optional<ColorMode> colorModeFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("color") || n == QLatin1String("colour"))
        return ColorMode::Color;
    if (n == QLatin1String("gray") || n == QLatin1String("grey"))
        return ColorMode::Gray;
    if (n == QLatin1String("lineart") || n == QLatin1String("bw"))
        return ColorMode::Lineart;
    return std::nullopt;
}

QString pageSizeName(PageSize size)
{
    switch (size) {
    case PageSize::A4:
        return QStringLiteral("a4");
    case PageSize::A5:
        return QStringLiteral("a5");
    case PageSize::Letter:
        return QStringLiteral("letter");
    case PageSize::Custom:
        return QStringLiteral("custom");
    case PageSize::Maximum:
        return QStringLiteral("max");
    }
    return {};
}

std::optional<PageSize> pageSizeFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (PageSize s : { PageSize::A4, PageSize::A5, PageSize::Letter, PageSize::Custom, PageSize::Maximum })
        if (pageSizeName(s) == n)
            return s;
    return std::nullopt;
}

QSizeF pageSizeMm(PageSize size)
{
    switch (size) {
    case PageSize::A4:
        return { 210.0, 297.0 };
    case PageSize::A5:
        return { 148.0, 210.0 };
    case PageSize::Letter:
        return { 215.9, 279.4 };
    case PageSize::Custom:
    case PageSize::Maximum:
        break;
    }
    return {};
}

QString scanStateCode(ScanState state)
{
    switch (state) {
    case ScanState::Ok:
        return QStringLiteral("ok");
    case ScanState::NoDocuments:
        return QStringLiteral("no_documents");
    case ScanState::Jammed:
        return QStringLiteral("jammed");
    case ScanState::CoverOpen:
        return QStringLiteral("cover_open");
    case ScanState::Busy:
        return QStringLiteral("busy");
    case ScanState::IoError:
        return QStringLiteral("io_error");
    case ScanState::AccessDenied:
        return QStringLiteral("access_denied");
    case ScanState::OutOfMemory:
        return QStringLiteral("out_of_memory");
    case ScanState::Cancelled:
        return QStringLiteral("cancelled");
    case ScanState::Unsupported:
        return QStringLiteral("unsupported");
    case ScanState::InvalidSettings:
        return QStringLiteral("invalid_settings");
    case ScanState::WarmingUp:
        return QStringLiteral("warming_up");
    case ScanState::Locked:
        return QStringLiteral("locked");
    case ScanState::NotFound:
        return QStringLiteral("not_found");
    }
    return QStringLiteral("unknown");
}

QString scanStateMessage(ScanState state)
{
    switch (state) {
    case ScanState::Ok:
        return ScanText::tr("The scan finished.");
    case ScanState::NoDocuments:
        return ScanText::tr("The document feeder is empty. Put the pages in the feeder and scan again.");
    case ScanState::Jammed:
        return ScanText::tr("Paper jam in the scanner. Remove the jammed sheet, put the remaining pages back "
                            "and continue; the pages already scanned are kept.");
    case ScanState::CoverOpen:
        return ScanText::tr("The scanner cover is open. Close the cover and scan again.");
    case ScanState::Busy:
        return ScanText::tr("The scanner is busy (used by another program or desk). Wait a moment and try "
                            "again.");
    case ScanState::IoError:
        return ScanText::tr("The scanner stopped answering. Check its cable and power, then scan again; the "
                            "pages already scanned are kept.");
    case ScanState::AccessDenied:
        return ScanText::tr("Access to the scanner was denied. Ask the administrator to grant this user "
                            "access to the scanner.");
    case ScanState::OutOfMemory:
        return ScanText::tr("Not enough memory to scan. Close other programs or lower the resolution and "
                            "scan again.");
    case ScanState::Cancelled:
        return ScanText::tr("The scan was cancelled.");
    case ScanState::Unsupported:
        return ScanText::tr("The scanner does not support this operation. Choose other scan settings.");
    case ScanState::InvalidSettings:
        return ScanText::tr("The scanner rejected the scan settings. Choose another source, resolution or "
                            "page size.");
    case ScanState::WarmingUp:
        return ScanText::tr("The scanner lamp is warming up. Wait a moment and scan again.");
    case ScanState::Locked:
        return ScanText::tr("The scanner is locked for transport. Release the transport lock and scan "
                            "again.");
    case ScanState::NotFound:
        return ScanText::tr("No scanner with this name was found. Check that it is connected and choose it "
                            "again from the device list.");
    }
    return {};
}

bool scanStateIsClean(ScanState state)
{
    return state == ScanState::Ok || state == ScanState::NoDocuments || state == ScanState::Cancelled;
}

} // namespace motcua::scanner
