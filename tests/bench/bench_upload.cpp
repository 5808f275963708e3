// bench_upload: tus upload throughput on loopback to the reference central (target: over 50 MB/s),
// compared in the same run with `curl -T` of the same file to the same server (one PATCH of the whole
// file to a freshly created upload, no checksum). Rows: TusUploader with per-chunk SHA-256 checksums,
// TusUploader without them, curl -T; then the ratio ours / curl. The central runs on a thread of its
// own, as a separate machine would. The file's SHA-256 is computed once beforehand (the desk's store
// already knows it) and shown apart.
//   bench_upload [MIB (default 128)] [CHUNK_MIB (default 8)] [RUNS (default 3)]
#include "sync/CurlTransport.h"
#include "sync/TusProtocol.h"
#include "sync/TusUploader.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/TusEndpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace motcua;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// The central on its own thread, listening on loopback.
class CentralThread : public QThread
{
public:
    explicit CentralThread(QString dataDir) : m_dataDir(std::move(dataDir)) { }
    QString baseUrl() const { return m_baseUrl; }
    QByteArray bearer() const { return m_bearer; } // uploads need a desk's token
    bool startAndWait()
    {
        start();
        m_ready.acquire();
        return !m_baseUrl.isEmpty();
    }

protected:
    void run() override
    {
        sync::CentralServer server({ QHostAddress::LocalHost, 0, m_dataDir });
        if (server.start().ok()) {
            auto desk = server.state()->addDesk(QStringLiteral("BENCH"), QStringLiteral("000.00.25.G14"));
            auto token = desk ? server.state()->issueToken(desk->value(QStringLiteral("credential")).toString(), 86400)
                              : Result<QString>(desk.error());
            if (token) {
                m_baseUrl = server.baseUrl();
                m_bearer = "Bearer " + token->toLatin1();
            }
        }
        m_ready.release();
        if (!m_baseUrl.isEmpty())
            exec();
    }

private:
    QString m_dataDir;
    QString m_baseUrl;
    QByteArray m_bearer;
    QSemaphore m_ready;
};

bool writeTestFile(const QString& path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator generator(42);
    QByteArray block(kMiB, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += block.size()) {
        generator.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        if (file.write(block.constData(), std::min<qint64>(block.size(), size - written)) < 0)
            return false;
    }
    return true;
}

// Seconds for one TusUploader upload, or -1.
// The central holds every file once (a creation of a file it has answers at once): forget the finished
// upload's content index so that the next run sends the bytes again.
void forgetCompleteUploads(const QString& centralDir, const QByteArray& sha)
{
    QFile::remove(QDir(sync::TusEndpoint::filesFolder(centralDir))
                      .filePath(QStringLiteral("by-sha256/") + QString::fromLatin1(sha)));
}

double uploadWithTus(const QString& baseUrl, const QByteArray& bearer, const QString& path, const QByteArray& sha,
    qint64 chunk, bool checksums)
{
    sync::CurlTransport transport;
    sync::TusUploadOptions options;
    options.endpoint = QUrl(baseUrl + QStringLiteral("/files/"));
    options.chunkSize = chunk;
    options.checksums = checksums;
    options.authorization = [bearer] { return bearer; };
    sync::TusUploader uploader(transport, options);
    QSignalSpy finished(&uploader, &sync::TusUploader::finished);
    sync::TusUploadRequest request;
    request.filePath = path;
    request.sha256Hex = sha;
    QElapsedTimer timer;
    timer.start();
    uploader.start(request);
    if (finished.isEmpty() && !finished.wait(600000))
        return -1;
    const double seconds = timer.nsecsElapsed() / 1e9;
    const auto result = finished.first().first().value<sync::TusUploadResult>();
    if (!result.ok()) {
        std::fprintf(stderr, "upload failed: %s\n", qPrintable(result.error.message));
        return -1;
    }
    return seconds;
}

// A new upload of that file at the central (POST), for curl to fill; its URL or an empty one.
QUrl createUpload(const QString& baseUrl, const QByteArray& bearer, qint64 size, const QByteArray& sha)
{
    sync::CurlTransport transport;
    sync::HttpRequest request;
    request.method = "POST";
    request.url = QUrl(baseUrl + QStringLiteral("/files/"));
    request.headers
        = { { "Tus-Resumable", "1.0.0" }, { "Authorization", bearer }, { "Upload-Length", QByteArray::number(size) },
              { "Upload-Metadata", sync::tus::encodeMetadata({ { "filename", "bench.bin" }, { "sha256", sha } }) } };
    std::optional<sync::HttpResponse> answer;
    transport.send(request, nullptr, [&answer](const sync::HttpResponse& response) { answer = response; });
    QElapsedTimer wait;
    wait.start();
    while (!answer && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!answer || answer->status != 201)
        return {};
    return request.url.resolved(QUrl::fromEncoded(answer->header("Location")));
}

// Seconds for `curl -T` of the file as one PATCH to a new upload, or -1.
double uploadWithCurl(const QString& curl, const QString& baseUrl, const QByteArray& bearer, const QString& path,
    qint64 size, const QByteArray& sha)
{
    const QUrl upload = createUpload(baseUrl, bearer, size, sha);
    if (upload.isEmpty())
        return -1;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(curl,
        { QStringLiteral("-sS"), QStringLiteral("--noproxy"), QStringLiteral("*"), QStringLiteral("-o"),
            QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("-X"),
            QStringLiteral("PATCH"), QStringLiteral("-T"), path, QStringLiteral("-H"),
            QStringLiteral("Tus-Resumable: 1.0.0"), QStringLiteral("-H"), QStringLiteral("Upload-Offset: 0"),
            QStringLiteral("-H"), QString::fromLatin1("Authorization: " + bearer), QStringLiteral("-H"),
            QStringLiteral("Content-Type: application/offset+octet-stream"), QStringLiteral("-H"),
            QStringLiteral("Expect:"), upload.toString() });
    if (!process.waitForFinished(600000))
        return -1;
    const double seconds = timer.nsecsElapsed() / 1e9;
    const QByteArray status = process.readAllStandardOutput().trimmed();
    if (status != "204") {
        std::fprintf(stderr, "curl -T answered %s\n", status.constData());
        return -1;
    }
    return seconds;
}

struct Row {
    const char* name;
    QList<double> seconds;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.debug=false\nmotcua.*.info=false"));
    const qint64 mib = argc > 1 ? std::max(1, atoi(argv[1])) : 128;
    const qint64 chunk = (argc > 2 ? std::max(1, atoi(argv[2])) : 8) * kMiB;
    const int runs = argc > 3 ? std::max(1, atoi(argv[3])) : 3;
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        std::fprintf(stderr, "curl is missing\n");
        return 3;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.bin"));
    const qint64 size = mib * kMiB;
    if (!writeTestFile(path, size)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 3;
    }
    QElapsedTimer hashTimer;
    hashTimer.start();
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    sync::tus::Sha256 sha256;
    while (!file.atEnd())
        sha256.add(file.read(4 * kMiB));
    const QByteArray sha = sha256.result().toHex();
    const double hashSeconds = hashTimer.nsecsElapsed() / 1e9;

    const QString centralDir = dir.filePath(QStringLiteral("central"));
    CentralThread central(centralDir);
    if (!central.startAndWait()) {
        std::fprintf(stderr, "the central did not start\n");
        return 3;
    }
    Row rows[] = { { "tus, sha256 per chunk", {} }, { "tus, no checksums", {} }, { "curl -T (one PATCH)", {} } };
    for (int run = 0; run < runs; ++run) { // interleaved, so that load on the machine hits all rows alike
        rows[0].seconds.append(uploadWithTus(central.baseUrl(), central.bearer(), path, sha, chunk, true));
        forgetCompleteUploads(centralDir, sha);
        rows[1].seconds.append(uploadWithTus(central.baseUrl(), central.bearer(), path, sha, chunk, false));
        forgetCompleteUploads(centralDir, sha);
        rows[2].seconds.append(uploadWithCurl(curl, central.baseUrl(), central.bearer(), path, size, sha));
        forgetCompleteUploads(centralDir, sha);
    }
    central.quit();
    central.wait();

    const double mb = size / 1e6;
    std::printf("file %lld MiB, chunk %lld MiB, %d runs, median; SHA-256 of the file beforehand: %.0f MB/s\n",
        static_cast<long long>(mib), static_cast<long long>(chunk / kMiB), runs, mb / hashSeconds);
    bool failed = false;
    for (const Row& row : rows) {
        const bool ok = std::none_of(row.seconds.begin(), row.seconds.end(), [](double s) { return s < 0; });
        failed = failed || !ok;
        const double seconds = median(row.seconds);
        std::printf("%-24s %8.3f s  %8.1f MB/s%s\n", row.name, seconds, ok ? mb / seconds : 0.0, ok ? "" : "  FAILED");
    }
    const double ours = median(rows[0].seconds);
    const double theirs = median(rows[2].seconds);
    std::printf("ratio tus (checksums) / curl -T: %.2f   (target: tus over 50 MB/s: %s)\n", theirs / ours,
        mb / ours > 50 ? "met" : "NOT met");
    return failed ? 1 : 0;
}
