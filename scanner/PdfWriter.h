// PdfWriter: a minimal PDF 1.4 writer for scanned documents: one image per page (three for a mixed-raster
// page: background, foreground and its stencil mask, see MixedRaster), page size from the
// image's pixels and resolution. JPEG pages are embedded byte for byte (DCTDecode), JBIG2 and G4 pages keep
// their coded stream (JBIG2Decode, CCITTFaxDecode) and 1-bit/8-bit PNG
// pages keep their deflate stream (FlateDecode with the PNG predictor), so assembling a document never
// decodes or re-compresses a page: it is as fast as copying the files and the PDF is their size.
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace motcua::scanner {

struct PdfPageSource {
    QString path; // a page file from the PageStore: .jpg, .tif (G4 or mixed raster), .jb2 or .png
    int dpi = 300;
};

class PdfWriter
{
public:
    // Writes the pages to pdfPath (atomically). Title and creation time go into the document info.
    static Status write(
        const QString& pdfPath, const QList<PdfPageSource>& pages, const QString& title, const QDateTime& created);
};

} // namespace motcua::scanner
