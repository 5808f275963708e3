#include "scanner/FaxG4.h"

#include <tiffio.h>

#include <cstring>

namespace motcua::scanner {

namespace {

// An in-memory file for TIFFClientOpen.
struct MemoryFile {
    QByteArray bytes;
    qint64 pos = 0;
};

tsize_t memRead(thandle_t h, tdata_t buf, tsize_t size)
{
    auto* f = static_cast<MemoryFile*>(h);
    const qint64 n = std::max<qint64>(0, std::min<qint64>(size, f->bytes.size() - f->pos));
    std::memcpy(buf, f->bytes.constData() + f->pos, size_t(n));
    f->pos += n;
    return tsize_t(n);
}
tsize_t memWrite(thandle_t h, tdata_t buf, tsize_t size)
{
    auto* f = static_cast<MemoryFile*>(h);
    if (f->pos + size > f->bytes.size())
        f->bytes.resize(f->pos + size);
    std::memcpy(f->bytes.data() + f->pos, buf, size_t(size));
    f->pos += size;
    return size;
}
toff_t memSeek(thandle_t h, toff_t off, int whence)
{
    auto* f = static_cast<MemoryFile*>(h);
    qint64 base = whence == SEEK_CUR ? f->pos : whence == SEEK_END ? f->bytes.size() : 0;
    f->pos = base + qint64(off);
    return toff_t(f->pos);
}
int memClose(thandle_t)
{
    return 0;
}
toff_t memSize(thandle_t h)
{
    return toff_t(static_cast<MemoryFile*>(h)->bytes.size());
}
int memMap(thandle_t, tdata_t*, toff_t*)
{
    return 0;
}
void memUnmap(thandle_t, tdata_t, toff_t) { }

void quiet(const char*, const char*, va_list) { }

} // namespace

QByteArray FaxG4::encodeTiff(const QImage& input, int dpi)
{
    QImage image = input.format() == QImage::Format_Mono ? input : input.convertToFormat(QImage::Format_Mono);
    if (image.isNull())
        return {};
    // Qt's colour table decides which index is black; G4 with min-is-white wants 1 = black.
    const bool indexOneIsBlack = qGray(image.color(1)) < qGray(image.color(0));
    TIFFSetWarningHandler(quiet);
    MemoryFile file;
    TIFF* tif = TIFFClientOpen("page", "w", &file, memRead, memWrite, memSeek, memClose, memSize, memMap, memUnmap);
    if (!tif)
        return {};
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
    bool ok = true;
    for (int y = 0; y < image.height() && ok; ++y) {
        const uchar* src = image.constScanLine(y);
        for (int i = 0; i < rowBytes; ++i)
            row[i] = char(indexOneIsBlack ? src[i] : uchar(~src[i]));
        ok = TIFFWriteScanline(tif, row.data(), uint32_t(y), 0) >= 0;
    }
    TIFFClose(tif);
    return ok ? file.bytes : QByteArray();
}

bool FaxG4::readStrip(const QByteArray& tiff, FaxG4Strip& out)
{
    if (!tiff.startsWith("II*") && !tiff.startsWith("MM"))
        return false;
    TIFFSetWarningHandler(quiet);
    TIFFSetErrorHandler(quiet);
    MemoryFile file { tiff, 0 };
    TIFF* tif = TIFFClientOpen("page", "r", &file, memRead, memWrite, memSeek, memClose, memSize, memMap, memUnmap);
    if (!tif)
        return false;
    uint32_t w = 0, h = 0;
    uint16_t compression = 0, photometric = 0, bits = 0, fill = FILLORDER_MSB2LSB;
    TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &w);
    TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &h);
    TIFFGetField(tif, TIFFTAG_COMPRESSION, &compression);
    TIFFGetField(tif, TIFFTAG_PHOTOMETRIC, &photometric);
    TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(tif, TIFFTAG_FILLORDER, &fill);
    const bool fits = compression == COMPRESSION_CCITTFAX4 && bits == 1 && fill == FILLORDER_MSB2LSB
        && TIFFNumberOfStrips(tif) == 1 && !TIFFIsTiled(tif);
    if (fits) {
        const tmsize_t size = TIFFRawStripSize(tif, 0);
        out.data.resize(size);
        const tmsize_t got = size > 0 ? TIFFReadRawStrip(tif, 0, out.data.data(), size) : -1;
        out.width = int(w);
        out.height = int(h);
        out.minIsWhite = photometric == PHOTOMETRIC_MINISWHITE;
        TIFFClose(tif);
        return got == size;
    }
    TIFFClose(tif);
    return false;
}

} // namespace motcua::scanner
