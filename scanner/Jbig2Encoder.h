// Jbig2Encoder: lossless JBIG2 (ITU-T T.88) for 1-bit lineart pages, a third smaller than CCITT G4 on
// typed text. Only the generic region coder (context-modelled MQ arithmetic coding, template 0, typical
// prediction) is used: every pixel is coded, nothing is ever matched or substituted (no symbol
// dictionaries, no text regions), so the decoded page is bit for bit the scanned one. PDF readers decode
// the embedded stream natively (/JBIG2Decode, PDF 1.4); libjbig2dec decodes the files for display/tests.
#pragma once

#include <QByteArray>
#include <QImage>

namespace motcua::scanner {

class Jbig2Encoder
{
public:
    // A 1-bit page (Format_Mono or MonoLSB; the colour table says which index is black; any other format
    // is converted with a 50 % threshold: gray < 128 is black, transparent pixels are white) as a
    // standalone JBIG2 file in the sequential organisation (T.88 Annex D): file header (1 page), page
    // information (size, resolution from dpi, default pixel white, lossless), one immediate lossless
    // generic region (arithmetic, GBTEMPLATE 0 with the nominal AT pixels, TPGDON), end of page, end of
    // file. Empty on failure (null image).
    static QByteArray encodeFile(const QImage& mono, int dpi);

    // The stream a PDF /JBIG2Decode image holds for such a file: its segments without the file header
    // and without the end-of-page / end-of-file segments (PDF 32000 §7.4.7). False if `file` is not a
    // single-page sequential JBIG2 file within PageLimits; sets width and height (and the x resolution
    // in pixels per metre, 0 = unknown) from the page information segment.
    static bool embeddedStream(
        const QByteArray& file, QByteArray& stream, int& width, int& height, int* dotsPerMeter = nullptr);

    // Decodes a JBIG2 file (ours or any single-page file) with libjbig2dec into a Format_Mono image
    // (index 0 white, 1 black) carrying the file's resolution; null image on failure. The page a file
    // declares is checked against PageLimits before decoding, and the decoder's memory has a budget:
    // `refusal` (if given) then says why (translated, for "FILE could not be read: REASON").
    static QImage decode(const QByteArray& file, QString* refusal = nullptr);
};

} // namespace motcua::scanner
