#include "ui/print/PrinterOutput.h"

#include <QLoggingCategory>
#include <QPrinter>
#include <QPrinterInfo>

Q_DECLARE_LOGGING_CATEGORY(lcPrint)

namespace motcua::print {

QStringList PrinterOutput::availablePrinters()
{
    return QPrinterInfo::availablePrinterNames();
}

Result<RenderReport> PrinterOutput::print(
    const PrintRequest& request, const QString& printerName, const RenderOptions& options)
{
    if (auto st = FormRenderer::ensureFonts(); !st.ok())
        return st.error();
    const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
    if (printerName.isEmpty() || info.isNull()) {
        const QStringList known = availablePrinters();
        return Error::environment(QStringLiteral("printer"),
            tr("The printer \"%1\" does not exist. Available printers: %2. Check the name or "
               "start CUPS (scripts/start-cups.sh).")
                .arg(printerName, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))),
            QStringLiteral("printer_not_found"));
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setColorMode(QPrinter::GrayScale);
    printer.setDocName(
        QStringLiteral("MotCua ") + forms::formKeyName(request.key) + QLatin1Char(' ') + request.dossier.code);
    auto report = FormRenderer(options).render(request, &printer);
    if (report.ok())
        qCInfo(lcPrint) << "sent" << report->form << request.dossier.code << "to" << printerName;
    return report;
}

} // namespace motcua::print
