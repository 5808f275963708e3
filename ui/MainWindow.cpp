#include "ui/MainWindow.h"

#include "core/Clock.h"
#include "core/Config.h"
#include "core/DateFormat.h"
#include "ui/Accessibility.h"
#include "ui/LoginDialog.h"
#include "ui/LookupPage.h"
#include "ui/ReportsPage.h"
#include "ui/SyncConflictsButton.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {
constexpr MainWindow::Page kPages[]
    = { MainWindow::Page::Intake, MainWindow::Page::Return, MainWindow::Page::Lookup, MainWindow::Page::Queues,
          MainWindow::Page::Sync, MainWindow::Page::Admin, MainWindow::Page::Dashboard, MainWindow::Page::Reports };

QLabel* headingLabel(const QString& text, QWidget* parent)
{
    auto* heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

MainWindow::MainWindow(SiteConfig site, QString userName, QWidget* parent)
    : QMainWindow(parent),
      m_site(std::move(site)),
      m_navigation(new QButtonGroup(this)),
      m_pages(new QStackedWidget(this)),
      m_root(new QStackedWidget(this)),
      m_content(new QWidget(m_root)),
      m_lockScreen(nullptr),
      m_deskLabel(new QLabel(this)),
      m_userLabel(new QLabel(this)),
      m_onlineLabel(new QLabel(this)),
      m_syncLabel(new QLabel(this)),
      m_conflictsButton(new SyncConflictsButton(this)),
      m_offlineBanner(new QLabel(this)),
      m_readOnlyBanner(new QLabel(this)),
      m_idleLockMinutes(Config::defaultValue(Config::Key::IdleLockMinutes).toInt()),
      m_lastInputUtc(Clock::current().nowUtc())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MotCua Desk — %1 — %2").arg(m_site.agencyName, deskOptionLabel(m_site.deskOption)));
    resize(1200, 800);

    const QList<PageText> texts = {
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
        { tr("Dashboard"), tr("Dashboard"),
            tr("The day's queues, deadlines, fees per clerk, ratings and charts, for the supervisor.") },
        { tr("Reports"), tr("Reports"),
            tr("Periodic report, tracking book and satisfaction of a month, quarter or year; exports.") },
    };

    auto* layout = new QHBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildNavigation(texts));
    auto* pageColumn = new QVBoxLayout;
    m_offlineBanner->setObjectName(QStringLiteral("offline_banner"));
    m_offlineBanner->setText(tr("The central system cannot be reached. Keep working: everything is saved on "
                                "this desk and sent when the connection returns."));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setStyleSheet(
        QStringLiteral("background: #fdecea; color: #8c1d18; padding: 6px; font-weight: bold;"));
    m_offlineBanner->setAccessibleName(m_offlineBanner->text());
    m_offlineBanner->hide();
    pageColumn->addWidget(m_offlineBanner);
    m_readOnlyBanner->setObjectName(QStringLiteral("read_only_banner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(m_offlineBanner->styleSheet());
    m_readOnlyBanner->hide();
    pageColumn->addWidget(m_readOnlyBanner);
    pageColumn->addWidget(m_pages, 1);
    layout->addLayout(pageColumn, 1);
    m_content->setObjectName(QStringLiteral("windowContent"));
    m_lockScreen = buildLockScreen();
    m_root->addWidget(m_content);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);
    buildMenus(texts);
    buildStatusBar(userName);

    // Idle auto-lock: any input anywhere in the application counts as activity.
    qApp->installEventFilter(this);
    m_idleCheck.setInterval(5000);
    connect(&m_idleCheck, &QTimer::timeout, this, &MainWindow::checkIdle);

    showPage(Page::Intake);
}

QWidget* MainWindow::buildNavigation(const QList<PageText>& texts)
{
    auto* navBar = new QWidget(m_content);
    navBar->setObjectName(QStringLiteral("navigationBar"));
    auto* navLayout = new QVBoxLayout(navBar);
    navLayout->setContentsMargins(8, 8, 8, 8);
    int index = 0;
    for (Page page : kPages) {
        const PageText& text = texts[index];
        auto* button = new QToolButton(navBar);
        button->setObjectName(QStringLiteral("nav_") + pageKey(page));
        button->setText(text.nav);
        button->setAccessibleName(accessibleText(text.nav));
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
    // The page follows the button's state, whatever changed it: a click, a key, a shortcut, or an
    // assistive technology's "Toggle" action (which never emits clicked()).
    connect(m_navigation, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_pages->setCurrentIndex(id);
    });
    return navBar;
}

QWidget* MainWindow::buildLockScreen()
{
    auto* screen = new QWidget(m_root);
    screen->setObjectName(QStringLiteral("page_locked"));
    auto* layout = new QVBoxLayout(screen);
    layout->addStretch(1);
    auto* heading = headingLabel(tr("This desk is locked"), screen);
    heading->setObjectName(QStringLiteral("title_locked"));
    heading->setAlignment(Qt::AlignCenter);
    auto* body = new QLabel(tr("Sign in to continue. What was on screen is kept."), screen);
    body->setAlignment(Qt::AlignCenter);
    body->setWordWrap(true);
    auto* unlock = new QPushButton(tr("&Sign in…"), screen);
    unlock->setObjectName(QStringLiteral("lock_unlock"));
    unlock->setAccessibleName(accessibleText(unlock->text()));
    connect(unlock, &QPushButton::clicked, this, &MainWindow::askToUnlock);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addWidget(unlock, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return screen;
}

void MainWindow::buildMenus(const QList<PageText>& texts)
{
    QMenu* session = menuBar()->addMenu(tr("&Session"));
    session->setObjectName(QStringLiteral("menu_session"));
    m_lockAction = session->addAction(tr("&Lock now"), this, &MainWindow::lock);
    m_lockAction->setObjectName(QStringLiteral("action_lock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_switchAction = session->addAction(tr("&Switch user…"), this, &MainWindow::switchUser);
    m_switchAction->setObjectName(QStringLiteral("action_switch_user"));
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_lockAction->setEnabled(false); // until there is a session
    m_switchAction->setEnabled(false);

    QMenu* go = menuBar()->addMenu(tr("&Go to"));
    go->setObjectName(QStringLiteral("menu_go"));
    int index = 0;
    for (Page page : kPages) {
        QAction* action = go->addAction(texts[index].nav, this, [this, page] { showPage(page); });
        action->setObjectName(QStringLiteral("action_go_") + pageKey(page));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        m_sessionActions.append(action);
        ++index;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menu_help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("action_shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
}

void MainWindow::buildStatusBar(const QString& userName)
{
    m_deskLabel->setObjectName(QStringLiteral("status_desk"));
    m_userLabel->setObjectName(QStringLiteral("status_user"));
    m_onlineLabel->setObjectName(QStringLiteral("status_online"));
    m_deskLabel->setText(
        tr("Desk: %1 — %2 (%3)").arg(m_site.deskId, m_site.deskName, deskOptionLabel(m_site.deskOption)));
    showUser(userName);
    statusBar()->addWidget(m_deskLabel);
    statusBar()->addWidget(m_userLabel);
    m_syncLabel->setObjectName(QStringLiteral("status_sync"));
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_conflictsButton);
    connect(m_conflictsButton, &SyncConflictsButton::dossierRequested, this, [this](const QString& code) {
        showPage(Page::Lookup);
        if (auto* lookup = qobject_cast<LookupPage*>(m_pages->widget(static_cast<int>(Page::Lookup))))
            lookup->showDossier(code);
    });
    statusBar()->addPermanentWidget(m_onlineLabel);
    updateConnectivity(sync::ConnectivityMonitor::State::Unknown);
}

void MainWindow::showUser(const QString& name)
{
    m_userLabel->setText(name.isEmpty() ? tr("User: not signed in") : tr("User: %1").arg(name));
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
    case Page::Dashboard:
        return QStringLiteral("dashboard");
    case Page::Reports:
        return QStringLiteral("reports");
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
    if (auto* lookup = qobject_cast<LookupPage*>(widget))
        connect(this, &MainWindow::actorChanged, lookup, &LookupPage::setActor);
    if (auto* reports = qobject_cast<ReportsPage*>(widget))
        connect(this, &MainWindow::actorChanged, reports, &ReportsPage::setActor);
}

QWidget* MainWindow::makePlaceholder(Page page, const QString& title, const QString& description)
{
    auto* widget = new QWidget(m_pages);
    widget->setObjectName(QStringLiteral("page_") + pageKey(page));
    auto* layout = new QVBoxLayout(widget);
    auto* heading = headingLabel(title, widget);
    heading->setObjectName(QStringLiteral("title_") + pageKey(page));
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
    m_offlineBanner->setVisible(state == State::Offline);
    // The reason stays one hover away (and readable by a screen reader).
    const QString reason = m_connectivity && state == State::Offline ? m_connectivity->lastError() : QString();
    m_onlineLabel->setToolTip(reason);
    m_onlineLabel->setAccessibleDescription(reason);
}

void MainWindow::setSyncState(const sync::SyncState& state)
{
    QString text = tr("To send: %1").arg(state.pending);
    if (state.parked > 0)
        text += tr(" · held back: %1").arg(state.parked);
    if (!state.securityWarning.isEmpty()) // TLS weakened by the site file: never quietly
        text = QStringLiteral("⚠ %1 · %2").arg(state.securityWarning, text);
    m_syncLabel->setText(text);
    QStringList details;
    if (!state.lastError.isEmpty())
        details << tr("Last error: %1").arg(state.lastError);
    if (state.lastSuccessUtc.isValid())
        details << tr("Last complete sync: %1").arg(displayDateTime(state.lastSuccessUtc.toLocalTime()));
    for (const sync::ParkedRecord& parked : state.parkedRecords.mid(0, 5))
        details << tr("Held back: %1 — %2").arg(parked.code, parked.reason);
    m_syncLabel->setToolTip(details.join(QLatin1Char('\n')));
    m_syncLabel->setAccessibleDescription(details.join(QLatin1Char('\n')));
    m_syncLabel->setStyleSheet(!state.securityWarning.isEmpty()
            ? QStringLiteral("color: #ffffff; background: #b3261e; font-weight: bold;")
            : state.parked > 0 || !state.lastError.isEmpty() ? QStringLiteral("color: #b3261e;")
                                                             : QString());
    m_conflictsButton->setState(state);
}

void MainWindow::setSyncNotice(const QString& notice)
{
    m_syncLabel->setText(notice);
    m_syncLabel->setToolTip(QString());
    m_syncLabel->setAccessibleDescription(QString());
}

void MainWindow::setReadOnlyNotice(const QString& reason)
{
    m_readOnlyBanner->setText(
        tr("Lookup only: %1 Dossiers can be looked up, but nothing can be received or changed until the folder "
           "can be written again.")
            .arg(reason));
    m_readOnlyBanner->setAccessibleName(m_readOnlyBanner->text());
    m_readOnlyBanner->show();
}

void MainWindow::setSession(StoreWorker* worker, const store::Actor& actor)
{
    m_worker = worker;
    m_actor = actor;
    showUser(actor.name);
    m_lockAction->setEnabled(worker != nullptr && !isLocked());
    m_switchAction->setEnabled(worker != nullptr && !isLocked());
    setIdleLockMinutes(m_idleLockMinutes);
}

void MainWindow::setIdleLockMinutes(int minutes)
{
    m_idleLockMinutes = qMax(0, minutes);
    m_lastInputUtc = Clock::current().nowUtc();
    if (m_worker && m_idleLockMinutes > 0)
        m_idleCheck.start();
    else
        m_idleCheck.stop();
}

void MainWindow::setIdleCheckInterval(int ms)
{
    m_idleCheck.setInterval(ms);
}

LoginDialog* MainWindow::lockDialog() const
{
    return m_lockDialog;
}

bool MainWindow::isLocked() const
{
    return m_root->currentWidget() == m_lockScreen;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (isUserInput(event->type()))
        m_lastInputUtc = Clock::current().nowUtc();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::checkIdle()
{
    if (!m_worker || !m_actor || isLocked() || m_idleLockMinutes <= 0)
        return;
    if (m_lastInputUtc.secsTo(Clock::current().nowUtc()) >= qint64(m_idleLockMinutes) * 60)
        lock();
}

void MainWindow::lock()
{
    if (!m_worker || !m_actor)
        return;
    if (!isLocked())
        setLocked(true);
    askToUnlock();
}

void MainWindow::switchUser()
{
    if (!m_worker || !m_actor)
        return;
    if (!isLocked())
        setLocked(true);
    if (m_lockDialog)
        m_lockDialog->close();
    askToUnlockAs(QString());
}

void MainWindow::askToUnlock()
{
    askToUnlockAs(m_actor ? m_actor->login : QString());
}

void MainWindow::askToUnlockAs(const QString& login)
{
    if (!m_worker || !isLocked())
        return;
    if (m_lockDialog) {
        m_lockDialog->raise();
        m_lockDialog->activateWindow();
        return;
    }
    auto* dialog = new LoginDialog(*m_worker, login, this);
    dialog->setWindowTitle(tr("Desk locked — sign in"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->actor())
            finishUnlock(*dialog->actor());
    });
    m_lockDialog = dialog;
    dialog->open();
}

void MainWindow::finishUnlock(const store::Actor& actor)
{
    const bool another = !m_actor || actor.userId != m_actor->userId;
    m_actor = actor;
    showUser(actor.name);
    // Pages holding the clerk learn who it is before they are shown again.
    if (another)
        Q_EMIT actorChanged(actor);
    setLocked(false);
}

void MainWindow::setLocked(bool locked)
{
    if (locked) {
        QWidget* focus = QApplication::focusWidget();
        m_focusBeforeLock = focus && m_content->isAncestorOf(focus) ? focus : nullptr;
    }
    m_root->setCurrentWidget(locked ? m_lockScreen : m_content);
    for (QAction* action : std::as_const(m_sessionActions))
        action->setEnabled(!locked);
    m_lockAction->setEnabled(!locked && m_worker);
    m_switchAction->setEnabled(!locked && m_worker);
    m_lastInputUtc = Clock::current().nowUtc();
    if (!locked && m_focusBeforeLock)
        m_focusBeforeLock->setFocus(Qt::OtherFocusReason);
    Q_EMIT lockedChanged(locked);
}

void MainWindow::showShortcuts()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* label = new QLabel(tr("&Shortcuts of this window:"), dialog);
    auto* table = new QTableWidget(0, 2, dialog);
    table->setObjectName(QStringLiteral("shortcuts_table"));
    table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    nameAfterLabel(label, table);
    // Read from the menus' actions, so the list always says what the keys really do.
    for (QAction* menuAction : menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        for (QAction* action : menuAction->menu()->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(accessibleText(action->text())));
            table->setItem(row, 1, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
        }
    }
    auto* hint = new QLabel(tr("In every form, Alt with the underlined letter moves to that field or button."), dialog);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    dialog->resize(520, 420);
    dialog->open();
}

} // namespace motcua::ui
