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

// Where intake files may come from and how large they may be (site file section "intake":
// {"files_anywhere": false, "max_file_mb": 50}). By default a file must be a regular file (no symbolic
// link, device or folder) under the intake JSON's folder.
struct IntakeFileRules {
    bool anywhere = false;
    qint64 maxBytes = qint64(50) * 1024 * 1024;
    static IntakeFileRules fromSiteSection(const QJsonObject& section);
};

// Longest accepted text per intake field, in characters (docs/cli.md, "The intake JSON").
struct IntakeTextLimits {
    static constexpr int kName = 200;
    static constexpr int kIdentifier = 20; // id_number, tax_code, phone
    static constexpr int kEmail = 254;
    static constexpr int kAddress = 500;
    static constexpr int kShortText = 64; // procedure, component, missing, postal values, idempotency_key
    static constexpr int kReason = 1000;
    static constexpr int kNote = 2000; // note, summary
    static constexpr int kFileName = 255;
    static constexpr int kFilesPerDocument = 200;
    static constexpr int kDocuments = 100;
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
    // Makes a retry safe: a second receive with the same key returns the dossier already made (the
    // same request) or is refused (another request). The window uses its draft's id; the CLI the
    // intake JSON's "idempotency_key". Empty = no key.
    QString idempotencyKey;

    // Parses and validates the intake JSON; errors name the key (e.g. "applicant.id_number").
    static Result<IntakeRequest> fromJson(
        const QJsonObject& json, const QString& baseDir, const IntakeFileRules& rules = {});
    // Checks field formats (identity numbers, phone, e-mail, decision consistency), text lengths
    // and characters (no control characters, bidi overrides or escape sequences).
    Status validate() const;
    // SHA-256 (hex) of everything the request asks for except the idempotency key: equal requests
    // have equal fingerprints.
    QString fingerprint() const;
};

class IntakeParser
{
    Q_DECLARE_TR_FUNCTIONS(IntakeParser)
    friend struct IntakeRequest;
};

} // namespace motcua::dossier
