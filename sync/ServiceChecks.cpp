#include "sync/ServiceChecks.h"

#include "sync/CurlTransport.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcServiceChecks, "motcua.sync.checks", QtInfoMsg)

namespace motcua::sync {

namespace {

QUrl checkUrl(const QUrl& central, const QByteArray& path)
{
    QUrl url = central;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QString::fromLatin1(path));
    return url;
}

QString centralMessage(const QJsonObject& body)
{
    return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

} // namespace

CheckQuestion CheckQuestion::fromParty(const dossier::Party& party)
{
    CheckQuestion q;
    q.kind = party.kind == dossier::ApplicantKind::Business ? store::ServiceCheckKind::Business
                                                            : store::ServiceCheckKind::Citizen;
    q.idNumber = party.idNumber;
    q.name = party.name;
    q.birthDate = party.birthDate;
    q.taxCode = party.taxCode;
    return q;
}

QByteArray CheckQuestion::path() const
{
    return kind == store::ServiceCheckKind::Business ? QByteArrayLiteral("/api/v1/verify/business")
                                                     : QByteArrayLiteral("/api/v1/verify/citizen");
}

QJsonObject CheckQuestion::body() const
{
    if (kind == store::ServiceCheckKind::Business)
        return { { QStringLiteral("tax_code"), taxCode } };
    return { { QStringLiteral("id"), idNumber }, { QStringLiteral("name"), name },
        { QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate) } };
}

QJsonObject CheckAnswer::details() const
{
    QJsonObject d = body;
    d.remove(QStringLiteral("result"));
    return d;
}

QJsonObject CheckAnswer::toJson() const
{
    return body.contains(QStringLiteral("result")) ? body : QJsonObject { { QStringLiteral("result"), result } };
}

CheckAnswer CheckAnswer::fromResponse(const HttpResponse& response)
{
    CheckAnswer a;
    if (!response.ok()) {
        a.error = response.toError();
        a.problem = response.errorMessage;
        return a;
    }
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (response.status == 200) {
        a.body = body;
        a.result = body.value(QStringLiteral("result")).toString(QStringLiteral("unavailable"));
        if (!a.answered()) {
            a.problem = ServiceCheckClient::tr("The national database does not answer now; the check is asked "
                                               "again when it does");
            a.error = Error::environment(QStringLiteral("network"), a.problem, QStringLiteral("service_unavailable"));
        }
        return a;
    }
    a.refused = response.status == 400 || response.status == 403;
    a.problem = ServiceCheckClient::tr("Central answered HTTP %1: %2").arg(response.status).arg(centralMessage(body));
    a.error = a.refused
        ? Error::invalid(body.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
            a.problem, QStringLiteral("check_refused"))
        : Error::environment(QStringLiteral("network"), a.problem, QStringLiteral("central_refused"));
    return a;
}

// ---- ServiceCheckClient

ServiceCheckClient::ServiceCheckClient(SyncSettings settings, HttpTransport* transport, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_transport(transport)
{
    if (!m_transport) {
        CurlOptions options = m_settings.transport;
        if (options.caFile.isEmpty())
            options.caFile = m_settings.caFile;
        m_ownTransport = std::make_unique<CurlTransport>(options);
        m_transport = m_ownTransport.get();
    }
}

ServiceCheckClient::~ServiceCheckClient() = default;

HttpRequest ServiceCheckClient::request(const QByteArray& path, const QJsonObject& body) const
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.url = checkUrl(m_settings.central, path);
    r.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
        { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") },
        { QByteArrayLiteral("X-Motcua-Protocol"), QByteArrayLiteral("1") } };
    if (!m_token.isEmpty())
        r.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1() });
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.timeoutMs = m_settings.requestTimeoutMs;
    return r;
}

void ServiceCheckClient::ask(const CheckQuestion& question, std::function<void(const CheckAnswer&)> done)
{
    if (m_settings.credential.isEmpty() || !m_settings.central.isValid()) {
        CheckAnswer a;
        a.problem = tr("This desk has no credential for the central system (motcua sync login)");
        a.error = Error::environment(QStringLiteral("credential"), a.problem, QStringLiteral("credential_required"));
        done(a);
        return;
    }
    if (m_token.isEmpty()) {
        signIn([this, question, done](const CheckAnswer& failure) {
            if (!failure.problem.isEmpty())
                done(failure);
            else
                send(question, done, false);
        });
        return;
    }
    send(question, std::move(done), false);
}

void ServiceCheckClient::signIn(std::function<void(const CheckAnswer& failure)> then)
{
    m_token.clear();
    m_transport->send(
        request(QByteArrayLiteral("/api/v1/token"), { { QStringLiteral("credential"), m_settings.credential } }), this,
        [this, then](const HttpResponse& response) {
            const QJsonObject body = QJsonDocument::fromJson(response.body).object();
            if (response.ok() && response.status == 200)
                m_token = body.value(QStringLiteral("access_token")).toString();
            if (!m_token.isEmpty()) {
                then({});
                return;
            }
            CheckAnswer failure = CheckAnswer::fromResponse(response);
            if (response.ok() && response.status == 401) {
                failure.problem = tr("Central refused the desk credential (HTTP 401)");
                failure.error = Error::permission(
                    QStringLiteral("credential"), failure.problem, QStringLiteral("credential_refused"));
            }
            then(failure);
        });
}

void ServiceCheckClient::send(const CheckQuestion& question, std::function<void(const CheckAnswer&)> done, bool retried)
{
    m_transport->send(
        request(question.path(), question.body()), this, [this, question, done, retried](const HttpResponse& response) {
            if (response.ok() && response.status == 401 && !retried) { // the token expired: sign in again, once
                signIn([this, question, done](const CheckAnswer& failure) {
                    if (!failure.problem.isEmpty())
                        done(failure);
                    else
                        send(question, done, true);
                });
                return;
            }
            done(CheckAnswer::fromResponse(response));
        });
}

// ---- PendingChecks

PendingChecks::PendingChecks(store::Store& store, HttpTransport& transport, RequestFactory factory, QObject* parent)
    : QObject(parent), m_store(store), m_transport(transport), m_factory(std::move(factory))
{ }

void PendingChecks::run(std::function<void(const Outcome&)> done)
{
    m_done = std::move(done);
    m_outcome = {};
    auto pending = m_store.pendingServiceChecks(m_actor, 200);
    if (!pending) {
        finish(pending.error().message);
        return;
    }
    m_queue = pending.value();
    next();
}

void PendingChecks::next()
{
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const store::ServiceCheck check = m_queue.takeFirst();
    CheckQuestion question = CheckQuestion::fromParty(check.subject);
    question.kind = check.kind;
    m_transport.send(m_factory(question.path(), question.body()), this,
        [this, check](const HttpResponse& response) { answered(check, CheckAnswer::fromResponse(response)); });
}

void PendingChecks::answered(const store::ServiceCheck& check, const CheckAnswer& answer)
{
    if (!answer.answered()) {
        ++m_outcome.stillPending;
        if (auto s = m_store.countServiceCheckAttempt(m_actor, check.id); !s)
            qCWarning(lcServiceChecks) << "counting an attempt:" << s.error().message;
        if (!answer.refused) { // central or the service is down: the others wait for the next round too
            m_outcome.stillPending += int(m_queue.size());
            finish(answer.problem);
            return;
        }
        qCWarning(lcServiceChecks) << "check" << check.id << "of" << check.code << "refused:" << answer.problem;
        next();
        return;
    }
    auto kept = m_store.answerServiceCheck(m_actor, check.id, answer.result, answer.details());
    if (!kept) {
        finish(kept.error().message);
        return;
    }
    if (kept.value())
        ++m_outcome.answered;
    next();
}

void PendingChecks::finish(const QString& problem)
{
    m_outcome.problem = problem;
    m_queue.clear();
    if (auto done = std::exchange(m_done, nullptr))
        done(m_outcome);
}

} // namespace motcua::sync
