// motcua-desk: the desk window. Composition root only: language, clock, site, main window.
#include "core/Clock.h"
#include "core/Config.h"
#include "core/SiteConfig.h"
#include "core/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
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
        QStringLiteral("user"), QStringLiteral("signed-in user"), QStringLiteral("LOGIN"));
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

    ui::MainWindow window(site, parser.value(userOption));
    window.connectivity()->start(config.get(Config::Key::SyncIntervalSecs).toInt() * 1000);
    window.show();
    return app.exec();
}
