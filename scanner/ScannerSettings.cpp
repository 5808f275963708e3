#include "scanner/ScannerSettings.h"

#include "scanner/ScanTypes.h"

namespace motcua::scanner {

Result<ScannerSettings> ScannerSettings::fromJson(const QJsonObject& section)
{
    ScannerSettings s;
    static const QStringList known
        = { "separator_barcode", "drop_blank_pages", "jpeg_quality_color", "jpeg_quality_gray", "blank_max_ink_ratio",
              "default_device", "resolution", "compression", "lineart_compression" };
    for (auto it = section.begin(); it != section.end(); ++it)
        if (!known.contains(it.key()))
            return Error::invalid(QStringLiteral("scanner.") + it.key(),
                ScanText::tr("Unknown setting scanner.%1 in the site file. Remove it or check "
                             "its spelling.")
                    .arg(it.key()));
    s.separatorBarcode = section.value("separator_barcode").toString();
    s.dropBlankPages = section.value("drop_blank_pages").toBool(true);
    s.defaultDevice = section.value("default_device").toString();
    auto intIn = [&](const char* key, int fallback, int lo, int hi, int& out) -> Status {
        const int v = section.value(key).toInt(fallback);
        if (v < lo || v > hi)
            return Error::invalid(QStringLiteral("scanner.") + key,
                ScanText::tr("scanner.%1 must be between %2 and %3.").arg(key).arg(lo).arg(hi));
        out = v;
        return {};
    };
    if (auto st = intIn("jpeg_quality_color", 75, 10, 100, s.jpegQualityColor); !st)
        return st.error();
    if (auto st = intIn("jpeg_quality_gray", 70, 10, 100, s.jpegQualityGray); !st)
        return st.error();
    if (auto st = intIn("resolution", 300, 75, 1200, s.resolution); !st)
        return st.error();
    const QString compression = section.value("compression").toString(QStringLiteral("mixed_raster"));
    if (compression != QLatin1String("mixed_raster") && compression != QLatin1String("jpeg"))
        return Error::invalid(QStringLiteral("scanner.compression"),
            ScanText::tr("scanner.compression must be \"mixed_raster\" or \"jpeg\"."));
    s.mixedRaster = compression == QLatin1String("mixed_raster");
    const QString lineart = section.value("lineart_compression").toString(QStringLiteral("jbig2"));
    if (lineart != QLatin1String("jbig2") && lineart != QLatin1String("g4"))
        return Error::invalid(QStringLiteral("scanner.lineart_compression"),
            ScanText::tr("scanner.lineart_compression must be \"jbig2\" or \"g4\"."));
    s.jbig2 = lineart == QLatin1String("jbig2");
    s.blankMaxInkRatio = section.value("blank_max_ink_ratio").toDouble(0.0002);
    if (s.blankMaxInkRatio < 0 || s.blankMaxInkRatio > 0.1)
        return Error::invalid(QStringLiteral("scanner.blank_max_ink_ratio"),
            ScanText::tr("scanner.blank_max_ink_ratio must be between 0 and 0.1."));
    return s;
}

} // namespace motcua::scanner
