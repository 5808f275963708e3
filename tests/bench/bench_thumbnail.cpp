// bench_thumbnail: a scanned page to its thumbnail on screen in the intake's scanning panel (target under
// 200 ms). FakeScanner feeds A4 pages (typed text page, 300 dpi) through the real ScanController and
// ScanPanel (offscreen); for every page the time from the backend handing the page over (the moment the
// real SaneBackend would, on the scanner thread) to (1) its row in the page model, (2) the first paint of
// the page list after that row exists, and (3) the page stored compressed by the pipeline. The pages are
// fed at a feeder's pace (default one every 500 ms, about 120 pages a minute) and then all at once.
// Usage: bench_thumbnail [PAGES=20] [PACE_MS=500] [gray|colour]
#include "tests/support/FakeScanner.h"
#include "tests/support/TextPage.h"

#include "ui/ScanPageModel.h"
#include "ui/ScanPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QListView>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace motcua;
using namespace motcua::scanner;

namespace {

QElapsedTimer g_clock;

double nowMs()
{
    return g_clock.nsecsElapsed() / 1e6;
}

// FakeScanner at a feeder's pace, noting when each page is handed over.
class TimedScanner final : public ScannerBackend
{
public:
    TimedScanner(std::shared_ptr<test::FakeScanner> inner, int paceMs) : m_inner(std::move(inner)), m_pace(paceMs) { }
    Result<QList<DeviceInfo>> devices(bool refresh) override { return m_inner->devices(refresh); }
    Status setRawOption(const QString& n, const QString& v) override { return m_inner->setRawOption(n, v); }
    ScanOutcome scan(const ScanSettings& settings, const ScanCallbacks& callbacks) override
    {
        ScanCallbacks timed = callbacks;
        timed.page = [this, &callbacks](ScannedPage page) {
            if (m_pace > 0)
                QThread::msleep(m_pace);
            {
                QMutexLocker lock(&m_mutex);
                m_delivered.append(nowMs());
            }
            callbacks.page(std::move(page));
        };
        return m_inner->scan(settings, timed);
    }
    QList<double> delivered() const
    {
        QMutexLocker lock(&m_mutex);
        return m_delivered;
    }
    void reset()
    {
        QMutexLocker lock(&m_mutex);
        m_delivered.clear();
    }

private:
    std::shared_ptr<test::FakeScanner> m_inner;
    int m_pace;
    mutable QMutex m_mutex;
    QList<double> m_delivered;
};

struct Figures {
    double median = 0, p95 = 0, max = 0;
};

Figures figures(QList<double> ms)
{
    Figures f;
    if (ms.isEmpty())
        return f;
    std::sort(ms.begin(), ms.end());
    f.median = ms.at(ms.size() / 2);
    f.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    f.max = ms.last();
    return f;
}

// Times of the GUI side: row inserted, first paint after it, page stored.
struct GuiTimes : QObject {
    QList<double> inserted, painted, stored;
    QListView* view = nullptr;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            while (painted.size() < inserted.size())
                painted.append(nowMs());
        return false;
    }
};

void runBatch(const char* label, int pages, int paceMs, const QImage& page, bool colour)
{
    QTemporaryDir dir;
    auto fake = std::make_shared<test::FakeScanner>();
    auto timed = std::make_shared<TimedScanner>(fake, paceMs);
    ScannerSettings settings;
    settings.resolution = 300;
    ui::ScanPanel panel(timed, dir.filePath(QStringLiteral("intake")), settings);
    panel.setPapers({ { QStringLiteral("c1"), QStringLiteral("Tờ khai"), true } });
    panel.resize(1000, 800);
    panel.show();
    QApplication::processEvents();
    auto* view = panel.findChild<QListView*>(QStringLiteral("scanPages"));
    auto* mode = panel.findChild<QComboBox*>(QStringLiteral("scanMode"));
    if (colour)
        mode->setCurrentIndex(mode->findData(int(ColorMode::Color)));
    GuiTimes times;
    view->viewport()->installEventFilter(&times);
    QObject::connect(panel.model(), &QAbstractItemModel::rowsInserted, &times,
        [&](const QModelIndex&, int, int) { times.inserted.append(nowMs()); });
    QObject::connect(
        panel.model(), &QAbstractItemModel::dataChanged, &times, [&](const QModelIndex& from, const QModelIndex&) {
            if (!from.data(ui::ScanPageModel::PendingRole).toBool() && times.stored.size() <= from.row())
                times.stored.append(nowMs());
        });
    while (panel.findChild<QComboBox*>(QStringLiteral("scanDevice"))->count() == 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    fake->addPages(page, pages);
    bool settled = false;
    QObject::connect(&panel, &ui::ScanPanel::pagesSettled, &panel, [&] { settled = true; });
    const double start = nowMs();
    panel.scan();
    while (!settled || panel.isScanning())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double total = nowMs() - start;
    const QList<double> delivered = timed->delivered();
    QList<double> toRow, toPaint, toStored;
    for (int i = 0; i < delivered.size(); ++i) {
        if (i < times.inserted.size())
            toRow << times.inserted[i] - delivered[i];
        if (i < times.painted.size())
            toPaint << times.painted[i] - delivered[i];
        if (i < times.stored.size())
            toStored << times.stored[i] - delivered[i];
    }
    const Figures row = figures(toRow), paint = figures(toPaint), stored = figures(toStored);
    std::printf("%-26s pages %2lld  row: median %6.1f p95 %6.1f max %6.1f ms | painted: median %6.1f p95 %6.1f "
                "max %6.1f ms | stored: median %7.1f max %7.1f ms | batch %.1f s\n",
        label, qlonglong(delivered.size()), row.median, row.p95, row.max, paint.median, paint.p95, paint.max,
        stored.median, stored.max, total / 1000.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.debug=false"));
    const QStringList args = app.arguments();
    const int pages = args.size() > 1 ? args[1].toInt() : 20;
    const int pace = args.size() > 2 ? args[2].toInt() : 500;
    const bool colour = args.size() > 3 && args[3].startsWith(QLatin1String("col"));
    test::TextPage text;
    text.dpi = 300;
    text.colour = colour;
    text.seal = colour;
    text.barcodes = true;
    text.noise = 3;
    const QImage page = text.render();
    std::printf("bench_thumbnail: %d A4 %s pages at 300 dpi (%d x %d), %d thread(s) for the pipeline\n", pages,
        colour ? "colour" : "gray", page.width(), page.height(), QThread::idealThreadCount());
    g_clock.start();
    runBatch(qPrintable(QStringLiteral("feeder pace %1 ms").arg(pace)), pages, pace, page, colour);
    runBatch("all at once (burst)", pages, 0, page, colour);
    return 0;
}
