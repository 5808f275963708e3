#include "scanner/FileImport.h"

#include "scanner/Jbig2Encoder.h"
#include "scanner/MixedRaster.h"
#include "scanner/PageLimits.h"
#include "scanner/TiffMemory.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>

#include <cmath>

namespace motcua::scanner {

bool FileImport::tiffSupported()
{
    return QImageReader::supportedImageFormats().contains("tiff");
}

ColorMode FileImport::detectMode(const QImage& image)
{
    if (image.depth() == 1)
        return ColorMode::Lineart;
    if (image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Grayscale16)
        return ColorMode::Gray;
    // allGray() checks every pixel; scanned colour pages answer within the first lines.
    return image.allGray() ? ColorMode::Gray : ColorMode::Color;
}

namespace {

ScannedPage toPage(QImage image, int index, int dpi)
{
    ScannedPage page;
    page.index = index;
    page.dpi = dpi;
    page.mode = FileImport::detectMode(image);
    if (image.hasAlphaChannel()) { // transparent areas are paper: white
        QImage flat(image.size(), QImage::Format_RGB32);
        if (flat.isNull())
            return page; // no memory for it: the page has no image
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    switch (page.mode) {
    case ColorMode::Lineart:
        page.image = image.convertToFormat(QImage::Format_Mono);
        break;
    case ColorMode::Gray:
        page.image = image.convertToFormat(QImage::Format_Grayscale8);
        break;
    case ColorMode::Color:
        page.image = image.convertToFormat(QImage::Format_RGB888);
        break;
    }
    const int dpm = int(std::lround(dpi / 0.0254));
    page.image.setDotsPerMeterX(dpm);
    page.image.setDotsPerMeterY(dpm);
    return page;
}

Error unreadableFile(const QString& path, const QString& reason)
{
    return Error::invalid(
        QStringLiteral("file"), ScanText::tr("%1 could not be read: %2. Ask for another copy.").arg(path, reason));
}

// The resolution an image records, or the fallback when it records none (or nonsense).
int recordedDpi(const QImage& image, int fallback)
{
    const int dpi = int(std::lround(image.dotsPerMeterX() * 0.0254));
    return dpi < 50 || dpi > 2400 ? fallback : dpi;
}

// Hands a page to the sink unless converting it failed (no memory for its pixels).
Status deliverPage(const QString& path, QImage image, int index, int dpi, const std::function<void(ScannedPage)>& sink)
{
    const QSize size = image.size();
    ScannedPage page = toPage(std::move(image), index, dpi);
    if (page.image.isNull())
        return unreadableFile(path, PageLimits::tooLarge(size.width(), size.height()));
    sink(std::move(page));
    return {};
}

// PDF pages rendered at options.pdfDpi; a page whose rendering would exceed PageLimits is refused.
Result<int> importPdf(
    const QString& path, const std::function<void(ScannedPage)>& sink, int firstIndex, FileImport::Options options)
{
    QPdfDocument pdf;
    pdf.load(path);
    if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() <= 0)
        return Error::invalid(QStringLiteral("file"),
            ScanText::tr("%1 is not a readable PDF (it may be damaged or password "
                         "protected). Ask for another copy.")
                .arg(path));
    for (int i = 0; i < pdf.pageCount(); ++i) {
        const QSizeF points = pdf.pagePointSize(i);
        const qint64 width = std::llround(points.width() * options.pdfDpi / 72.0);
        const qint64 height = std::llround(points.height() * options.pdfDpi / 72.0);
        if (!PageLimits::fits(width, height, 32)) // rendered as ARGB32
            return unreadableFile(path, PageLimits::tooLarge(width, height));
        QImage rendered = pdf.render(i, QSize(int(width), int(height)));
        if (rendered.isNull())
            return Error::invalid(
                QStringLiteral("file"), ScanText::tr("Page %1 of %2 could not be rendered.").arg(i + 1).arg(path));
        if (auto st = deliverPage(path, std::move(rendered), firstIndex + i, options.pdfDpi, sink); !st)
            return st.error();
    }
    return pdf.pageCount();
}

// Our own page files (PageStore): a JBIG2 lineart page, a mixed-raster TIFF (composed, not just its mask).
// 0 when a .tif is not one of ours (Qt's TIFF plugin reads it then); an error when the file is refused.
Result<int> importOwnPage(const QString& path, bool jbig2, const std::function<void(ScannedPage)>& sink, int firstIndex,
    FileImport::Options options)
{
    QFile file(path);
    // At most 256 MB, and never more than the file holds (read(n) reserves n bytes before reading).
    const qint64 length = std::min<qint64>(file.size(), 256LL * 1024 * 1024);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(length) : QByteArray();
    QString refusal;
    QImage own = jbig2 ? Jbig2Encoder::decode(bytes, &refusal) : MixedRaster::render(bytes, &refusal);
    if (!refusal.isEmpty())
        return unreadableFile(path, refusal);
    if (own.isNull())
        return jbig2 ? Result<int>(unreadableFile(path, ScanText::tr("not a readable JBIG2 page"))) : Result<int>(0);
    const int dpi = recordedDpi(own, options.defaultDpi);
    if (auto st = deliverPage(path, std::move(own), firstIndex, dpi, sink); !st)
        return st.error();
    return 1;
}

// Every page of a TIFF checked before Qt's plugin decodes any: sizes within PageLimits (as the plugin's
// ARGB32), every strip or tile inside the file. Empty when it may be read.
QString tiffProblem(const QString& path)
{
    TIFFSetWarningHandler(tiffmemory::quiet);
    TIFFSetErrorHandler(tiffmemory::quiet);
    TIFF* tif = TIFFOpen(QFile::encodeName(path).constData(), "rm"); // m: read, never map the file
    if (!tif)
        return {}; // not a TIFF libtiff opens: Qt's plugin will say so
    QString problem;
    for (int page = 0; problem.isEmpty() && page < 10000; ++page) {
        problem = tiffmemory::directoryProblem(tif, 32);
        if (!TIFFReadDirectory(tif))
            break;
    }
    TIFFClose(tif);
    return problem;
}

// JPEG, PNG and (multi-page) TIFF through Qt's image plugins: each image's size is read and checked against
// PageLimits before its pixels are decoded, and the plugins' allocations are limited too.
Result<int> importImages(const QString& path, bool tiff, const std::function<void(ScannedPage)>& sink, int firstIndex,
    FileImport::Options options)
{
    if (tiff)
        if (QString problem = tiffProblem(path); !problem.isEmpty())
            return unreadableFile(path, problem);
    QImageReader reader(path);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(PageLimits::allocationLimitMb());
    if (!reader.canRead()) {
        if (tiff && !FileImport::tiffSupported())
            return Error::environment(QStringLiteral("file"),
                ScanText::tr("TIFF files need the Qt image format plugins (Debian package "
                             "qt6-image-formats-plugins). Ask the administrator to install "
                             "it."));
        return Error::invalid(QStringLiteral("file"),
            ScanText::tr("%1 is not a JPEG, PNG, TIFF or PDF file the program can read: %2.")
                .arg(path, reader.errorString()));
    }
    // Multi-page files (TIFF): imageCount() pages, each reached with jumpToImage().
    const int images = std::max(1, reader.imageCount());
    int count = 0;
    for (int i = 0; i < images; ++i) {
        if (i > 0 && !reader.jumpToImage(i))
            break;
        const QSize size = reader.size();
        if (size.isValid() && !PageLimits::fits(size.width(), size.height(), 32))
            return unreadableFile(path, PageLimits::tooLarge(size.width(), size.height()));
        QImage image = reader.read();
        if (image.isNull()) {
            if (count > 0)
                break;
            return unreadableFile(path, reader.errorString());
        }
        const int dpi = recordedDpi(image, options.defaultDpi);
        if (auto st = deliverPage(path, std::move(image), firstIndex + count, dpi, sink); !st)
            return st.error();
        ++count;
    }
    return count;
}

} // namespace

Result<int> FileImport::importFile(
    const QString& path, const std::function<void(ScannedPage)>& sink, int firstIndex, Options options)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Error::notFound(QStringLiteral("file"),
            ScanText::tr("File %1 does not exist or cannot be read. Check the path.").arg(path));
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return importPdf(path, sink, firstIndex, options);
    const bool jbig2 = suffix == QLatin1String("jb2");
    const bool tiff = suffix == QLatin1String("tif") || suffix == QLatin1String("tiff");
    if (jbig2 || tiff) {
        auto own = importOwnPage(path, jbig2, sink, firstIndex, options);
        if (!own.ok() || own.value() > 0)
            return own;
    }
    return importImages(path, tiff, sink, firstIndex, options);
}

Result<QList<ScannedPage>> FileImport::importFile(const QString& path, Options options)
{
    QList<ScannedPage> pages;
    auto r = importFile(
        path, [&pages](ScannedPage p) { pages.append(std::move(p)); }, 0, options);
    if (!r.ok())
        return r.error();
    return pages;
}

} // namespace motcua::scanner
