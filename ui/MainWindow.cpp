#include "ui/MainWindow.h"

#include <QHBoxLayout>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {
constexpr MainWindow::Page kPages[] = { MainWindow::Page::Intake, MainWindow::Page::Return, MainWindow::Page::Lookup,
    MainWindow::Page::Queues, MainWindow::Page::Sync, MainWindow::Page::Admin };
}

MainWindow::MainWindow(SiteConfig site, QString userName, QWidget* parent)
    : QMainWindow(parent),
      m_site(std::move(site)),
      m_navigation(new QButtonGroup(this)),
      m_pages(new QStackedWidget(this)),
      m_deskLabel(new QLabel(this)),
      m_userLabel(new QLabel(this)),
      m_onlineLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MotCua Desk — %1").arg(m_site.agencyName));
    resize(1200, 800);

    struct PageText {
        QString nav, title, description;
    };
    const PageText texts[] = {
        { tr("Intake"), tr("Dossier intake"),
            tr("Receive a dossier: look up the procedure, check and scan the papers, accept or refuse, print "
               "the receipt.") },
        { tr("Return results"), tr("Return of results"),
            tr("Scan the receipt's barcode to find the dossier and hand the result back to the applicant.") },
        { tr("Lookup"), tr("Dossier lookup"),
            tr("Search dossiers by code, name, ID or tax number, phone or procedure.") },
        { tr("Queues"), tr("Today's queues"),
            tr("Received, waiting for hand-over, due today, overdue and ready for return.") },
        { tr("Sync"), tr("Synchronisation"),
            tr("Messages waiting for the central system and the last exchange with it.") },
        { tr("Administration"), tr("Administration"),
            tr("Users and roles, procedure catalogue, holiday calendar, backups.") },
    };

    auto* navBar = new QWidget(this);
    navBar->setObjectName(QStringLiteral("navigationBar"));
    auto* navLayout = new QVBoxLayout(navBar);
    navLayout->setContentsMargins(8, 8, 8, 8);
    int index = 0;
    for (Page page : kPages) {
        const PageText& text = texts[index];
        auto* button = new QToolButton(navBar);
        button->setObjectName(QStringLiteral("nav_") + pageKey(page));
        button->setText(text.nav);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(44);
        m_navigation->addButton(button, index);
        navLayout->addWidget(button);
        m_pages->addWidget(makePlaceholder(page, text.title, text.description));
        ++index;
    }
    navLayout->addStretch(1);
    m_navigation->setExclusive(true);
    connect(m_navigation, &QButtonGroup::idClicked, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(navBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_deskLabel->setObjectName(QStringLiteral("status_desk"));
    m_userLabel->setObjectName(QStringLiteral("status_user"));
    m_onlineLabel->setObjectName(QStringLiteral("status_online"));
    m_deskLabel->setText(tr("Desk: %1 — %2").arg(m_site.deskId, m_site.deskName));
    m_userLabel->setText(userName.isEmpty() ? tr("User: not signed in") : tr("User: %1").arg(userName));
    statusBar()->addWidget(m_deskLabel);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_onlineLabel);
    updateConnectivity(sync::ConnectivityMonitor::State::Unknown);

    showPage(Page::Intake);
}

void MainWindow::setConnectivity(sync::ConnectivityMonitor* monitor)
{
    if (m_connectivity)
        disconnect(m_connectivity, nullptr, this, nullptr);
    m_connectivity = monitor;
    if (!monitor) {
        updateConnectivity(sync::ConnectivityMonitor::State::Unknown);
        return;
    }
    connect(monitor, &sync::ConnectivityMonitor::stateChanged, this, &MainWindow::updateConnectivity);
    updateConnectivity(monitor->state());
}

QString MainWindow::pageKey(Page page)
{
    switch (page) {
    case Page::Intake:
        return QStringLiteral("intake");
    case Page::Return:
        return QStringLiteral("return");
    case Page::Lookup:
        return QStringLiteral("lookup");
    case Page::Queues:
        return QStringLiteral("queues");
    case Page::Sync:
        return QStringLiteral("sync");
    case Page::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

void MainWindow::showPage(Page page)
{
    const int index = static_cast<int>(page);
    m_pages->setCurrentIndex(index);
    if (auto* button = m_navigation->button(index))
        button->setChecked(true);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::setPageWidget(Page page, QWidget* widget)
{
    const int index = static_cast<int>(page);
    QWidget* old = m_pages->widget(index);
    widget->setObjectName(QStringLiteral("page_") + pageKey(page));
    m_pages->insertWidget(index, widget);
    m_pages->removeWidget(old);
    old->deleteLater();
}

QWidget* MainWindow::makePlaceholder(Page page, const QString& title, const QString& description)
{
    auto* widget = new QWidget(m_pages);
    widget->setObjectName(QStringLiteral("page_") + pageKey(page));
    auto* layout = new QVBoxLayout(widget);
    auto* heading = new QLabel(title, widget);
    heading->setObjectName(QStringLiteral("title_") + pageKey(page));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto* body = new QLabel(description, widget);
    body->setWordWrap(true);
    auto* pending = new QLabel(tr("This page is not available yet in this version."), widget);
    pending->setObjectName(QStringLiteral("pending_") + pageKey(page));
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addWidget(pending);
    layout->addStretch(1);
    return widget;
}

void MainWindow::updateConnectivity(sync::ConnectivityMonitor::State state)
{
    using State = sync::ConnectivityMonitor::State;
    switch (state) {
    case State::Online:
        m_onlineLabel->setText(tr("● Online"));
        m_onlineLabel->setStyleSheet(QStringLiteral("color: #1b7f2a; font-weight: bold;"));
        break;
    case State::Offline:
        m_onlineLabel->setText(tr("● Offline — work is saved locally"));
        m_onlineLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        break;
    case State::Unknown:
        m_onlineLabel->setText(tr("● Checking connection…"));
        m_onlineLabel->setStyleSheet(QString());
        break;
    }
    m_onlineLabel->setProperty("online", state == State::Online);
    // The reason stays one hover away (and readable by a screen reader).
    const QString reason = m_connectivity && state == State::Offline ? m_connectivity->lastError() : QString();
    m_onlineLabel->setToolTip(reason);
    m_onlineLabel->setAccessibleDescription(reason);
}

} // namespace motcua::ui
