// PagePipeline: everything that happens to a page after the scanner or the file import delivered it:
// blank detection, barcode reading, compression and content-addressed storage. Pages are processed in
// parallel on the pipeline's own thread pool (one thread per core); submit() blocks while too many pages
// wait, so a fast feeder never piles uncompressed pages up in memory: they go to disk.
#pragma once

#include "core/Result.h"
#include "scanner/BarcodeReader.h"
#include "scanner/BlankDetector.h"
#include "scanner/PageCompressor.h"
#include "scanner/PageStore.h"
#include "scanner/ScanTypes.h"

#include <QMutex>
#include <QSemaphore>
#include <QThreadPool>

#include <functional>
#include <map>

namespace motcua::scanner {

inline BarcodeReader::Options pipelineBarcodeOptions()
{
    BarcodeReader::Options o;
    o.formats = BarcodeReader::documentFormats();
    o.downscalePass = false;
    return o;
}

struct ProcessedPage {
    int index = 0;
    QString sha256;
    QString path; // the stored, compressed page
    QString mime;
    qint64 bytes = 0;
    int width = 0;
    int height = 0;
    int dpi = 300;
    ColorMode mode = ColorMode::Gray;
    bool blank = false;
    double inkRatio = 0;
    QList<Barcode> barcodes;
    bool barcodeHelperFailed = false;
};

class PagePipeline
{
public:
    struct Options {
        BlankDetector::Options blank;
        BarcodeReader::Options barcode { BarcodeReader::documentFormats() };
        PageCompressor::Options compression;
        bool readBarcodes = true;
        int threads = 0; // 0 = one per core
        int maxQueued = 0; // pages waiting or in work before submit() blocks; 0 = threads + 1
    };

    PagePipeline(PageStore store, Options options);
    ~PagePipeline(); // waits for the pages in work

    // Processes one page in the calling thread. Move the page in to let the pipeline reuse its memory.
    Result<ProcessedPage> process(ScannedPage page) const;

    // Queues a page for the pool; blocks while maxQueued pages are waiting. onPageDone (if set) is
    // called from a pool thread for every page.
    void submit(ScannedPage page);
    std::function<void(const Result<ProcessedPage>&, int index)> onPageDone;
    // Waits for every submitted page and returns their results in page order; the pipeline is then
    // ready for the next batch.
    QList<Result<ProcessedPage>> finish();

    const Options& options() const { return m_options; }

private:
    PageStore m_store;
    Options m_options;
    BlankDetector m_blank;
    BarcodeReader m_reader;
    PageCompressor m_compressor;
    QThreadPool m_pool;
    QSemaphore m_slots;
    QMutex m_mutex;
    std::map<int, Result<ProcessedPage>> m_results;
};

} // namespace motcua::scanner
