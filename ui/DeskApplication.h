// DeskApplication: the desk window's wiring, behind app/desk/main.cpp. From a resolved Startup it
// opens the local store in the data folder, signs the clerk in (the dialog, or MOTCUA_PASSWORD with a
// login given on the command line) through the store's worker thread, builds the main window with its pages and runs
// it. Without a database the window still opens and says what is missing, so a new desk can be set up with `motcua
// init`.
#pragma once

#include "core/Result.h"
#include "core/Startup.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace motcua::sync {
class HttpTransport;
class ConnectivityMonitor;
class SyncThread;
} // namespace motcua::sync

namespace motcua::ui {

class CustomerDisplay;
class IntakePage;
class LookupPage;
class MainWindow;
class ScanPanel;
class StoreWorker;

class DeskApplication
{
    Q_DECLARE_TR_FUNCTIONS(DeskApplication)
public:
    explicit DeskApplication(const Startup& environment);
    ~DeskApplication();

    // Opens the store in the data folder (never creates one) and applies the site to it.
    Status openStore();
    // What --check-store prints: data folder, database, whether a store is there and initialised.
    QJsonObject storeReport() const;
    // Signs in (`login` with MOTCUA_PASSWORD, else the dialog), shows the window and runs the event
    // loop; returns the application's exit code (0 when the clerk cancels the sign-in).
    int exec(const QString& login);

private:
    void buildWindow();
    // The intake page with the scanning panel (the site's scanner settings; pages kept under the data
    // folder until the dossier is received) and, when a second monitor is attached, the citizen's screen.
    IntakePage* buildIntake();
    void showOnCustomerDisplay(IntakePage* intake);
    // Background sync with the central system when the desk has its credential; the status bar shows
    // what waits, and a received dossier is sent at once.
    void startSync(IntakePage* intake);
    void printReceipt(const QString& code);
    // The supervisor's dashboard (supervisor, administrator) on a worker and connection of its own.
    void buildDashboard(LookupPage* lookup);
    // The window on a read-only data folder: lookup only, with a banner saying why.
    void buildLookupOnlyWindow();

    const Startup& m_environment;
    std::unique_ptr<store::Store> m_store; // until sign-in; then the worker owns it
    std::unique_ptr<StoreWorker> m_worker; // the window's one path to the store (its own thread)
    std::unique_ptr<StoreWorker> m_dashboardWorker; // the dashboard's reads, on a second connection
    std::unique_ptr<sync::HttpTransport> m_transport;
    std::unique_ptr<sync::ConnectivityMonitor> m_connectivity;
    std::optional<store::Actor> m_actor;
    QString m_problem;
    QString m_readOnlyReason; // non-empty: the data folder is read-only, the store opened for lookup only
    std::unique_ptr<sync::SyncThread> m_sync;
    std::unique_ptr<ScanPanel> m_scanPanel; // shown inside the intake page, which never deletes it
    std::unique_ptr<CustomerDisplay> m_customerDisplay; // only with a second screen
    std::unique_ptr<MainWindow> m_window;
};

} // namespace motcua::ui
