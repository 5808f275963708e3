// motcua-central: the reference central server (loopback only). See docs/cli.md.
#include "core/Startup.h"
#include "sync/central/CentralServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace motcua;

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
    parser.addOptions({ listen, dataDir, lang, now });
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

    sync::CentralServer server({ address, static_cast<quint16>(port), serverData });
    if (auto started = server.start(); !started) {
        err << started.error().message << Qt::endl;
        return 3;
    }
    // The actual port (useful with port 0) on stdout, so scripts can wait for readiness.
    QTextStream(stdout) << server.baseUrl() << Qt::endl;
    return app.exec();
}
