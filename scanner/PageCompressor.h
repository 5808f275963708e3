// PageCompressor: turns a page image into the bytes that are stored and put into the PDF. Colour and
// gray pages become baseline JPEG (quality 75 colour, 70 gray with optimised Huffman tables: text stays
// sharp at 300 dpi and barcodes still decode), lineart pages CCITT G4 TIFF (FaxG4; 1-bit PNG if that fails). The PDF
// writer embeds the JPEG bytes, the G4 strip or the PNG deflate stream unchanged. Before JPEG, the paper is cleaned:
// pixels within 28 levels of the page's background (paper grain and scanner noise, never ink) become pure white, which
// costs a noisy page with little text most of its bytes; on a dense text page the glyph edges dominate (5 %). Lineart
// pages are despeckled before G4: black specks that fit in a square of dpi/150 pixels (0.17 mm: 2 px at 300 dpi) with
// white all around are removed; the dot of an i stays.
#pragma once

#include "core/Result.h"
#include "scanner/MixedRaster.h"
#include "scanner/ScanTypes.h"

#include <QByteArray>

namespace motcua::scanner {

struct CompressedPage {
    QByteArray bytes;
    QString suffix; // "jpg" | "tif" (G4 or mixed raster) | "jb2" | "png"
    QString mime; // "image/jpeg" | "image/tiff" | "image/x-jbig2" | "image/png"
    int width = 0;
    int height = 0;
};

class PageCompressor
{
public:
    struct Options {
        int colorQuality = 75;
        int grayQuality = 70;
        int paperTolerance = 28; // levels below the background still counted as paper; < 0 = no cleaning
        int speckSize = -1; // lineart: largest speck side removed, in pixels; -1 = dpi / 150, 0 = keep specks
        // Gray and colour pages as mixed raster (MixedRaster: G4 ink mask over low-resolution JPEG layers)
        // rather than one full-resolution JPEG: a fifth to a tenth of the bytes on typed pages.
        bool mixedRaster = true;
        int mixedRasterMinDpi = 200; // below it a 1-bit mask is too coarse for text: one JPEG
        // Lineart pages as lossless JBIG2 (Jbig2Encoder, about 40 % smaller than G4) rather than a G4 TIFF.
        bool jbig2 = true;
        MixedRaster::Options mixed;
    };
    PageCompressor() = default;
    explicit PageCompressor(Options options) : m_options(options) { }

    // The image in the form the mode asks for (RGB888, Grayscale8 or Mono).
    static QImage normalise(const QImage& image, ColorMode mode);
    // The luminance of an RGB888 page as Grayscale8 ((77 R + 150 G + 29 B) / 256, what BlankDetector and
    // ZXing use): computed once per colour page, it serves blank detection, barcodes and mixed raster.
    static QImage luminance(const QImage& rgb);
    // background: the paper's luminance (BlankAnalysis::background); -1 = estimate it here.
    // Takes the image by value: a caller that moves its page in lets paper cleaning work in place.
    // luma: the colour page's luminance() if the caller has it (mixed raster reuses it, and cleans it too).
    Result<CompressedPage> compress(
        QImage image, ColorMode mode, int background = -1, int dpi = 300, QImage luma = QImage()) const;
    // Sets paper-coloured pixels (near the background, low saturation) to white, in place.
    static void cleanPaper(QImage& image, int background, int tolerance);
    // Removes, in place, black specks of a Format_Mono page that fit in a maxSide x maxSide square whose
    // one-pixel ring (8-neighbourhood) is white. Returns how many specks were removed.
    static int despeckle(QImage& image, int maxSide);

private:
    Options m_options;
};

} // namespace motcua::scanner
