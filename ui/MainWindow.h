// MainWindow: the desk's window. A navigation bar (Tiếp nhận, Trả kết quả, Tra cứu, Hàng đợi, Đồng bộ,
// Quản trị) switches the pages of a stacked widget; the pages follow the buttons' checked state, so a
// click, a shortcut or an accessibility "Toggle" action all show the page. The status bar shows the
// desk, the user and whether the central system is reachable (read from sync::ConnectivityMonitor,
// which the composition root owns and hands over). Pages are added by the features that own them.
// With a session (a StoreWorker and the signed-in clerk) the window locks itself after a configurable
// idle time, and on "Switch user": the content is hidden until a password is checked (on the worker's
// thread); another clerk may sign in instead, and pages holding the clerk are told the new one.
#pragma once

#include "core/SiteConfig.h"
#include "core/store/Store.h"
#include "sync/ConnectivityMonitor.h"
#include "sync/SyncState.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QLabel>
#include <QMainWindow>
#include <QPointer>
#include <QStackedWidget>
#include <QTimer>

#include <optional>

class QAction;

namespace motcua::ui {

class LoginDialog;
class StoreWorker;
class SyncConflictsButton;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Intake, Return, Lookup, Queues, Sync, Admin, Dashboard, Reports };
    Q_ENUM(Page)

    MainWindow(SiteConfig site, QString userName, QWidget* parent = nullptr);

    // Object names used by tests and stylesheets: nav_intake, page_intake, ...
    static QString pageKey(Page page);
    void showPage(Page page);
    Page currentPage() const;
    // Replaces a page's placeholder with the real page widget (the window takes ownership). A page
    // holding the signed-in clerk (LookupPage) is told when another clerk signs in.
    void setPageWidget(Page page, QWidget* widget);

    // Shows this monitor's state in the status bar; without one (or once it is gone) the status bar
    // says the connection is being checked.
    void setConnectivity(sync::ConnectivityMonitor* monitor);
    sync::ConnectivityMonitor* connectivity() const { return m_connectivity; }
    // Shows what waits for the central system (records pending and parked, the last error) in the status
    // bar; an empty `notice` explains why nothing syncs (e.g. the desk has no credential yet).
    void setSyncState(const sync::SyncState& state);
    void setSyncNotice(const QString& notice);
    // A data folder opened read-only (a disk mounted read-only): a banner above the pages says that only
    // lookup works and why; it stays until the program restarts on a writable folder.
    void setReadOnlyNotice(const QString& reason);

    // The signed-in clerk and the worker that checks passwords on unlock. Without a session the window
    // never locks (nobody could unlock it).
    void setSession(StoreWorker* worker, const store::Actor& actor);
    std::optional<store::Actor> actor() const { return m_actor; }

    // Idle auto-lock after `minutes` without key, mouse or touch input anywhere in the application
    // (0 = never); the default is Config's ui/idleLockMinutes default. Idle time is read from Clock.
    void setIdleLockMinutes(int minutes);
    int idleLockMinutes() const { return m_idleLockMinutes; }
    // How often idleness is checked, in ms (tests shorten it; default 5 s).
    void setIdleCheckInterval(int ms);
    bool isLocked() const;
    // The sign-in dialog shown while locked (null when unlocked or after it was cancelled).
    LoginDialog* lockDialog() const;

public Q_SLOTS:
    // Hides the content and asks for the signed-in clerk's password (another clerk may sign in).
    void lock();
    // Locks at once and asks who signs in (shift change).
    void switchUser();
    // Locks when the idle time has passed (called by the idle timer).
    void checkIdle();
    // Reopens the sign-in dialog of a locked window.
    void askToUnlock();
    // Lists the window's shortcuts, read from its actions.
    void showShortcuts();

Q_SIGNALS:
    void lockedChanged(bool locked);
    // Another clerk signed in (quick user switch).
    void actorChanged(const store::Actor& actor);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct PageText {
        QString nav, title, description;
    };
    QWidget* buildNavigation(const QList<PageText>& texts);
    QWidget* buildLockScreen();
    void buildMenus(const QList<PageText>& texts);
    void buildStatusBar(const QString& userName);
    QWidget* makePlaceholder(Page page, const QString& title, const QString& description);
    void updateConnectivity(sync::ConnectivityMonitor::State state);
    void setLocked(bool locked);
    void askToUnlockAs(const QString& login);
    void finishUnlock(const store::Actor& actor);
    void showUser(const QString& name);

    SiteConfig m_site;
    QButtonGroup* m_navigation;
    QStackedWidget* m_pages;
    QStackedWidget* m_root; // the content, or the lock screen
    QWidget* m_content;
    QWidget* m_lockScreen;
    QLabel* m_deskLabel;
    QLabel* m_userLabel;
    QLabel* m_onlineLabel;
    QLabel* m_syncLabel;
    SyncConflictsButton* m_conflictsButton; // changes from central the desk's own act overrode
    QLabel* m_offlineBanner; // above the pages while central is unreachable
    QLabel* m_readOnlyBanner; // above the pages when the data folder is read-only
    QList<QAction*> m_sessionActions; // disabled while locked
    QAction* m_lockAction = nullptr;
    QAction* m_switchAction = nullptr;
    QPointer<sync::ConnectivityMonitor> m_connectivity;
    StoreWorker* m_worker = nullptr;
    std::optional<store::Actor> m_actor;
    QPointer<LoginDialog> m_lockDialog;
    QPointer<QWidget> m_focusBeforeLock;
    int m_idleLockMinutes;
    QTimer m_idleCheck;
    QDateTime m_lastInputUtc;
};

} // namespace motcua::ui
