#include "scanner/PageCompressor.h"

#include <QBuffer>
#include <QImageWriter>

namespace motcua::scanner {

QImage PageCompressor::normalise(const QImage& image, ColorMode mode)
{
    switch (mode) {
    case ColorMode::Color:
        return image.format() == QImage::Format_RGB888 ? image : image.convertToFormat(QImage::Format_RGB888);
    case ColorMode::Gray:
        return image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    case ColorMode::Lineart:
        if (image.format() == QImage::Format_Mono)
            return image;
        return image.convertToFormat(QImage::Format_Grayscale8)
            .convertToFormat(QImage::Format_Mono, Qt::ThresholdDither | Qt::MonoOnly);
    }
    return image;
}

Result<CompressedPage> PageCompressor::compress(const QImage& input, ColorMode mode) const
{
    const QImage image = normalise(input, mode);
    if (image.isNull())
        return Error::invalid(QStringLiteral("page"),
            ScanText::tr("The page image is empty and cannot be "
                         "stored. Scan the page again."));
    CompressedPage out;
    out.width = image.width();
    out.height = image.height();
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, mode == ColorMode::Lineart ? "png" : "jpeg");
    if (mode == ColorMode::Lineart) {
        out.suffix = QStringLiteral("png");
        out.mime = QStringLiteral("image/png");
        // Qt's PNG "quality" picks the zlib level (0 = smallest, 100 = stored); setCompression is not it.
        writer.setQuality(30);
    } else {
        out.suffix = QStringLiteral("jpg");
        out.mime = QStringLiteral("image/jpeg");
        writer.setQuality(mode == ColorMode::Color ? m_options.colorQuality : m_options.grayQuality);
        writer.setOptimizedWrite(true); // optimised Huffman tables: ~5% smaller, same pixels
    }
    if (!writer.write(image))
        return Error::environment(
            QStringLiteral("page"), ScanText::tr("Could not compress the page: %1.").arg(writer.errorString()));
    return out;
}

} // namespace motcua::scanner
