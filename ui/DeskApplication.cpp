#include "ui/DeskApplication.h"

#include "core/forms/PrintableFromStore.h"
#include "ui/LoginDialog.h"
#include "ui/LookupPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PrintPreview.h"

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
    } else {
        report.insert(QStringLiteral("problem"), m_problem);
    }
    return report;
}

int DeskApplication::exec(const QString& login)
{
    if (m_store && m_problem.isEmpty()) {
        // MOTCUA_PASSWORD with --user signs in without the dialog (demos, kiosks under test).
        if (!login.isEmpty() && qEnvironmentVariableIsSet("MOTCUA_PASSWORD")) {
            auto signedIn = m_store->authenticate(login, qEnvironmentVariable("MOTCUA_PASSWORD"));
            if (signedIn)
                m_actor = signedIn.value();
        }
        if (!m_actor) {
            LoginDialog dialog(*m_store, login);
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
    m_window = std::make_unique<MainWindow>(m_environment.site(), m_actor ? m_actor->name : QString());
    if (m_store && m_actor) {
        auto* lookup = new LookupPage(*m_store, *m_actor);
        lookup->setPrintHandler([this](const QString& code) { printReceipt(code); });
        m_window->setPageWidget(MainWindow::Page::Lookup, lookup);
        // Lookup is the page that works today; intake still shows its placeholder.
        m_window->showPage(MainWindow::Page::Lookup);
    }
    if (!m_problem.isEmpty())
        m_window->statusBar()->showMessage(m_problem);
    m_window->connectivity()->start(m_environment.config().get(Config::Key::SyncIntervalSecs).toInt() * 1000);
    m_window->show();
}

void DeskApplication::printReceipt(const QString& code)
{
    auto printable = forms::PrintableFromStore::load(*m_store, *m_actor, code, m_environment.site());
    if (!printable) {
        MessageBox::warning(m_window.get(), tr("Print"), printable.error().message);
        return;
    }
    print::PrintRequest request;
    request.key = forms::FormKey::Receipt;
    request.dossier = printable.value();
    if (auto shown = showPrintPreview(m_window.get(), request); !shown)
        MessageBox::warning(m_window.get(), tr("Print"), shown.error().message);
}

} // namespace motcua::ui
