#include "scanner/BlankDetector.h"

#include <array>
#include <cstdlib>

namespace motcua::scanner {

BlankAnalysis BlankDetector::analyse(const QImage& input) const
{
    BlankAnalysis result;
    if (input.isNull())
        return { true, 0, 255 };
    QImage image = input;
    if (image.format() != QImage::Format_Grayscale8 && image.format() != QImage::Format_RGB888)
        image = image.convertToFormat(image.isGrayscale() ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const bool rgb = image.format() == QImage::Format_RGB888;
    const int step = std::max(1, m_options.sampleStep);
    const int mx = int(image.width() * m_options.marginFraction);
    const int my = int(image.height() * m_options.marginFraction);
    const int x0 = mx, x1 = image.width() - mx, y0 = my, y1 = image.height() - my;
    if (x1 <= x0 || y1 <= y0)
        return { true, 0, 255 };

    // Pass 1: histogram of the sampled luminance.
    std::array<quint32, 256> histogram {};
    auto luminance = [rgb](const uchar* line, int x) -> int {
        if (!rgb)
            return line[x];
        const uchar* p = line + 3 * x;
        return (p[0] * 77 + p[1] * 150 + p[2] * 29) >> 8;
    };
    quint64 samples = 0;
    for (int y = y0; y < y1; y += step) {
        const uchar* line = image.constScanLine(y);
        for (int x = x0; x < x1; x += step)
            ++histogram[luminance(line, x)];
    }
    for (quint32 c : histogram)
        samples += c;
    // Background: the most frequent level, smoothed over a window of 9 levels.
    int background = 255;
    quint64 best = 0;
    for (int level = 0; level < 256; ++level) {
        quint64 sum = 0;
        for (int d = -4; d <= 4; ++d)
            if (level + d >= 0 && level + d < 256)
                sum += histogram[level + d];
        if (sum > best) {
            best = sum;
            background = level;
        }
    }
    // Ink: levels far from the background (darker on paper, lighter on a dark page).
    quint64 ink = 0;
    for (int level = 0; level < 256; ++level)
        if (std::abs(level - background) > m_options.inkDelta)
            ink += histogram[level];
    result.background = background;
    result.inkRatio = samples ? double(ink) / double(samples) : 0.0;
    result.blank = result.inkRatio < m_options.maxInkRatio;
    return result;
}

} // namespace motcua::scanner
