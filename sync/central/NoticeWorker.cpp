#include "sync/central/NoticeWorker.h"

#include "core/Clock.h"

#include <QLoggingCategory>
#include <QThread>

#include <curl/curl.h>

#include <mutex>

Q_LOGGING_CATEGORY(lcNotices, "motcua.sync.notices", QtInfoMsg)

namespace motcua::sync {

namespace {

constexpr int kNoticeBatch = 20; // notices per delivery thread

} // namespace

NoticeWorker::NoticeWorker(CentralState& state, NoticeChannels channels)
    : m_state(state), m_notices(state), m_channels(std::move(channels))
{
    static std::once_flag curlReady;
    std::call_once(curlReady, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_timer.setInterval(std::max(1, m_channels.pollMs));
    QObject::connect(&m_timer, &QTimer::timeout, &m_context, [this] { (void)poll(); });
}

NoticeWorker::~NoticeWorker()
{
    m_timer.stop();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

Status NoticeWorker::start()
{
    if (auto s = m_notices.open(); !s)
        return s;
    m_timer.start();
    return {};
}

bool NoticeWorker::poll()
{
    if (m_thread)
        return false;
    if (auto queued = m_notices.collect(); !queued)
        qCWarning(lcNotices) << queued.error().message;
    else if (queued.value() > 0)
        qCInfo(lcNotices) << queued.value() << "notice(s) queued";
    if (!m_channels.email() && !m_channels.sms())
        return true;
    auto due = m_notices.pending(m_channels.email(), m_channels.sms(), kNoticeBatch * 4);
    if (!due) {
        qCWarning(lcNotices) << due.error().message;
        return true;
    }
    QList<Notice> batch;
    for (const Notice& n : due.value()) {
        const auto wait = m_retryAt.constFind(n.id);
        if (wait != m_retryAt.constEnd() && !wait->hasExpired())
            continue;
        batch.append(n);
        if (batch.size() == kNoticeBatch)
            break;
    }
    if (batch.isEmpty())
        return true;
    auto errors = std::make_shared<QStringList>();
    const NoticeChannels channels = m_channels;
    const QDateTime now = Clock::current().nowUtc();
    m_thread = QThread::create([batch, channels, now, errors] {
        for (const Notice& n : batch)
            errors->append(NoticeSender::send(n, channels, now));
    });
    QObject::connect(m_thread, &QThread::finished, &m_context, [this, batch, errors] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        delivered(batch, *errors);
    });
    m_thread->start();
    return true;
}

void NoticeWorker::delivered(const QList<Notice>& batch, const QStringList& errors)
{
    for (qsizetype i = 0; i < batch.size() && i < errors.size(); ++i) {
        const Notice& n = batch.at(i);
        if (auto s = m_notices.recordAttempt(n.id, errors.at(i)); !s) {
            qCWarning(lcNotices) << s.error().message;
            continue;
        }
        if (errors.at(i).isEmpty()) {
            m_retryAt.remove(n.id);
            qCInfo(lcNotices) << "notice" << n.id << "sent by" << n.channel;
            continue;
        }
        const int shift = std::min(n.attempts, 6); // attempts before this one
        m_retryAt.insert(n.id, QDeadlineTimer(qint64(m_channels.retryMs) << shift));
        qCInfo(lcNotices) << "notice" << n.id << "failed:" << errors.at(i);
    }
}

} // namespace motcua::sync
