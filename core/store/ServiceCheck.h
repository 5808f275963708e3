// ServiceCheck: one check of a dossier's applicant or owner against a national database, asked through
// the central system (issue 15, docs/central.md): a citizen (ID number, name, birth date) against the
// population database, or a business (tax code) against the business registration database. What the
// desk keeps is who asked, when, and central's answer; a check without an answer yet is pending.
#pragma once

#include "core/dossier/Dossier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace motcua::store {

enum class ServiceCheckKind { Citizen, Business };
QString serviceCheckKindName(ServiceCheckKind kind); // "citizen" | "business"
std::optional<ServiceCheckKind> serviceCheckKindFromName(const QString& name);

// The results a check can keep: "pending" (no answer yet), citizen "match" | "mismatch" | "not_found",
// business "found" | "not_found". Central's "unavailable" is kept as "pending".
bool isServiceCheckResult(const QString& result);

struct ServiceCheck {
    qint64 id = 0;
    QString code; // the dossier's
    ServiceCheckKind kind = ServiceCheckKind::Citizen;
    QString party; // "applicant" | "owner"
    QString askedBy; // login of the clerk who asked
    QDateTime askedUtc;
    QString result = QStringLiteral("pending");
    QJsonObject answer; // central's answer without "result": citizen {"differs":[...]}, business {"name",...}
    QDateTime answeredUtc; // invalid while pending
    int attempts = 0; // times a sync round asked central again
    dossier::Party subject; // the party as the dossier has it (pendingServiceChecks only)

    bool pending() const { return result == QLatin1String("pending"); }
    // {"id","kind","party","asked_by","asked_at","result","answer","answered_at","pending"}
    QJsonObject toJson() const;
};

} // namespace motcua::store
