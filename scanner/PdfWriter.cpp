#include "scanner/PdfWriter.h"

#include "scanner/FaxG4.h"
#include "scanner/Jbig2Encoder.h"
#include "scanner/MixedRaster.h"
#include "scanner/PageLimits.h"
#include "scanner/ScanTypes.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <QtEndian>

namespace motcua::scanner {

namespace {

// What the PDF needs to know about one page image, and the bytes of its stream.
struct ImageStream {
    int width = 0;
    int height = 0;
    QByteArray dict; // everything between << >> except /Length
    QByteArray data;
};

bool parseJpeg(const QByteArray& bytes, ImageStream& out)
{
    const auto* d = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n < 4 || d[0] != 0xFF || d[1] != 0xD8)
        return false;
    qsizetype pos = 2;
    while (pos + 4 <= n) {
        if (d[pos] != 0xFF)
            return false;
        const uchar marker = d[pos + 1];
        if (marker == 0xFF) {
            ++pos;
            continue;
        }
        const int length = (d[pos + 2] << 8) | d[pos + 3];
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (pos + 9 >= n)
                return false;
            out.height = (d[pos + 5] << 8) | d[pos + 6];
            out.width = (d[pos + 7] << 8) | d[pos + 8];
            if (!PageLimits::fits(out.width, out.height, 8))
                return false;
            const int components = d[pos + 9];
            const char* space = components == 1 ? "/DeviceGray" : components == 4 ? "/DeviceCMYK" : "/DeviceRGB";
            out.dict = QByteArray("/Type /XObject /Subtype /Image /Width ") + QByteArray::number(out.width)
                + " /Height " + QByteArray::number(out.height) + " /ColorSpace " + space
                + " /BitsPerComponent 8 /Filter /DCTDecode";
            out.data = bytes;
            return true;
        }
        pos += 2 + length;
    }
    return false;
}

// A single-strip CCITT G4 TIFF (lineart pages): the strip is a /CCITTFaxDecode stream as it is.
bool parseG4Tiff(const QByteArray& bytes, ImageStream& out)
{
    FaxG4Strip strip;
    if (!FaxG4::readStrip(bytes, strip))
        return false;
    out.width = strip.width;
    out.height = strip.height;
    out.dict = QByteArray("/Type /XObject /Subtype /Image /Width ") + QByteArray::number(out.width) + " /Height "
        + QByteArray::number(out.height)
        + " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns "
        + QByteArray::number(out.width) + " /Rows " + QByteArray::number(out.height) + " >>"
        + (strip.minIsWhite ? "" : " /Decode [1 0]");
    out.data = strip.data;
    return true;
}

// A JBIG2 file (lineart pages, Jbig2Encoder): its segments are a /JBIG2Decode stream as they are.
bool parseJbig2(const QByteArray& bytes, ImageStream& out)
{
    if (!Jbig2Encoder::embeddedStream(bytes, out.data, out.width, out.height))
        return false;
    out.dict = QByteArray("/Type /XObject /Subtype /Image /Width ") + QByteArray::number(out.width) + " /Height "
        + QByteArray::number(out.height) + " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode";
    return true;
}

// A mixed-raster page (MixedRaster): background JPEG, foreground JPEG and its G4 stencil mask, as they are.
struct MixedPage {
    ImageStream background;
    ImageStream foreground;
    ImageStream mask;
    int width = 0;
    int height = 0;
};

bool parseMixedRaster(const QByteArray& bytes, MixedPage& out)
{
    MixedRasterStreams streams;
    if (!MixedRaster::readTiff(bytes, streams) || !parseJpeg(streams.background, out.background)
        || !parseJpeg(streams.foreground, out.foreground))
        return false;
    out.width = streams.width;
    out.height = streams.height;
    // An image mask paints where its samples are 0: with BlackIs1 false, G4's black (ink) decodes to 0.
    out.mask.width = streams.width;
    out.mask.height = streams.height;
    out.mask.dict = QByteArray("/Type /XObject /Subtype /Image /Width ") + QByteArray::number(out.width) + " /Height "
        + QByteArray::number(out.height)
        + " /ImageMask true /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns "
        + QByteArray::number(out.width) + " /Rows " + QByteArray::number(out.height) + " >>"
        + (streams.mask.minIsWhite ? "" : " /Decode [1 0]");
    out.mask.data = streams.mask.data;
    return true;
}

// Non-interlaced gray/palette/RGB PNG: the concatenated IDAT chunks are a zlib stream the PDF reader
// can decode with /Predictor 15 (PNG filters), exactly as it is.
bool parsePng(const QByteArray& bytes, ImageStream& out)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!bytes.startsWith(signature))
        return false;
    qsizetype pos = 8;
    int bitDepth = 0, colorType = -1, interlace = 0;
    QByteArray palette, idat;
    while (pos + 12 <= bytes.size()) {
        const quint32 length = qFromBigEndian<quint32>(bytes.constData() + pos);
        const QByteArray type = bytes.mid(pos + 4, 4);
        if (pos + 12 + qsizetype(length) > bytes.size())
            return false;
        const char* body = bytes.constData() + pos + 8;
        if (type == "IHDR") {
            out.width = int(qFromBigEndian<quint32>(body));
            out.height = int(qFromBigEndian<quint32>(body + 4));
            bitDepth = uchar(body[8]);
            colorType = uchar(body[9]);
            interlace = uchar(body[12]);
        } else if (type == "PLTE") {
            palette = QByteArray(body, length);
        } else if (type == "IDAT") {
            idat.append(body, length);
        } else if (type == "tRNS") {
            return false; // transparency: let the fallback flatten it
        }
        pos += 12 + length;
    }
    if (interlace != 0 || idat.isEmpty() || bitDepth > 8)
        return false;
    QByteArray space;
    int colors = 1;
    if (colorType == 0) {
        space = "/DeviceGray";
    } else if (colorType == 2) {
        space = "/DeviceRGB";
        colors = 3;
    } else if (colorType == 3 && !palette.isEmpty()) {
        space = "[/Indexed /DeviceRGB " + QByteArray::number(palette.size() / 3 - 1) + " <" + palette.toHex() + ">]";
    } else {
        return false;
    }
    out.dict = QByteArray("/Type /XObject /Subtype /Image /Width ") + QByteArray::number(out.width) + " /Height "
        + QByteArray::number(out.height) + " /ColorSpace " + space + " /BitsPerComponent "
        + QByteArray::number(bitDepth) + " /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors "
        + QByteArray::number(colors) + " /BitsPerComponent " + QByteArray::number(bitDepth) + " /Columns "
        + QByteArray::number(out.width) + " >>";
    out.data = idat;
    return true;
}

// Any other image: decode and deflate the raw samples.
bool fallbackStream(const QByteArray& bytes, ImageStream& out)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(PageLimits::allocationLimitMb());
    const QSize size = reader.size(); // checked before the pixels are decoded
    if (size.isValid() && !PageLimits::fits(size.width(), size.height(), 32))
        return false;
    QImage image = reader.read();
    if (image.isNull())
        return false;
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB888);
        if (flat.isNull())
            return false;
        flat.fill(Qt::white);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                const int a = qAlpha(p);
                auto mix = [a](int c) { return (c * a + 255 * (255 - a)) / 255; };
                flat.setPixel(x, y, qRgb(mix(qRed(p)), mix(qGreen(p)), mix(qBlue(p))));
            }
        image = flat;
    }
    const bool gray = image.isGrayscale();
    image = image.convertToFormat(gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    if (image.isNull())
        return false;
    const int rowBytes = image.width() * (gray ? 1 : 3);
    QByteArray raw;
    raw.reserve(qsizetype(rowBytes) * image.height());
    for (int y = 0; y < image.height(); ++y)
        raw.append(reinterpret_cast<const char*>(image.constScanLine(y)), rowBytes);
    out.width = image.width();
    out.height = image.height();
    out.data = qCompress(raw).mid(4); // qCompress prefixes the length; the rest is a zlib stream
    out.dict = QByteArray("/Type /XObject /Subtype /Image /Width ") + QByteArray::number(out.width) + " /Height "
        + QByteArray::number(out.height) + " /ColorSpace " + (gray ? "/DeviceGray" : "/DeviceRGB")
        + " /BitsPerComponent 8 /Filter /FlateDecode";
    return true;
}

QByteArray pdfString(const QString& text)
{
    // UTF-16BE with BOM, as a hex string: safe for Vietnamese titles.
    QByteArray utf16("\xFE\xFF", 2);
    for (QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return "<" + utf16.toHex() + ">";
}

} // namespace

Status PdfWriter::write(
    const QString& pdfPath, const QList<PdfPageSource>& pages, const QString& title, const QDateTime& created)
{
    if (pages.isEmpty())
        return Error::invalid(QStringLiteral("pages"),
            ScanText::tr("A document needs at least one page. Scan or import its pages first."));
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error::environment(
            QStringLiteral("pdf"), ScanText::tr("Cannot write %1: %2.").arg(pdfPath, file.errorString()));
    QList<qint64> offsets; // offsets[i] = position of object i+1
    qint64 written = 0;
    auto put = [&](const QByteArray& bytes) {
        file.write(bytes);
        written += bytes.size();
    };
    auto beginObject = [&](int number) {
        while (offsets.size() < number)
            offsets.append(0);
        offsets[number - 1] = written;
        put(QByteArray::number(number) + " 0 obj\n");
    };
    put("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    // Objects: 1 catalog, 2 pages, 3 info, then per page: page, contents and its images.
    int nextObject = 4;
    QList<int> pageObjects;
    auto putStream = [&](int number, const QByteArray& dict, const QByteArray& data) {
        beginObject(number);
        put("<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n");
        put(data);
        put("\nendstream\nendobj\n");
    };
    for (const PdfPageSource& source : pages) {
        QFile in(source.path);
        if (!in.open(QIODevice::ReadOnly))
            return Error::environment(QStringLiteral("pages"),
                ScanText::tr("Cannot read page file %1: %2.").arg(source.path, in.errorString()));
        const QByteArray bytes = in.readAll();
        MixedPage mixed;
        ImageStream image;
        const bool isMixed = parseMixedRaster(bytes, mixed);
        if (!isMixed && !parseJpeg(bytes, image) && !parseJbig2(bytes, image) && !parseG4Tiff(bytes, image)
            && !parsePng(bytes, image) && !fallbackStream(bytes, image))
            return Error::invalid(QStringLiteral("pages"),
                ScanText::tr("Page file %1 is not an image the PDF can hold.").arg(source.path));
        const double dpi = source.dpi > 0 ? source.dpi : 300;
        const int pixelsWide = isMixed ? mixed.width : image.width;
        const int pixelsHigh = isMixed ? mixed.height : image.height;
        const QByteArray w = QByteArray::number(pixelsWide * 72.0 / dpi, 'f', 2);
        const QByteArray h = QByteArray::number(pixelsHigh * 72.0 / dpi, 'f', 2);
        const QByteArray place = "q " + w + " 0 0 " + h + " 0 0 cm ";
        const int page = nextObject++;
        const int contents = nextObject++;
        pageObjects.append(page);
        QByteArray resources;
        QByteArray content;
        if (isMixed) {
            // Background, then the foreground painted through the mask (explicit masking, PDF 1.3).
            const int background = nextObject++;
            const int foreground = nextObject++;
            const int mask = nextObject++;
            resources = "/Bg " + QByteArray::number(background) + " 0 R /Fg " + QByteArray::number(foreground) + " 0 R";
            content = place + "/Bg Do Q\n" + place + "/Fg Do Q\n";
            putStream(background, mixed.background.dict, mixed.background.data);
            putStream(foreground, mixed.foreground.dict + " /Mask " + QByteArray::number(mask) + " 0 R",
                mixed.foreground.data);
            putStream(mask, mixed.mask.dict, mixed.mask.data);
        } else {
            const int im = nextObject++;
            resources = "/Im0 " + QByteArray::number(im) + " 0 R";
            content = place + "/Im0 Do Q\n";
            putStream(im, image.dict, image.data);
        }
        beginObject(page);
        put("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + w + " " + h + "] /Resources << /XObject << " + resources
            + " >> >> /Contents " + QByteArray::number(contents) + " 0 R >>\nendobj\n");
        beginObject(contents);
        put("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream\nendobj\n");
    }
    beginObject(1);
    put("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    beginObject(2);
    QByteArray kids;
    for (int page : pageObjects)
        kids += QByteArray::number(page) + " 0 R ";
    put("<< /Type /Pages /Count " + QByteArray::number(pageObjects.size()) + " /Kids [" + kids + "] >>\nendobj\n");
    beginObject(3);
    const QDateTime utc = created.toUTC();
    put("<< /Title " + pdfString(title) + " /Producer (MotCua Desk) /CreationDate (D:"
        + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z) >>\nendobj\n");
    const qint64 xref = written;
    QByteArray table = "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        table += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    put(table);
    put("trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R /Info 3 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n");
    if (!file.commit())
        return Error::environment(QStringLiteral("pdf"),
            ScanText::tr("Cannot write %1: %2. Check the free disk space.").arg(pdfPath, file.errorString()));
    return {};
}

} // namespace motcua::scanner
