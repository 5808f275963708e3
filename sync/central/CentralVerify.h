// CentralVerify: the reference central's stand-in for the national databases (issue 15, docs/central.md,
// "Citizen and business checks"). It answers a signed-in desk's citizen check (ID number, full name, birth
// date -> match | mismatch | not_found | unavailable, never the database's record) and business check
// (tax code -> the registered name, address, legal representative and status) from fixture files:
// citizens.json and businesses.json, built in under ":/central" (resources/central) or read from a folder
// (motcua-central --fixtures DIR). A service can be taken down for tests (--service-down, setServiceDown).
// Every answer is logged in central.db (desk, time, kind, result and a SHA-256 of the number asked about:
// no name, no birth date).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace motcua::sync {

class CentralState;

class CentralVerify
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::CentralVerify)

public:
    enum class Service { Citizen, Business };
    static std::optional<Service> serviceFromName(const QString& name); // "citizen" | "business"
    static QString serviceName(Service service);
    static QString builtInFixtures() { return QStringLiteral(":/central"); }

    // For motcua-central's options: the fixture folder can be read, each service name is known (Usage).
    static Status checkOptions(const QString& fixturesDir, const QStringList& servicesDown);

    explicit CentralVerify(CentralState& state);
    Status open(); // creates the log table
    // Reads citizens.json and businesses.json from `dir` (empty = the built-in fixtures).
    Status loadFixtures(const QString& dir);
    void setServiceDown(Service service, bool down);
    bool isServiceDown(Service service) const { return service == Service::Citizen ? m_citizenDown : m_businessDown; }

    // {"result":"match"} | {"result":"mismatch","differs":["name","birth_date"]} | {"result":"not_found"} |
    // {"result":"unavailable"}. Names are compared without diacritics and case (core/domain/TextFold).
    QJsonObject checkCitizen(const QString& deskId, const QString& idNumber, const QString& name, const QDate& birth);
    // {"result":"found","name","address","representative","status":"active|suspended|dissolved"} |
    // {"result":"not_found"} | {"result":"unavailable"}.
    QJsonObject checkBusiness(const QString& deskId, const QString& taxCode);
    // Every check answered, oldest first: [{"desk_id","at","kind","subject_sha256","result"}].
    Result<QJsonArray> log();

private:
    struct Citizen {
        QString name;
        QDate birth;
    };
    QJsonObject logged(const QString& deskId, Service service, const QString& subject, const QJsonObject& answer);

    CentralState& m_state;
    QHash<QString, Citizen> m_citizens; // by ID number
    QHash<QString, QJsonObject> m_businesses; // by tax code: {"name","address","representative","status"}
    bool m_citizenDown = false;
    bool m_businessDown = false;
};

} // namespace motcua::sync
