#include "ui/DeskApplication.h"

#include "core/forms/PrintableFromStore.h"
#include "scanner/SaneBackend.h"
#include "scanner/ScannerSettings.h"
#include "sync/ConnectivityMonitor.h"
#include "sync/CurlTransport.h"
#include "sync/DeskCredential.h"
#include "sync/SyncSiteSettings.h"
#include "sync/SyncThread.h"
#include "ui/BarcodeWedge.h"
#include "ui/CustomerDisplay.h"
#include "ui/DashboardPage.h"
#include "ui/HandoverPage.h"
#include "ui/IntakePage.h"
#include "ui/LoginDialog.h"
#include "ui/LookupPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PrintPreview.h"
#include "ui/ReportsPage.h"
#include "ui/ReturnPage.h"
#include "ui/ScanPanel.h"
#include "ui/StoreWorker.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>

namespace motcua::ui {

DeskApplication::DeskApplication(const Startup& environment) : m_environment(environment) { }

DeskApplication::~DeskApplication() = default;

Status DeskApplication::openStore()
{
    const QString dbPath = m_environment.databasePath();
    if (!QFileInfo::exists(dbPath)) {
        m_problem = tr("No database in %1: run \"motcua --data-dir %1 init\" first.")
                        .arg(QDir::toNativeSeparators(m_environment.dataDir()));
        return Error::notFound(QStringLiteral("data_dir"), m_problem, QStringLiteral("no_store"));
    }
    auto opened = store::Store::open(dbPath);
    if (!opened && opened.error().code == QLatin1String("read_only")) {
        // A read-only folder (a disk mounted read-only): the clerk can still look dossiers up.
        m_readOnlyReason = opened.error().message;
        store::OpenOptions readOnly;
        readOnly.readOnly = true;
        opened = store::Store::open(dbPath, readOnly);
    }
    if (!opened) {
        m_problem = opened.error().message;
        return opened.error();
    }
    if (auto applied = opened.value()->setSite(m_environment.site()); !applied) {
        m_problem = applied.error().message;
        return applied.error();
    }
    m_store = std::move(opened.value());
    return {};
}

QJsonObject DeskApplication::storeReport() const
{
    QJsonObject report { { QStringLiteral("data_dir"), m_environment.dataDir() },
        { QStringLiteral("database"), m_environment.databasePath() }, { QStringLiteral("store"), m_store != nullptr } };
    if (m_store) {
        report.insert(QStringLiteral("schema_version"), m_store->schemaVersion());
        report.insert(QStringLiteral("initialised"), m_store->hasUsers());
        report.insert(QStringLiteral("read_only"), m_store->isReadOnly());
        if (m_store->isReadOnly())
            report.insert(QStringLiteral("problem"), m_readOnlyReason);
    } else {
        report.insert(QStringLiteral("problem"), m_problem);
    }
    return report;
}

int DeskApplication::exec(const QString& login)
{
    if (m_store && m_problem.isEmpty()) {
        // MOTCUA_PASSWORD with --user signs in without the dialog (demos, kiosks under test). It runs
        // before any window exists, so nothing can look frozen while it hashes.
        if (!login.isEmpty() && qEnvironmentVariableIsSet("MOTCUA_PASSWORD")) {
            auto signedIn = m_store->authenticate(login, qEnvironmentVariable("MOTCUA_PASSWORD"));
            if (signedIn)
                m_actor = signedIn.value();
        }
        // From here on the store is used on the worker's thread only: the window never waits on it.
        m_worker = std::make_unique<StoreWorker>(std::move(m_store));
        if (!m_actor) {
            LoginDialog dialog(*m_worker, login);
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            m_actor = dialog.actor();
        }
    }
    buildWindow();
    return QApplication::exec();
}

void DeskApplication::buildWindow()
{
    const Config& config = m_environment.config();
    m_window = std::make_unique<MainWindow>(m_environment.site(), m_actor ? m_actor->name : QString());
    if (m_worker && m_actor && !m_readOnlyReason.isEmpty()) {
        buildLookupOnlyWindow();
    } else if (m_worker && m_actor) {
        auto* lookup = new LookupPage(*m_worker, *m_actor);
        lookup->setPrintHandler([this](const QString& code) { printReceipt(code); });
        m_window->setPageWidget(MainWindow::Page::Lookup, lookup);
        IntakePage* intake = buildIntake();
        m_window->setPageWidget(MainWindow::Page::Intake, intake);
        startSync(intake);
        // Return of results (opened by a scanned receipt anywhere in the window) and the hand-over queue.
        auto* returns = new ReturnPage(*m_worker, *m_actor);
        m_window->setPageWidget(MainWindow::Page::Return, returns);
        auto* wedge = new BarcodeWedge(m_window.get());
        wedge->install();
        ReturnPage::openScansIn(wedge, m_window.get(), returns);
        auto* handover = new HandoverPage(*m_worker, *m_actor, m_environment.site());
        handover->setPrintHandler([this](const print::PrintRequest& request) {
            if (auto shown = showPrintPreview(m_window.get(), request); !shown)
                MessageBox::warning(m_window.get(), tr("Print"), shown.error().message);
        });
        m_window->setPageWidget(MainWindow::Page::Queues, handover);
        if (auth::isAllowed(m_actor->role, auth::Action::ViewReportCounts)) // supervisor, administrator
            m_window->setPageWidget(MainWindow::Page::Reports, new ReportsPage(*m_worker, *m_actor));
        QObject::connect(m_window.get(), &MainWindow::actorChanged, returns, &ReturnPage::setActor);
        if (m_customerDisplay) { // the rating is offered on the citizen's screen too
            CustomerDisplay* display = m_customerDisplay.get();
            QObject::connect(returns, &ReturnPage::resultReturned, display, &CustomerDisplay::askRating);
            QObject::connect(display, &CustomerDisplay::rated, returns, &ReturnPage::rate);
            QObject::connect(returns, &ReturnPage::rated, display, &CustomerDisplay::showWelcome);
        }
        QObject::connect(m_window.get(), &MainWindow::actorChanged, handover, &HandoverPage::setActor);
        buildDashboard(lookup);
        m_window->setSession(m_worker.get(), *m_actor);
        m_window->setIdleLockMinutes(config.get(Config::Key::IdleLockMinutes).toInt());
        // A clerk starts on intake; a role that may not receive (supervisor, administrator) on lookup.
        const bool receives = auth::isAllowed(m_actor->role, auth::Action::ReceiveDossier);
        const bool supervises = auth::isAllowed(m_actor->role, auth::Action::ViewReportCounts);
        m_window->showPage(receives ? MainWindow::Page::Intake
                                    : (supervises ? MainWindow::Page::Dashboard : MainWindow::Page::Lookup));
    }
    if (!m_problem.isEmpty())
        m_window->statusBar()->showMessage(m_problem);
    m_transport = std::make_unique<sync::CurlTransport>();
    m_connectivity = std::make_unique<sync::ConnectivityMonitor>(*m_transport, m_environment.site().centralUrl);
    m_window->setConnectivity(m_connectivity.get());
    m_connectivity->start(config.get(Config::Key::SyncIntervalSecs).toInt() * 1000);
    m_window->show();
}

void DeskApplication::buildLookupOnlyWindow()
{
    // Nothing that writes is built: no intake, return, hand-over, dashboard or sync; the banner says why.
    auto* lookup = new LookupPage(*m_worker, *m_actor);
    m_window->setPageWidget(MainWindow::Page::Lookup, lookup);
    m_window->setSession(m_worker.get(), *m_actor);
    m_window->setReadOnlyNotice(m_readOnlyReason);
    m_window->setSyncNotice(tr("Not syncing: the data folder is read-only"));
    m_window->showPage(MainWindow::Page::Lookup);
}

IntakePage* DeskApplication::buildIntake()
{
    // Drafts under the data folder; the page follows a quick user switch.
    auto* intake = new IntakePage(*m_worker, *m_actor, m_environment.site(), m_environment.dataDir());
    QObject::connect(m_window.get(), &MainWindow::actorChanged, intake, &IntakePage::setActor);
    auto settings = scanner::ScannerSettings::fromSite(m_environment.site());
    if (!settings)
        m_problem = settings.error().message; // shown in the status bar; the panel uses the defaults
    m_scanPanel = std::make_unique<ScanPanel>(std::make_shared<scanner::SaneBackend>(),
        QDir(m_environment.dataDir()).filePath(QStringLiteral("scans")), settings.valueOr(scanner::ScannerSettings {}));
    intake->setPaperFiles(m_scanPanel.get());
    m_customerDisplay = std::make_unique<CustomerDisplay>();
    if (m_customerDisplay->placeOnSecondScreen())
        showOnCustomerDisplay(intake);
    else
        m_customerDisplay.reset();
    return intake;
}

void DeskApplication::showOnCustomerDisplay(IntakePage* intake)
{
    CustomerDisplay* display = m_customerDisplay.get();
    display->showWelcome();
    display->show();
    // What the clerk entered, for the applicant to check; papers once counted; the appointment and the
    // fee once received; a new intake clears it, so no other person's data stays on screen.
    QObject::connect(intake, &IntakePage::stepChanged, display, [intake, display](IntakePage::Step step) {
        const dossier::Party party = intake->applicantParty();
        switch (step) {
        case IntakePage::Step::Procedure:
            display->showWelcome();
            break;
        case IntakePage::Step::Papers:
            display->showApplicant(party.name, party.idNumber, party.phone);
            break;
        case IntakePage::Step::Decision:
            display->showPapers(intake->receivedPapers());
            break;
        default:
            break;
        }
    });
    QObject::connect(intake, &IntakePage::received, display, [intake, display](const QString&) {
        if (intake->lastPrintable().appointment.isValid())
            display->showAppointment(intake->lastPrintable().appointment.date());
    });
    QObject::connect(intake, &IntakePage::feeShown, display, &CustomerDisplay::showFee);
}

void DeskApplication::startSync(IntakePage* intake)
{
    auto credential = sync::DeskCredential::read(m_environment.dataDir());
    if (!credential) {
        m_window->setSyncNotice(tr("Not syncing: %1").arg(credential.error().message));
        return;
    }
    const SiteConfig& site = m_environment.site();
    sync::SyncSettings settings;
    settings.dbPath = m_environment.databasePath();
    settings.credential = credential.value();
    settings.statePath = sync::DeskCredential::statePath(m_environment.dataDir());
    if (auto applied = sync::SyncSiteSettings::apply(site, settings); !applied) {
        m_window->setSyncNotice(tr("Not syncing: %1").arg(applied.error().message));
        return;
    }
    m_sync = std::make_unique<sync::SyncThread>(settings);
    QObject::connect(m_sync.get(), &sync::SyncThread::stateChanged, m_window.get(), &MainWindow::setSyncState);
    QObject::connect(intake, &IntakePage::received, m_sync.get(), [sync = m_sync.get()] { sync->syncNow(); });
    m_window->setSyncState(m_sync->state());
    m_sync->start();
}

void DeskApplication::buildDashboard(LookupPage* lookup)
{
    if (!auth::isAllowed(m_actor->role, auth::Action::ViewReportCounts)) {
        if (auto* nav = m_window->findChild<QWidget*>(QStringLiteral("nav_dashboard")))
            nav->hide(); // a counter role has no dashboard
        return;
    }
    auto reader = store::Store::open(m_environment.databasePath());
    if (!reader || !reader.value()->setSite(m_environment.site())) {
        m_problem = tr("The dashboard cannot open the database.");
        return;
    }
    m_dashboardWorker = std::make_unique<StoreWorker>(std::move(reader.value()));
    auto* dashboard = new DashboardPage(*m_dashboardWorker, *m_worker, *m_actor, m_environment.site());
    m_window->setPageWidget(MainWindow::Page::Dashboard, dashboard);
    QObject::connect(m_window.get(), &MainWindow::actorChanged, dashboard, &DashboardPage::setActor);
    QObject::connect(dashboard, &DashboardPage::openDossier, lookup, [this, lookup](const QString& code) {
        lookup->showDossier(code);
        m_window->showPage(MainWindow::Page::Lookup);
    });
}

void DeskApplication::printReceipt(const QString& code)
{
    // The clerk signed in now (it may have changed at a shift change), not the one of the start.
    const std::optional<store::Actor> actor = m_window->actor();
    if (!actor)
        return;
    const auto load = [actor = *actor, code, site = m_environment.site()](
                          store::Store& s) { return forms::PrintableFromStore::load(s, actor, code, site); };
    m_worker->run(m_window.get(), load, [this](quint64, Result<forms::PrintableDossier> printable) {
        if (!printable) {
            MessageBox::warning(m_window.get(), tr("Print"), printable.error().message);
            return;
        }
        print::PrintRequest request;
        request.key = forms::FormKey::Receipt;
        request.dossier = printable.value();
        if (auto shown = showPrintPreview(m_window.get(), request); !shown)
            MessageBox::warning(m_window.get(), tr("Print"), shown.error().message);
    });
}

} // namespace motcua::ui
