#include "scanner/Jbig2Encoder.h"

#include "scanner/PageLimits.h"

#include <jbig2.h>

#include <QLoggingCategory>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <vector>

namespace motcua::scanner {

namespace {

Q_LOGGING_CATEGORY(lcJbig2, "motcua.scanner.jbig2")

// T.88 Table E.1: the probability estimation state machine of the MQ coder (Qe, next index after an MPS,
// next index after an LPS, whether an LPS swaps the sense of the MPS).
struct Jbig2QeState {
    uint16_t qe;
    uint8_t nmps;
    uint8_t nlps;
    uint8_t switchMps;
};
// clang-format off
constexpr std::array<Jbig2QeState, 47> kJbig2QeTable{{
    {0x5601, 1, 1, 1}, {0x3401, 2, 6, 0}, {0x1801, 3, 9, 0}, {0x0AC1, 4, 12, 0}, {0x0521, 5, 29, 0},
    {0x0221, 38, 33, 0}, {0x5601, 7, 6, 1}, {0x5401, 8, 14, 0}, {0x4801, 9, 14, 0}, {0x3801, 10, 14, 0},
    {0x3001, 11, 17, 0}, {0x2401, 12, 18, 0}, {0x1C01, 13, 20, 0}, {0x1601, 29, 21, 0}, {0x5601, 15, 14, 1},
    {0x5401, 16, 14, 0}, {0x5101, 17, 15, 0}, {0x4801, 18, 16, 0}, {0x3801, 19, 17, 0}, {0x3401, 20, 18, 0},
    {0x3001, 21, 19, 0}, {0x2801, 22, 19, 0}, {0x2401, 23, 20, 0}, {0x2201, 24, 21, 0}, {0x1C01, 25, 22, 0},
    {0x1801, 26, 23, 0}, {0x1601, 27, 24, 0}, {0x1401, 28, 25, 0}, {0x1201, 29, 26, 0}, {0x1101, 30, 27, 0},
    {0x0AC1, 31, 28, 0}, {0x09C1, 32, 29, 0}, {0x08A1, 33, 30, 0}, {0x0521, 34, 31, 0}, {0x0441, 35, 32, 0},
    {0x02A1, 36, 33, 0}, {0x0221, 37, 34, 0}, {0x0141, 38, 35, 0}, {0x0111, 39, 36, 0}, {0x0085, 40, 37, 0},
    {0x0049, 41, 38, 0}, {0x0025, 42, 39, 0}, {0x0015, 43, 40, 0}, {0x0009, 44, 41, 0}, {0x0005, 45, 42, 0},
    {0x0001, 45, 43, 0}, {0x5601, 46, 46, 0},
}};
// clang-format on

// The MQ arithmetic encoder of T.88 Annex E.2. A context's state is one byte: (index << 1) | MPS.
class Jbig2MqEncoder
{
public:
    explicit Jbig2MqEncoder(size_t expectedBytes)
    {
        m_out.reserve(expectedBytes + 16);
        m_out.push_back(0); // INITENC: the byte before the first one (BPST - 1), never emitted
    }

    void encode(uint8_t& state, unsigned bit)
    {
        const Jbig2QeState& e = kJbig2QeTable[state >> 1];
        const uint32_t qe = e.qe;
        const unsigned mps = state & 1u;
        m_a -= qe;
        if (bit == mps) { // CODEMPS
            if (m_a & 0x8000u) {
                m_c += qe;
                return;
            }
            if (m_a < qe)
                m_a = qe;
            else
                m_c += qe;
            state = uint8_t((e.nmps << 1) | mps);
        } else { // CODELPS
            if (m_a < qe)
                m_c += qe;
            else
                m_a = qe;
            state = uint8_t((e.nlps << 1) | (e.switchMps ? 1u - mps : mps));
        }
        do { // RENORME
            m_a <<= 1;
            m_c <<= 1;
            if (--m_ct == 0)
                byteOut();
        } while ((m_a & 0x8000u) == 0);
    }

    // FLUSH (SETBITS, the last two bytes) and the 0xFF 0xAC marker that ends the coded data.
    QByteArray finish()
    {
        const uint32_t top = m_c + m_a;
        m_c |= 0xFFFFu;
        if (m_c >= top)
            m_c -= 0x8000u;
        m_c <<= m_ct;
        byteOut();
        m_c <<= m_ct;
        byteOut();
        if (m_out.back() != 0xFF)
            m_out.push_back(0xFF);
        m_out.push_back(0xAC);
        return QByteArray(reinterpret_cast<const char*>(m_out.data()) + 1, qsizetype(m_out.size() - 1));
    }

private:
    void byteOut()
    {
        uint8_t& b = m_out.back();
        if (b == 0xFF) { // bit stuffing: only 7 bits follow a 0xFF
            m_out.push_back(uint8_t(m_c >> 20));
            m_c &= 0xFFFFFu;
            m_ct = 7;
        } else if (m_c < 0x8000000u) {
            m_out.push_back(uint8_t(m_c >> 19));
            m_c &= 0x7FFFFu;
            m_ct = 8;
        } else { // carry into the previous byte
            ++b;
            if (b == 0xFF) {
                m_c &= 0x7FFFFFFu;
                m_out.push_back(uint8_t(m_c >> 20));
                m_c &= 0xFFFFFu;
                m_ct = 7;
            } else {
                m_out.push_back(uint8_t(m_c >> 19));
                m_c &= 0x7FFFFu;
                m_ct = 8;
            }
        }
    }

    uint32_t m_c = 0;
    uint32_t m_a = 0x8000;
    int m_ct = 12;
    std::vector<uint8_t> m_out;
};

// The page as packed rows, MSB first, 1 = black, bits past the width zero, two white rows above the
// page (the template reaches two rows up) and spare zero bytes to the right (it reaches 4 pixels ahead).
struct Jbig2Bitmap {
    int width = 0;
    int height = 0;
    qsizetype rowBytes = 0; // (width + 7) / 8
    qsizetype stride = 0; // rowBytes + padding
    std::vector<uint8_t> bits;
    const uint8_t* row(int y) const { return bits.data() + (qsizetype(y) + 2) * stride; }
    uint8_t* row(int y) { return bits.data() + (qsizetype(y) + 2) * stride; }
};

uint8_t jbig2ReverseBits(uint8_t b)
{
    b = uint8_t((b & 0xF0) >> 4 | (b & 0x0F) << 4);
    b = uint8_t((b & 0xCC) >> 2 | (b & 0x33) << 2);
    return uint8_t((b & 0xAA) >> 1 | (b & 0x55) << 1);
}

Jbig2Bitmap jbig2Bitmap(const QImage& image)
{
    Jbig2Bitmap bm;
    bm.width = image.width();
    bm.height = image.height();
    bm.rowBytes = (qsizetype(bm.width) + 7) / 8;
    bm.stride = bm.rowBytes + 4;
    bm.bits.assign(size_t(bm.stride * (qsizetype(bm.height) + 2)), 0);
    const uint8_t tailMask = bm.width % 8 ? uint8_t(0xFF << (8 - bm.width % 8)) : 0xFF;

    if (image.format() == QImage::Format_Mono || image.format() == QImage::Format_MonoLSB) {
        // Which index is black is the colour table's business (Qt's own conversions make 1 black).
        bool zeroBlack = false;
        bool oneBlack = true;
        if (image.colorCount() >= 2) {
            zeroBlack = qGray(image.color(0)) < 128;
            oneBlack = qGray(image.color(1)) < 128;
        }
        const bool lsb = image.format() == QImage::Format_MonoLSB;
        for (int y = 0; y < bm.height; ++y) {
            const uchar* src = image.constScanLine(y);
            uint8_t* dst = bm.row(y);
            for (qsizetype i = 0; i < bm.rowBytes; ++i) {
                const uint8_t b = lsb ? jbig2ReverseBits(src[i]) : src[i];
                dst[i] = uint8_t((oneBlack ? b : 0) | (zeroBlack ? uint8_t(~b) : 0));
            }
            dst[bm.rowBytes - 1] &= tailMask;
        }
        return bm;
    }

    // Anything else: composited on white, gray below half is black.
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < bm.height; ++y) {
        const auto* src = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        uint8_t* dst = bm.row(y);
        for (int x = 0; x < bm.width; ++x) {
            const int a = qAlpha(src[x]);
            const int gray = (qGray(src[x]) * a + 255 * (255 - a)) / 255;
            if (gray < 128)
                dst[x >> 3] |= uint8_t(0x80u >> (x & 7));
        }
    }
    return bm;
}

inline unsigned jbig2Pixel(const uint8_t* row, int x)
{
    return (row[x >> 3] >> (7 - (x & 7))) & 1u;
}

// 6.2.5 in reverse: the generic region with GBTEMPLATE 0, the nominal AT pixels and TPGDON. With the
// nominal AT pixels the 16-bit context is three contiguous windows (T.88 Figure 3 / 6.2.5.3):
//   bits 15..11: row y-2, x-2..x+2   bits 10..4: row y-1, x-3..x+3   bits 3..0: row y, x-4..x-1
// so each window is a shift register that takes in one pixel per step.
QByteArray jbig2GenericRegion(const Jbig2Bitmap& bm)
{
    constexpr uint32_t kSltpContext = 0x9B25; // 6.2.5.7, template 0
    std::vector<uint8_t> contexts(65536, 0);
    Jbig2MqEncoder mq(size_t(bm.rowBytes * bm.height / 8));
    unsigned ltp = 0;
    for (int y = 0; y < bm.height; ++y) {
        const uint8_t* r0 = bm.row(y);
        const uint8_t* r1 = bm.row(y - 1);
        const uint8_t* r2 = bm.row(y - 2);
        const unsigned typical = std::memcmp(r0, r1, size_t(bm.rowBytes)) == 0 ? 1u : 0u;
        mq.encode(contexts[kSltpContext], typical ^ ltp); // SLTP: the row's typicality changed
        ltp = typical;
        if (typical)
            continue; // the decoder copies the row above
        uint32_t w2 = jbig2Pixel(r2, 0) << 2 | jbig2Pixel(r2, 1) << 1 | jbig2Pixel(r2, 2);
        uint32_t w1 = jbig2Pixel(r1, 0) << 3 | jbig2Pixel(r1, 1) << 2 | jbig2Pixel(r1, 2) << 1 | jbig2Pixel(r1, 3);
        uint32_t w0 = 0;
        for (int x = 0; x < bm.width; ++x) {
            const uint32_t cx = (w2 & 0x1Fu) << 11 | (w1 & 0x7Fu) << 4 | (w0 & 0xFu);
            const unsigned bit = jbig2Pixel(r0, x);
            mq.encode(contexts[cx], bit);
            w0 = w0 << 1 | bit;
            w1 = w1 << 1 | jbig2Pixel(r1, x + 4);
            w2 = w2 << 1 | jbig2Pixel(r2, x + 3);
        }
    }
    return mq.finish();
}

void jbig2PutU32(QByteArray& out, uint32_t v)
{
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}

uint32_t jbig2GetU32(const uchar* p)
{
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | uint32_t(p[3]);
}

// 7.2: a segment header without referred-to segments and with a one-byte page association.
void jbig2SegmentHeader(QByteArray& out, uint32_t number, uint8_t type, uint8_t page, uint32_t dataLength)
{
    jbig2PutU32(out, number);
    out.append(char(type)); // deferred non-retain 0, page association size 0 (one byte)
    out.append(char(0)); // no referred-to segments, retention bits 0
    out.append(char(page));
    jbig2PutU32(out, dataLength);
}

constexpr char kJbig2FileId[8] = { char(0x97), 'J', 'B', '2', '\r', '\n', char(0x1A), '\n' };
constexpr uint8_t kJbig2PageInformation = 48;
constexpr uint8_t kJbig2EndOfPage = 49;
constexpr uint8_t kJbig2EndOfFile = 51;
constexpr uint8_t kJbig2ImmediateLosslessGeneric = 39;

struct Jbig2DecodeErrors {
    bool fatal = false;
};

void jbig2OnError(void* data, const char* msg, Jbig2Severity severity, uint32_t segment)
{
    if (severity == JBIG2_SEVERITY_FATAL) {
        static_cast<Jbig2DecodeErrors*>(data)->fatal = true;
        qCDebug(lcJbig2) << "jbig2dec:" << msg << "segment" << segment;
    }
}

// libjbig2dec's memory, within a budget: a region or a page larger than PageLimits allows (or a file that
// keeps growing a striped page) makes an allocation fail, which jbig2dec reports as a fatal error, instead of
// taking gigabytes. Each block carries its size in front of it.
struct Jbig2Budget {
    Jbig2Allocator allocator; // first: jbig2dec passes its address back
    qint64 used = 0;
    qint64 limit = 0;
    bool exceeded = false;
};
constexpr size_t kJbig2BlockHeader = 16; // keeps malloc's alignment

void* jbig2BudgetAlloc(Jbig2Allocator* a, size_t size)
{
    auto* budget = reinterpret_cast<Jbig2Budget*>(a);
    if (qint64(size) < 0 || qint64(size) > budget->limit - budget->used) {
        budget->exceeded = true;
        return nullptr;
    }
    auto* block = static_cast<char*>(std::malloc(size + kJbig2BlockHeader));
    if (!block)
        return nullptr;
    std::memcpy(block, &size, sizeof size);
    budget->used += qint64(size);
    return block + kJbig2BlockHeader;
}

void jbig2BudgetFree(Jbig2Allocator* a, void* p)
{
    if (!p)
        return;
    char* block = static_cast<char*>(p) - kJbig2BlockHeader;
    size_t size = 0;
    std::memcpy(&size, block, sizeof size);
    reinterpret_cast<Jbig2Budget*>(a)->used -= qint64(size);
    std::free(block);
}

void* jbig2BudgetRealloc(Jbig2Allocator* a, void* p, size_t size)
{
    if (!p)
        return jbig2BudgetAlloc(a, size);
    auto* budget = reinterpret_cast<Jbig2Budget*>(a);
    char* block = static_cast<char*>(p) - kJbig2BlockHeader;
    size_t old = 0;
    std::memcpy(&old, block, sizeof old);
    if (qint64(size) < 0 || qint64(size) > budget->limit - (budget->used - qint64(old))) {
        budget->exceeded = true;
        return nullptr;
    }
    auto* grown = static_cast<char*>(std::realloc(block, size + kJbig2BlockHeader));
    if (!grown)
        return nullptr;
    std::memcpy(grown, &size, sizeof size);
    budget->used += qint64(size) - qint64(old);
    return grown + kJbig2BlockHeader;
}

// 7.2: one segment header.
struct Jbig2Segment {
    uint32_t number = 0;
    uint8_t type = 0;
    uint32_t page = 0;
    uint32_t length = 0; // of the data; 0xFFFFFFFF = unknown (an immediate generic region ended by a marker)
    qsizetype start = 0; // where the header begins
    qsizetype dataPos = 0; // where it ends (and, in the sequential organisation, the data begins)
};

// Reads the segment header at `pos` of a file of n bytes; false when it is malformed or cut off.
bool jbig2ReadSegment(const uchar* p, qsizetype n, qsizetype pos, Jbig2Segment& out)
{
    out.start = pos;
    if (n - pos < 6)
        return false;
    out.number = jbig2GetU32(p + pos);
    const uchar flags = p[pos + 4];
    out.type = flags & 0x3F;
    pos += 5;
    uint32_t referred = p[pos] >> 5;
    if (referred == 7) { // long form: 29-bit count, then one retain bit per segment plus one
        if (n - pos < 4)
            return false;
        referred = jbig2GetU32(p + pos) & 0x1FFFFFFFu;
        pos += 4 + (qsizetype(referred) + 8) / 8;
    } else if (referred > 4) {
        return false;
    } else {
        pos += 1;
    }
    const qsizetype refSize = out.number <= 256 ? 1 : out.number <= 65536 ? 2 : 4;
    pos += qsizetype(referred) * refSize;
    if (pos > n)
        return false;
    const qsizetype pageSize = (flags & 0x40) ? 4 : 1;
    if (n - pos < pageSize + 4)
        return false;
    out.page = pageSize == 4 ? jbig2GetU32(p + pos) : p[pos];
    pos += pageSize;
    out.length = jbig2GetU32(p + pos);
    out.dataPos = pos + 4;
    return true;
}

// Why the page a page information segment (data at `pos`) declares must not be decoded, or empty. A striped
// page of unknown height (0xFFFFFFFF) grows as its stripes come, within the decoder's budget.
QString jbig2PageInfoProblem(const uchar* p, qsizetype n, qsizetype pos)
{
    if (n - pos < 8)
        return {};
    const uint32_t w = jbig2GetU32(p + pos);
    const uint32_t h = jbig2GetU32(p + pos + 4);
    return PageLimits::fits(w, h == 0xFFFFFFFFu ? 1 : h, 1) ? QString() : PageLimits::tooLarge(w, h);
}

// The pages a JBIG2 file declares, checked against PageLimits before anything is decoded, in either
// organisation (sequential: header, data, header...; random access: every header, then every data part).
// Malformed headers are left to the decoder, whose memory has a budget anyway.
QString jbig2PagesProblem(const QByteArray& file)
{
    const auto* p = reinterpret_cast<const uchar*>(file.constData());
    const qsizetype n = file.size();
    const uchar fileFlags = p[8];
    const bool sequential = fileFlags & 0x01;
    qsizetype pos = (fileFlags & 0x02) ? 9 : 13; // the page count is there when known
    QList<Jbig2Segment> headers;
    Jbig2Segment seg;
    while (pos < n && jbig2ReadSegment(p, n, pos, seg)) {
        if (sequential) {
            if (seg.type == kJbig2PageInformation)
                if (QString problem = jbig2PageInfoProblem(p, n, seg.dataPos); !problem.isEmpty())
                    return problem;
            if (seg.length == 0xFFFFFFFFu)
                return {}; // cannot be skipped; a page comes before its regions anyway
            pos = seg.dataPos + qsizetype(seg.length);
        } else {
            headers.append(seg);
            pos = seg.dataPos;
        }
        if (seg.type == kJbig2EndOfFile)
            break;
    }
    for (const Jbig2Segment& h : headers) { // random access: the data parts follow the headers in order
        if (h.type == kJbig2PageInformation)
            if (QString problem = jbig2PageInfoProblem(p, n, pos); !problem.isEmpty())
                return problem;
        if (h.length == 0xFFFFFFFFu || qsizetype(h.length) > n - pos)
            break;
        pos += qsizetype(h.length);
    }
    return {};
}

} // namespace

QByteArray Jbig2Encoder::encodeFile(const QImage& mono, int dpi)
{
    if (mono.isNull() || mono.width() <= 0 || mono.height() <= 0)
        return {};
    const Jbig2Bitmap bm = jbig2Bitmap(mono);
    const QByteArray coded = jbig2GenericRegion(bm);
    const uint32_t w = uint32_t(bm.width);
    const uint32_t h = uint32_t(bm.height);
    const uint32_t ppm = dpi > 0 ? uint32_t(dpi / 0.0254 + 0.5) : 0; // 0 = resolution unknown

    QByteArray out;
    out.reserve(coded.size() + 96);
    out.append(kJbig2FileId, sizeof kJbig2FileId);
    out.append(char(0x01)); // sequential organisation, number of pages known
    jbig2PutU32(out, 1);

    // 7.4.8 page information: size, resolution, flags (eventually lossless, default pixel 0, OR), no striping
    jbig2SegmentHeader(out, 0, kJbig2PageInformation, 1, 19);
    jbig2PutU32(out, w);
    jbig2PutU32(out, h);
    jbig2PutU32(out, ppm);
    jbig2PutU32(out, ppm);
    out.append(char(0x01));
    out.append(char(0)).append(char(0));

    // 7.4.6 immediate lossless generic region covering the page
    const uint32_t regionHeader = 17 + 1 + 8;
    jbig2SegmentHeader(out, 1, kJbig2ImmediateLosslessGeneric, 1, regionHeader + uint32_t(coded.size()));
    jbig2PutU32(out, w);
    jbig2PutU32(out, h);
    jbig2PutU32(out, 0); // x
    jbig2PutU32(out, 0); // y
    out.append(char(0)); // external combination operator OR
    out.append(char(0x08)); // MMR 0, GBTEMPLATE 0, TPGDON 1
    for (const int at : { 3, -1, -3, -1, 2, -2, -2, -2 })
        out.append(char(at));
    out.append(coded);

    jbig2SegmentHeader(out, 2, kJbig2EndOfPage, 1, 0);
    jbig2SegmentHeader(out, 3, kJbig2EndOfFile, 0, 0);
    return out;
}

bool Jbig2Encoder::embeddedStream(
    const QByteArray& file, QByteArray& stream, int& width, int& height, int* dotsPerMeter)
{
    const auto* p = reinterpret_cast<const uchar*>(file.constData());
    const qsizetype n = file.size();
    if (n < 13 || std::memcmp(p, kJbig2FileId, sizeof kJbig2FileId) != 0)
        return false;
    const uchar fileFlags = p[8];
    if (!(fileFlags & 0x01))
        return false; // random-access organisation: headers first, data later
    qsizetype pos = 9;
    if (!(fileFlags & 0x02)) {
        if (jbig2GetU32(p + pos) != 1)
            return false;
        pos += 4;
    }

    QByteArray out;
    bool havePage = false;
    bool endOfPage = false;
    int w = 0;
    int h = 0;
    uint32_t ppm = 0;
    while (pos < n) {
        Jbig2Segment seg;
        if (!jbig2ReadSegment(p, n, pos, seg))
            return false;
        if (seg.length == 0xFFFFFFFFu || qsizetype(seg.length) > n - seg.dataPos)
            return false; // unknown length (or cut off): not something a PDF stream can carry as is
        pos = seg.dataPos + qsizetype(seg.length);
        if (seg.type == kJbig2EndOfFile) {
            if (pos != n)
                return false; // anything after the end of the file
            break;
        }
        if (seg.page != 1 || endOfPage)
            return false; // a second page or a global segment
        if (seg.type == kJbig2EndOfPage) {
            endOfPage = true;
            continue;
        }
        if (seg.type == kJbig2PageInformation) {
            if (havePage || seg.length < 19)
                return false;
            const uint32_t pw = jbig2GetU32(p + seg.dataPos);
            const uint32_t ph = jbig2GetU32(p + seg.dataPos + 4);
            if (!PageLimits::fits(pw, ph, 1))
                return false; // beyond the limits, empty, or striped of unknown height (ph 0xFFFFFFFF)
            w = int(pw);
            h = int(ph);
            ppm = jbig2GetU32(p + seg.dataPos + 8); // x resolution, pixels per metre (0 = unknown)
            havePage = true;
        } else if (!havePage) {
            return false;
        }
        out.append(file.constData() + seg.start, pos - seg.start);
    }
    if (!havePage || !endOfPage)
        return false;
    stream = out;
    width = w;
    height = h;
    if (dotsPerMeter)
        *dotsPerMeter = ppm <= uint32_t(std::numeric_limits<int>::max()) ? int(ppm) : 0;
    return true;
}

QImage Jbig2Encoder::decode(const QByteArray& file, QString* refusal)
{
    if (file.size() < 13 || std::memcmp(file.constData(), kJbig2FileId, sizeof kJbig2FileId) != 0)
        return {};
    if (QString problem = jbig2PagesProblem(file); !problem.isEmpty()) {
        if (refusal)
            *refusal = problem;
        return {};
    }
    Jbig2Budget budget { { jbig2BudgetAlloc, jbig2BudgetFree, jbig2BudgetRealloc }, 0, PageLimits::kMaxJbig2Bytes };
    Jbig2DecodeErrors errors;
    Jbig2Ctx* ctx = jbig2_ctx_new(&budget.allocator, static_cast<Jbig2Options>(0), nullptr, jbig2OnError, &errors);
    if (!ctx)
        return {};
    QImage result;
    const int rc = jbig2_data_in(ctx, reinterpret_cast<const unsigned char*>(file.constData()), size_t(file.size()));
    Jbig2Image* page = rc < 0 || errors.fatal ? nullptr : jbig2_page_out(ctx);
    if (page) {
        if (PageLimits::fits(page->width, page->height, 1)) {
            QImage img(int(page->width), int(page->height), QImage::Format_Mono);
            if (!img.isNull()) {
                img.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
                const size_t rowBytes = (size_t(page->width) + 7) / 8;
                for (int y = 0; y < img.height(); ++y)
                    std::memcpy(img.scanLine(y), page->data + size_t(y) * page->stride, rowBytes);
                result = img;
            }
        }
        jbig2_release_page(ctx, page);
    }
    jbig2_ctx_free(ctx);
    if (result.isNull()) {
        qCDebug(lcJbig2) << "JBIG2 file of" << file.size() << "bytes not decoded"
                         << (budget.exceeded ? "(over budget)" : "");
        if (refusal && budget.exceeded)
            *refusal = PageLimits::tooMuchMemory();
        return result;
    }
    QByteArray stream;
    int w = 0, h = 0, dotsPerMeter = 0;
    if (embeddedStream(file, stream, w, h, &dotsPerMeter) && dotsPerMeter > 0) {
        result.setDotsPerMeterX(dotsPerMeter);
        result.setDotsPerMeterY(dotsPerMeter);
    }
    return result;
}

} // namespace motcua::scanner
