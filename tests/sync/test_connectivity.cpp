// ConnectivityMonitor over the scripted FakeTransport: online, offline on a timeout (with the reason),
// online again; a central that answers but is not healthy; no central configured; one check at a time;
// the /health address built from the central URL.
#include "core/Translations.h"
#include "sync/ConnectivityMonitor.h"
#include "tests/support/FakeTransport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace motcua;
using motcua::test::FakeTransport;
using State = sync::ConnectivityMonitor::State;

class TestConnectivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("vi")));
        qRegisterMetaType<State>();
    }

    void onlineOfflineOnline()
    {
        FakeTransport transport;
        transport.respond(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
        transport.fail(sync::TransportError::Timeout);
        transport.respond(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
        sync::ConnectivityMonitor monitor(transport, QUrl(QStringLiteral("https://central.example.vn")));
        QSignalSpy changes(&monitor, &sync::ConnectivityMonitor::stateChanged);
        QCOMPARE(monitor.state(), State::Unknown);

        monitor.checkNow();
        QTRY_COMPARE(monitor.state(), State::Online);
        QVERIFY(monitor.lastError().isEmpty());

        monitor.checkNow();
        QTRY_COMPARE(monitor.state(), State::Offline);
        QVERIFY2(monitor.lastError().contains(QStringLiteral("không trả lời kịp")), qPrintable(monitor.lastError()));

        monitor.checkNow();
        QTRY_COMPARE(monitor.state(), State::Online);
        QVERIFY(monitor.lastError().isEmpty());

        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).at(0).value<State>(), State::Online);
        QCOMPARE(changes.at(1).at(0).value<State>(), State::Offline);
        QCOMPARE(changes.at(2).at(0).value<State>(), State::Online);
        QCOMPARE(transport.requests().size(), 3);
        for (const auto& request : transport.requests()) {
            QCOMPARE(request.method, QByteArrayLiteral("GET"));
            QCOMPARE(request.url, QUrl(QStringLiteral("https://central.example.vn/health")));
            QVERIFY(request.timeoutMs > 0);
        }
    }

    void unhealthyAnswerIsOffline()
    {
        FakeTransport transport;
        transport.respond(503, QByteArrayLiteral("{\"status\":\"maintenance\"}"));
        transport.respond(200, QByteArrayLiteral("not json"));
        sync::ConnectivityMonitor monitor(transport, QUrl(QStringLiteral("http://127.0.0.1:9")));
        monitor.checkNow();
        QTRY_COMPARE(monitor.state(), State::Offline);
        QVERIFY2(monitor.lastError().contains(QStringLiteral("503")), qPrintable(monitor.lastError()));
        monitor.checkNow();
        QTRY_COMPARE(transport.requests().size(), 2);
        QTRY_VERIFY(monitor.lastError().contains(QStringLiteral("200")));
        QCOMPARE(monitor.state(), State::Offline);
    }

    void noCentralConfiguredIsOfflineWithoutAsking()
    {
        FakeTransport transport;
        sync::ConnectivityMonitor monitor(transport, QUrl());
        monitor.checkNow();
        QCOMPARE(monitor.state(), State::Offline);
        QVERIFY(monitor.lastError().contains(QStringLiteral("central_url")));
        QVERIFY(transport.requests().isEmpty());
    }

    void oneCheckAtATime()
    {
        FakeTransport transport;
        transport.hold();
        transport.respond(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
        sync::ConnectivityMonitor monitor(transport, QUrl(QStringLiteral("http://127.0.0.1:9")));
        monitor.checkNow();
        monitor.checkNow();
        QCOMPARE(transport.requests().size(), 1);
        QCOMPARE(monitor.state(), State::Unknown);
        transport.release();
        QTRY_COMPARE(monitor.state(), State::Online);
        monitor.checkNow(); // the answer came: a new check goes out (refused by default)
        QCOMPARE(transport.requests().size(), 2);
        QTRY_COMPARE(monitor.state(), State::Offline);
    }

    void healthUrlKeepsTheCentralPath()
    {
        FakeTransport transport;
        sync::ConnectivityMonitor withSlash(transport, QUrl(QStringLiteral("https://c.example.vn/motcua/")));
        QCOMPARE(withSlash.healthUrl(), QUrl(QStringLiteral("https://c.example.vn/motcua/health")));
        sync::ConnectivityMonitor bare(transport, QUrl(QStringLiteral("https://c.example.vn")));
        QCOMPARE(bare.healthUrl(), QUrl(QStringLiteral("https://c.example.vn/health")));
    }
};

QTEST_GUILESS_MAIN(TestConnectivity)
#include "test_connectivity.moc"
