// motcua-central: the reference central server (loopback only). See docs/cli.md.
#include "app/central/CmdNotices.h"
#include "app/central/ServiceCommands.h"
#include "core/Startup.h"
#include "sync/central/CentralFiles.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/CentralVerify.h"
#include "sync/central/ChangeFeed.h"
#include "sync/central/FeedCommands.h"
#include "sync/central/PublicStatusPage.h"
#include "sync/central/TusEndpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

using namespace motcua;

namespace {

// Administration on the server's data: "desk add ID --agency CODE" and "list [--agency CODE]", each
// printing one JSON document (docs/cli.md).
int runAdmin(
    const QStringList& command, const QString& dataDir, const QString& agency, const sync::FeedCommandOptions& feed)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto state = sync::CentralState::open(dataDir);
    if (!state) {
        err << state.error().message << Qt::endl;
        return 3;
    }
    const auto fail = [&err](const Error& e) {
        err << e.message << Qt::endl;
        return e.kind == ErrorKind::Invalid ? 1 : 3;
    };
    if (command.size() == 3 && command[0] == QLatin1String("desk") && command[1] == QLatin1String("add")) {
        auto desk = state.value()->addDesk(command[2], agency);
        if (!desk)
            return fail(desk.error());
        out << QJsonDocument(desk.value()).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    if (command.size() == 1 && command[0] == QLatin1String("list")) {
        auto list = state.value()->list(agency);
        if (!list)
            return fail(list.error());
        sync::ChangeFeed changes(*state.value()); // each dossier's unit changes and the desks' outcomes
        if (auto s = changes.open(); !s || !(s = changes.decorate(list.value())))
            return fail(s.error());
        const sync::TusFileStore files(sync::TusEndpoint::filesFolder(dataDir)); // files complete or waiting
        out << QJsonDocument(sync::CentralFiles::withFileStatus(list.value(), files)).toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0;
    }
    if (sync::FeedCommands::handles(command)) {
        auto done = sync::FeedCommands::run(*state.value(), command, feed);
        if (!done)
            return done.error().kind == ErrorKind::Usage ? (err << done.error().message << Qt::endl, 2)
                                                         : fail(done.error());
        out << (done->isArray() ? QJsonDocument(done->toArray()) : QJsonDocument(done->toObject()))
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0;
    }
    err << QCoreApplication::translate("central",
        "Unknown command; use \"desk add DESK_ID --agency CODE\", \"list\", \"unit ...\", \"publish ...\" or "
        "\"changes\".")
        << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    Startup::prepareProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    // The language first, so that --help and option errors speak it; the rest after parsing.
    (void)Startup::resolve({});

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("central", "MotCua reference central server (loopback only)."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        QCoreApplication::translate("central", "Address and port, e.g. 127.0.0.1:8765."), QStringLiteral("ADDR:PORT"),
        QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("central", "Folder for the server's data."), QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("vi | en"), QStringLiteral("LANG"));
    const QCommandLineOption now(QStringLiteral("now"),
        QCoreApplication::translate("central", "Fixed local time (tests only: needs MOTCUA_TEST_CLOCK=1)."),
        QStringLiteral("DATETIME"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
        QCoreApplication::translate("central", "Share of API requests that fail on purpose (tests), 0 to 1."),
        QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
        QCoreApplication::translate("central", "Seed of the faults' random sequence (tests)."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"),
        QCoreApplication::translate("central", "Answer every API request this many milliseconds late (tests)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption agency(QStringLiteral("agency"),
        QCoreApplication::translate("central", "Agency code (desk add, list)."), QStringLiteral("CODE"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        QCoreApplication::translate("central", "PEM certificate chain: serve https (with --tls-key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
        QCoreApplication::translate("central", "PEM private key of the --tls-cert certificate."),
        QStringLiteral("FILE"));
    // Citizen and business checks (sync/central/CentralVerify, docs/central.md).
    const QCommandLineOption fixtures(QStringLiteral("fixtures"),
        QCoreApplication::translate("central", "Folder with citizens.json and businesses.json (default: built in)."),
        QStringLiteral("DIR"));
    const QCommandLineOption serviceDown(QStringLiteral("service-down"),
        QCoreApplication::translate("central", "Answer \"unavailable\" for this national database (tests)."),
        QStringLiteral("citizen|business"));
    const QCommandLineOption statusPageRate(QStringLiteral("status-page-rate"),
        QCoreApplication::translate("central",
            "Public status page: requests per minute from one client address (also the burst), 1 to 100000."),
        QStringLiteral("N"), QString::number(sync::PublicStatusPage::kDefaultPerMinute));
    // Acting as a processing unit and publishing to the desks (sync/central/FeedCommands).
    const auto textOption = [](const char* name, const char* help, const char* value) {
        return QCommandLineOption(
            QString::fromLatin1(name), QCoreApplication::translate("central", help), QString::fromLatin1(value));
    };
    const QList<QCommandLineOption> feedOptions = {
        textOption("reason", QT_TRANSLATE_NOOP("central", "Reason (unit request-supplement, unit stop)."), "TEXT"),
        textOption("amount", QT_TRANSLATE_NOOP("central", "Amount in đồng (unit fee-notice)."), "VND"),
        textOption("number", QT_TRANSLATE_NOOP("central", "Fee notice number (unit fee-notice)."), "TEXT"),
        textOption("unit", QT_TRANSLATE_NOOP("central", "Name of the acting unit (unit ...)."), "NAME"),
        textOption("note", QT_TRANSLATE_NOOP("central", "Note (unit result-ready)."), "TEXT"),
        textOption("missing", QT_TRANSLATE_NOOP("central", "Missing papers, separated by ';'."), "LIST"),
        textOption("valid-from", QT_TRANSLATE_NOOP("central", "First day of a catalogue version."), "DATE"),
        textOption("year", QT_TRANSLATE_NOOP("central", "Year of a calendar table."), "YEAR"),
        textOption("desk", QT_TRANSLATE_NOOP("central", "One desk only (publish site)."), "DESK_ID"),
    };
    parser.addOptions({ listen, dataDir, lang, now, faultRate, faultSeed, delay, agency, tlsCert, tlsKey });
    parser.addOptions({ fixtures, serviceDown, statusPageRate });
    parser.addOptions(feedOptions);
    parser.addOptions(central::ServiceCommands::options()); // payment, codes (issue 15)
    parser.addOptions(central::noticeOptions()); // notices to applicants (app/central/CmdNotices)
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("central",
            "Nothing to serve, or: desk add DESK_ID --agency CODE | list | unit result-ready|request-supplement|"
            "fee-notice|stop CODE | publish catalogue|calendar|site FILE | changes [CODE] | notices [--code CODE]"));
    parser.process(app);

    QTextStream err(stderr);
    // The shared start-up path (core/Startup): settings, language and clock as in the desk's programs.
    // The server's data stay apart from a desk's: <data folder>/central unless --data-dir says otherwise.
    auto environment = Startup::resolve({ {}, {}, parser.value(now), parser.value(lang), {} });
    if (!environment) {
        // Start-up errors name the field; here the field is the option of the same name.
        const Error& e = environment.error();
        err << (e.field.isEmpty() ? QString() : QStringLiteral("--%1: ").arg(e.field)) << e.message << Qt::endl;
        return e.kind == ErrorKind::Usage ? 2 : 3;
    }
    const QString serverData = parser.isSet(dataDir) ? parser.value(dataDir)
                                                     : QDir(environment->dataDir()).filePath(QStringLiteral("central"));
    const QStringList command = parser.positionalArguments();
    if (central::ServiceCommands::handles(command)) // payment, codes (app/central/ServiceCommands.cpp)
        return central::ServiceCommands::run(command, serverData, parser);
    if (central::isNoticesCommand(command))
        return central::runNotices(command, serverData, parser);
    if (!command.isEmpty())
        return runAdmin(command, serverData, parser.value(agency),
            { parser.value(QStringLiteral("reason")), parser.value(QStringLiteral("amount")),
                parser.value(QStringLiteral("number")), parser.value(QStringLiteral("unit")),
                parser.value(QStringLiteral("note")), parser.value(QStringLiteral("missing")),
                parser.value(QStringLiteral("valid-from")), parser.value(QStringLiteral("year")), parser.value(agency),
                parser.value(QStringLiteral("desk")) });
    bool rateOk = false, seedOk = false, delayOk = false;
    const double rate = parser.value(faultRate).toDouble(&rateOk);
    const uint seed = parser.value(faultSeed).toUInt(&seedOk);
    const int delayMs = parser.value(delay).toInt(&delayOk);
    if (!rateOk || rate < 0 || rate > 1 || !seedOk || !delayOk || delayMs < 0 || delayMs > 600000) {
        err << QCoreApplication::translate(
            "central", "Options --fault-rate (0 to 1), --fault-seed and --delay-ms need numbers.")
            << Qt::endl;
        return 2;
    }
    const QString value = parser.value(listen);
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? value.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (!portOk || port > 65535 || address.isNull()) {
        err << QCoreApplication::translate("central", "Option --listen: \"%1\" is not ADDRESS:PORT.").arg(value)
            << Qt::endl;
        return 2;
    }

    sync::CentralServerOptions options { address, static_cast<quint16>(port), serverData, rate, seed, delayMs };
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    options.fixturesDir = parser.value(fixtures);
    options.servicesDown = parser.values(serviceDown);
    if (auto checked = sync::CentralVerify::checkOptions(options.fixturesDir, options.servicesDown); !checked) {
        err << checked.error().message << Qt::endl;
        return checked.error().kind == ErrorKind::Usage ? 2 : 3;
    }
    bool pageRateOk = false;
    const int pageRate = parser.value(statusPageRate).toInt(&pageRateOk);
    if (!pageRateOk || pageRate < 1 || pageRate > 100000) {
        err << QCoreApplication::translate("central", "Option --status-page-rate needs a number from 1 to 100000.")
            << Qt::endl;
        return 2;
    }
    options.statusPageBurst = options.statusPagePerMinute = pageRate;
    if (!central::applyNoticeOptions(parser, options))
        return 2;
    sync::CentralServer server(options);
    if (auto started = server.start(); !started) {
        err << started.error().message << Qt::endl;
        return 3;
    }
    // The actual port (useful with port 0) on stdout, so scripts can wait for readiness.
    QTextStream(stdout) << server.baseUrl() << Qt::endl;
    return app.exec();
}
