#include "core/store/BackupScheduler.h"

#include "core/store/Store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBackup, "motcua.core.backup")

namespace motcua::store {

Result<std::optional<BackupSchedule>> BackupSchedule::fromSite(const SiteConfig& site)
{
    const QJsonObject section = site.section(QStringLiteral("backup"));
    if (section.isEmpty())
        return std::optional<BackupSchedule>();
    BackupSchedule s;
    s.folder = section.value(QStringLiteral("folder")).toString();
    s.intervalMinutes = section.value(QStringLiteral("interval_minutes")).toInt(s.intervalMinutes);
    s.keep = section.value(QStringLiteral("keep")).toInt(s.keep);
    if (s.folder.isEmpty() || s.intervalMinutes < 1 || s.keep < 1)
        return Error::invalid(QStringLiteral("backup"),
            BackupSet::tr("The site's \"backup\" section needs a \"folder\", and \"interval_minutes\" and \"keep\" of "
                          "1 or more"),
            QStringLiteral("invalid_site"));
    return std::optional<BackupSchedule>(s);
}

BackupScheduler::BackupScheduler(QString databasePath, SiteConfig site, BackupSchedule schedule, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_site(std::move(site)), m_schedule(std::move(schedule))
{ }

void BackupScheduler::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this); // created on the scheduler's own thread
        connect(m_timer, &QTimer::timeout, this, [this] { (void)runOnce(); });
    }
    m_timer->start(std::chrono::minutes(m_schedule.intervalMinutes));
}

void BackupScheduler::stop()
{
    if (m_timer)
        m_timer->stop();
}

Result<BackupReport> BackupScheduler::runOnce()
{
    auto result = [this]() -> Result<BackupReport> {
        auto opened = Store::open(m_databasePath);
        if (!opened)
            return opened.error();
        if (auto s = opened.value()->setSite(m_site); !s)
            return s.error();
        return opened.value()->rotatingBackup(Store::systemActor(), m_schedule.folder, m_schedule.keep);
    }();
    if (result) {
        qCInfo(lcBackup) << "backup made:" << result->folder << result->files << "files";
        emit backedUp(result->folder, result->files, result->removed);
    } else {
        qCWarning(lcBackup) << "scheduled backup failed:" << result.error().code;
        emit failed(result.error().message);
    }
    return result;
}

} // namespace motcua::store
