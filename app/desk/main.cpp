// motcua-desk: the desk window. Composition root only: language, clock, site, store, sign-in, pages.
#include "core/Clock.h"
#include "core/Config.h"
#include "core/SiteConfig.h"
#include "core/Translations.h"
#include "core/forms/PrintableFromStore.h"
#include "core/store/Store.h"
#include "sync/ConnectivityMonitor.h"
#include "sync/CurlTransport.h"
#include "ui/LoginDialog.h"
#include "ui/LookupPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/StoreWorker.h"
#include "ui/print/PrintPreview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>

using namespace motcua;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MotCua"));
    QApplication::setApplicationName(QStringLiteral("motcua-desk"));
    QApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("vi | en"), QStringLiteral("LANG"));
    const QCommandLineOption siteOption(
        QStringLiteral("site"), QStringLiteral("site configuration file"), QStringLiteral("FILE"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"), QStringLiteral("data folder"), QStringLiteral("DIR"));
    const QCommandLineOption nowOption(
        QStringLiteral("now"), QStringLiteral("fixed local time (tests, demos)"), QStringLiteral("DATETIME"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QStringLiteral("login name to sign in with"), QStringLiteral("LOGIN"));
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("settings file"), QStringLiteral("FILE"));
    parser.addOptions({ langOption, siteOption, dataOption, nowOption, userOption, configOption });
    parser.process(app);

    QTextStream err(stderr);
    Config config(parser.isSet(configOption) ? parser.value(configOption) : Config::defaultPath());
    const QString lang = parser.isSet(langOption) ? parser.value(langOption) : config.language();
    if (!Translations::install(lang)) {
        Translations::install(Translations::defaultLanguage());
        err << QApplication::translate("desk", "Option --lang: use vi or en, not \"%1\".").arg(lang) << Qt::endl;
        return 2;
    }

    if (parser.isSet(nowOption)) {
        auto now = Clock::parseNow(parser.value(nowOption));
        if (!now) {
            err << now.error().message << Qt::endl;
            return 2;
        }
        Clock::setCurrent(std::make_shared<FixedClock>(now.value()));
    }

    const QString siteFile
        = parser.isSet(siteOption) ? parser.value(siteOption) : config.get(Config::Key::SiteFile).toString();
    SiteConfig site = SiteConfig::demo();
    if (!siteFile.isEmpty()) {
        auto loaded = SiteConfig::load(siteFile);
        if (!loaded) {
            err << loaded.error().message << Qt::endl;
            return 3;
        }
        site = loaded.value();
    }

    QString dataDir = parser.value(dataOption);
    if (dataDir.isEmpty())
        dataDir = config.get(Config::Key::DataDir).toString();
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("MOTCUA_DATA_DIR");
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString dbPath = QDir(dataDir).filePath(QStringLiteral("motcua.db"));

    // The local store and the signed-in clerk. Without a database the window still opens (pages say
    // what is missing) so that a new desk can be set up with `motcua init`.
    std::unique_ptr<store::Store> store;
    std::optional<store::Actor> actor;
    QString problem;
    if (QFileInfo::exists(dbPath)) {
        auto opened = store::Store::open(dbPath);
        if (!opened) {
            problem = opened.error().message;
        } else {
            store = std::move(opened.value());
            if (auto applied = store->setSite(site); !applied)
                problem = applied.error().message;
        }
    } else {
        problem = QApplication::translate("desk", "No database in %1: run \"motcua --data-dir %1 init\" first.")
                      .arg(QDir::toNativeSeparators(dataDir));
    }

    if (store && problem.isEmpty()) {
        // MOTCUA_PASSWORD with --user signs in without the dialog (demos, kiosks under test).
        const QString login = parser.value(userOption);
        if (!login.isEmpty() && qEnvironmentVariableIsSet("MOTCUA_PASSWORD")) {
            auto signedIn = store->authenticate(login, qEnvironmentVariable("MOTCUA_PASSWORD"));
            if (signedIn)
                actor = signedIn.value();
        }
    }
    // From here on the store is used on the worker's thread only (the window never waits on it).
    std::unique_ptr<ui::StoreWorker> worker;
    if (store && problem.isEmpty()) {
        worker = std::make_unique<ui::StoreWorker>(std::move(store));
        if (!actor) {
            ui::LoginDialog login_dialog(*worker, parser.value(userOption));
            if (login_dialog.exec() != QDialog::Accepted)
                return 0;
            actor = login_dialog.actor();
        }
    }

    ui::MainWindow window(site, actor ? actor->name : QString());
    if (worker && actor) {
        auto* lookup = new ui::LookupPage(*worker, *actor);
        lookup->setPrintHandler([&window, &worker, &actor, &site](const QString& code) {
            const auto load = [actor = *actor, code, site](
                                  store::Store& s) { return forms::PrintableFromStore::load(s, actor, code, site); };
            worker->run(&window, load, [&window](quint64, Result<forms::PrintableDossier> printable) {
                if (!printable) {
                    ui::MessageBox::warning(
                        &window, QApplication::translate("desk", "Print"), printable.error().message);
                    return;
                }
                print::PrintRequest request;
                request.key = forms::FormKey::Receipt;
                request.dossier = printable.value();
                if (auto shown = print::showPrintPreview(&window, request); !shown)
                    ui::MessageBox::warning(&window, QApplication::translate("desk", "Print"), shown.error().message);
            });
        });
        window.setPageWidget(ui::MainWindow::Page::Lookup, lookup);
        // Lookup is the page that works today; intake still shows its placeholder.
        window.showPage(ui::MainWindow::Page::Lookup);
    }
    if (!problem.isEmpty())
        window.statusBar()->showMessage(problem);
    sync::CurlTransport transport;
    sync::ConnectivityMonitor connectivity(transport, site.centralUrl);
    window.setConnectivity(&connectivity);
    connectivity.start(config.get(Config::Key::SyncIntervalSecs).toInt() * 1000);
    window.show();
    return app.exec();
}
