#include "sync/central/CentralVerify.h"

#include "core/Clock.h"
#include "core/domain/TextFold.h"
#include "core/domain/Validators.h"
#include "core/store/Statement.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCentralVerify, "motcua.sync.central.verify", QtInfoMsg)

namespace motcua::sync {

using store::Statement;

namespace {

const char* const kVerifySchema[] = {
    "CREATE TABLE IF NOT EXISTS verify_log(id INTEGER PRIMARY KEY, desk_id TEXT NOT NULL, at INTEGER NOT NULL, "
    " kind TEXT NOT NULL, subject_sha256 TEXT NOT NULL, result TEXT NOT NULL) STRICT",
};

QJsonObject verifyErrorBody(const QString& code, const QString& message, const QString& field = {})
{
    return { { QStringLiteral("error"),
        QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("field"), field },
            { QStringLiteral("message"), message } } } };
}

QString foldedName(const QString& name)
{
    return foldVietnamese(name).trimmed();
}

Result<QJsonArray> readFixture(const QString& dir, const QString& file, const QString& key)
{
    const QString path = QDir(dir).filePath(file);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::environment(QStringLiteral("fixtures"),
            CentralVerify::tr("Cannot read the fixture database %1").arg(path), QStringLiteral("fixtures"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.object().value(key).isArray())
        return Error::invalid(QStringLiteral("fixtures"),
            CentralVerify::tr("%1 is not a fixture database: it needs {\"%2\": [...]}").arg(path, key),
            QStringLiteral("fixtures"));
    return doc.object().value(key).toArray();
}

} // namespace

std::optional<CentralVerify::Service> CentralVerify::serviceFromName(const QString& name)
{
    if (name == QLatin1String("citizen"))
        return Service::Citizen;
    if (name == QLatin1String("business"))
        return Service::Business;
    return std::nullopt;
}

QString CentralVerify::serviceName(Service service)
{
    return service == Service::Business ? QStringLiteral("business") : QStringLiteral("citizen");
}

Status CentralVerify::checkOptions(const QString& fixturesDir, const QStringList& servicesDown)
{
    for (const QString& name : servicesDown)
        if (!serviceFromName(name))
            return Error::usage(tr("Option --service-down: \"%1\" is not citizen or business.").arg(name));
    const QString from = fixturesDir.isEmpty() ? builtInFixtures() : fixturesDir;
    if (auto c = readFixture(from, QStringLiteral("citizens.json"), QStringLiteral("citizens")); !c)
        return c.error();
    if (auto b = readFixture(from, QStringLiteral("businesses.json"), QStringLiteral("businesses")); !b)
        return b.error();
    return {};
}

CentralVerify::CentralVerify(CentralState& state) : m_state(state) { }

Status CentralVerify::open()
{
    for (const char* sql : kVerifySchema)
        if (auto s = m_state.exec(sql); !s)
            return s;
    return {};
}

Status CentralVerify::loadFixtures(const QString& dir)
{
    const QString from = dir.isEmpty() ? builtInFixtures() : dir;
    auto citizens = readFixture(from, QStringLiteral("citizens.json"), QStringLiteral("citizens"));
    if (!citizens)
        return citizens.error();
    auto businesses = readFixture(from, QStringLiteral("businesses.json"), QStringLiteral("businesses"));
    if (!businesses)
        return businesses.error();
    m_citizens.clear();
    m_businesses.clear();
    for (const QJsonValue v : citizens.value()) {
        const QJsonObject o = v.toObject();
        m_citizens.insert(o.value(QStringLiteral("id_number")).toString(),
            { o.value(QStringLiteral("full_name")).toString(),
                QDate::fromString(o.value(QStringLiteral("birth_date")).toString(), Qt::ISODate) });
    }
    for (const QJsonValue v : businesses.value()) {
        const QJsonObject o = v.toObject();
        QJsonObject registered;
        for (const char* field : { "name", "address", "representative", "status" })
            registered.insert(QString::fromLatin1(field), o.value(QString::fromLatin1(field)).toString());
        m_businesses.insert(normalizeTaxCode(o.value(QStringLiteral("tax_code")).toString()), registered);
    }
    return {};
}

void CentralVerify::setServiceDown(Service service, bool down)
{
    (service == Service::Citizen ? m_citizenDown : m_businessDown) = down;
}

QJsonObject CentralVerify::checkCitizen(
    const QString& deskId, const QString& idNumber, const QString& name, const QDate& birth)
{
    if (m_citizenDown)
        return logged(
            deskId, Service::Citizen, idNumber, { { QStringLiteral("result"), QStringLiteral("unavailable") } });
    const auto it = m_citizens.constFind(idNumber.trimmed());
    if (it == m_citizens.constEnd())
        return logged(
            deskId, Service::Citizen, idNumber, { { QStringLiteral("result"), QStringLiteral("not_found") } });
    QJsonArray differs; // which of what the desk sent differs: never the database's value
    if (foldedName(it->name) != foldedName(name))
        differs.append(QStringLiteral("name"));
    if (it->birth != birth)
        differs.append(QStringLiteral("birth_date"));
    if (differs.isEmpty())
        return logged(deskId, Service::Citizen, idNumber, { { QStringLiteral("result"), QStringLiteral("match") } });
    return logged(deskId, Service::Citizen, idNumber,
        { { QStringLiteral("result"), QStringLiteral("mismatch") }, { QStringLiteral("differs"), differs } });
}

QJsonObject CentralVerify::checkBusiness(const QString& deskId, const QString& taxCode)
{
    const QString key = normalizeTaxCode(taxCode);
    if (m_businessDown)
        return logged(deskId, Service::Business, key, { { QStringLiteral("result"), QStringLiteral("unavailable") } });
    const auto it = m_businesses.constFind(key);
    if (it == m_businesses.constEnd())
        return logged(deskId, Service::Business, key, { { QStringLiteral("result"), QStringLiteral("not_found") } });
    QJsonObject answer = it.value();
    answer.insert(QStringLiteral("result"), QStringLiteral("found"));
    return logged(deskId, Service::Business, key, answer);
}

QJsonObject CentralVerify::logged(
    const QString& deskId, Service service, const QString& subject, const QJsonObject& answer)
{
    Statement q = m_state.prepare(
        "INSERT INTO verify_log(desk_id, at, kind, subject_sha256, result) VALUES(?1, ?2, ?3, ?4, ?5)");
    q.bind(1, deskId).bindTime(2, Clock::current().nowUtc()).bind(3, serviceName(service));
    q.bind(4,
        QString::fromLatin1(QCryptographicHash::hash(subject.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex()));
    q.bind(5, answer.value(QStringLiteral("result")).toString());
    if (q.step() != SQLITE_DONE) // the answer still goes out; the log's failure is central's to fix
        qCWarning(lcCentralVerify) << "logging a check failed:"
                                   << m_state.sqlError(QStringLiteral("verify_log")).message;
    return answer;
}

Result<QJsonArray> CentralVerify::log()
{
    Statement q = m_state.prepare("SELECT desk_id, at, kind, subject_sha256, result FROM verify_log ORDER BY id");
    QJsonArray rows;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        rows.append(QJsonObject { { QStringLiteral("desk_id"), q.text(0) },
            { QStringLiteral("at"), q.time(1).toString(Qt::ISODate) }, { QStringLiteral("kind"), q.text(2) },
            { QStringLiteral("subject_sha256"), q.text(3) }, { QStringLiteral("result"), q.text(4) } });
    if (rc != SQLITE_DONE)
        return m_state.sqlError(tr("reading the log of checks"));
    return rows;
}

// ---- the routes (CentralServer's part)

void CentralServer::installVerifyRoutes()
{
    m_verify = std::make_unique<CentralVerify>(*m_state);
    Status ready = m_verify->open();
    if (ready)
        ready = m_verify->loadFixtures(m_options.fixturesDir);
    const bool ok = ready.ok();
    if (!ok) // without its data a service can only say it is unavailable
        qCCritical(lcCentralVerify).noquote() << ready.error().message;
    for (const auto service : { CentralVerify::Service::Citizen, CentralVerify::Service::Business })
        m_verify->setServiceDown(service, !ok || m_options.servicesDown.contains(CentralVerify::serviceName(service)));
    m_server->route(QStringLiteral("/api/v1/verify/citizen"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handleVerify(request, std::move(responder), false);
        });
    m_server->route(QStringLiteral("/api/v1/verify/business"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handleVerify(request, std::move(responder), true);
        });
}

void CentralServer::handleVerify(const QHttpServerRequest& request, QHttpServerResponder&& responder, bool business)
{
    QString desk;
    if (refuseFeedRequest(request, responder, desk)) // faults on purpose and the sign-in, as for the feed
        return;
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (business) {
        const QString taxCode = body.value(QStringLiteral("tax_code")).toString();
        if (auto valid = validateTaxCode(taxCode); !valid) {
            answer(std::move(responder), 400,
                verifyErrorBody(valid.error().code, valid.error().message, QStringLiteral("tax_code")));
            return;
        }
        answer(std::move(responder), 200, m_verify->checkBusiness(desk, taxCode));
        return;
    }
    const QString id = body.value(QStringLiteral("id")).toString().trimmed();
    const QString name = body.value(QStringLiteral("name")).toString();
    const QDate birth = QDate::fromString(body.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    QString field;
    if (!validatePersonalId(id))
        field = QStringLiteral("id");
    else if (foldedName(name).isEmpty())
        field = QStringLiteral("name");
    else if (!birth.isValid())
        field = QStringLiteral("birth_date");
    if (!field.isEmpty()) {
        answer(std::move(responder), 400,
            verifyErrorBody(QStringLiteral("invalid"),
                tr("Send {\"id\": \"<12 digits>\", \"name\": \"...\", \"birth_date\": \"YYYY-MM-DD\"}"), field));
        return;
    }
    answer(std::move(responder), 200, m_verify->checkCitizen(desk, id, name, birth));
}

} // namespace motcua::sync
