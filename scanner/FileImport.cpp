#include "scanner/FileImport.h"

#include "scanner/Jbig2Encoder.h"
#include "scanner/MixedRaster.h"

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

} // namespace

Result<int> FileImport::importFile(
    const QString& path, const std::function<void(ScannedPage)>& sink, int firstIndex, Options options)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Error::notFound(QStringLiteral("file"),
            ScanText::tr("File %1 does not exist or cannot be read. Check the path.").arg(path));
    const QString suffix = info.suffix().toLower();
    int count = 0;
    if (suffix == QLatin1String("pdf")) {
        QPdfDocument pdf;
        pdf.load(path);
        if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() <= 0)
            return Error::invalid(QStringLiteral("file"),
                ScanText::tr("%1 is not a readable PDF (it may be damaged or password "
                             "protected). Ask for another copy.")
                    .arg(path));
        for (int i = 0; i < pdf.pageCount(); ++i) {
            const QSizeF points = pdf.pagePointSize(i);
            const QSize pixels(int(std::lround(points.width() * options.pdfDpi / 72.0)),
                int(std::lround(points.height() * options.pdfDpi / 72.0)));
            QImage rendered = pdf.render(i, pixels);
            if (rendered.isNull())
                return Error::invalid(
                    QStringLiteral("file"), ScanText::tr("Page %1 of %2 could not be rendered.").arg(i + 1).arg(path));
            sink(toPage(std::move(rendered), firstIndex + count, options.pdfDpi));
            ++count;
        }
        return count;
    }
    // Our own page files (PageStore): a JBIG2 lineart page, a mixed-raster TIFF (composed, not just its mask).
    if (suffix == QLatin1String("jb2") || suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")) {
        QFile file(path);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(256LL * 1024 * 1024) : QByteArray();
        const QImage own = suffix == QLatin1String("jb2") ? Jbig2Encoder::decode(bytes) : MixedRaster::render(bytes);
        if (!own.isNull()) {
            int dpi = int(std::lround(own.dotsPerMeterX() * 0.0254));
            if (dpi < 50 || dpi > 2400)
                dpi = options.defaultDpi;
            sink(toPage(own, firstIndex, dpi));
            return 1;
        }
        if (suffix == QLatin1String("jb2"))
            return Error::invalid(QStringLiteral("file"),
                ScanText::tr("%1 could not be read: %2. Ask for another copy.")
                    .arg(path, ScanText::tr("not a readable JBIG2 page")));
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        if ((suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")) && !tiffSupported())
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
    for (int i = 0; i < images; ++i) {
        if (i > 0 && !reader.jumpToImage(i))
            break;
        QImage image = reader.read();
        if (image.isNull()) {
            if (count > 0)
                break;
            return Error::invalid(QStringLiteral("file"),
                ScanText::tr("%1 could not be read: %2. Ask for another copy.").arg(path, reader.errorString()));
        }
        int dpi = int(std::lround(image.dotsPerMeterX() * 0.0254));
        if (dpi < 50 || dpi > 2400)
            dpi = options.defaultDpi;
        sink(toPage(std::move(image), firstIndex + count, dpi));
        ++count;
    }
    return count;
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
