// FormRenderer: draws one-stop forms (receipt, supplement request, refusal, control slip, apology,
// stop-processing notice, fee notice, tracking book) in Vietnamese administrative A4 layout onto any
// QPagedPaintDevice: QPdfWriter for PDF files (also what PrinterOutput sends to CUPS), QPrinter for the
// window's print preview (a QPrinter must be set to full page by its owner: forms draw their own margins).
// Wording, numbering and legal basis come from the dossier's form set (core/forms/FormSet.h); the font
// is Liberation Serif, embedded in the PDF; barcodes come from ZXing-C++'s writer.
#pragma once

#include "core/Result.h"
#include "core/SiteConfig.h"
#include "core/forms/FormSet.h"
#include "core/forms/PrintableDossier.h"
#include "ui/print/RenderReport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QPagedPaintDevice>

namespace motcua::print {

// What to print: a form of one dossier, or the tracking book of a period.
struct PrintRequest {
    forms::FormKey key = forms::FormKey::Receipt;
    forms::PrintableDossier dossier; // every form but the tracking book
    forms::PrintableBook book; // the tracking book
    QString formSetId; // explicit choice ("TT01-2018"); empty: the pinned / in-force set
};

struct RenderOptions {
    QString family; // empty: FormRenderer::fontFamily()
    double code128ModuleMm = 0.38; // narrow bar (15 mil); never below 0.25
    double code128HeightMm = 12.0;
    double qrModuleMm = 0.46; // 20 mil
    int code128QuietModules = 10;
    int qrQuietModules = 4;

    // Options from the site's "forms" section (code128_module_mm, code128_height_mm, qr_module_mm).
    static RenderOptions fromSite(const SiteConfig& site);
};

class FormRenderer
{
    Q_DECLARE_TR_FUNCTIONS(FormRenderer)
public:
    explicit FormRenderer(RenderOptions options = {});

    // Registers Liberation Serif 2 (fonts-liberation2) with Qt under a private family name so PDFs embed
    // exactly that font; idempotent. Fails when the font or its Vietnamese letters are missing.
    static Status ensureFonts();
    static QString fontFamily();
    // The form set to print with: explicit id, else the dossier's pinned set, else the set in force on
    // the receipt date (tracking book: on its first day), else today's.
    static Result<forms::FormSetVersion> formSetFor(
        const PrintRequest& request, const forms::FormSetCatalog& catalog = forms::FormSetCatalog::builtin());

    // Renders onto a device that has no painter yet (QPdfWriter; a QPrinter set to full page).
    Result<RenderReport> render(const PrintRequest& request, QPagedPaintDevice* device) const;
    Result<RenderReport> renderPdf(const PrintRequest& request, const QString& path) const;
    Result<RenderReport> renderPdf(const PrintRequest& request, QIODevice* out) const;

private:
    RenderOptions m_options;
};

} // namespace motcua::print
