// BlankDetector: decides whether a scanned page is blank (the empty back of a duplex sheet, a blank
// separator). The rule (docs/scanning.md): ignore a margin of 4% of the page on each side (shadows,
// punched holes, feeder edges), find the background level (the most frequent luminance), and count
// "ink" pixels that differ from it by more than 80 of 255 levels. The page is blank when ink covers
// less than 0.02% of the inner area - about 12 mm2 on A4, less than one short handwritten word.
// Scanner noise and dust stay far below both limits. Pixels are sampled every 2nd row and column.
#pragma once

#include <QImage>

namespace motcua::scanner {

struct BlankAnalysis {
    bool blank = false;
    double inkRatio = 0; // ink pixels / sampled pixels of the inner area
    int background = 255; // background luminance 0..255
};

class BlankDetector
{
public:
    struct Options {
        double marginFraction = 0.04;
        int inkDelta = 80;
        double maxInkRatio = 0.0002;
        int sampleStep = 2;
    };

    BlankDetector() = default;
    explicit BlankDetector(Options options) : m_options(options) { }

    BlankAnalysis analyse(const QImage& image) const;
    const Options& options() const { return m_options; }

private:
    Options m_options;
};

} // namespace motcua::scanner
