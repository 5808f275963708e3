// BackupScheduler: the desk's scheduled online backups (issue 12). From the site file's "backup" section
// ({"folder": DIR, "interval_minutes": N, "keep": N}), every interval it makes a new backup folder with
// the stored files in DIR (another disk or a network share) on a connection of its own (WAL: the counter
// keeps working meanwhile) and removes the oldest beyond `keep`; audited as "system". Lives on its own
// thread in the desk (moveToThread, then start()); runOnce() is the test seam. docs/store.md, "Backups".
#pragma once

#include "core/SiteConfig.h"
#include "core/store/BackupSet.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace motcua::store {

struct BackupSchedule {
    QString folder;
    int intervalMinutes = 60;
    int keep = 14;
    // The site's "backup" section; nullopt when it has none (no scheduled backups), an error when it is
    // malformed (no folder, an interval or keep below 1).
    static Result<std::optional<BackupSchedule>> fromSite(const SiteConfig& site);
};

class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    BackupScheduler(QString databasePath, SiteConfig site, BackupSchedule schedule, QObject* parent = nullptr);
    const BackupSchedule& schedule() const { return m_schedule; }

public slots:
    void start(); // the first backup one interval from now
    void stop();
    // One backup now (and the rotation); emits backedUp or failed and returns the same.
    Result<BackupReport> runOnce();

signals:
    void backedUp(const QString& folder, int files, const QStringList& removed);
    void failed(const QString& message);

private:
    QString m_databasePath;
    SiteConfig m_site;
    BackupSchedule m_schedule;
    QTimer* m_timer = nullptr;
};

} // namespace motcua::store
