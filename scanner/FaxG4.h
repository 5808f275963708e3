// FaxG4: CCITT Group 4 (T.6) compression of 1-bit pages through libtiff. Lineart pages are stored as
// single-strip G4 TIFF files (a third to a half of a 1-bit PNG) and the PDF writer embeds the strip as
// it is (/CCITTFaxDecode, K -1).
#pragma once

#include <QByteArray>
#include <QImage>

namespace motcua::scanner {

struct FaxG4Strip {
    int width = 0;
    int height = 0;
    QByteArray data; // the G4 code stream
    // libtiff codes 0-bits as white runs and 1-bits as black runs. Min-is-white files (ours) decode to
    // the right gray with the PDF defaults; min-is-black ones need their samples inverted.
    bool minIsWhite = true;
};

class FaxG4
{
public:
    // A Format_Mono/MonoLSB image as a G4 TIFF file (dpi recorded); empty on failure.
    static QByteArray encodeTiff(const QImage& image, int dpi);
    // The strip of a single-strip G4 TIFF written by encodeTiff (or any such file); false otherwise.
    static bool readStrip(const QByteArray& tiff, FaxG4Strip& out);
};

} // namespace motcua::scanner
