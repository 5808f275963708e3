// ScannerSettings: the site's "scanner" section (site file, see docs/scanning.md):
// {"separator_barcode": "MOTCUA-SEPARATOR", "drop_blank_pages": true, "jpeg_quality_color": 75,
//  "jpeg_quality_gray": 70, "blank_max_ink_ratio": 0.0002, "default_device": "", "resolution": 300,
//  "compression": "mixed_raster" | "jpeg", "lineart_compression": "jbig2" | "g4"}
#pragma once

#include "core/Result.h"
#include "core/SiteConfig.h"

#include <QJsonObject>
#include <QString>

namespace motcua::scanner {

struct ScannerSettings {
    QString separatorBarcode; // a page whose barcode text equals this starts a new document
    bool dropBlankPages = true; // blank pages stay stored but are left out of the document PDFs
    int jpegQualityColor = 75;
    int jpegQualityGray = 70;
    bool mixedRaster = true; // gray and colour pages at 200 dpi and more as mixed raster (MixedRaster), else JPEG
    bool jbig2 = true; // lineart pages as lossless JBIG2 (Jbig2Encoder), else CCITT G4 TIFF
    double blankMaxInkRatio = 0.0002;
    QString defaultDevice;
    int resolution = 300;

    static Result<ScannerSettings> fromJson(const QJsonObject& section);
    static Result<ScannerSettings> fromSite(const SiteConfig& site) { return fromJson(site.section("scanner")); }
};

} // namespace motcua::scanner
