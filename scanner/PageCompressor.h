// PageCompressor: turns a page image into the bytes that are stored and put into the PDF. Colour and
// gray pages become baseline JPEG (quality 75 colour, 70 gray: text stays sharp at 300 dpi and barcodes
// still decode), lineart pages 1-bit PNG (the PDF writer embeds its deflate stream unchanged).
#pragma once

#include "core/Result.h"
#include "scanner/ScanTypes.h"

#include <QByteArray>

namespace motcua::scanner {

struct CompressedPage {
    QByteArray bytes;
    QString suffix; // "jpg" | "png"
    QString mime; // "image/jpeg" | "image/png"
    int width = 0;
    int height = 0;
};

class PageCompressor
{
public:
    struct Options {
        int colorQuality = 75;
        int grayQuality = 70;
    };
    PageCompressor() = default;
    explicit PageCompressor(Options options) : m_options(options) { }

    // The image in the form the mode asks for (RGB888, Grayscale8 or Mono).
    static QImage normalise(const QImage& image, ColorMode mode);
    Result<CompressedPage> compress(const QImage& image, ColorMode mode) const;

private:
    Options m_options;
};

} // namespace motcua::scanner
