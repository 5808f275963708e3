// FileImport: pages from files, for desks without a scanner and for files applicants bring: JPEG, PNG,
// (multi-page) TIFF through Qt's image plugins and PDF rendered with Qt PDF. Pages come out like scanned
// pages (with their resolution and colour mode) and go through the same PagePipeline.
#pragma once

#include "core/Result.h"
#include "scanner/ScanTypes.h"

#include <functional>

namespace motcua::scanner {

class FileImport
{
public:
    struct Options {
        int pdfDpi; // rendering resolution for PDF pages
        int defaultDpi; // for images that do not record a resolution
    };
    static constexpr Options defaults() { return { 300, 300 }; }

    // Reads every page of the file and hands each to sink (one at a time: large PDFs never sit in
    // memory as a whole). firstIndex numbers the pages. Returns the number of pages.
    static Result<int> importFile(const QString& path, const std::function<void(ScannedPage)>& sink, int firstIndex = 0,
        Options options = defaults());
    // Convenience: all pages as a list.
    static Result<QList<ScannedPage>> importFile(const QString& path, Options options = defaults());
    // The colour mode an image is best kept in (1-bit -> lineart, only grays -> gray, else colour).
    static ColorMode detectMode(const QImage& image);
    // Whether the Qt image plugin for TIFF is installed (Debian: qt6-image-formats-plugins).
    static bool tiffSupported();
};

} // namespace motcua::scanner
