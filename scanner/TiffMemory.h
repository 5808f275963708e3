// TiffMemory: an in-memory file for libtiff's TIFFClientOpen, shared by the G4 and mixed-raster writers and
// readers (pages are compressed and read in memory; the page store writes the bytes).
#pragma once

#include "scanner/FaxG4.h"
#include "scanner/PageLimits.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <tiffio.h>

#include <algorithm>
#include <cstdarg>
#include <cstring>

namespace motcua::scanner::tiffmemory {

struct MemoryFile {
    QByteArray bytes;
    qint64 pos = 0;
};

inline tsize_t read(thandle_t h, tdata_t buf, tsize_t size)
{
    auto* f = static_cast<MemoryFile*>(h);
    const qint64 n = std::max<qint64>(0, std::min<qint64>(size, f->bytes.size() - f->pos));
    std::memcpy(buf, f->bytes.constData() + f->pos, size_t(n));
    f->pos += n;
    return tsize_t(n);
}
inline tsize_t write(thandle_t h, tdata_t buf, tsize_t size)
{
    auto* f = static_cast<MemoryFile*>(h);
    if (f->pos + size > f->bytes.size())
        f->bytes.resize(f->pos + size);
    std::memcpy(f->bytes.data() + f->pos, buf, size_t(size));
    f->pos += size;
    return size;
}
inline toff_t seek(thandle_t h, toff_t off, int whence)
{
    auto* f = static_cast<MemoryFile*>(h);
    const qint64 base = whence == SEEK_CUR ? f->pos : whence == SEEK_END ? f->bytes.size() : 0;
    f->pos = base + qint64(off);
    return toff_t(f->pos);
}
inline int close(thandle_t)
{
    return 0;
}
inline toff_t size(thandle_t h)
{
    return toff_t(static_cast<MemoryFile*>(h)->bytes.size());
}
inline int map(thandle_t, tdata_t*, toff_t*)
{
    return 0;
}
inline void unmap(thandle_t, tdata_t, toff_t) { }
inline void quiet(const char*, const char*, va_list) { }

// Opens the in-memory file ("r" or "w") with libtiff's warnings and errors silenced.
inline TIFF* open(MemoryFile& file, const char* mode)
{
    TIFFSetWarningHandler(quiet);
    TIFFSetErrorHandler(quiet);
    return TIFFClientOpen("page", mode, &file, read, write, seek, close, size, map, unmap);
}

// Opens TIFF bytes for reading; nullptr when they do not start like a TIFF or libtiff refuses them.
inline TIFF* openForReading(MemoryFile& file)
{
    if (!file.bytes.startsWith("II*") && !file.bytes.startsWith("MM"))
        return nullptr;
    return open(file, "r");
}

// Whether the strip's bytes lie inside the file: a damaged or hostile file may claim a strip of 4 GB, which
// must be refused before anything is allocated for it.
inline bool stripInFile(TIFF* tif, uint32_t strip)
{
    const uint64_t size = TIFFGetStrileByteCount(tif, strip);
    const uint64_t offset = TIFFGetStrileOffset(tif, strip);
    const uint64_t fileSize = uint64_t(TIFFGetSizeProc(tif)(TIFFClientdata(tif)));
    return size > 0 && offset <= fileSize && size <= fileSize - offset;
}

// Why the current directory must not be read (its page is beyond PageLimits at bitsPerPixel, or a strip
// points beyond the end of the file); empty when it may.
inline QString directoryProblem(TIFF* tif, int bitsPerPixel)
{
    uint32_t w = 0, h = 0;
    TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &w);
    TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &h);
    if (!PageLimits::fits(w, h, bitsPerPixel))
        return PageLimits::tooLarge(w, h);
    const uint32_t strips = TIFFNumberOfStrips(tif);
    for (uint32_t i = 0; i < strips; ++i)
        if (!stripInFile(tif, i))
            return PageLimits::damaged();
    return {};
}

// Writes a 1-bit image (Format_Mono or anything convertible) as the current directory's single CCITT G4
// strip, min-is-white, dpi recorded (FaxG4.cpp). The caller writes or closes the directory.
bool writeG4Directory(TIFF* tif, const QImage& image, int dpi);
// The current directory's single G4 strip, as it is; false if the directory is anything else (FaxG4.cpp).
bool readG4Strip(TIFF* tif, FaxG4Strip& out);

} // namespace motcua::scanner::tiffmemory
