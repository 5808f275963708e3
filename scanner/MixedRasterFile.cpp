// MixedRaster's file: the TIFF that holds the three layers (G4 mask in IFD 0, the JPEG layers in its two
// SubIFDs), reading it back for the PDF writer, and composing the page for display and barcode reading.
#include "scanner/MixedRaster.h"

#include "scanner/TiffMemory.h"

#include <QBuffer>
#include <QImageWriter>

#include <cmath>
#include <vector>

namespace motcua::scanner {

namespace {

QByteArray jpegBytes(const QImage& image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true); // the layers are small: the second pass costs ~1 ms, and saves half a white layer
    return writer.write(image) ? bytes : QByteArray();
}

bool writeJpegDirectory(TIFF* tif, const QImage& image, const QByteArray& jpeg, float dpi)
{
    const bool colour = image.format() == QImage::Format_RGB888;
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(image.width()));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(image.height()));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 8);
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, colour ? 3 : 1);
    TIFFSetField(tif, TIFFTAG_COMPRESSION, COMPRESSION_JPEG);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, colour ? PHOTOMETRIC_YCBCR : PHOTOMETRIC_MINISBLACK);
    if (colour)
        TIFFSetField(tif, TIFFTAG_YCBCRSUBSAMPLING, 2, 2); // what Qt's libjpeg writes by default
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(image.height()));
    TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
    TIFFSetField(tif, TIFFTAG_XRESOLUTION, dpi);
    TIFFSetField(tif, TIFFTAG_YRESOLUTION, dpi);
    // The strip is a complete JPEG interchange stream (tables included), which TIFF allows and PDF embeds.
    return TIFFWriteRawStrip(tif, 0, const_cast<char*>(jpeg.constData()), jpeg.size()) == jpeg.size()
        && TIFFWriteDirectory(tif);
}

bool readJpegStrip(TIFF* tif, QByteArray& out)
{
    uint16_t compression = 0;
    TIFFGetField(tif, TIFFTAG_COMPRESSION, &compression);
    if (compression != COMPRESSION_JPEG || TIFFNumberOfStrips(tif) != 1 || TIFFIsTiled(tif))
        return false;
    const tmsize_t size = TIFFRawStripSize(tif, 0);
    if (size <= 4)
        return false;
    out.resize(size);
    return TIFFReadRawStrip(tif, 0, out.data(), size) == size && out.startsWith("\xFF\xD8");
}

} // namespace

QByteArray MixedRaster::encodeTiff(const MixedRasterLayers& layers, int dpi, const Options& options)
{
    if (layers.mask.isNull() || layers.background.isNull() || layers.foreground.isNull())
        return {};
    const QByteArray background = jpegBytes(layers.background, options.backgroundQuality);
    const QByteArray foreground = jpegBytes(layers.foreground, options.foregroundQuality);
    if (background.isEmpty() || foreground.isEmpty())
        return {};
    tiffmemory::MemoryFile file;
    TIFF* tif = tiffmemory::open(file, "w");
    if (!tif)
        return {};
    uint64_t subIfds[2] = { 0, 0 }; // libtiff fills in the offsets as it writes the next two directories
    TIFFSetField(tif, TIFFTAG_SUBIFD, uint16_t(2), subIfds);
    const float width = float(layers.mask.width());
    const bool ok = tiffmemory::writeG4Directory(tif, layers.mask, dpi) && TIFFWriteDirectory(tif)
        && writeJpegDirectory(tif, layers.background, background, dpi * layers.background.width() / width)
        && writeJpegDirectory(tif, layers.foreground, foreground, dpi * layers.foreground.width() / width);
    TIFFClose(tif);
    return ok ? file.bytes : QByteArray();
}

QByteArray MixedRaster::compress(QImage page, int dpi, const Options& options, PaperCleaning paper, QImage luma)
{
    return encodeTiff(split(std::move(page), dpi, options, paper, std::move(luma)), dpi, options);
}

bool MixedRaster::readTiff(const QByteArray& tiff, MixedRasterStreams& out)
{
    tiffmemory::MemoryFile file { tiff, 0 };
    TIFF* tif = tiffmemory::openForReading(file);
    if (!tif)
        return false;
    bool ok = tiffmemory::readG4Strip(tif, out.mask);
    float xResolution = 0;
    uint16_t unit = RESUNIT_INCH;
    if (TIFFGetField(tif, TIFFTAG_XRESOLUTION, &xResolution) && xResolution > 0) {
        TIFFGetFieldDefaulted(tif, TIFFTAG_RESOLUTIONUNIT, &unit);
        out.dpi = int(std::lround(unit == RESUNIT_CENTIMETER ? xResolution * 2.54f : xResolution));
    }
    uint16_t count = 0;
    uint64_t* offsets = nullptr;
    ok = ok && TIFFGetField(tif, TIFFTAG_SUBIFD, &count, &offsets) && count == 2 && offsets;
    if (ok) {
        const uint64_t layerOffsets[2] = { offsets[0], offsets[1] }; // the array belongs to directory 0
        ok = TIFFSetSubDirectory(tif, layerOffsets[0]) && readJpegStrip(tif, out.background)
            && TIFFSetSubDirectory(tif, layerOffsets[1]) && readJpegStrip(tif, out.foreground);
    }
    TIFFClose(tif);
    out.width = out.mask.width;
    out.height = out.mask.height;
    return ok;
}

QImage MixedRaster::render(const QByteArray& tiff)
{
    MixedRasterStreams streams;
    if (!readTiff(tiff, streams))
        return {};
    QImage background = QImage::fromData(streams.background, "JPEG");
    QImage foreground = QImage::fromData(streams.foreground, "JPEG");
    if (background.isNull() || foreground.isNull())
        return {};
    const bool colour = background.format() != QImage::Format_Grayscale8; // a 3-component JPEG
    const auto format = colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8;
    const int w = streams.width;
    const int h = streams.height;
    QImage page = background.convertToFormat(format).scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    foreground = foreground.convertToFormat(format).scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // The mask: directory 0 decoded by libtiff (min-is-white: 1 = ink).
    tiffmemory::MemoryFile file { tiff, 0 };
    TIFF* tif = tiffmemory::openForReading(file);
    if (!tif)
        return {};
    const int channels = colour ? 3 : 1;
    std::vector<uchar> row(size_t(TIFFScanlineSize(tif)));
    bool ok = true;
    for (int y = 0; y < h && ok; ++y) {
        ok = TIFFReadScanline(tif, row.data(), uint32_t(y), 0) >= 0;
        uchar* out = page.scanLine(y);
        const uchar* ink = foreground.constScanLine(y);
        for (int x = 0; x < w && ok; ++x) {
            const bool bit = (row[size_t(x >> 3)] >> (7 - (x & 7))) & 1;
            if (bit == streams.mask.minIsWhite)
                std::memcpy(out + x * channels, ink + x * channels, size_t(channels));
        }
    }
    TIFFClose(tif);
    if (!ok)
        return {};
    if (streams.dpi > 0) {
        page.setDotsPerMeterX(int(std::lround(streams.dpi / 0.0254)));
        page.setDotsPerMeterY(int(std::lround(streams.dpi / 0.0254)));
    }
    return page;
}

} // namespace motcua::scanner
