// PrintPreview: the print preview dialog of the desk window (QPrintPreviewDialog) for one form; the
// user zooms, pages and prints from it. The main window's menu calls showPrintPreview().
#pragma once

#include "core/Result.h"
#include "ui/print/FormRenderer.h"

#include <QPrintPreviewDialog>
#include <QWidget>

namespace motcua::print {

// A preview dialog (objectName "formPrintPreview") whose pages are drawn by FormRenderer; not shown yet.
// Render errors are kept in *error (when given) and leave the preview empty.
QPrintPreviewDialog* createPrintPreview(
    QWidget* parent, const PrintRequest& request, const RenderOptions& options = {}, Error* error = nullptr);
// Shows the preview modally; returns when the user closes it.
Status showPrintPreview(QWidget* parent, const PrintRequest& request, const RenderOptions& options = {});

} // namespace motcua::print
