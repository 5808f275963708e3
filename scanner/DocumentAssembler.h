// DocumentAssembler: turns a processed batch into dossier documents. Separator sheets (a page carrying
// the site's separator barcode) split a feeder batch into documents and are left out; blank pages are
// left out when the site asks for it. Each document becomes one PDF.
#pragma once

#include "core/Result.h"
#include "scanner/PagePipeline.h"

namespace motcua::scanner {

struct AssembledDocument {
    QList<ProcessedPage> pages;
    QString pdfPath; // set by writePdf
};

class DocumentAssembler
{
public:
    // Splits the pages (in batch order). A separator page ends the current document; empty documents
    // (two separators in a row, a separator first) are not produced.
    static QList<AssembledDocument> split(
        const QList<ProcessedPage>& pages, const QString& separatorBarcode, bool dropBlankPages);
    // True when one of the page's barcodes has exactly the separator text.
    static bool isSeparator(const ProcessedPage& page, const QString& separatorBarcode);
    // Writes the document's pages into one PDF.
    static Status writePdf(AssembledDocument& document, const QString& pdfPath, const QString& title);
};

} // namespace motcua::scanner
