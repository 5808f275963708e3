#include "scanner/MixedRaster.h"

#include "scanner/PageCompressor.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace motcua::scanner {

namespace {

constexpr int kPictureShift = 5; // photo detection works on 32 x 32 pixel blocks (2.7 mm at 300 dpi)
constexpr int kPictureBlock = 1 << kPictureShift;
constexpr int kMinInkPixels = 64; // fewer dark pixels than this: the page has no ink worth a mask
constexpr int kInkBelowPaper = 64; // a pixel this far below the paper is ink (or a photo), never paper

// Sums of pixel values per cell of a low-resolution layer (channels per cell); counts of 0 mark cells without
// samples (see gridImage).
struct Grid {
    int width = 0;
    int height = 0;
    int channels = 1;
    std::vector<int> sums; // at most 36 pixels x 255 per cell and channel
    std::vector<int> counts;
    std::vector<int> lumaSums; // luminance sum and sum of squares per cell, where a cell's flatness matters
    std::vector<qint64> squares;

    Grid(int w, int h, int c) : width(w), height(h), channels(c), sums(size_t(w) * h * c), counts(size_t(w) * h) { }
};

// The grid as an image: each cell's mean. Cells without samples are `fallback` (Constant: the foreground,
// where the mask hides them) or take the nearest sampled cell of their row, and rows without any the nearest
// sampled row (Nearest: the background under a glyph continues the paper around it). Smooth fills cost JPEG
// next to nothing.
enum class GridFill { Nearest, Constant };

QImage gridImage(const Grid& grid, int fallback, GridFill fill)
{
    const bool colour = grid.channels == 3;
    QImage out(grid.width, grid.height, colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    out.fill(QColor(fallback, fallback, fallback));
    int reciprocal[64 * 64 + 1] = {}; // sum * reciprocal[n] >> 16 == the rounded mean, without a division per cell
    const int maxCount = *std::max_element(grid.counts.begin(), grid.counts.end());
    for (int n = 1; n <= std::min(maxCount, 64 * 64); ++n)
        reciprocal[n] = (65536 + n / 2) / n;
    auto mean = [&reciprocal](int sum, int n) {
        return uchar(n <= 64 * 64 ? (sum * qint64(reciprocal[n]) + 32768) >> 16 : sum / n);
    };
    std::vector<bool> rowHasSamples(size_t(grid.height), false);
    std::vector<int> nearestLeft(size_t(grid.width), -1);
    for (int y = 0; y < grid.height; ++y) {
        uchar* line = out.scanLine(y);
        const int* counts = grid.counts.data() + size_t(y) * grid.width;
        const int* sums = grid.sums.data() + size_t(y) * grid.width * grid.channels;
        int last = -1;
        for (int x = 0; x < grid.width; ++x) {
            if (counts[x] > 0)
                last = x;
            nearestLeft[size_t(x)] = last;
        }
        if (last < 0)
            continue;
        rowHasSamples[size_t(y)] = true;
        if (fill == GridFill::Constant) {
            for (int x = 0; x < grid.width; ++x)
                for (int c = 0; c < grid.channels && counts[x] > 0; ++c)
                    line[x * grid.channels + c] = mean(sums[x * grid.channels + c], counts[x]);
            continue;
        }
        int next = -1;
        for (int x = grid.width - 1; x >= 0; --x) {
            if (counts[x] > 0)
                next = x;
            const int left = nearestLeft[size_t(x)];
            const int source = left < 0 ? next : next < 0 ? left : (x - left <= next - x ? left : next);
            for (int c = 0; c < grid.channels; ++c)
                line[x * grid.channels + c] = mean(sums[source * grid.channels + c], counts[source]);
        }
    }
    int lastRow = -1;
    for (int y = 0; y < grid.height && fill == GridFill::Nearest; ++y) {
        if (rowHasSamples[size_t(y)]) {
            lastRow = y;
            continue;
        }
        int next = y + 1;
        while (next < grid.height && !rowHasSamples[size_t(next)])
            ++next;
        const int source = lastRow < 0 ? (next < grid.height ? next : -1)
            : next >= grid.height      ? lastRow
                                       : (y - lastRow <= next - y ? lastRow : next);
        if (source >= 0)
            std::memcpy(out.scanLine(y), out.constScanLine(source), size_t(grid.width) * grid.channels);
    }
    return out;
}

// A row of mask bits (Format_Mono, MSB first) grown by one pixel left and right, OR-ed into `out`.
void orDilatedRow(const uchar* bits, int bytes, uchar* out)
{
    for (int i = 0; i < bytes; ++i) {
        const uchar b = bits[i];
        const uchar left = i > 0 ? uchar(bits[i - 1] << 7) : 0; // the previous byte's last pixel
        const uchar right = i + 1 < bytes ? uchar(bits[i + 1] >> 7) : 0; // the next byte's first pixel
        out[i] |= uchar(b | (b >> 1) | (b << 1) | left | right);
    }
}

// Background: the mean of the pixels that are neither ink nor next to it (a glyph's anti-aliased edge would
// darken its cell). Foreground: the mean of the ink's core (luminance at or below coreBelow), else of all its
// ink. `luma` is the page's luminance (the page itself when it is gray).
template <int C>
void accumulateLayers(const QImage& src, const QImage& mask, const uchar* luma, qsizetype lumaStride, int coreBelow,
    int bs, int fs, Grid& background, Grid& core, Grid& edge)
{
    const int w = src.width();
    const int h = src.height();
    std::vector<int> fgColumn(static_cast<size_t>(w));
    for (int x = 0; x < w; ++x)
        fgColumn[size_t(x)] = x / fs;
    const int bytes = (w + 7) / 8;
    std::vector<uchar> near(static_cast<size_t>(bytes) + 1, 0); // one spare byte for the 16-bit window below
    for (int y = 0; y < h; ++y) {
        const uchar* m = mask.constScanLine(y);
        const uchar* in = src.constScanLine(y);
        const uchar* l = luma + y * lumaStride;
        // Background: the middle row of each cell row is sampled (a third of the work; the layer is a
        // low-resolution picture of the paper, and the mask carries the detail). Cell by cell: a cell whose
        // pixels are all away from ink is summed without looking at single bits (most of a page).
        const bool sampledRow = y % bs == bs / 2 || (y == h - 1 && y % bs < bs / 2);
        if (sampledRow) {
            std::fill(near.begin(), near.end(), 0);
            for (int yy = std::max(0, y - 1); yy <= std::min(h - 1, y + 1); ++yy)
                orDilatedRow(mask.constScanLine(yy), bytes, near.data());
        }
        int* bgSums = background.sums.data() + size_t(y / bs) * background.width * C;
        int* bgCounts = background.counts.data() + size_t(y / bs) * background.width;
        for (int cx = 0; cx < background.width && sampledRow; ++cx) {
            const int x0 = cx * bs;
            const int x1 = std::min(w, x0 + bs);
            const unsigned window = (unsigned(near[size_t(x0 >> 3)]) << 8) | near[size_t(x0 >> 3) + 1];
            const unsigned span = (window << (x0 & 7)) & 0xFFFFu; // pixel x0 in bit 15
            const unsigned cellBits = bs <= 9 ? span >> (16 - (x1 - x0)) : 1u; // wider cells: bit by bit
            int* sums = bgSums + cx * C;
            if (cellBits == 0) {
                for (int x = x0; x < x1; ++x)
                    for (int c = 0; c < C; ++c)
                        sums[c] += in[x * C + c];
                bgCounts[cx] += x1 - x0;
                continue;
            }
            for (int x = x0; x < x1; ++x)
                if (!(near[size_t(x >> 3)] & (0x80 >> (x & 7)))) {
                    for (int c = 0; c < C; ++c)
                        sums[c] += in[x * C + c];
                    ++bgCounts[cx];
                }
        }
        // Foreground: only the ink, byte by byte, skipping the empty ones.
        const size_t fgRow = size_t(y / fs) * core.width;
        for (int i = 0; i < bytes; ++i) {
            const uchar inkBits = m[i];
            if (!inkBits)
                continue;
            for (int x = i * 8; x < std::min(w, i * 8 + 8); ++x) {
                if (!(inkBits & (0x80 >> (x & 7))))
                    continue;
                const bool isCore = l[x] <= coreBelow;
                Grid& g = isCore ? core : edge;
                const size_t cell = fgRow + size_t(fgColumn[size_t(x)]);
                ++g.counts[cell];
                for (int c = 0; c < C; ++c)
                    g.sums[cell * C + c] += in[x * C + c];
                if (!isCore) {
                    edge.lumaSums[cell] += l[x];
                    edge.squares[cell] += int(l[x]) * l[x];
                }
            }
        }
    }
}

// Photo blocks: tones spread out. Text, a seal, a tinted box or a signature has a few levels (paper, ink,
// the seal's red) and its anti-aliased edges: its three commonest 16-level bins hold most of the block. A
// photograph's tones spread, so they hold less than 70 %. Counted on every other pixel of every other row;
// a lone photo block is text after all, and photo regions grow by one block to take in their borders.
// Returns one flag per kPictureBlock square, `bw` per row.
std::vector<uchar> photoBlocks(const uchar* luma, qsizetype stride, int w, int h, int& bw)
{
    bw = (w + kPictureBlock - 1) / kPictureBlock;
    const int bh = (h + kPictureBlock - 1) / kPictureBlock;
    std::vector<int> bins(size_t(bw) * bh * 16, 0);
    for (int y = 0; y < h; y += 2) {
        const uchar* l = luma + y * stride;
        int* row = bins.data() + size_t(y >> kPictureShift) * bw * 16;
        for (int x = 0; x < w; x += 2)
            ++row[((x >> kPictureShift) << 4) + (l[x] >> 4)];
    }
    std::vector<uchar> picture(size_t(bw) * bh, 0);
    for (size_t block = 0; block < picture.size(); ++block) {
        int* b = bins.data() + block * 16;
        int total = 0, first = 0, second = 0, third = 0;
        for (int i = 0; i < 16; ++i) {
            total += b[i];
            if (b[i] > first) {
                third = second;
                second = first;
                first = b[i];
            } else if (b[i] > second) {
                third = second;
                second = b[i];
            } else if (b[i] > third) {
                third = b[i];
            }
        }
        picture[block] = (first + second + third) * 10 < total * 7;
    }
    auto neighbours = [&](const std::vector<uchar>& flags, int bx, int by) {
        int n = 0;
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                if ((dx || dy) && bx + dx >= 0 && by + dy >= 0 && bx + dx < bw && by + dy < bh)
                    n += flags[size_t(by + dy) * bw + bx + dx];
        return n;
    };
    std::vector<uchar> photo(size_t(bw) * bh, 0);
    for (int by = 0; by < bh; ++by)
        for (int bx = 0; bx < bw; ++bx)
            if (picture[size_t(by) * bw + bx] && neighbours(picture, bx, by) > 0)
                photo[size_t(by) * bw + bx] = 1;
    std::vector<uchar> grown = photo;
    for (int by = 0; by < bh; ++by)
        for (int bx = 0; bx < bw; ++bx)
            if (!photo[size_t(by) * bw + bx] && neighbours(photo, bx, by) > 0)
                grown[size_t(by) * bw + bx] = 1;
    return grown;
}

// The luminance histogram. Four partial histograms: consecutive equal pixels (paper) do not wait on one counter.
std::array<qint64, 256> lumaHistogram(const uchar* luma, qsizetype stride, int w, int h)
{
    std::array<std::array<qint64, 256>, 4> partial {};
    for (int y = 0; y < h; ++y) {
        const uchar* l = luma + y * stride;
        int x = 0;
        for (; x + 4 <= w; x += 4) {
            ++partial[0][l[x]];
            ++partial[1][l[x + 1]];
            ++partial[2][l[x + 2]];
            ++partial[3][l[x + 3]];
        }
        for (; x < w; ++x)
            ++partial[0][l[x]];
    }
    std::array<qint64, 256> histogram {};
    for (int v = 0; v < 256; ++v)
        histogram[size_t(v)]
            = partial[0][size_t(v)] + partial[1][size_t(v)] + partial[2][size_t(v)] + partial[3][size_t(v)];
    return histogram;
}

// The paper is the commonest light level; the ink, the median of the pixels well below it; the threshold
// between ink and paper halfway between the two (-1 and ink 0 when too few pixels are dark to be ink).
struct InkLevels {
    int paper = 128;
    int ink = 0;
    int threshold = -1;
};

InkLevels inkLevels(const std::array<qint64, 256>& histogram)
{
    InkLevels levels;
    for (int v = 129; v < 256; ++v)
        if (histogram[size_t(v)] > histogram[size_t(levels.paper)])
            levels.paper = v;
    qint64 dark = 0;
    for (int v = 0; v < levels.paper - kInkBelowPaper; ++v)
        dark += histogram[size_t(v)];
    if (dark < kMinInkPixels)
        return levels;
    qint64 seen = 0;
    while (seen + histogram[size_t(levels.ink)] < (dark + 1) / 2)
        seen += histogram[size_t(levels.ink++)];
    levels.threshold = (levels.paper + levels.ink + 1) / 2;
    return levels;
}

// The mask's bits: pixels darker than `threshold`, outside photo blocks (`photo`, `bw` blocks per row).
void fillInkMask(
    QImage& mask, const uchar* luma, qsizetype stride, int threshold, const std::vector<uchar>& photo, int bw)
{
    const int w = mask.width();
    for (int y = 0; y < mask.height(); ++y) {
        const uchar* l = luma + y * stride;
        uchar* bits = mask.scanLine(y);
        const uchar* blocks = photo.data() + size_t(y >> kPictureShift) * bw;
        for (int x0 = 0; x0 < w; x0 += 8) {
            uchar byte = 0;
            const int end = std::min(w, x0 + 8);
            for (int x = x0; x < end; ++x)
                byte |= uchar((l[x] < threshold) << (7 - (x & 7)));
            if (byte && blocks[x0 >> kPictureShift])
                byte = 0; // a block is 32 pixels: a byte never straddles two
            bits[x0 >> 3] = byte;
        }
    }
}

// Paper cleaning on the background's cells (PageCompressor::cleanPaper's rule on cell means rather than on
// every pixel: a ninth of the work, and the mean has less noise): paper becomes exactly white.
void cleanPaperCells(Grid& background, PaperCleaning paper)
{
    if (paper.limit < 0 || paper.limit > 255)
        return;
    const int channels = background.channels;
    for (size_t cell = 0; cell < background.counts.size(); ++cell) {
        const int n = background.counts[cell];
        if (n == 0)
            continue;
        int* sums = background.sums.data() + cell * channels;
        int lo = 255, hi = 0;
        for (int c = 0; c < channels; ++c) {
            lo = std::min(lo, sums[c] / n);
            hi = std::max(hi, sums[c] / n);
        }
        if (lo >= paper.limit && hi - lo <= paper.tolerance)
            for (int c = 0; c < channels; ++c)
                sums[c] = 255 * n;
    }
}

// A cell without the ink's core takes its lighter ink when that covers a quarter of it and is flat (a red
// seal is lighter than black text, and even: luminance deviation under 8 levels); a cell with only a
// glyph's anti-aliased rim (uneven) takes the ink's colour, like cells without ink (the mask hides
// those): a smooth foreground costs JPEG little.
void adoptFlatLightInk(Grid& core, const Grid& edge, int fs)
{
    auto flat = [&edge](size_t cell) {
        const qint64 n = edge.counts[cell];
        const qint64 sum = edge.lumaSums[cell];
        return n > 0 && edge.squares[cell] * n - sum * sum < 64 * n * n; // variance < 8^2
    };
    const int channels = core.channels;
    for (size_t cell = 0; cell < core.counts.size(); ++cell)
        if (core.counts[cell] == 0 && edge.counts[cell] * 4 >= fs * fs && flat(cell)) {
            core.counts[cell] = edge.counts[cell];
            for (int c = 0; c < channels; ++c)
                core.sums[cell * channels + c] = edge.sums[cell * channels + c];
        }
}

// Gray ink as dark as the ink's core becomes one level, the median of those cells: a cell's mean moves
// with how much of a glyph's rim falls in it, which no one sees in black text, and a flat foreground costs
// JPEG next to nothing (9 KB -> 1 KB on the benchmark page). Coloured ink (a seal, a blue signature) and
// lighter gray print keep their cells' colours; cells without ink take the same level.
void flattenGrayInk(QImage& fg, const Grid& core, int coreBelow, int inkLevel)
{
    const int channels = core.channels;
    auto grayDark = [&](const uchar* p) {
        int lo = 255, hi = 0;
        for (int c = 0; c < channels; ++c) {
            lo = std::min<int>(lo, p[c]);
            hi = std::max<int>(hi, p[c]);
        }
        return hi - lo <= 16 && hi <= coreBelow;
    };
    std::array<int, 256> levels {};
    int cells = 0;
    for (int y = 0; y < fg.height(); ++y)
        for (int x = 0; x < fg.width(); ++x) {
            const uchar* p = fg.constScanLine(y) + x * channels;
            if (core.counts[size_t(y) * fg.width() + x] > 0 && grayDark(p)) {
                ++levels[p[0]];
                ++cells;
            }
        }
    int target = inkLevel;
    for (int v = 0, seen = 0; v < 256 && cells > 0; ++v) {
        seen += levels[size_t(v)];
        if (seen * 2 >= cells) {
            target = v;
            break;
        }
    }
    for (int y = 0; y < fg.height(); ++y) {
        uchar* line = fg.scanLine(y);
        for (int x = 0; x < fg.width(); ++x) {
            uchar* p = line + x * channels;
            if (core.counts[size_t(y) * fg.width() + x] == 0 || grayDark(p))
                std::fill(p, p + channels, uchar(target));
        }
    }
}

} // namespace

MixedRasterLayers MixedRaster::split(QImage page, int dpi, const Options& options, PaperCleaning paper, QImage luma)
{
    const bool colour = page.format() == QImage::Format_RGB888;
    QImage src = colour || page.format() == QImage::Format_Grayscale8 ? std::move(page)
                                                                      : page.convertToFormat(QImage::Format_Grayscale8);
    const int w = src.width();
    const int h = src.height();
    MixedRasterLayers layers;
    if (src.isNull())
        return layers;

    // Luminance (a gray page is its own) and its histogram: the paper is the commonest light level, ink lies
    // well below it.
    if (colour && (luma.format() != QImage::Format_Grayscale8 || luma.size() != src.size()))
        luma = PageCompressor::luminance(src);
    const QImage& lumaImage = colour ? luma : src;
    if (lumaImage.isNull())
        return layers;
    const uchar* lumaRows = lumaImage.constBits();
    const qsizetype lumaStride = lumaImage.bytesPerLine();
    const InkLevels levels = inkLevels(lumaHistogram(lumaRows, lumaStride, w, h));

    int bw = 0;
    const std::vector<uchar> grown = photoBlocks(lumaRows, lumaStride, w, h, bw);
    layers.photoFraction = double(std::count(grown.begin(), grown.end(), uchar(1))) / double(grown.size());
    if (layers.photoFraction > options.maxPhotoFraction) {
        layers.mask = QImage(); // a photo page: one JPEG keeps it better (PageCompressor falls back)
        return layers;
    }

    // The mask: pixels darker than halfway between the ink and the paperLevel, outside photo regions.
    layers.mask = QImage(w, h, QImage::Format_Mono);
    if (layers.mask.isNull())
        return layers;
    layers.mask.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
    layers.mask.fill(0);
    layers.threshold = levels.threshold;
    if (levels.threshold >= 0)
        fillInkMask(layers.mask, lumaRows, lumaStride, levels.threshold, grown, bw);
    const int inkLevel = levels.ink;

    // The layers' cells: the paper's mean, the ink core's and the ink edge's.
    const int bs = std::max(1, (dpi + options.backgroundDpi / 2) / std::max(1, options.backgroundDpi));
    const int fs = std::max(1, (dpi + options.foregroundDpi / 2) / std::max(1, options.foregroundDpi));
    const int channels = colour ? 3 : 1;
    Grid background((w + bs - 1) / bs, (h + bs - 1) / bs, channels);
    Grid core((w + fs - 1) / fs, (h + fs - 1) / fs, channels);
    Grid edge(core.width, core.height, channels);
    edge.lumaSums.resize(edge.counts.size());
    edge.squares.resize(edge.counts.size());
    const int coreBelow = layers.threshold < 0 ? 0 : (inkLevel + layers.threshold) / 2;
    if (colour)
        accumulateLayers<3>(src, layers.mask, lumaRows, lumaStride, coreBelow, bs, fs, background, core, edge);
    else
        accumulateLayers<1>(src, layers.mask, lumaRows, lumaStride, coreBelow, bs, fs, background, core, edge);
    cleanPaperCells(background, paper);
    adoptFlatLightInk(core, edge, fs);
    layers.background = gridImage(background, 255, GridFill::Nearest);
    layers.foreground = gridImage(core, layers.threshold < 0 ? 0 : inkLevel, GridFill::Constant);
    if (layers.threshold >= 0)
        flattenGrayInk(layers.foreground, core, coreBelow, inkLevel);
    return layers;
}

} // namespace motcua::scanner
