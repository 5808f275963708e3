// TextPage: the typed A4 page that the scanner tests and benchmarks compress, decode and read barcodes from,
// drawn at any resolution. Two kinds of glyphs: real Vietnamese text (Liberation Serif, 12 pt, about 3,000
// characters: what a scanner sees of a typed form) or "words" of black bars at fixed places (no font, quick,
// and a test can name a pixel inside a stroke). Optional: a red seal, the receipt's QR code and Code 128
// label, and scanner noise, so that compressed sizes are those of a scan rather than of clean pixels. The
// same settings always give the same pixels.
#pragma once

#include <QColor>
#include <QImage>
#include <QPoint>
#include <QSize>

namespace motcua::test {

struct TextPage {
    enum class Glyphs {
        Font, // 40 lines of serif text from 24 mm down
        Strokes, // 30 lines of 12 "words" of 5 bars, 45 px apart at 150 dpi (scaled with the resolution)
    };
    int dpi = 300; // the page is A4 at this resolution
    Glyphs glyphs = Glyphs::Font;
    bool colour = false; // RGB888; else Grayscale8
    QColor paper = Qt::white;
    QColor ink = Qt::black;
    bool seal = false; // a red seal (a filled circle 37 mm across) near the bottom right
    bool barcodes = false; // a QR code (top right) and a Code 128 receipt label (top left)
    int noise = 0; // every pixel moves by up to +-noise levels (the same on each channel)
    int seed = 0; // where the text starts and the noise's seed

    // The page: Grayscale8, or RGB888 when colour.
    QImage render() const;
    // The page thresholded to 1 bit (Format_Mono, index 1 black): gray under 128 is ink.
    QImage renderMono() const;

    static QSize a4(int dpi); // 2480 x 3508 at 300 dpi, 1240 x 1754 at 150
    // Strokes: a pixel inside the first bar of the first word (121, 151 at 150 dpi).
    QPoint firstStroke() const;
    // The texts of the barcodes drawn when `barcodes` is set.
    static QString qrText();
    static QString code128Text();
};

} // namespace motcua::test
