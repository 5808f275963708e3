// motcua-desk: the desk window. Composition root only: the shared start-up path (core/Startup: settings,
// language, clock, site, data folder) and the window's wiring (ui/DeskApplication).
#include "core/Startup.h"
#include "ui/DeskApplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

using namespace motcua;

int main(int argc, char* argv[])
{
    Startup::prepareProcess();
    QApplication app(argc, argv);
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
    return desk.exec(parser.value(userOption));
}
