// PrinterOutput: sends a rendered form to a CUPS printer queue by name (e.g. "MotCua_PDF"). The form is
// rendered to PDF in memory (the same bytes as `motcua print --pdf`) and submitted through libcups as
// an application/pdf job on A4; CUPS's filters take it to the printer. No Qt Print Support, so the
// command line prints without loading Qt Widgets.
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
    // The queues the CUPS scheduler knows, sorted; empty when none or the scheduler is not running.
    static QStringList availablePrinters();
    // Renders the request and submits it to the named queue. Environment error when the queue is
    // unknown or CUPS refuses the job.
    static Result<RenderReport> print(
        const PrintRequest& request, const QString& printerName, const RenderOptions& options = {});
};

} // namespace motcua::print
