#include "scanner/FaxG4.h"

#include "scanner/TiffMemory.h"

namespace motcua::scanner {

bool tiffmemory::writeG4Directory(TIFF* tif, const QImage& input, int dpi)
{
    const QImage image = input.format() == QImage::Format_Mono ? input : input.convertToFormat(QImage::Format_Mono);
    if (image.isNull())
        return false;
    // Qt's colour table decides which index is black; G4 with min-is-white wants 1 = black.
    const bool indexOneIsBlack = qGray(image.color(1)) < qGray(image.color(0));
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(image.width()));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(image.height()));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(tif, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX4);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(tif, TIFFTAG_FILLORDER, FILLORDER_MSB2LSB);
    TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(image.height())); // one strip: embeddable as is
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
    TIFFSetField(tif, TIFFTAG_XRESOLUTION, float(dpi));
    TIFFSetField(tif, TIFFTAG_YRESOLUTION, float(dpi));
    const int rowBytes = (image.width() + 7) / 8;
    QByteArray row(rowBytes, '\0');
    for (int y = 0; y < image.height(); ++y) {
        const uchar* src = image.constScanLine(y);
        for (int i = 0; i < rowBytes; ++i)
            row[i] = char(indexOneIsBlack ? src[i] : uchar(~src[i]));
        if (TIFFWriteScanline(tif, row.data(), uint32_t(y), 0) < 0)
            return false;
    }
    return true;
}

QByteArray FaxG4::encodeTiff(const QImage& image, int dpi)
{
    if (image.isNull())
        return {};
    tiffmemory::MemoryFile file;
    TIFF* tif = tiffmemory::open(file, "w");
    if (!tif)
        return {};
    const bool ok = tiffmemory::writeG4Directory(tif, image, dpi);
    TIFFClose(tif);
    return ok ? file.bytes : QByteArray();
}

bool tiffmemory::readG4Strip(TIFF* tif, FaxG4Strip& out)
{
    uint32_t w = 0, h = 0;
    uint16_t compression = 0, photometric = 0, bits = 0, fill = FILLORDER_MSB2LSB;
    TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &w);
    TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &h);
    TIFFGetField(tif, TIFFTAG_COMPRESSION, &compression);
    TIFFGetField(tif, TIFFTAG_PHOTOMETRIC, &photometric);
    TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(tif, TIFFTAG_FILLORDER, &fill);
    const bool fits = compression == COMPRESSION_CCITTFAX4 && bits == 1 && fill == FILLORDER_MSB2LSB
        && TIFFNumberOfStrips(tif) == 1 && !TIFFIsTiled(tif) && PageLimits::fits(w, h, 1) && stripInFile(tif, 0);
    if (!fits)
        return false;
    const tmsize_t size = TIFFRawStripSize(tif, 0);
    if (size <= 0)
        return false;
    out.data.resize(size);
    out.width = int(w);
    out.height = int(h);
    out.minIsWhite = photometric == PHOTOMETRIC_MINISWHITE;
    return TIFFReadRawStrip(tif, 0, out.data.data(), size) == size;
}

bool FaxG4::readStrip(const QByteArray& tiff, FaxG4Strip& out)
{
    tiffmemory::MemoryFile file { tiff, 0 };
    TIFF* tif = tiffmemory::openForReading(file);
    if (!tif)
        return false;
    const bool ok = tiffmemory::readG4Strip(tif, out);
    TIFFClose(tif);
    return ok;
}

} // namespace motcua::scanner
