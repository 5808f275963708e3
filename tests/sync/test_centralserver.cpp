// The reference central server answers /health on loopback and refuses other addresses.
#include "sync/central/CentralServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using namespace motcua;

class TestCentralServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthOnLoopback()
    {
        sync::CentralServer server({ QHostAddress::LocalHost, 0, {} });
        QVERIFY(server.start().ok());
        QVERIFY(server.port() > 0);

        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(QUrl(server.baseUrl() + QStringLiteral("/health"))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(body.value(QStringLiteral("service")).toString(), QStringLiteral("motcua-central"));
        reply->deleteLater();

        QNetworkReply* missing = network.get(QNetworkRequest(QUrl(server.baseUrl() + QStringLiteral("/nope"))));
        QTRY_VERIFY_WITH_TIMEOUT(missing->isFinished(), 10000);
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        missing->deleteLater();
    }

    void refusesNonLoopback()
    {
        sync::CentralServer server({ QHostAddress(QStringLiteral("0.0.0.0")), 0, {} });
        const Status started = server.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("not_loopback"));
    }

    void busyPortIsEnvironmentError()
    {
        sync::CentralServer first({ QHostAddress::LocalHost, 0, {} });
        QVERIFY(first.start().ok());
        sync::CentralServer second({ QHostAddress::LocalHost, first.port(), {} });
        const Status started = second.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().kind, ErrorKind::Environment);
    }
};

QTEST_GUILESS_MAIN(TestCentralServer)
#include "test_centralserver.moc"
