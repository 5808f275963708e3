// TablePdf: draws a report table (core/report/ReportTable.h) on A4 landscape pages: title and period at
// the top, the column headers repeated on every page, cell text wrapped inside ruled cells, numbers to
// the right, a page number at the foot. Same font as the one-stop forms (FormRenderer::ensureFonts), so
// the Vietnamese letters print the same everywhere. Used by `motcua report` and the Reports page.
#pragma once

#include "core/Result.h"
#include "core/report/ReportTable.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QPagedPaintDevice>

namespace motcua::print {

class TablePdf
{
    Q_DECLARE_TR_FUNCTIONS(TablePdf)
public:
    // Renders onto a device without a painter (a QPdfWriter, a full-page QPrinter); returns the page count.
    static Result<int> render(const report::ReportTable& table, QPagedPaintDevice* device);
    static Result<int> writePdf(const report::ReportTable& table, QIODevice* out);
    static Result<int> writePdf(const report::ReportTable& table, const QString& path);
};

} // namespace motcua::print
