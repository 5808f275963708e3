#include "ui/PrintPreview.h"

#include <QPrinter>

#include <memory>

namespace motcua::ui {

using print::FormRenderer;

QPrintPreviewDialog* createPrintPreview(
    QWidget* parent, const print::PrintRequest& request, const print::RenderOptions& options, Error* error)
{
    if (auto st = FormRenderer::ensureFonts(); !st.ok() && error)
        *error = st.error();
    auto* dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("formPrintPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->setWindowTitle(forms::formKeyName(request.key) + QStringLiteral(" ") + request.dossier.code);
    QObject::connect(
        dialog, &QPrintPreviewDialog::paintRequested, dialog, [request, options, error](QPrinter* printer) {
            // The form draws its own margins (Decree 30/2020): the whole sheet is the page.
            printer->setFullPage(true);
            auto report = FormRenderer(options).render(request, printer);
            if (!report.ok() && error)
                *error = report.error();
        });
    return dialog;
}

Status showPrintPreview(QWidget* parent, const print::PrintRequest& request, const print::RenderOptions& options)
{
    Error error;
    error.kind = ErrorKind::Invalid;
    std::unique_ptr<QPrintPreviewDialog> dialog(createPrintPreview(parent, request, options, &error));
    dialog->exec();
    if (!error.message.isEmpty())
        return error;
    return {};
}

} // namespace motcua::ui
