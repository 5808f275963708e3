#include "scanner/ScanController.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua::scanner {

ScanController::ScanController(std::shared_ptr<ScannerBackend> backend, QObject* parent)
    : QObject(parent), m_backend(std::move(backend))
{
    qRegisterMetaType<ScannedPage>();
    qRegisterMetaType<ScanOutcome>();
    qRegisterMetaType<DeviceInfo>();
    qRegisterMetaType<QList<DeviceInfo>>();
}

ScanController::~ScanController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ScanController::discoverDevices(bool refresh)
{
    QPointer<ScanController> self(this);
    auto backend = m_backend;
    // The future is not kept: the answer comes back as a queued call into this object's thread.
    (void)QtConcurrent::run([self, backend, refresh] {
        auto found = backend->devices(refresh);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, found] {
                if (!self)
                    return;
                if (found.ok())
                    emit self->devicesFound(found.value());
                else
                    emit self->discoveryFailed(found.error().message);
            },
            Qt::QueuedConnection);
    });
}

bool ScanController::startScan(const ScanSettings& settings)
{
    if (m_thread)
        return false;
    m_cancel = false;
    auto backend = m_backend;
    // Signals are emitted from the worker thread; receivers in other threads get them queued.
    m_thread = QThread::create([this, backend, settings] {
        ScanCallbacks cb;
        cb.cancel = &m_cancel;
        cb.beforePage = [this](int index) { emit pageStarted(index); };
        cb.progress = [this, lastPercent = -2](int index, qint64 read, qint64 expected) mutable {
            const int percent = expected > 0 ? int(read * 100 / expected) : -1;
            if (percent != lastPercent) {
                lastPercent = percent;
                emit progress(index, percent);
            }
        };
        cb.page = [this](ScannedPage page) { emit pageScanned(page); };
        m_outcome = backend->scan(settings, cb); // read by the GUI thread only after the thread ended
    });
    m_thread->setObjectName(QStringLiteral("motcua-scan"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit scanFinished(m_outcome); // after every queued pageScanned, and isScanning() is false
    });
    m_thread->start();
    return true;
}

void ScanController::cancel()
{
    m_cancel = true;
}

} // namespace motcua::scanner
