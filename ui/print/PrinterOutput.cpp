#include "ui/print/PrinterOutput.h"

#include <QBuffer>
#include <QLoggingCategory>

#include <cups/cups.h>

Q_DECLARE_LOGGING_CATEGORY(lcPrint)

namespace motcua::print {
namespace {

// One application/pdf job on `queue`; the CUPS error text when it fails.
Status submitPdf(const QByteArray& queue, const QByteArray& title, const QByteArray& pdf)
{
    cups_option_t* options = nullptr;
    int count = 0;
    count = cupsAddOption("media", "iso_a4_210x297mm", count, &options);
    count = cupsAddOption("print-color-mode", "monochrome", count, &options);
    const int job = cupsCreateJob(CUPS_HTTP_DEFAULT, queue.constData(), title.constData(), count, options);
    cupsFreeOptions(count, options);
    const auto failed = [&] {
        return Error::environment(QStringLiteral("printer"),
            PrinterOutput::tr("CUPS refused the print job for \"%1\": %2. Check that the printer is enabled "
                              "and accepting jobs (lpstat -p).")
                .arg(QString::fromUtf8(queue), QString::fromUtf8(cupsLastErrorString())),
            QStringLiteral("print_failed"));
    };
    if (job <= 0)
        return failed();
    // The document name without spaces: Debian 12's cupsd (2.4.2) crashes on a Send-Document whose
    // document-name holds a space (seen with the cups-pdf queue); the job's title keeps them.
    QByteArray document = title;
    document.replace(' ', '_');
    bool ok = cupsStartDocument(CUPS_HTTP_DEFAULT, queue.constData(), job, document.constData(), CUPS_FORMAT_PDF, 1)
        == HTTP_STATUS_CONTINUE;
    ok = ok && cupsWriteRequestData(CUPS_HTTP_DEFAULT, pdf.constData(), size_t(pdf.size())) == HTTP_STATUS_CONTINUE;
    // Always finish the document: it ends the request even after a failed write.
    const ipp_status_t finished = cupsFinishDocument(CUPS_HTTP_DEFAULT, queue.constData());
    if (!ok || finished > IPP_STATUS_OK_EVENTS_COMPLETE) {
        Error error = failed();
        cupsCancelJob2(CUPS_HTTP_DEFAULT, queue.constData(), job, 0);
        return error;
    }
    return {};
}

} // namespace

QStringList PrinterOutput::availablePrinters()
{
    cups_dest_t* dests = nullptr;
    const int count = cupsGetDests2(CUPS_HTTP_DEFAULT, &dests);
    QStringList names;
    for (int i = 0; i < count; ++i) {
        if (!dests[i].instance)
            names << QString::fromUtf8(dests[i].name);
    }
    cupsFreeDests(count, dests);
    names.sort();
    return names;
}

Result<RenderReport> PrinterOutput::print(
    const PrintRequest& request, const QString& printerName, const RenderOptions& options)
{
    if (auto st = FormRenderer::ensureFonts(); !st.ok())
        return st.error();
    const QByteArray queue = printerName.toUtf8();
    cups_dest_t* dest
        = printerName.isEmpty() ? nullptr : cupsGetNamedDest(CUPS_HTTP_DEFAULT, queue.constData(), nullptr);
    if (!dest) {
        const QStringList known = availablePrinters();
        return Error::environment(QStringLiteral("printer"),
            tr("The printer \"%1\" does not exist. Available printers: %2. Check the name or "
               "start CUPS (scripts/start-cups.sh).")
                .arg(printerName, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))),
            QStringLiteral("printer_not_found"));
    }
    cupsFreeDests(1, dest);

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    auto report = FormRenderer(options).renderPdf(request, &buffer);
    buffer.close();
    if (!report.ok())
        return report;
    const QByteArray title = (QStringLiteral("MotCua ") + forms::formKeyName(request.key) + QLatin1Char(' ')
        + (request.key == forms::FormKey::TrackingBook ? QString() : request.dossier.code))
                                 .trimmed()
                                 .toUtf8();
    if (auto sent = submitPdf(queue, title, pdf); !sent.ok())
        return sent.error();
    qCInfo(lcPrint) << "sent" << report->form << request.dossier.code << "to" << printerName;
    return report;
}

} // namespace motcua::print
