// motcua-central: the reference central server (loopback only). See docs/cli.md.
#include "core/Translations.h"
#include "sync/central/CentralServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-central"));
    motcua::Translations::install(qEnvironmentVariable("MOTCUA_LANG", QStringLiteral("vi")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("central", "MotCua reference central server (loopback only)."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        QCoreApplication::translate("central", "Address and port, e.g. 127.0.0.1:8765."), QStringLiteral("ADDR:PORT"),
        QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("central", "Folder for the server's data."), QStringLiteral("DIR"));
    parser.addOption(listen);
    parser.addOption(dataDir);
    parser.process(app);

    QTextStream err(stderr);
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

    motcua::sync::CentralServer server({ address, static_cast<quint16>(port), parser.value(dataDir) });
    if (auto started = server.start(); !started) {
        err << started.error().message << Qt::endl;
        return 3;
    }
    // The actual port (useful with port 0) on stdout, so scripts can wait for readiness.
    QTextStream(stdout) << server.baseUrl() << Qt::endl;
    return app.exec();
}
