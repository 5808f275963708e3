// Resumable uploads (tus 1.0 with creation and checksum) from TusUploader over CurlTransport to the
// reference central's /files/ endpoint, on loopback: a multi-megabyte file arrives whole; an upload
// interrupted in-process or by killing the uploading process resumes from the server's offset and sends
// only the rest (bytes counted); a damaged chunk (460) is sent again; failures are classified; the
// endpoint follows the protocol (OPTIONS, 412, 415, 409, 404, 422 on a wrong whole-file SHA-256).
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/TusEndpoint.h"
#include "tests/support/TempDataDir.h"
#include "tests/sync/TusTestSupport.h"

#include <QDir>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace motcua;
using motcua::test::HookTransport;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// The bearer token of the test's central: its uploads need one (raw exchanges below add it too).
QByteArray g_bearer;

// A central with its data folder and a desk signed in, and a file to send.
struct Central {
    test::TempDataDir data;
    sync::CentralServer server { { QHostAddress::LocalHost, 0, data.filePath(QStringLiteral("central")) } };

    bool start()
    {
        if (!server.start().ok())
            return false;
        auto desk = server.state()->addDesk(QStringLiteral("D01"), QStringLiteral("000.00.25.G14"));
        auto token = desk ? server.state()->issueToken(desk->value(QStringLiteral("credential")).toString(), 900)
                          : Result<QString>(desk.error());
        g_bearer = token ? "Bearer " + token->toLatin1() : QByteArray();
        return token.ok();
    }
    QUrl endpoint() const { return QUrl(server.baseUrl() + QStringLiteral("/files/")); }
    QString filesFolder() const { return sync::TusEndpoint::filesFolder(data.filePath(QStringLiteral("central"))); }
    QString stateFile() const { return data.filePath(QStringLiteral("desk/sync/uploads.json")); }
    // The bytes the central holds for an upload URL.
    QByteArray stored(const QUrl& uploadUrl) const
    {
        QFile file(sync::TusFileStore(filesFolder()).bytesPath(uploadUrl.path().section(QLatin1Char('/'), -1)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

sync::TusUploadOptions optionsFor(const Central& central, qint64 chunkSize)
{
    sync::TusUploadOptions options;
    options.endpoint = central.endpoint();
    options.stateFile = central.stateFile();
    options.chunkSize = chunkSize;
    options.authorization = [] { return g_bearer; };
    return options;
}

sync::HttpResponse answerWith(int status)
{
    sync::HttpResponse response;
    response.status = status;
    return response;
}

// One raw exchange through the real transport, waited for on the event loop.
std::optional<sync::HttpResponse> exchange(sync::HttpTransport& transport, sync::HttpRequest request)
{
    if (!g_bearer.isEmpty())
        request.headers.append({ QByteArrayLiteral("Authorization"), g_bearer });
    std::optional<sync::HttpResponse> answer;
    transport.send(request, nullptr, [&answer](const sync::HttpResponse& response) { answer = response; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
        return std::nullopt;
    return answer;
}

sync::HttpRequest tusRequest(const QByteArray& method, const QUrl& url, sync::HttpHeaders headers = {})
{
    sync::HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers = std::move(headers);
    request.headers.append({ QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0") });
    return request;
}

QByteArray metadataFor(const QByteArray& content)
{
    return sync::tus::encodeMetadata({ { "filename", "a.pdf" }, { "sha256", test::sha256Hex(content) } });
}

} // namespace

class TestTus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uploadsMultiMegabyteFileWhole()
    {
        Central central;
        QVERIFY(central.start());
        const QByteArray content = test::knownBytes(5 * kMiB + 12345, 1);
        const QString path = central.data.writeFile(QStringLiteral("scans/ho-so 1.pdf"), content);
        sync::CurlTransport curl;
        HookTransport transport(curl);
        sync::TusUploader uploader(transport, optionsFor(central, kMiB));
        QSignalSpy progress(&uploader, &sync::TusUploader::progress);

        sync::TusUploadRequest request;
        request.filePath = path;
        request.dossierCode = QStringLiteral("000.00.01.H26-270301-0001");
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->offset, content.size());
        QCOMPARE(result->sha256Hex, test::sha256Hex(content));
        QCOMPARE(result->resumedFrom, -1);
        QCOMPARE(transport.patches, 6);
        QCOMPARE(transport.patchBytes, content.size());
        QCOMPARE(progress.size(), 6);
        QCOMPARE(progress.last().first().toLongLong(), content.size());

        // The central holds the same bytes, complete, with the metadata the desk sent.
        QCOMPARE(test::sha256Hex(central.stored(result->uploadUrl)), test::sha256Hex(content));
        const auto upload = sync::TusFileStore(central.filesFolder()).completedBySha256(result->sha256Hex);
        QVERIFY(upload);
        QVERIFY(upload->complete);
        QCOMPARE(upload->fileName(), QStringLiteral("ho-so 1.pdf"));
        QCOMPARE(upload->dossierCode(), request.dossierCode);

        // Every request said Tus-Resumable; every chunk carried its own SHA-256.
        QCOMPARE(transport.requests.first().method, QByteArray("OPTIONS"));
        QCOMPARE(transport.requests.at(1).method, QByteArray("POST"));
        for (const sync::HttpRequest& sent : transport.requests)
            QCOMPARE(test::header(sent, "Tus-Resumable"), QByteArray("1.0.0"));
        for (const sync::HttpRequest& sent : transport.requests) {
            if (sent.method == "PATCH")
                QVERIFY(test::header(sent, "Upload-Checksum").startsWith("sha256 "));
        }
        // One connection for the whole upload (HTTP keep-alive).
        QCOMPARE(transport.newConnections, 1);
        // Done: nothing is left to resume.
        QCOMPARE(sync::TusUploadState(central.stateFile()).size(), 0);
    }

    void resumesAfterInterruptionWithoutResendingConfirmedBytes()
    {
        Central central;
        QVERIFY(central.start());
        const QByteArray content = test::knownBytes(6 * kMiB + 7, 2);
        const QString path = central.data.writeFile(QStringLiteral("page.tif"), content);
        sync::TusUploadRequest request;
        request.filePath = path;
        qint64 confirmed = 0;
        {
            sync::CurlTransport curl;
            HookTransport transport(curl);
            int patches = 0;
            transport.setHook([&patches](sync::HttpRequest& sent) -> std::optional<sync::HttpResponse> {
                if (sent.method != "PATCH" || ++patches < 3)
                    return std::nullopt;
                sync::HttpResponse dropped;
                dropped.error = sync::TransportError::ConnectionLost;
                return dropped; // the connection "drops" on the third chunk
            });
            sync::TusUploader uploader(transport, optionsFor(central, kMiB));
            const auto result = test::runUpload(uploader, request);
            QVERIFY(result);
            QCOMPARE(result->failure, sync::TusFailure::Transient);
            QCOMPARE(result->error.code, QStringLiteral("connection_lost"));
            QCOMPARE(result->offset, 2 * kMiB);
            confirmed = result->offset;
        }
        // The state file remembers the upload, readable by its owner only.
        QCOMPARE(sync::TusUploadState(central.stateFile()).size(), 1);
        QCOMPARE(QFile::permissions(central.stateFile()) & 0x0077, QFileDevice::Permissions {});
        QCOMPARE(QFile::permissions(central.stateFile()) & (QFileDevice::ReadOwner | QFileDevice::WriteOwner),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // A new uploader (as after a restart) asks the server and sends only the rest.
        sync::CurlTransport curl;
        HookTransport transport(curl);
        sync::TusUploader uploader(transport, optionsFor(central, kMiB));
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->resumedFrom, confirmed);
        QCOMPARE(transport.patchBytes, content.size() - confirmed);
        QCOMPARE(result->bytesSent, content.size() - confirmed);
        QVERIFY(std::none_of(transport.requests.begin(), transport.requests.end(),
            [](const sync::HttpRequest& sent) { return sent.method == "POST"; }));
        QCOMPARE(test::sha256Hex(central.stored(result->uploadUrl)), test::sha256Hex(content));
        QCOMPARE(sync::TusUploadState(central.stateFile()).size(), 0);
    }

    void resumesAfterTheUploadingProcessIsKilled()
    {
        Central central;
        QVERIFY(central.start());
        const QByteArray content = test::knownBytes(8 * kMiB, 3);
        const QString path = central.data.writeFile(QStringLiteral("dossier.pdf"), content);
        QProcess* child = test::startUploadChild(central.endpoint().toString(), path, central.stateFile(), kMiB,
            2 * kMiB, this, g_bearer); // 2 MiB/s: about four seconds for the whole file
        QVERIFY(child->waitForStarted(10000));
        // Killed once the central has confirmed at least three chunks, long before the end.
        QTRY_VERIFY_WITH_TIMEOUT(test::largestStoredFile(central.filesFolder()) >= 3 * kMiB, 30000);
        QCOMPARE(child->state(), QProcess::Running);
        child->kill();
        QVERIFY(child->waitForFinished(10000));
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);

        sync::CurlTransport curl;
        HookTransport transport(curl);
        sync::TusUploader uploader(transport, optionsFor(central, kMiB));
        sync::TusUploadRequest request;
        request.filePath = path;
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        // It went on from where the central stood (a chunk the child had sent whole may have landed after
        // the kill) and sent only the rest.
        QVERIFY2(result->resumedFrom >= 3 * kMiB && result->resumedFrom < content.size(),
            qPrintable(QString::number(result->resumedFrom)));
        QCOMPARE(transport.patchBytes, content.size() - result->resumedFrom);
        QVERIFY(std::none_of(transport.requests.begin(), transport.requests.end(),
            [](const sync::HttpRequest& sent) { return sent.method == "POST"; }));
        QCOMPARE(test::sha256Hex(central.stored(result->uploadUrl)), test::sha256Hex(content));
    }

    void damagedChunkIsSentAgain()
    {
        Central central;
        QVERIFY(central.start());
        const QByteArray content = test::knownBytes(3 * kMiB, 4);
        const QString path = central.data.writeFile(QStringLiteral("a.pdf"), content);
        sync::CurlTransport curl;
        HookTransport transport(curl);
        int patches = 0;
        transport.setHook([&patches](sync::HttpRequest& sent) -> std::optional<sync::HttpResponse> {
            if (sent.method == "PATCH" && ++patches == 2)
                sent.body[100] = char(sent.body[100] ^ 0x55); // damaged on the way, once
            return std::nullopt;
        });
        sync::TusUploader uploader(transport, optionsFor(central, kMiB));
        sync::TusUploadRequest request;
        request.filePath = path;
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->chunksResent, 1);
        QCOMPARE(transport.patches, 4);
        QCOMPARE(test::sha256Hex(central.stored(result->uploadUrl)), test::sha256Hex(content));
    }

    void chunkDamagedEveryTimeEndsThePermanentWay()
    {
        Central central;
        QVERIFY(central.start());
        const QString path = central.data.writeFile(QStringLiteral("a.pdf"), test::knownBytes(kMiB, 5));
        sync::CurlTransport curl;
        HookTransport transport(curl);
        transport.setHook([](sync::HttpRequest& sent) -> std::optional<sync::HttpResponse> {
            if (sent.method == "PATCH")
                sent.body[0] = char(sent.body[0] ^ 1);
            return std::nullopt;
        });
        sync::TusUploadOptions options = optionsFor(central, kMiB);
        options.checksumRetries = 2;
        sync::TusUploader uploader(transport, options);
        sync::TusUploadRequest request;
        request.filePath = path;
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QCOMPARE(result->failure, sync::TusFailure::Permanent);
        QCOMPARE(result->error.code, QStringLiteral("checksum_mismatch"));
        QCOMPARE(result->httpStatus, 460);
        QCOMPARE(transport.patches, 3);
        QVERIFY(!result->error.message.isEmpty());
        QCOMPARE(sync::TusFileStore(central.filesFolder()).find(result->uploadUrl.path().section('/', -1))->offset, 0);
    }

    void serverErrorsAreTransientAndKeepTheUpload()
    {
        Central central;
        QVERIFY(central.start());
        const QString path = central.data.writeFile(QStringLiteral("a.pdf"), test::knownBytes(2 * kMiB, 6));
        sync::CurlTransport curl;
        HookTransport transport(curl);
        transport.setHook([](sync::HttpRequest& sent) -> std::optional<sync::HttpResponse> {
            if (sent.method == "PATCH" && test::header(sent, "Upload-Offset") != "0")
                return answerWith(503);
            return std::nullopt;
        });
        sync::TusUploader uploader(transport, optionsFor(central, kMiB));
        sync::TusUploadRequest request;
        request.filePath = path;
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QCOMPARE(result->failure, sync::TusFailure::Transient);
        QCOMPARE(result->httpStatus, 503);
        QCOMPARE(result->offset, kMiB);
        QCOMPARE(sync::TusUploadState(central.stateFile()).size(), 1);
    }

    void lostUploadIsCreatedAgain()
    {
        Central central;
        QVERIFY(central.start());
        const QByteArray content = test::knownBytes(kMiB + 1, 7);
        const QString path = central.data.writeFile(QStringLiteral("a.pdf"), content);
        // The state file points at an upload the central does not have (e.g. its data were restored).
        sync::TusUploadState state(central.stateFile());
        QVERIFY(state
                    .remember(QFileInfo(path).absoluteFilePath(),
                        { QUrl(central.server.baseUrl() + QStringLiteral("/files/0123456789abcdef0123456789abcdef")),
                            central.endpoint(), content.size(), test::sha256Hex(content), {} })
                    .ok());
        sync::CurlTransport curl;
        HookTransport transport(curl);
        sync::TusUploader uploader(transport, optionsFor(central, kMiB));
        sync::TusUploadRequest request;
        request.filePath = path;
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->resumedFrom, -1);
        QCOMPARE(transport.patchBytes, content.size());
        QCOMPARE(test::sha256Hex(central.stored(result->uploadUrl)), test::sha256Hex(content));
    }

    void changedFileStartsOver()
    {
        Central central;
        QVERIFY(central.start());
        const QString path = central.data.writeFile(QStringLiteral("a.pdf"), test::knownBytes(2 * kMiB, 8));
        sync::TusUploadRequest request;
        request.filePath = path;
        {
            sync::CurlTransport curl;
            HookTransport transport(curl);
            transport.setHook([](sync::HttpRequest& sent) -> std::optional<sync::HttpResponse> {
                if (sent.method == "PATCH" && test::header(sent, "Upload-Offset") != "0")
                    return answerWith(503);
                return std::nullopt;
            });
            sync::TusUploader uploader(transport, optionsFor(central, kMiB));
            QCOMPARE(test::runUpload(uploader, request)->offset, kMiB);
        }
        // The file is rescanned in between: the old upload does not fit it any more.
        const QByteArray rescanned = test::knownBytes(2 * kMiB, 9);
        QCOMPARE(central.data.writeFile(QStringLiteral("a.pdf"), rescanned), path);
        sync::CurlTransport curl;
        HookTransport transport(curl);
        sync::TusUploader uploader(transport, optionsFor(central, kMiB));
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->resumedFrom, -1);
        QCOMPARE(transport.patchBytes, rescanned.size());
        QCOMPARE(test::sha256Hex(central.stored(result->uploadUrl)), test::sha256Hex(rescanned));
    }

    void wrongAnnouncedSha256IsRefusedAtTheEnd()
    {
        Central central;
        QVERIFY(central.start());
        const QString path = central.data.writeFile(QStringLiteral("a.pdf"), test::knownBytes(kMiB + 10, 10));
        sync::CurlTransport curl;
        sync::TusUploader uploader(curl, optionsFor(central, kMiB));
        sync::TusUploadRequest request;
        request.filePath = path;
        request.sha256Hex = test::sha256Hex("something else");
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QCOMPARE(result->failure, sync::TusFailure::Permanent);
        QCOMPARE(result->httpStatus, 422);
        QCOMPARE(result->error.code, QStringLiteral("file_sha256_mismatch"));
        QVERIFY(!sync::TusFileStore(central.filesFolder()).find(result->uploadUrl.path().section('/', -1)));
        QCOMPARE(sync::TusUploadState(central.stateFile()).size(), 0); // a new attempt starts over
    }

    void emptyFileIsCompleteAtCreation()
    {
        Central central;
        QVERIFY(central.start());
        const QString path = central.data.writeFile(QStringLiteral("empty.txt"), {});
        sync::CurlTransport curl;
        HookTransport transport(curl);
        sync::TusUploader uploader(transport, optionsFor(central, kMiB));
        sync::TusUploadRequest request;
        request.filePath = path;
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(transport.patches, 0);
        QVERIFY(sync::TusFileStore(central.filesFolder()).completedBySha256(test::sha256Hex({})));
    }

    void bearerTokenAndUnauthorized()
    {
        test::TempDataDir data;
        QHttpServer server;
        sync::TusEndpoint::Options endpointOptions;
        endpointOptions.dataDir = data.path();
        endpointOptions.authorize
            = [](const QHttpServerRequest& request) { return request.value("Authorization") == "Bearer good"; };
        sync::TusEndpoint::install(server, endpointOptions);
        const int port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        const QString path = data.writeFile(QStringLiteral("a.pdf"), test::knownBytes(200000, 11));
        sync::CurlTransport curl;
        sync::TusUploadOptions options;
        options.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/files/").arg(port));
        QByteArray token = "bad";
        options.authorization = [&token] { return "Bearer " + token; };
        sync::TusUploader uploader(curl, options);
        sync::TusUploadRequest request;
        request.filePath = path;
        auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QCOMPARE(result->failure, sync::TusFailure::Unauthorized);
        QCOMPARE(result->httpStatus, 401);
        QCOMPARE(result->error.kind, ErrorKind::Permission);

        token = "good"; // asked again before every request: a renewed token is used at once
        result = test::runUpload(uploader, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
    }

    void endpointFollowsTheProtocol()
    {
        Central central;
        QVERIFY(central.start());
        sync::CurlTransport curl;
        const QUrl endpoint = central.endpoint();

        auto options = exchange(curl, tusRequest("OPTIONS", endpoint));
        QVERIFY(options);
        QCOMPARE(options->status, 204);
        QCOMPARE(options->header("Tus-Version"), QByteArray("1.0.0"));
        QCOMPARE(options->header("Tus-Extension"), QByteArray("creation,checksum"));
        QCOMPARE(options->header("Tus-Checksum-Algorithm"), QByteArray("sha256"));
        QVERIFY(options->header("Tus-Max-Size").toLongLong() > 0);

        const QByteArray content = test::knownBytes(1000, 12);
        sync::HttpRequest noVersion = tusRequest("POST", endpoint, { { "Upload-Length", "1000" } });
        noVersion.headers.removeLast();
        auto refused = exchange(curl, noVersion);
        QCOMPARE(refused->status, 412);
        QCOMPARE(refused->header("Tus-Version"), QByteArray("1.0.0"));
        auto noSha = exchange(curl, tusRequest("POST", endpoint, { { "Upload-Length", "1000" } }));
        QCOMPARE(noSha->status, 400);
        auto badMeta = exchange(curl,
            tusRequest("POST", endpoint, { { "Upload-Length", "1000" }, { "Upload-Metadata", "sha256 !!notbase64" } }));
        QCOMPARE(badMeta->status, 400);
        auto tooBig = exchange(curl,
            tusRequest("POST", endpoint,
                { { "Upload-Length", QByteArray::number(qint64(1) << 40) },
                    { "Upload-Metadata", metadataFor(content) } }));
        QCOMPARE(tooBig->status, 413);

        auto created = exchange(curl,
            tusRequest("POST", endpoint, { { "Upload-Length", "1000" }, { "Upload-Metadata", metadataFor(content) } }));
        QCOMPARE(created->status, 201);
        const QUrl upload = endpoint.resolved(QUrl::fromEncoded(created->header("Location")));
        QVERIFY(upload.path().startsWith(QLatin1String("/files/")));

        auto head = exchange(curl, tusRequest("HEAD", upload));
        QCOMPARE(head->status, 200);
        QCOMPARE(head->header("Upload-Offset"), QByteArray("0"));
        QCOMPARE(head->header("Upload-Length"), QByteArray("1000"));
        QCOMPARE(head->header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(sync::tus::parseMetadata(head->header("Upload-Metadata"))->size(), 2);

        sync::HttpRequest wrongType
            = tusRequest("PATCH", upload, { { "Content-Type", "application/octet-stream" }, { "Upload-Offset", "0" } });
        wrongType.body = content.left(10);
        QCOMPARE(exchange(curl, wrongType)->status, 415);

        sync::HttpRequest first = tusRequest("PATCH", upload,
            { { "Content-Type", "application/offset+octet-stream" }, { "Upload-Offset", "0" },
                { "Upload-Checksum", sync::tus::checksumHeader(content.left(400)) } });
        first.body = content.left(400);
        auto patched = exchange(curl, first);
        QCOMPARE(patched->status, 204);
        QCOMPARE(patched->header("Upload-Offset"), QByteArray("400"));
        QCOMPARE(patched->header("Tus-Resumable"), QByteArray("1.0.0"));

        auto conflict = exchange(curl, first); // the same chunk again: the offset has moved on
        QCOMPARE(conflict->status, 409);
        sync::HttpRequest badAlgorithm = tusRequest("PATCH", upload,
            { { "Content-Type", "application/offset+octet-stream" }, { "Upload-Offset", "400" },
                { "Upload-Checksum", "md5 AAAA" } });
        badAlgorithm.body = content.mid(400);
        QCOMPARE(exchange(curl, badAlgorithm)->status, 400);
        sync::HttpRequest tooLong = tusRequest(
            "PATCH", upload, { { "Content-Type", "application/offset+octet-stream" }, { "Upload-Offset", "400" } });
        tooLong.body = content.mid(400) + "x";
        QCOMPARE(exchange(curl, tooLong)->status, 400);

        // Without a checksum the chunk is accepted as it is (the checksum is optional).
        sync::HttpRequest rest = tusRequest(
            "PATCH", upload, { { "Content-Type", "application/offset+octet-stream" }, { "Upload-Offset", "400" } });
        rest.body = content.mid(400);
        QCOMPARE(exchange(curl, rest)->status, 204);
        QVERIFY(sync::TusFileStore(central.filesFolder()).completedBySha256(test::sha256Hex(content)));

        QCOMPARE(exchange(curl, tusRequest("HEAD", QUrl(endpoint.toString() + QStringLiteral("nope"))))->status, 404);
        QCOMPARE(
            exchange(curl, tusRequest("HEAD", QUrl(endpoint.toString() + QStringLiteral("../../etc/passwd"))))->status,
            404);
    }

    void centralWithoutDataFolderRefusesUploads()
    {
        sync::CentralServer server({ QHostAddress::LocalHost, 0, {} });
        QVERIFY(server.start().ok());
        sync::CurlTransport curl;
        auto created = exchange(curl,
            tusRequest("POST", QUrl(server.baseUrl() + QStringLiteral("/files/")),
                { { "Upload-Length", "1" }, { "Upload-Metadata", metadataFor("x") } }));
        QVERIFY(created);
        QCOMPARE(created->status, 503);
    }
};

MOTCUA_TUS_TEST_MAIN(TestTus)
#include "test_tus.moc"
