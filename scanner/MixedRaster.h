// MixedRaster: mixed raster content (MRC) for gray and colour pages, the way DjVu and scanners' compact PDFs
// store typed pages. One JPEG of a 300 dpi typed page spends most of its bytes on glyph edges (964 KB for the
// benchmark page); MRC splits the page into three layers:
//  - the mask: the ink, 1 bit at full resolution (CCITT G4), which keeps text and barcodes sharp;
//  - the foreground: the ink's colour at 50 dpi (JPEG): black text, a red seal, a blue signature;
//  - the background: the page without its ink at 100 dpi (JPEG): paper, light print, photographs.
// A page is drawn as the background, then the foreground through the mask. Regions that look like photographs
// (mostly mid-tones) never enter the mask, so a photo stays continuous-tone in the background layer.
// The stored file is a TIFF: IFD 0 is the mask (any TIFF viewer shows the page's text), and its two SubIFDs
// hold the background and foreground JPEG streams unchanged, so the PDF writer embeds all three as they are.
#pragma once

#include "scanner/FaxG4.h"

#include <QByteArray>
#include <QImage>

namespace motcua::scanner {

struct MixedRasterLayers {
    QImage mask; // Format_Mono, full resolution, colour index 1 = ink
    QImage background; // Grayscale8 or RGB888, page size / backgroundScale
    QImage foreground; // same format, page size / foregroundScale
    int threshold = -1; // luminance below which a pixel is ink (outside photo regions); -1 = no ink
    double photoFraction = 0; // the share of the page in photo regions; above maxPhotoFraction no layers are made
};

// What the PDF writer needs from a stored mixed-raster page: the three streams as they are.
struct MixedRasterStreams {
    int width = 0; // the page, in pixels (the mask's size)
    int height = 0;
    int dpi = 0; // the mask's resolution (the page's), 0 = not recorded
    FaxG4Strip mask;
    QByteArray background; // JPEG
    QByteArray foreground; // JPEG
};

// Paper cleaning for the background layer (PageCompressor::cleanPaper's rule, applied to the layer's cell means
// rather than to every pixel): cells at or above `limit` (in colour: all three channels, within `tolerance` of
// each other) become white. limit < 0: none.
struct PaperCleaning {
    int limit = -1;
    int tolerance = 0;
};

class MixedRaster
{
public:
    struct Options {
        int backgroundDpi = 100; // the layers' resolutions, in whole fractions of the page's (300 -> 100 and 50)
        int foregroundDpi = 50;
        int backgroundQuality = 70;
        int foregroundQuality = 60;
        // A page more than this share photographs (an equipment photo, a site picture) is not split: its
        // photos would lose too much at the background's resolution, so it stays one JPEG.
        double maxPhotoFraction = 0.10;
    };

    // Splits a Grayscale8 or RGB888 page scanned at dpi. luma: an RGB888 page's luminance if the caller has it
    // (PageCompressor::luminance), else it is computed here. A photo page gives no layers (null mask).
    static MixedRasterLayers split(
        QImage page, int dpi, const Options& options, PaperCleaning paper = {}, QImage luma = QImage());
    // The layers as a TIFF file (dpi recorded for the mask; the layers' resolutions follow from their sizes).
    // Empty on failure.
    static QByteArray encodeTiff(const MixedRasterLayers& layers, int dpi, const Options& options);
    // Splits and encodes; empty for a photo page (and on failure): store it as one JPEG then.
    static QByteArray compress(
        QImage page, int dpi, const Options& options, PaperCleaning paper = {}, QImage luma = QImage());
    // True, with the streams, when `tiff` is a mixed-raster TIFF written by encodeTiff. Sizes and strips are
    // checked against PageLimits and the file's length before anything is read; `refusal` (if given) then says
    // why a TIFF was refused (translated, for "FILE could not be read: REASON"), and stays empty when `tiff`
    // is simply not a mixed-raster file.
    static bool readTiff(const QByteArray& tiff, MixedRasterStreams& out, QString* refusal = nullptr);
    // The page as it looks: the background and foreground scaled to the mask's size and composed through
    // the mask, with the page's resolution. Grayscale8 or RGB888; a null image when `tiff` is not a
    // mixed-raster file, or is refused (`refusal` as for readTiff; also when the page's pixels would exceed
    // PageLimits).
    static QImage render(const QByteArray& tiff, QString* refusal = nullptr);
};

} // namespace motcua::scanner
