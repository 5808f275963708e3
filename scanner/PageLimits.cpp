#include "scanner/PageLimits.h"

#include "scanner/ScanTypes.h"

namespace motcua::scanner {

bool PageLimits::fits(qint64 width, qint64 height, int bitsPerPixel)
{
    if (width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide)
        return false;
    const qint64 bytesPerRow = (width * std::max(1, bitsPerPixel) + 7) / 8;
    return bytesPerRow * height <= kMaxBytes;
}

QString PageLimits::tooLarge(qint64 width, qint64 height)
{
    return ScanText::tr("the page says it is %1 × %2 pixels, more than the program reads "
                        "(%3 pixels a side, %4 MB of pixels)")
        .arg(width)
        .arg(height)
        .arg(kMaxSide)
        .arg(kMaxBytes / (1000 * 1000));
}

QString PageLimits::damaged()
{
    return ScanText::tr("the file is damaged (a part of it points beyond its end)");
}

QString PageLimits::tooMuchMemory()
{
    return ScanText::tr("decoding it would take more memory than a page may (%1 MB)")
        .arg(kMaxJbig2Bytes / (1000 * 1000));
}

} // namespace motcua::scanner
