// ServiceChecks: the desk's half of the citizen and business checks through central (issue 15,
// docs/central.md). CheckQuestion is what is asked (POST /api/v1/verify/citizen {id, name, birth_date} or
// /api/v1/verify/business {tax_code}), CheckAnswer what came back. ServiceCheckClient asks with the desk's
// credential (a bearer token from POST /api/v1/token, signed in again once on a 401) over the engine's
// transport (CurlTransport with the site's TLS settings): the window and `motcua verify` use it.
// PendingChecks is the sync round's part: it asks again for every check kept as pending (no answer when
// the clerk asked) and keeps central's answers with the dossier (history and audit rows by the store).
#pragma once

#include "core/store/Store.h"
#include "sync/HttpTransport.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace motcua::sync {

struct CheckQuestion {
    store::ServiceCheckKind kind = store::ServiceCheckKind::Citizen;
    QString idNumber; // citizen
    QString name;
    QDate birthDate;
    QString taxCode; // business

    static CheckQuestion fromParty(const dossier::Party& party);
    QByteArray path() const; // "/api/v1/verify/citizen" | "/api/v1/verify/business"
    QJsonObject body() const;
};

struct CheckAnswer {
    QString result = QStringLiteral("unavailable"); // match | mismatch | not_found | found | unavailable
    QJsonObject body; // central's answer as sent
    QString problem; // translated: why there is no answer (central unreachable or refusing); empty otherwise
    Error error; // the same as an error (kind Environment, or Invalid when central refused the question)
    bool refused = false; // central refused the question itself (HTTP 400): asking again will not help

    bool answered() const { return result != QLatin1String("unavailable"); }
    QJsonObject details() const; // the body without "result": {"differs"} or {"name","address",...}
    QJsonObject toJson() const; // the body, or {"result":"unavailable"} when there is none
    static CheckAnswer fromResponse(const HttpResponse& response);
};

class ServiceCheckClient : public QObject
{
    Q_OBJECT

public:
    // `settings`: central's address, the desk's credential, the transport options. `transport` (not owned)
    // replaces the libcurl one made otherwise; it must live in this object's thread.
    explicit ServiceCheckClient(SyncSettings settings, HttpTransport* transport = nullptr, QObject* parent = nullptr);
    ~ServiceCheckClient() override;

    // Asks central; `done` runs once, on this object's thread.
    void ask(const CheckQuestion& question, std::function<void(const CheckAnswer&)> done);

private:
    void signIn(std::function<void(const CheckAnswer& failure)> then);
    void send(const CheckQuestion& question, std::function<void(const CheckAnswer&)> done, bool retried);
    HttpRequest request(const QByteArray& path, const QJsonObject& body) const;

    SyncSettings m_settings;
    HttpTransport* m_transport = nullptr;
    std::unique_ptr<HttpTransport> m_ownTransport;
    QString m_token;
};

class PendingChecks : public QObject
{
    Q_OBJECT

public:
    // Builds a signed-in POST request to `path` with `body` (the engine's).
    using RequestFactory = std::function<HttpRequest(const QByteArray& path, const QJsonObject& body)>;
    struct Outcome {
        int answered = 0; // checks whose answer was stored in this run
        int stillPending = 0; // asked but without an answer (service down, central unreachable)
        QString problem; // translated; why the run stopped early, if it did
    };

    PendingChecks(store::Store& store, HttpTransport& transport, RequestFactory factory, QObject* parent = nullptr);
    // Asks central for every pending check, one after another; `done` runs once.
    void run(std::function<void(const Outcome&)> done);

private:
    void next();
    void answered(const store::ServiceCheck& check, const CheckAnswer& answer);
    void finish(const QString& problem = {});

    store::Store& m_store;
    HttpTransport& m_transport;
    RequestFactory m_factory;
    store::Actor m_actor = store::Store::systemActor();
    QList<store::ServiceCheck> m_queue;
    std::function<void(const Outcome&)> m_done;
    Outcome m_outcome;
};

} // namespace motcua::sync
