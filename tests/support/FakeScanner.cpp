#include "tests/support/FakeScanner.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace motcua::test {

using namespace motcua::scanner;

namespace {

ScanOutcome fakeOutcome(ScanState state, int pages)
{
    return { state, scanStateMessage(state), pages };
}

bool fakeCancelled(const ScanCallbacks& cb)
{
    return cb.cancel && cb.cancel->load();
}

// The image as a device delivers it in `mode`, at `dpi`.
QImage asScanned(const QImage& image, ColorMode mode, int dpi)
{
    QImage out;
    switch (mode) {
    case ColorMode::Color:
        out = image.convertToFormat(QImage::Format_RGB888);
        break;
    case ColorMode::Gray:
        out = image.convertToFormat(QImage::Format_Grayscale8);
        break;
    case ColorMode::Lineart:
        out = image.convertToFormat(QImage::Format_Grayscale8)
                  .convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
        break;
    }
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    out.setDotsPerMeterX(dotsPerMeter);
    out.setDotsPerMeterY(dotsPerMeter);
    return out;
}

} // namespace

FakeScanner::FakeScanner()
    : m_devices { { QStringLiteral("fake:0"), QStringLiteral("MotCua"), QStringLiteral("Fake scanner"),
        QStringLiteral("sheetfed scanner") } }
{ }

void FakeScanner::setDevices(const QList<DeviceInfo>& devices)
{
    QMutexLocker lock(&m_mutex);
    m_devices = devices;
}

void FakeScanner::failDiscovery(ScanState state)
{
    QMutexLocker lock(&m_mutex);
    m_discoveryFailure = state;
}

void FakeScanner::addPage(const QImage& image)
{
    QMutexLocker lock(&m_mutex);
    m_paper.append(image);
}

void FakeScanner::addPages(const QImage& image, int count)
{
    for (int i = 0; i < count; ++i)
        addPage(image);
}

void FakeScanner::failAfter(int pagesDelivered, ScanState state)
{
    QMutexLocker lock(&m_mutex);
    m_failure = std::make_pair(pagesDelivered, state);
}

void FakeScanner::holdBeforePage(int pageIndex)
{
    QMutexLocker lock(&m_mutex);
    m_holdBefore = pageIndex;
}

void FakeScanner::resume()
{
    QMutexLocker lock(&m_mutex);
    m_holdBefore = -1;
    m_resumed.wakeAll();
}

int FakeScanner::scansStarted() const
{
    QMutexLocker lock(&m_mutex);
    return m_scans;
}

int FakeScanner::pagesDelivered() const
{
    QMutexLocker lock(&m_mutex);
    return m_delivered;
}

bool FakeScanner::isHolding() const
{
    QMutexLocker lock(&m_mutex);
    return m_holding;
}

ScanSettings FakeScanner::lastSettings() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastSettings;
}

QMap<QString, QString> FakeScanner::rawOptions() const
{
    QMutexLocker lock(&m_mutex);
    return m_rawOptions;
}

Result<QList<DeviceInfo>> FakeScanner::devices(bool)
{
    QMutexLocker lock(&m_mutex);
    if (m_discoveryFailure)
        return Error::environment(
            QStringLiteral("device"), scanStateMessage(*m_discoveryFailure), scanStateCode(*m_discoveryFailure));
    return m_devices;
}

Status FakeScanner::setRawOption(const QString& name, const QString& value)
{
    QMutexLocker lock(&m_mutex);
    if (!m_scanning)
        return Error::invalid(QStringLiteral("option"), QStringLiteral("no scan is running"));
    m_rawOptions.insert(name, value);
    return {};
}

// Held before a page: waits for resume() or a cancel (the flag is polled: ScanController sets it without
// notifying anyone). False when cancelled.
bool FakeScanner::waitWhileHeld(const ScanCallbacks& cb)
{
    QMutexLocker lock(&m_mutex);
    if (m_holdBefore != m_delivered)
        return true;
    m_holding = true;
    while (m_holdBefore == m_delivered && !fakeCancelled(cb))
        m_resumed.wait(&m_mutex, QDeadlineTimer(5));
    m_holding = false;
    return !fakeCancelled(cb);
}

ScanOutcome FakeScanner::scan(const ScanSettings& settings, const ScanCallbacks& cb)
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_scans;
        m_delivered = 0;
        m_lastSettings = settings;
        m_rawOptions.clear();
        const bool known = std::any_of(
            m_devices.cbegin(), m_devices.cend(), [&](const DeviceInfo& d) { return d.name == settings.device; });
        if (!known)
            return fakeOutcome(ScanState::NotFound, 0);
        m_scanning = true;
    }
    const bool feeder = settings.source != ScanSource::Flatbed;
    const int maxPages = settings.maxPages > 0 ? settings.maxPages : (feeder ? 0 : 1);
    const auto finish = [this](ScanState state) {
        QMutexLocker lock(&m_mutex);
        m_scanning = false;
        return fakeOutcome(state, m_delivered);
    };
    for (int index = 0; maxPages == 0 || index < maxPages; ++index) {
        if (fakeCancelled(cb) || !waitWhileHeld(cb))
            return finish(ScanState::Cancelled);
        if (cb.beforePage)
            cb.beforePage(index);
        QImage paper;
        {
            QMutexLocker lock(&m_mutex);
            if (m_failure && m_failure->first == index) {
                m_scanning = false;
                return fakeOutcome(m_failure->second, m_delivered);
            }
            if (m_paper.isEmpty()) {
                m_scanning = false;
                return fakeOutcome(index > 0 ? ScanState::Ok : ScanState::NoDocuments, m_delivered);
            }
            paper = m_paper.takeFirst();
        }
        ScannedPage page { index, asScanned(paper, settings.mode, settings.dpi), settings.dpi, settings.mode };
        const qint64 bytes = page.image.sizeInBytes();
        if (cb.progress) {
            cb.progress(index, bytes / 2, bytes);
            cb.progress(index, bytes, bytes);
        }
        if (cb.page)
            cb.page(std::move(page));
        QMutexLocker lock(&m_mutex);
        ++m_delivered;
    }
    return finish(ScanState::Ok);
}

} // namespace motcua::test
