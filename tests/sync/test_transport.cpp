// CurlTransport against a real HTTP server on loopback (tests/support/LoopbackHttpServer): status,
// headers and body both ways, the connection kept open between exchanges, and typed failures
// (refused, timeout, not an http URL) with a translated message; a destroyed context gets no callback.
#include "core/Translations.h"
#include "sync/CurlTransport.h"
#include "tests/support/LoopbackHttpServer.h"

#include <QTcpServer>
#include <QtTest>

#include <optional>

using namespace motcua;
using motcua::test::LoopbackHttpServer;

namespace {

// Sends one request and waits (event loop, no sleep) for its answer.
std::optional<sync::HttpResponse> exchange(sync::HttpTransport& transport, const sync::HttpRequest& request)
{
    std::optional<sync::HttpResponse> answer;
    transport.send(request, nullptr, [&answer](const sync::HttpResponse& response) { answer = response; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
        return std::nullopt;
    return answer;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed when probe goes: nothing listens there afterwards
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void statusHeadersAndBodyBothWays()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const LoopbackHttpServer::Request& request) {
            return LoopbackHttpServer::Reply { 201, "got:" + request.body, { { "X-Answer", "42" } } };
        });
        sync::CurlTransport transport;
        sync::HttpRequest request;
        request.method = "POST";
        request.url = server.url(QStringLiteral("/records?batch=1"));
        request.headers = { { "Content-Type", "application/json" }, { "Idempotency-Key", "k-1" } };
        request.body = QByteArrayLiteral("{\"MaHoSo\":\"000.00.01.H26-250312-0001\"}");
        const auto response = exchange(transport, request);
        QVERIFY(response);
        QVERIFY2(response->ok(), qPrintable(response->errorDetail));
        QCOMPARE(response->status, 201);
        QCOMPARE(response->body, "got:" + request.body);
        QCOMPARE(response->header("x-answer"), QByteArrayLiteral("42"));

        QCOMPARE(server.requests().size(), 1);
        const auto& seen = server.requests().first();
        QCOMPARE(seen.method, QByteArrayLiteral("POST"));
        QCOMPARE(seen.path, QByteArrayLiteral("/records?batch=1"));
        QCOMPARE(seen.header("Idempotency-Key"), QByteArrayLiteral("k-1"));
        QCOMPARE(seen.body, request.body);
        QVERIFY(seen.header("Expect").isEmpty());
    }

    void otherMethodsAndErrorStatus()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        sync::CurlTransport transport;
        sync::HttpRequest request;
        request.method = "PATCH";
        request.url = server.url(QStringLiteral("/files/1"));
        request.body = QByteArrayLiteral("bytes");
        const auto response = exchange(transport, request);
        QVERIFY(response && response->ok());
        // An HTTP error status is an answer, not a transport failure.
        QCOMPARE(response->status, 404);
        QCOMPARE(server.requests().first().method, QByteArrayLiteral("PATCH"));
        QCOMPARE(server.requests().first().body, QByteArrayLiteral("bytes"));
    }

    void keepsTheConnectionOpenBetweenExchanges()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        sync::CurlTransport transport;
        const auto first = exchange(transport, sync::HttpRequest::get(server.url(QStringLiteral("/health"))));
        const auto second = exchange(transport, sync::HttpRequest::get(server.url(QStringLiteral("/health"))));
        QVERIFY(first && second);
        QCOMPARE(first->status, 200);
        QCOMPARE(second->status, 200);
        QCOMPARE(first->newConnections, 1);
        QCOMPARE(second->newConnections, 0);
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(server.requests().size(), 2);
    }

    void refusedConnectionIsTypedAndExplained()
    {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        sync::CurlTransport transport;
        const auto response
            = exchange(transport, sync::HttpRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
        QVERIFY(response);
        QCOMPARE(response->error, sync::TransportError::ConnectionRefused);
        QCOMPARE(response->status, 0);
        QVERIFY(!response->errorDetail.isEmpty());
        const Error error = response->toError();
        QCOMPARE(error.kind, ErrorKind::Environment);
        QCOMPARE(error.code, QStringLiteral("connection_refused"));
        // Vietnamese by default.
        QVERIFY2(error.message.contains(QStringLiteral("Không kết nối được")), qPrintable(error.message));
    }

    void silentServerTimesOut()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setSilent(true);
        sync::CurlTransport transport;
        const auto response = exchange(transport, sync::HttpRequest::get(server.url(QStringLiteral("/health")), 300));
        QVERIFY(response);
        QCOMPARE(response->error, sync::TransportError::Timeout);
        QCOMPARE(server.requests().size(), 1); // the request did arrive: no answer came back
        QCOMPARE(response->toError().code, QStringLiteral("timeout"));
    }

    void onlyHttpUrlsAreSent()
    {
        sync::CurlTransport transport;
        for (const char* url : { "ftp://127.0.0.1/file", "file:///etc/passwd", "not a url" }) {
            const auto response = exchange(transport, sync::HttpRequest::get(QUrl(QString::fromLatin1(url))));
            QVERIFY(response);
            QCOMPARE(response->error, sync::TransportError::InvalidUrl);
        }
    }

    void destroyedContextGetsNoCallback()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        sync::CurlTransport transport;
        bool called = false;
        auto* context = new QObject;
        transport.send(sync::HttpRequest::get(server.url(QStringLiteral("/health"))), context,
            [&called](const sync::HttpResponse&) { called = true; });
        QCOMPARE(transport.inFlight(), 1);
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(transport.inFlight(), 0, 15000);
        QVERIFY(!called);
        QCOMPARE(server.requests().size(), 1);
    }

    void destroyingTheTransportAbandonsExchanges()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setSilent(true);
        bool called = false;
        {
            sync::CurlTransport transport;
            transport.send(sync::HttpRequest::get(server.url(QStringLiteral("/health")), 60000), nullptr,
                [&called](const sync::HttpResponse&) { called = true; });
            QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 15000);
        } // returns at once although the server never answers
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "test_transport.moc"
