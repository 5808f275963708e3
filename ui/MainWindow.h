// MainWindow: the desk's window. A navigation bar (Tiếp nhận, Trả kết quả, Tra cứu, Hàng đợi, Đồng bộ,
// Quản trị) switches the pages of a stacked widget; the status bar shows the desk, the user and whether
// the central system is reachable (read from sync::ConnectivityMonitor, which the composition root
// owns and hands over). Pages are added by the features that own them.
#pragma once

#include "core/SiteConfig.h"
#include "sync/ConnectivityMonitor.h"

#include <QButtonGroup>
#include <QLabel>
#include <QMainWindow>
#include <QPointer>
#include <QStackedWidget>

namespace motcua::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Intake, Return, Lookup, Queues, Sync, Admin };
    Q_ENUM(Page)

    MainWindow(SiteConfig site, QString userName, QWidget* parent = nullptr);

    // Object names used by tests and stylesheets: nav_intake, page_intake, ...
    static QString pageKey(Page page);
    void showPage(Page page);
    Page currentPage() const;
    // Replaces a page's placeholder with the real page widget (the window takes ownership).
    void setPageWidget(Page page, QWidget* widget);

    // Shows this monitor's state in the status bar; without one (or once it is gone) the status bar
    // says the connection is being checked.
    void setConnectivity(sync::ConnectivityMonitor* monitor);
    sync::ConnectivityMonitor* connectivity() const { return m_connectivity; }

private:
    QWidget* makePlaceholder(Page page, const QString& title, const QString& description);
    void updateConnectivity(sync::ConnectivityMonitor::State state);

    SiteConfig m_site;
    QButtonGroup* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_deskLabel;
    QLabel* m_userLabel;
    QLabel* m_onlineLabel;
    QPointer<sync::ConnectivityMonitor> m_connectivity;
};

} // namespace motcua::ui
