// RenderReport: what the form renderer drew, page by page, in millimetres from the page's top-left
// corner: every text box, every barcode (with its quiet zone and module size) and the printable area.
// Tests check layout (no overlap, nothing outside the area) and barcode sizing from it.
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace motcua::print {

struct DrawnText {
    QRectF rect; // mm
    QString text;
    bool tableHeader = false;
};

struct DrawnBarcode {
    QString format; // "Code128" | "QRCode" (ZXing's spelling)
    QString text;
    QRectF rect; // symbol including its quiet zone, mm
    double moduleMm = 0; // narrow bar / module width
    int quietModules = 0;
    int page = 0;
};

struct DrawnPage {
    QList<DrawnText> texts;
    QList<QRectF> cells; // table cells (borders), mm
};

struct RenderReport {
    QString formSetId;
    QString form; // configuration key ("receipt", ...)
    QSizeF pageSizeMm; // 210 x 297 (or landscape)
    QRectF printableMm; // page minus margins
    QList<DrawnPage> pages;
    QList<DrawnBarcode> barcodes;
    QStringList warnings; // e.g. a table cell truncated because it was taller than a page

    int pageCount() const { return int(pages.size()); }
};

} // namespace motcua::print
