#include "ui/print/PrintPreview.h"

#include <QPrinter>

#include <memory>

namespace motcua::print {

QPrintPreviewDialog* createPrintPreview(
    QWidget* parent, const PrintRequest& request, const RenderOptions& options, Error* error)
{
    if (auto st = FormRenderer::ensureFonts(); !st.ok() && error)
        *error = st.error();
    auto* dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("formPrintPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->setWindowTitle(forms::formKeyName(request.key) + QStringLiteral(" ") + request.dossier.code);
    QObject::connect(
        dialog, &QPrintPreviewDialog::paintRequested, dialog, [request, options, error](QPrinter* printer) {
            auto report = FormRenderer(options).render(request, printer);
            if (!report.ok() && error)
                *error = report.error();
        });
    return dialog;
}

Status showPrintPreview(QWidget* parent, const PrintRequest& request, const RenderOptions& options)
{
    Error error;
    error.kind = ErrorKind::Invalid;
    std::unique_ptr<QPrintPreviewDialog> dialog(createPrintPreview(parent, request, options, &error));
    dialog->exec();
    if (!error.message.isEmpty())
        return error;
    return {};
}

} // namespace motcua::print
