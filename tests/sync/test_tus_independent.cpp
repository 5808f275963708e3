// TusUploader against an independent tus 1.0 server: npm @tus/server with @tus/file-store
// (tests/tus-server, installed by `npm ci` from scripts/install-tus-server.sh, which the test command
// runs). A multi-megabyte file arrives whole; an upload killed mid-way (the uploading process is killed
// while a chunk is on the wire) resumes from the server's offset, sends only the rest, and the stored
// file's SHA-256 equals the original's. Fails, never skips, when Node or the server's packages are
// missing.
#include "tests/support/TempDataDir.h"
#include "tests/sync/TusTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

using namespace motcua;
using motcua::test::HookTransport;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QString tusServerDir()
{
    return QStringLiteral(MOTCUA_TUS_SERVER_DIR);
}

} // namespace

class TestTusIndependent : public QObject
{
    Q_OBJECT

private:
    test::TempDataDir m_data;
    QProcess m_server;
    QUrl m_endpoint;

    QString storeDir() const { return m_data.filePath(QStringLiteral("tus-store")); }
    // @tus/file-store keeps an upload's bytes in <directory>/<id>.
    QString storedPath(const QUrl& uploadUrl) const
    {
        return QDir(storeDir()).filePath(uploadUrl.path().section(QLatin1Char('/'), -1));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString node = QStringLiteral(MOTCUA_NODE);
        QVERIFY2(!node.isEmpty() && QFileInfo(node).isExecutable(),
            "Node.js (node) is missing: install it (Debian: nodejs) and configure again.");
        const QString packages = QDir(tusServerDir()).filePath(QStringLiteral("node_modules/@tus/server/package.json"));
        QVERIFY2(QFileInfo::exists(packages),
            qPrintable(QStringLiteral("@tus/server is not installed in %1: run `bash scripts/install-tus-server.sh "
                                      "<build folder>` (npm ci; scripts/run-tests.sh does it).")
                           .arg(tusServerDir())));
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.setWorkingDirectory(tusServerDir());
        m_server.start(node,
            { QStringLiteral("server.js"), QStringLiteral("--dir"), storeDir(), QStringLiteral("--port"),
                QStringLiteral("0") });
        QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += m_server.readAllStandardOutput()).contains('\n'), 20000);
        QVERIFY2(out.startsWith("listening on "), out.constData());
        const int port = out.mid(13).trimmed().toInt();
        QVERIFY(port > 0);
        m_endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/files/").arg(port));
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        m_server.terminate();
        if (!m_server.waitForFinished(5000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    void uploadsWholeWithoutChecksums()
    {
        const QByteArray content = test::knownBytes(5 * kMiB + 333, 21);
        const QString path = m_data.writeFile(QStringLiteral("files/a.pdf"), content);
        sync::CurlTransport curl;
        HookTransport transport(curl);
        sync::TusUploadOptions options;
        options.endpoint = m_endpoint;
        options.stateFile = m_data.filePath(QStringLiteral("state-a.json"));
        options.chunkSize = kMiB;
        sync::TusUploader uploader(transport, options);
        sync::TusUploadRequest request;
        request.filePath = path;
        request.dossierCode = QStringLiteral("000.00.01.H26-270301-0002");
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(transport.patchBytes, content.size());
        QCOMPARE(test::fileSha256Hex(storedPath(result->uploadUrl)), test::sha256Hex(content));
        // The server offers no checksum extension: no chunk carries Upload-Checksum.
        for (const sync::HttpRequest& sent : transport.requests)
            QVERIFY(test::header(sent, "Upload-Checksum").isEmpty());
        QCOMPARE(sync::TusUploadState(options.stateFile).size(), 0);
    }

    void killedUploadResumesWithTheRestOnly()
    {
        const QByteArray content = test::knownBytes(8 * kMiB + 99, 22);
        const QString path = m_data.writeFile(QStringLiteral("files/b.pdf"), content);
        const QString stateFile = m_data.filePath(QStringLiteral("state-b.json"));
        // 4 MiB chunks at 2 MiB/s: the server writes each chunk as it streams in, so the kill lands
        // inside one and the server's offset is wherever the bytes stopped.
        QProcess* child = test::startUploadChild(m_endpoint.toString(), path, stateFile, 4 * kMiB, 2 * kMiB, this);
        QVERIFY(child->waitForStarted(10000));
        // The child remembers its upload right after creation; then the bytes of that upload are watched.
        const QString key = QFileInfo(path).absoluteFilePath();
        QTRY_VERIFY_WITH_TIMEOUT(sync::TusUploadState(stateFile).find(key).has_value(), 20000);
        const QString stored = storedPath(sync::TusUploadState(stateFile).find(key)->uploadUrl);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(stored).size() >= 5 * kMiB, 30000);
        QCOMPARE(child->state(), QProcess::Running);
        child->kill();
        QVERIFY(child->waitForFinished(10000));
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);
        QCOMPARE(sync::TusUploadState(stateFile).size(), 1);

        sync::CurlTransport curl;
        HookTransport transport(curl);
        sync::TusUploadOptions options;
        options.endpoint = m_endpoint;
        options.stateFile = stateFile;
        options.chunkSize = 4 * kMiB;
        sync::TusUploader uploader(transport, options);
        sync::TusUploadRequest request;
        request.filePath = path;
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        qInfo("resumed at byte %lld of %lld", static_cast<long long>(result->resumedFrom),
            static_cast<long long>(content.size()));
        QVERIFY(result->resumedFrom >= 5 * kMiB);
        QVERIFY(result->resumedFrom < content.size());
        QCOMPARE(transport.patchBytes, content.size() - result->resumedFrom);
        QVERIFY(std::none_of(transport.requests.begin(), transport.requests.end(),
            [](const sync::HttpRequest& sent) { return sent.method == "POST"; }));
        QCOMPARE(test::fileSha256Hex(storedPath(result->uploadUrl)), test::sha256Hex(content));
    }

    void lostUploadIsCreatedAgain()
    {
        const QByteArray content = test::knownBytes(kMiB / 2, 23);
        const QString path = m_data.writeFile(QStringLiteral("files/c.pdf"), content);
        const QString stateFile = m_data.filePath(QStringLiteral("state-c.json"));
        QVERIFY(sync::TusUploadState(stateFile)
                    .remember(QFileInfo(path).absoluteFilePath(),
                        { m_endpoint.resolved(QUrl(QStringLiteral("0123456789abcdef"))), m_endpoint, content.size(),
                            test::sha256Hex(content), {} })
                    .ok());
        sync::CurlTransport curl;
        sync::TusUploadOptions options;
        options.endpoint = m_endpoint;
        options.stateFile = stateFile;
        sync::TusUploader uploader(curl, options);
        sync::TusUploadRequest request;
        request.filePath = path;
        const auto result = test::runUpload(uploader, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error.message));
        QCOMPARE(result->resumedFrom, -1);
        QCOMPARE(test::fileSha256Hex(storedPath(result->uploadUrl)), test::sha256Hex(content));
    }
};

MOTCUA_TUS_TEST_MAIN(TestTusIndependent)
#include "test_tus_independent.moc"
