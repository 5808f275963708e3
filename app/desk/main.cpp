// motcua-desk: the desk window. Composition root only: the shared start-up path (core/Startup: settings,
// language, clock, site, data folder) and the window's wiring (ui/DeskApplication).
#include "core/Startup.h"
#include "core/store/BackupScheduler.h"
#include "ui/DeskApplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace motcua;

namespace {

// Start-up benchmark hook (tests/bench/bench_desk_start.cpp), active only when the environment has
// MOTCUA_REPORT_READY=1: on the sign-in dialog's first paint the desk prints one line
// "ready: login-dialog <ms since main() began>" to stderr. Nothing else changes: the dialog stays
// open and the program runs on (the benchmark ends it).
class ReadyReporter : public QObject
{
public:
    explicit ReadyReporter(const QElapsedTimer& sinceMain) : m_sinceMain(sinceMain) { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->objectName() == QLatin1String("loginDialog")) {
            std::fprintf(stderr, "ready: login-dialog %lld\n", static_cast<long long>(m_sinceMain.elapsed()));
            std::fflush(stderr);
            qApp->removeEventFilter(this);
        }
        return false;
    }

private:
    QElapsedTimer m_sinceMain;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    Startup::prepareProcess();
    QApplication app(argc, argv);
    ReadyReporter readyReporter(sinceMain);
    if (qEnvironmentVariable("MOTCUA_REPORT_READY") == QLatin1String("1"))
        app.installEventFilter(&readyReporter);
    QApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("vi | en"), QStringLiteral("LANG"));
    const QCommandLineOption siteOption(
        QStringLiteral("site"), QStringLiteral("site configuration file"), QStringLiteral("FILE"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"), QStringLiteral("data folder"), QStringLiteral("DIR"));
    const QCommandLineOption nowOption(QStringLiteral("now"),
        QStringLiteral("fixed local time (tests only: needs MOTCUA_TEST_CLOCK=1)"), QStringLiteral("DATETIME"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QStringLiteral("login name to sign in with"), QStringLiteral("LOGIN"));
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("settings file"), QStringLiteral("FILE"));
    const QCommandLineOption checkOption(QStringLiteral("check-store"),
        QStringLiteral("print the data folder and store the window would open (JSON), then exit"));
    parser.addOptions({ langOption, siteOption, dataOption, nowOption, userOption, configOption, checkOption });
    parser.process(app);

    QTextStream err(stderr);
    auto environment = Startup::resolve({ parser.value(dataOption), parser.value(siteOption), parser.value(nowOption),
        parser.value(langOption), parser.value(configOption) });
    if (!environment) {
        // Start-up errors name the field; here the field is the option of the same name.
        const Error& e = environment.error();
        err << (e.field.isEmpty() ? QString() : QStringLiteral("--%1: ").arg(e.field)) << e.message << Qt::endl;
        return e.kind == ErrorKind::Usage ? 2 : 3;
    }

    ui::DeskApplication desk(environment.value());
    const Status opened = desk.openStore();
    if (parser.isSet(checkOption)) {
        QTextStream(stdout) << QJsonDocument(desk.storeReport()).toJson(QJsonDocument::Indented);
        if (!opened)
            err << opened.error().message << Qt::endl;
        return opened ? 0 : 3;
    }
    // Scheduled online backups with rotation (the site's "backup" section), on a thread of their own.
    QThread backupThread;
    auto schedule = store::BackupSchedule::fromSite(environment->site());
    if (!schedule)
        err << schedule.error().message << Qt::endl;
    else if (schedule->has_value()) {
        auto* scheduler = new store::BackupScheduler(environment->databasePath(), environment->site(), **schedule);
        scheduler->moveToThread(&backupThread);
        QObject::connect(&backupThread, &QThread::started, scheduler, &store::BackupScheduler::start);
        QObject::connect(&backupThread, &QThread::finished, scheduler, &QObject::deleteLater);
        backupThread.start();
    }
    const int rc = desk.exec(parser.value(userOption));
    backupThread.quit();
    backupThread.wait();
    return rc;
}
