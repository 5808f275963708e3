#include "scanner/PagePipeline.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

namespace motcua::scanner {

Q_LOGGING_CATEGORY(lcPipeline, "motcua.scanner.pipeline")

namespace {
int threadCount(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}
} // namespace

PagePipeline::PagePipeline(PageStore store, Options options)
    : m_store(std::move(store)),
      m_options(std::move(options)),
      m_blank(m_options.blank),
      m_reader(m_options.barcode),
      m_compressor(m_options.compression),
      m_slots(m_options.maxQueued > 0 ? m_options.maxQueued : threadCount(m_options.threads) + 1)
{
    m_pool.setMaxThreadCount(threadCount(m_options.threads));
    m_pool.setObjectName(QStringLiteral("motcua-pages"));
}

PagePipeline::~PagePipeline()
{
    m_pool.waitForDone();
}

Result<ProcessedPage> PagePipeline::process(ScannedPage page) const
{
    QElapsedTimer timer;
    timer.start();
    ProcessedPage out;
    out.index = page.index;
    out.dpi = page.dpi;
    out.mode = page.mode;
    // The image in its stored form: what is analysed is what is kept.
    QImage image = PageCompressor::normalise(page.image, page.mode);
    page.image = QImage(); // one reference to the pixels from here on
    if (image.isNull())
        return Error::invalid(
            QStringLiteral("page"), ScanText::tr("Page %1 has no image. Scan it again.").arg(page.index + 1));
    out.width = image.width();
    out.height = image.height();

    // A colour page's luminance, computed once: blank detection and ZXing read luminance, and mixed raster
    // reuses it. On a gray page it is the page itself.
    QImage luma = page.mode == ColorMode::Color ? PageCompressor::luminance(image) : QImage();
    const QImage& analysed = luma.isNull() ? image : luma;
    const BlankAnalysis blank = m_blank.analyse(analysed);
    out.blank = blank.blank;
    out.inkRatio = blank.inkRatio;
    if (m_options.readBarcodes && !blank.blank) {
        auto read = m_reader.read(analysed);
        if (!read.ok())
            return read.error();
        out.barcodes = read->barcodes;
        out.barcodeHelperFailed = read->helperFailed;
    }
    auto compressed = m_compressor.compress(std::move(image), page.mode, blank.background, page.dpi, std::move(luma));
    if (!compressed.ok())
        return compressed.error();
    auto stored = m_store.put(compressed->bytes, compressed->suffix);
    if (!stored.ok())
        return stored.error();
    out.sha256 = stored->sha256;
    out.path = stored->path;
    out.bytes = stored->size;
    out.mime = compressed->mime;
    qCDebug(lcPipeline) << "page" << page.index << out.width << "x" << out.height << "blank" << out.blank << "barcodes"
                        << out.barcodes.size() << out.bytes << "bytes" << timer.elapsed() << "ms";
    return out;
}

void PagePipeline::submit(ScannedPage page)
{
    m_slots.acquire();
    m_pool.start([this, page = std::move(page)]() mutable {
        const int index = page.index;
        Result<ProcessedPage> result = process(std::move(page)); // the raw page is freed inside
        if (onPageDone)
            onPageDone(result, index);
        {
            QMutexLocker lock(&m_mutex);
            m_results.insert_or_assign(index, std::move(result));
        }
        m_slots.release();
    });
}

QList<Result<ProcessedPage>> PagePipeline::finish()
{
    m_pool.waitForDone();
    QMutexLocker lock(&m_mutex);
    QList<Result<ProcessedPage>> out;
    for (auto& [index, result] : m_results)
        out.append(std::move(result));
    m_results.clear();
    return out;
}

} // namespace motcua::scanner
