// MixedRaster's file: the TIFF that holds the three layers (G4 mask in IFD 0, the JPEG layers in its two
// SubIFDs), reading it back for the PDF writer, and composing the page for display and barcode reading.
#include "scanner/MixedRaster.h"

#include "scanner/TiffMemory.h"

#include <QBuffer>
#include <QImageReader>
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
    if (compression != COMPRESSION_JPEG || TIFFNumberOfStrips(tif) != 1 || TIFFIsTiled(tif)
        || !tiffmemory::stripInFile(tif, 0))
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

bool MixedRaster::readTiff(const QByteArray& tiff, MixedRasterStreams& out, QString* refusal)
{
    tiffmemory::MemoryFile file { tiff, 0 };
    TIFF* tif = tiffmemory::openForReading(file);
    if (!tif)
        return false;
    // Sizes and strips are checked before anything is read: the mask, then each layer (never larger than the
    // mask: they are its lower resolutions).
    QString problem = tiffmemory::directoryProblem(tif, 1);
    bool ok = problem.isEmpty() && tiffmemory::readG4Strip(tif, out.mask);
    float xResolution = 0;
    uint16_t unit = RESUNIT_INCH;
    if (ok && TIFFGetField(tif, TIFFTAG_XRESOLUTION, &xResolution) && xResolution > 0) {
        TIFFGetFieldDefaulted(tif, TIFFTAG_RESOLUTIONUNIT, &unit);
        out.dpi = int(std::lround(unit == RESUNIT_CENTIMETER ? xResolution * 2.54f : xResolution));
    }
    uint16_t count = 0;
    uint64_t* offsets = nullptr;
    ok = ok && TIFFGetField(tif, TIFFTAG_SUBIFD, &count, &offsets) && count == 2 && offsets;
    if (ok) {
        const uint64_t layerOffsets[2] = { offsets[0], offsets[1] }; // the array belongs to directory 0
        QByteArray* layers[2] = { &out.background, &out.foreground };
        for (int i = 0; i < 2 && ok; ++i) {
            ok = TIFFSetSubDirectory(tif, layerOffsets[i]);
            uint32_t w = 0, h = 0;
            TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &w);
            TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &h);
            if (ok && (w > uint32_t(out.mask.width) || h > uint32_t(out.mask.height)))
                problem = PageLimits::damaged(); // a layer larger than the page it belongs to
            else if (ok)
                problem = tiffmemory::directoryProblem(tif, 24);
            ok = ok && problem.isEmpty() && readJpegStrip(tif, *layers[i]);
        }
    }
    TIFFClose(tif);
    out.width = out.mask.width;
    out.height = out.mask.height;
    if (refusal)
        *refusal = problem;
    return ok;
}

namespace {

// A JPEG layer decoded, if it is no larger than the page (its size is read before its pixels).
QImage decodeLayer(const QByteArray& jpeg, const QSize& page)
{
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    reader.setAllocationLimit(PageLimits::allocationLimitMb());
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > page.width() || size.height() > page.height())
        return {};
    return reader.read();
}

// Copies the foreground into `page` wherever the mask (directory 0 of `tiff`, decoded by libtiff,
// min-is-white: 1 = ink) has ink.
bool composeThroughMask(const QByteArray& tiff, bool minIsWhite, const QImage& foreground, QImage& page)
{
    tiffmemory::MemoryFile file { tiff, 0 };
    TIFF* tif = tiffmemory::openForReading(file);
    if (!tif)
        return false;
    const int channels = page.format() == QImage::Format_RGB888 ? 3 : 1;
    const int w = page.width();
    const tmsize_t rowBytes = TIFFScanlineSize(tif);
    bool ok = rowBytes >= (w + 7) / 8;
    std::vector<uchar> row(ok ? size_t(rowBytes) : 0);
    for (int y = 0; y < page.height() && ok; ++y) {
        ok = TIFFReadScanline(tif, row.data(), uint32_t(y), 0) >= 0;
        uchar* out = page.scanLine(y);
        const uchar* ink = foreground.constScanLine(y);
        for (int x = 0; x < w && ok; ++x) {
            const bool bit = (row[size_t(x >> 3)] >> (7 - (x & 7))) & 1;
            if (bit == minIsWhite)
                std::memcpy(out + x * channels, ink + x * channels, size_t(channels));
        }
    }
    TIFFClose(tif);
    return ok;
}

} // namespace

QImage MixedRaster::render(const QByteArray& tiff, QString* refusal)
{
    MixedRasterStreams streams;
    if (!readTiff(tiff, streams, refusal))
        return {};
    const int w = streams.width;
    const int h = streams.height;
    QImage background = decodeLayer(streams.background, QSize(w, h));
    QImage foreground = decodeLayer(streams.foreground, QSize(w, h));
    if (background.isNull() || foreground.isNull()) {
        if (refusal)
            *refusal = PageLimits::damaged();
        return {};
    }
    const bool colour = background.format() != QImage::Format_Grayscale8; // a 3-component JPEG
    const auto format = colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8;
    // The composed page and the scaled foreground are each a full page of pixels.
    if (!PageLimits::fits(w, h, colour ? 24 : 8)) {
        if (refusal)
            *refusal = PageLimits::tooLarge(w, h);
        return {};
    }
    QImage page = background.convertToFormat(format).scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    foreground = foreground.convertToFormat(format).scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (page.isNull() || foreground.isNull() || !composeThroughMask(tiff, streams.mask.minIsWhite, foreground, page)) {
        if (refusal)
            *refusal = page.isNull() || foreground.isNull() ? PageLimits::tooLarge(w, h) : PageLimits::damaged();
        return {};
    }
    if (streams.dpi > 0) {
        page.setDotsPerMeterX(int(std::lround(streams.dpi / 0.0254)));
        page.setDotsPerMeterY(int(std::lround(streams.dpi / 0.0254)));
    }
    return page;
}

} // namespace motcua::scanner
