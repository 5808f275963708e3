// PrintPreview: the print preview dialog of the desk window (QPrintPreviewDialog) for one form; the
// user zooms, pages and prints from it. Pages are drawn by the print library's FormRenderer; this is
// the only place the window uses Qt Print Support.
#pragma once

#include "core/Result.h"
#include "ui/print/FormRenderer.h"

#include <QPrintPreviewDialog>
#include <QWidget>

namespace motcua::ui {

// A preview dialog (objectName "formPrintPreview") whose pages are drawn by FormRenderer; not shown yet.
// Render errors are kept in *error (when given) and leave the preview empty.
QPrintPreviewDialog* createPrintPreview(QWidget* parent, const print::PrintRequest& request,
    const print::RenderOptions& options = {}, Error* error = nullptr);
// Shows the preview modally; returns when the user closes it.
Status showPrintPreview(QWidget* parent, const print::PrintRequest& request, const print::RenderOptions& options = {});

} // namespace motcua::ui
