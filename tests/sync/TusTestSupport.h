// Helpers of the tus tests (test_tus, test_tus_independent): a transport that records, counts and may
// tamper with requests on their way to the real one, files of known content, an upload run to its end,
// and the child process that uploads (throttled) until the test kills it.
#pragma once

#include "sync/CurlTransport.h"
#include "sync/TusProtocol.h"
#include "sync/TusUploader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimer>

#include <cstring>
#include <functional>
#include <optional>

namespace motcua::test {

// Forwards to `inner`; a hook sees each request first and may change it or answer in its place.
class HookTransport : public sync::HttpTransport
{
public:
    using Hook = std::function<std::optional<sync::HttpResponse>(sync::HttpRequest&)>;

    explicit HookTransport(sync::HttpTransport& inner) : m_inner(inner) { }

    void setHook(Hook hook) { m_hook = std::move(hook); }

    quint64 send(const sync::HttpRequest& request, QObject* context, Callback done) override
    {
        sync::HttpRequest copy = request;
        if (m_hook) {
            if (std::optional<sync::HttpResponse> answer = m_hook(copy)) {
                QObject* receiver = context ? context : this;
                QMetaObject::invokeMethod(
                    receiver, [done, answer = *answer] { done(answer); }, Qt::QueuedConnection);
                recordOnly(copy);
                return ++m_fakeIds;
            }
        }
        if (copy.method == "PATCH") {
            ++patches;
            patchBytes += copy.body.size();
        }
        recordOnly(copy);
        return m_inner.send(copy, context, [this, done = std::move(done)](const sync::HttpResponse& response) {
            newConnections += response.newConnections;
            done(response);
        });
    }

    QList<sync::HttpRequest> requests; // as sent (bodies left out)
    int patches = 0; // PATCH requests passed on to the real transport
    qint64 patchBytes = 0; // their body bytes
    int newConnections = 0; // connections the real transport opened for them

private:
    void recordOnly(sync::HttpRequest request)
    {
        request.body.clear();
        requests.append(std::move(request));
    }

    sync::HttpTransport& m_inner;
    Hook m_hook;
    quint64 m_fakeIds = quint64(1) << 62;
};

inline QByteArray knownBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        const quint32 word = generator.generate();
        std::memcpy(bytes.data() + i, &word, 4);
    }
    for (; i < size; ++i)
        bytes[i] = char(generator.generate());
    return bytes;
}

inline QByteArray sha256Hex(const QByteArray& bytes)
{
    return sync::tus::Sha256::hash(bytes).toHex();
}

inline QByteArray fileSha256Hex(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return sha256Hex(file.readAll());
}

inline QByteArray header(const sync::HttpRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Starts the upload and waits (event loop, no sleep) for its end.
inline std::optional<sync::TusUploadResult> runUpload(
    sync::TusUploader& uploader, const sync::TusUploadRequest& request, int timeoutMs = 120000)
{
    QSignalSpy finished(&uploader, &sync::TusUploader::finished);
    if (!uploader.start(request))
        return std::nullopt;
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return std::nullopt;
    return finished.first().first().value<sync::TusUploadResult>();
}

// The size of the largest file below `folder` that is not a .json description: how far an upload has
// come at the server (the central's <id>.bin, @tus/file-store's <id>).
inline qint64 largestStoredFile(const QString& folder)
{
    qint64 largest = -1;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.fileName().endsWith(QLatin1String(".json")))
            largest = std::max(largest, it.fileInfo().size());
    }
    return largest;
}

// The child process: this test program again, with MOTCUA_TUS_CHILD=1 and the upload's parameters in
// the environment. It uploads at TUS_RATE bytes/s (with the Authorization header TUS_AUTH, if any) until it
// ends or is killed.
inline QProcess* startUploadChild(const QString& endpoint, const QString& file, const QString& stateFile,
    qint64 chunkSize, qint64 bytesPerSecond, QObject* parent, const QByteArray& authorization = {})
{
    auto* child = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_TUS_CHILD"), QStringLiteral("1"));
    env.insert(QStringLiteral("TUS_ENDPOINT"), endpoint);
    env.insert(QStringLiteral("TUS_FILE"), file);
    env.insert(QStringLiteral("TUS_STATE"), stateFile);
    env.insert(QStringLiteral("TUS_CHUNK"), QString::number(chunkSize));
    env.insert(QStringLiteral("TUS_RATE"), QString::number(bytesPerSecond));
    env.insert(QStringLiteral("TUS_AUTH"), QString::fromLatin1(authorization)); // e.g. "Bearer ..."
    child->setProcessEnvironment(env);
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), {});
    return child;
}

// main() of the child process; returns its exit code (0: the upload ended well).
inline int runUploadChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const auto env = [](const char* name) { return qEnvironmentVariable(name); };
    sync::CurlOptions curlOptions;
    curlOptions.maxSendBytesPerSecond = env("TUS_RATE").toLongLong();
    sync::CurlTransport transport(curlOptions);
    sync::TusUploadOptions options;
    options.endpoint = QUrl(env("TUS_ENDPOINT"));
    options.stateFile = env("TUS_STATE");
    options.chunkSize = env("TUS_CHUNK").toLongLong();
    if (const QByteArray auth = env("TUS_AUTH").toLatin1(); !auth.isEmpty())
        options.authorization = [auth] { return auth; };
    sync::TusUploader uploader(transport, options);
    int code = 1;
    QObject::connect(&uploader, &sync::TusUploader::finished, &app, [&code](const sync::TusUploadResult& result) {
        code = result.ok() ? 0 : 1;
        QCoreApplication::quit();
    });
    sync::TusUploadRequest request;
    request.filePath = env("TUS_FILE");
    QTimer::singleShot(0, &uploader, [&uploader, request] { uploader.start(request); });
    app.exec();
    return code;
}

} // namespace motcua::test

// main() of a tus test program: the child mode, or the Qt Test class.
#define MOTCUA_TUS_TEST_MAIN(TestClass)                                                                                \
    int main(int argc, char** argv)                                                                                    \
    {                                                                                                                  \
        if (qEnvironmentVariableIsSet("MOTCUA_TUS_CHILD"))                                                             \
            return motcua::test::runUploadChild(argc, argv);                                                           \
        QCoreApplication app(argc, argv);                                                                              \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
