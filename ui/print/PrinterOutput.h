// PrinterOutput: sends a rendered form to a printer queue through Qt Print Support (CUPS on Debian),
// A4, full page, at the printer's resolution; the queue is chosen by name (e.g. "MotCua_PDF").
#pragma once

#include "core/Result.h"
#include "ui/print/FormRenderer.h"

#include <QCoreApplication>
#include <QStringList>

namespace motcua::print {

class PrinterOutput
{
    Q_DECLARE_TR_FUNCTIONS(PrinterOutput)
public:
    static QStringList availablePrinters();
    // Renders the request straight onto the named queue. Environment error when the queue is unknown.
    static Result<RenderReport> print(
        const PrintRequest& request, const QString& printerName, const RenderOptions& options = {});
};

} // namespace motcua::print
