#include "sync/CurlTransport.h"

#include <QLoggingCategory>

#include <curl/curl.h>

#include <mutex>
#include <thread>
#include <vector>

Q_LOGGING_CATEGORY(lcTransport, "motcua.sync.transport")

namespace motcua::sync {

namespace curl_detail {

// One exchange while libcurl works on it; owns everything the easy handle points at.
struct CurlTransfer {
    quint64 id = 0;
    HttpRequest request;
    QByteArray url;
    HttpResponse response;
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~CurlTransfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        curl_slist_free_all(headers);
    }
};

} // namespace curl_detail

using curl_detail::CurlTransfer;

namespace {

TransportError transportErrorFor(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return TransportError::None;
    case CURLE_OPERATION_TIMEDOUT:
        return TransportError::Timeout;
    case CURLE_COULDNT_CONNECT:
        return TransportError::ConnectionRefused;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return TransportError::Dns;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_USE_SSL_FAILED:
        return TransportError::Tls;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return TransportError::ConnectionLost;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return TransportError::InvalidUrl;
    default:
        return TransportError::Other;
    }
}

size_t curlWriteBody(char* data, size_t size, size_t count, void* user)
{
    static_cast<CurlTransfer*>(user)->response.body.append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

size_t curlWriteHeader(char* data, size_t size, size_t count, void* user)
{
    auto* transfer = static_cast<CurlTransfer*>(user);
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        transfer->response.headers.clear(); // a new answer (after "100 Continue")
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        transfer->response.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    return size * count;
}

void curlGlobalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

// The worker: a thread that owns the multi handle and every easy handle.
class CurlTransport::Engine
{
public:
    using Deliver = std::function<void(quint64, HttpResponse)>;

    Engine(CurlOptions options, Deliver deliver) : m_options(std::move(options)), m_deliver(std::move(deliver))
    {
        if (m_options.userAgent.isEmpty())
            m_options.userAgent = QByteArrayLiteral("MotCua-Desk/" MOTCUA_VERSION);
        m_caFile = m_options.caFile.toLocal8Bit();
        m_proxy = m_options.proxy.toUtf8();
        m_clientCert = m_options.clientCertificate.toLocal8Bit();
        m_clientKey = m_options.clientKey.toLocal8Bit();
        m_multi = curl_multi_init();
        m_thread = std::thread([this] { run(); });
    }

    ~Engine()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        curl_multi_wakeup(m_multi);
        m_thread.join();
        for (auto& transfer : m_active)
            curl_multi_remove_handle(m_multi, transfer->easy);
        m_active.clear();
        curl_multi_cleanup(m_multi);
    }

    void post(quint64 id, const HttpRequest& request)
    {
        auto transfer = std::make_unique<CurlTransfer>();
        transfer->id = id;
        transfer->request = request;
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(transfer));
        }
        curl_multi_wakeup(m_multi);
    }

private:
    void run()
    {
        for (;;) {
            std::vector<std::unique_ptr<CurlTransfer>> incoming;
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    return;
                incoming.swap(m_queue);
            }
            for (auto& transfer : incoming)
                start(std::move(transfer));
            int running = 0;
            curl_multi_perform(m_multi, &running);
            collectFinished();
            curl_multi_poll(m_multi, nullptr, 0, 1000, nullptr);
        }
    }

    void start(std::unique_ptr<CurlTransfer> transfer)
    {
        const QUrl& url = transfer->request.url;
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            finish(*transfer, CURLE_URL_MALFORMAT);
            return;
        }
        transfer->easy = curl_easy_init();
        configure(*transfer);
        curl_multi_add_handle(m_multi, transfer->easy);
        m_active.push_back(std::move(transfer));
    }

    void configure(CurlTransfer& t)
    {
        CURL* easy = t.easy;
        const HttpRequest& r = t.request;
        t.url = r.url.toEncoded();
        curl_easy_setopt(easy, CURLOPT_URL, t.url.constData());
        curl_easy_setopt(easy, CURLOPT_PRIVATE, &t);
        curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500
        curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
        configureTls(easy);
        if (!m_proxy.isEmpty())
            curl_easy_setopt(easy, CURLOPT_PROXY, m_proxy.constData());
        // Loopback never goes through a proxy; other hosts follow the site's or the environment's proxy.
        curl_easy_setopt(easy, CURLOPT_NOPROXY, m_options.noProxy ? "*" : "localhost,127.0.0.1,::1");
        curl_easy_setopt(easy, CURLOPT_USERAGENT, m_options.userAgent.constData());
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(r.timeoutMs));
        const int connectMs
            = m_options.connectTimeoutMs > 0 ? std::min(m_options.connectTimeoutMs, r.timeoutMs) : r.timeoutMs;
        curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(connectMs));
        if (m_options.maxSendBytesPerSecond > 0)
            curl_easy_setopt(
                easy, CURLOPT_MAX_SEND_SPEED_LARGE, static_cast<curl_off_t>(m_options.maxSendBytesPerSecond));
        curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t.errorBuffer);
        curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, curlWriteBody);
        curl_easy_setopt(easy, CURLOPT_WRITEDATA, &t);
        curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, curlWriteHeader);
        curl_easy_setopt(easy, CURLOPT_HEADERDATA, &t);

        const QByteArray method = r.method.toUpper();
        const bool sendsBody = !r.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH";
        if (method == "HEAD") {
            curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
        } else if (sendsBody) {
            curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(r.body.size()));
            curl_easy_setopt(easy, CURLOPT_POSTFIELDS, r.body.constData());
        }
        if (method != "GET" && method != "HEAD" && method != "POST")
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, r.method.constData());

        t.headers = curl_slist_append(t.headers, "Expect:"); // no "100 Continue" round trip
        for (const auto& [name, value] : r.headers)
            t.headers = curl_slist_append(t.headers, QByteArray(name + ": " + value).constData());
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, t.headers);
    }

    void configureTls(CURL* easy)
    {
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, m_options.insecure ? 0L : 1L);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, m_options.insecure ? 0L : 2L);
        if (!m_caFile.isEmpty())
            curl_easy_setopt(easy, CURLOPT_CAINFO, m_caFile.constData());
        if (!m_options.pinnedPublicKey.isEmpty())
            curl_easy_setopt(easy, CURLOPT_PINNEDPUBLICKEY, m_options.pinnedPublicKey.constData());
        if (!m_clientCert.isEmpty()) {
            curl_easy_setopt(easy, CURLOPT_SSLCERT, m_clientCert.constData());
            if (!m_clientKey.isEmpty())
                curl_easy_setopt(easy, CURLOPT_SSLKEY, m_clientKey.constData());
        }
    }

    void collectFinished()
    {
        int left = 0;
        while (CURLMsg* message = curl_multi_info_read(m_multi, &left)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            CURL* easy = message->easy_handle;
            const CURLcode result = message->data.result;
            curl_multi_remove_handle(m_multi, easy);
            for (auto it = m_active.begin(); it != m_active.end(); ++it) {
                if ((*it)->easy == easy) {
                    std::unique_ptr<CurlTransfer> transfer = std::move(*it);
                    m_active.erase(it);
                    finish(*transfer, result);
                    break;
                }
            }
        }
    }

    void finish(CurlTransfer& t, CURLcode result)
    {
        HttpResponse& response = t.response;
        if (t.easy) {
            long status = 0;
            long connects = 0;
            curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
            curl_easy_getinfo(t.easy, CURLINFO_NUM_CONNECTS, &connects);
            response.status = static_cast<int>(status);
            response.newConnections = static_cast<int>(connects);
        }
        response.error = transportErrorFor(result);
        if (!response.ok()) {
            response.status = 0;
            response.errorMessage = TransportMessages::text(response.error, t.request.url);
            response.errorDetail = QString::fromUtf8(t.errorBuffer[0] ? t.errorBuffer : curl_easy_strerror(result));
            qCDebug(lcTransport).noquote() << t.request.method << t.request.url.toString(QUrl::RemoveUserInfo)
                                           << "failed:" << response.errorDetail;
        }
        m_deliver(t.id, std::move(response));
    }

    CurlOptions m_options;
    QByteArray m_caFile;
    QByteArray m_proxy;
    QByteArray m_clientCert;
    QByteArray m_clientKey;
    Deliver m_deliver;
    CURLM* m_multi = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    bool m_stopping = false;
    std::vector<std::unique_ptr<CurlTransfer>> m_queue; // guarded by m_mutex
    std::vector<std::unique_ptr<CurlTransfer>> m_active; // worker thread only
};

CurlTransport::CurlTransport(CurlOptions options, QObject* parent) : HttpTransport(parent)
{
    curlGlobalInit();
    m_engine = std::make_unique<Engine>(std::move(options), [this](quint64 id, HttpResponse response) {
        // Runs on the worker thread: hand the answer over to this object's thread.
        QMetaObject::invokeMethod(
            this, [this, id, r = std::move(response)]() mutable { deliver(id, std::move(r)); }, Qt::QueuedConnection);
    });
}

CurlTransport::~CurlTransport()
{
    m_engine.reset(); // joins the worker: nothing is posted to this object afterwards
}

quint64 CurlTransport::send(const HttpRequest& request, QObject* context, Callback done)
{
    const quint64 id = ++m_nextId;
    m_pending.insert(id, Pending { QPointer<QObject>(context), context != nullptr, std::move(done) });
    m_engine->post(id, request);
    return id;
}

void CurlTransport::deliver(quint64 id, HttpResponse response)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    if (pending.hasContext && !pending.context)
        return;
    if (pending.done)
        pending.done(response);
}

} // namespace motcua::sync
