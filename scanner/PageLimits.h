// PageLimits: the largest page the program decodes from a file (our page files, imported images, PDFs) or
// accepts from a scanner. A page file is checked against them before anything is allocated for its pixels,
// so a hostile or damaged file that declares a huge page (a 65-byte JBIG2 file of 100000 x 100000 pixels, a
// TIFF of 100,000,000 rows, a strip longer than the file) is refused with a message instead of taking
// gigabytes, minutes or the program. An A3 page at 600 dpi in colour (7016 x 9921 x 3 = 209 MB) fits.
#pragma once

#include <QString>

#include <QtGlobal>

namespace motcua::scanner {

class PageLimits
{
public:
    static constexpr int kMaxSide = 20000; // pixels on either side (1.7 m at 300 dpi)
    static constexpr qint64 kMaxBytes = 400LL * 1000 * 1000; // a decoded page's pixels, in bytes
    // What the JBIG2 decoder may hold at once: a page and a region of the largest 1-bit page, and its tables.
    static constexpr qint64 kMaxJbig2Bytes = 2 * (qint64(kMaxSide) * kMaxSide / 8) + 16 * 1024 * 1024;

    // True when a width x height page of bitsPerPixel is within the limits (and not empty).
    static bool fits(qint64 width, qint64 height, int bitsPerPixel = 8);
    // QImageReader::setAllocationLimit's value (megabytes) for images decoded by Qt's plugins.
    static int allocationLimitMb() { return int(kMaxBytes / (1024 * 1024)) + 1; }

    // Reasons for "FILE could not be read: REASON. Ask for another copy." (translated).
    static QString tooLarge(qint64 width, qint64 height);
    static QString damaged();
    static QString tooMuchMemory();
};

} // namespace motcua::scanner
