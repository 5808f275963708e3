#include "scanner/DocumentAssembler.h"

#include "core/Clock.h"
#include "scanner/PdfWriter.h"

namespace motcua::scanner {

bool DocumentAssembler::isSeparator(const ProcessedPage& page, const QString& separatorBarcode)
{
    if (separatorBarcode.isEmpty())
        return false;
    for (const Barcode& b : page.barcodes)
        if (b.text == separatorBarcode)
            return true;
    return false;
}

QList<AssembledDocument> DocumentAssembler::split(
    const QList<ProcessedPage>& pages, const QString& separatorBarcode, bool dropBlankPages)
{
    QList<AssembledDocument> documents;
    AssembledDocument current;
    for (const ProcessedPage& page : pages) {
        if (isSeparator(page, separatorBarcode)) {
            if (!current.pages.isEmpty())
                documents.append(std::move(current));
            current = {};
            continue;
        }
        if (dropBlankPages && page.blank)
            continue;
        current.pages.append(page);
    }
    if (!current.pages.isEmpty())
        documents.append(std::move(current));
    return documents;
}

Status DocumentAssembler::writePdf(AssembledDocument& document, const QString& pdfPath, const QString& title)
{
    QList<PdfPageSource> sources;
    for (const ProcessedPage& page : document.pages)
        sources.append({ page.path, page.dpi });
    if (auto st = PdfWriter::write(pdfPath, sources, title, Clock::current().nowUtc()); !st)
        return st;
    document.pdfPath = pdfPath;
    return {};
}

} // namespace motcua::scanner
