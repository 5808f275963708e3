// Intake: the request to receive one dossier, parsed from the intake JSON of `motcua dossier receive`
// (docs/cli.md, "The intake JSON") or filled in by the desk window. Unknown keys are rejected naming the key;
// relative file paths resolve against the JSON file's folder.
#pragma once

#include "core/Result.h"
#include "core/dossier/Dossier.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua::dossier {

// What the desk decides at intake. Written in the intake JSON as "accept" | "request-supplement" | "refuse".
enum class IntakeDecision { Accept, RequestSupplement, Refuse };
QString intakeDecisionName(IntakeDecision decision);
std::optional<IntakeDecision> intakeDecisionFromName(const QString& name);

struct IntakeDocument {
    QString componentId;
    int originals = 0;
    int certifiedCopies = 0;
    int photocopies = 0;
    QStringList files; // absolute paths of files to store
};

struct IntakeRequest {
    QString procedure; // catalogue code
    QString channel = QStringLiteral("desk");
    Party applicant;
    std::optional<Party> owner;
    QList<IntakeDocument> documents;
    QString returnMethod = QStringLiteral("desk");
    QString note;
    IntakeDecision decision = IntakeDecision::Accept;
    QString reason;
    QStringList missing;
    QString summary;
    QJsonObject postal; // {"item_number", "accepted_at", "arrived_at"} for the postal channel

    // Parses and validates the intake JSON; errors name the key (e.g. "applicant.id_number").
    static Result<IntakeRequest> fromJson(const QJsonObject& json, const QString& baseDir);
    // Checks field formats (identity numbers, phone, e-mail, decision consistency).
    Status validate() const;
};

class IntakeParser
{
    Q_DECLARE_TR_FUNCTIONS(IntakeParser)
    friend struct IntakeRequest;
};

} // namespace motcua::dossier
