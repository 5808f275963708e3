#include "core/dossier/Intake.h"

#include "core/domain/Validators.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace motcua::dossier {

namespace {

Error unknownKey(const QString& path)
{
    return Error::invalid(path,
        IntakeParser::tr("Unknown key \"%1\" in the intake file; remove it or check its spelling "
                         "(see docs/cli.md)")
            .arg(path),
        QStringLiteral("unknown_key"));
}

Error badValue(const QString& path, const QString& what)
{
    return Error::invalid(
        path, IntakeParser::tr("Intake field \"%1\": %2").arg(path, what), QStringLiteral("invalid_value"));
}

// A character that could hide or reorder what a clerk or a printout shows: C0 and C1 controls (escape
// sequences start with one), DEL, and the bidirectional marks, embeddings, overrides and isolates.
bool isHiddenCharacter(char16_t u, bool multiline)
{
    if (multiline && (u == u'\n' || u == u'\r' || u == u'\t'))
        return false;
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x061c || u == 0x200e || u == 0x200f
        || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

// Characters and length of one text field; errors name the field.
Status checkIntakeText(const QString& text, const QString& field, int maxLength, bool multiline = false)
{
    for (QChar c : text)
        if (isHiddenCharacter(c.unicode(), multiline))
            return Error::invalid(field,
                IntakeParser::tr("Intake field \"%1\" contains a control or text-direction character (U+%2); "
                                 "remove it and type the text again")
                    .arg(field)
                    .arg(int(c.unicode()), 4, 16, QLatin1Char('0')),
                QStringLiteral("invalid_character"));
    if (text.size() > maxLength)
        return Error::invalid(field,
            IntakeParser::tr("Intake field \"%1\" is too long: %2 characters, at most %3")
                .arg(field)
                .arg(text.size())
                .arg(maxLength),
            QStringLiteral("too_long"));
    return {};
}

Status checkPartyText(const Party& p, const QString& prefix)
{
    using L = IntakeTextLimits;
    const struct {
        const QString* value;
        const char* key;
        int max;
    } fields[] = { { &p.name, "name", L::kName }, { &p.idNumber, "id_number", L::kIdentifier },
        { &p.taxCode, "tax_code", L::kIdentifier }, { &p.phone, "phone", L::kIdentifier },
        { &p.email, "email", L::kEmail }, { &p.address, "address", L::kAddress } };
    for (const auto& f : fields)
        if (auto s = checkIntakeText(*f.value, prefix + QString::fromLatin1(f.key), f.max); !s)
            return s;
    return {};
}

// Files of one document: where they may be and how large (IntakeFileRules), and their names.
Status checkIntakeFile(const QString& path, const QString& field, const QString& baseDir, const IntakeFileRules& rules)
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile())
        return badValue(field,
            IntakeParser::tr("\"%1\" is not a regular file (a link, folder or device is not accepted)")
                .arg(info.fileName()));
    if (!rules.anywhere) {
        const QString base = QFileInfo(baseDir).canonicalFilePath();
        const QString real = info.canonicalFilePath();
        if (base.isEmpty() || !real.startsWith(base + QLatin1Char('/')))
            return badValue(field,
                IntakeParser::tr("file \"%1\" is outside the intake file's folder; copy it there (or allow "
                                 "files anywhere in the site file, section \"intake\")")
                    .arg(info.fileName()));
    }
    if (info.size() > rules.maxBytes)
        return badValue(field,
            IntakeParser::tr("file \"%1\" is %2 MB; the limit is %3 MB")
                .arg(info.fileName())
                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(rules.maxBytes / (1024 * 1024)));
    return checkIntakeText(info.fileName(), field, IntakeTextLimits::kFileName);
}

Status checkKeys(const QJsonObject& o, const QStringList& allowed, const QString& prefix)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return unknownKey(prefix + it.key());
    return {};
}

Result<QString> optString(const QJsonObject& o, const QString& key, const QString& prefix)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return badValue(prefix + key, IntakeParser::tr("expected text"));
    return v.toString().trimmed();
}

Result<int> count(const QJsonObject& o, const QString& key, const QString& prefix)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return 0;
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0 || v.toInt() > 1000)
        return badValue(prefix + key, IntakeParser::tr("expected a whole number from 0 to 1000"));
    return v.toInt();
}

// Identity, phone and e-mail of one party; errors name "<prefix>field".
Status checkParty(const Party& p, const QString& prefix)
{
    if (p.kind == ApplicantKind::Citizen) {
        if (!p.taxCode.isEmpty())
            return badValue(
                prefix + QStringLiteral("tax_code"), IntakeParser::tr("a citizen has \"id_number\", not \"tax_code\""));
        if (p.idNumber.isEmpty())
            return badValue(prefix + QStringLiteral("id_number"), IntakeParser::tr("the identity number is required"));
        if (auto s = validatePersonalId(p.idNumber); !s)
            return Error::invalid(prefix + QStringLiteral("id_number"), s.error().message, s.error().code);
    } else {
        if (!p.idNumber.isEmpty())
            return badValue(prefix + QStringLiteral("id_number"),
                IntakeParser::tr("a business has \"tax_code\", not \"id_number\""));
        if (p.taxCode.isEmpty())
            return badValue(prefix + QStringLiteral("tax_code"), IntakeParser::tr("the tax code is required"));
        if (auto s = validateTaxCode(p.taxCode); !s)
            return Error::invalid(prefix + QStringLiteral("tax_code"), s.error().message, s.error().code);
    }
    if (auto s = validatePhone(p.phone); !s)
        return Error::invalid(prefix + QStringLiteral("phone"), s.error().message, s.error().code);
    if (auto s = validateEmail(p.email); !s)
        return Error::invalid(prefix + QStringLiteral("email"), s.error().message, s.error().code);
    return {};
}

Result<Party> parseParty(const QJsonValue& value, const QString& prefix)
{
    if (!value.isObject())
        return badValue(prefix.chopped(1), IntakeParser::tr("expected an object"));
    const QJsonObject o = value.toObject();
    if (auto s = checkKeys(o,
            { QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("tax_code"),
                QStringLiteral("birth_date"), QStringLiteral("phone"), QStringLiteral("email"),
                QStringLiteral("address") },
            prefix);
        !s)
        return s.error();
    Party p;
    QString kind;
    QString* targets[] = { &kind, &p.name, &p.idNumber, &p.taxCode, &p.phone, &p.email, &p.address };
    const char* keys[] = { "kind", "name", "id_number", "tax_code", "phone", "email", "address" };
    for (int i = 0; i < 7; ++i) {
        auto r = optString(o, QString::fromLatin1(keys[i]), prefix);
        if (!r)
            return r.error();
        *targets[i] = r.value();
    }
    const std::optional<ApplicantKind> parsedKind
        = kind.isEmpty() ? ApplicantKind::Citizen : applicantKindFromName(kind);
    if (!parsedKind)
        return badValue(prefix + QStringLiteral("kind"), IntakeParser::tr("expected \"citizen\" or \"business\""));
    p.kind = *parsedKind;
    if (p.name.isEmpty())
        return badValue(prefix + QStringLiteral("name"), IntakeParser::tr("the name is required"));
    auto birth = optString(o, QStringLiteral("birth_date"), prefix);
    if (!birth)
        return birth.error();
    if (!birth->isEmpty()) {
        p.birthDate = QDate::fromString(birth.value(), Qt::ISODate);
        if (!p.birthDate.isValid())
            return badValue(prefix + QStringLiteral("birth_date"), IntakeParser::tr("expected a date YYYY-MM-DD"));
    }
    if (auto st = checkParty(p, prefix); !st)
        return st.error();
    if (p.kind == ApplicantKind::Business)
        p.taxCode = normalizeTaxCode(p.taxCode);
    if (!p.phone.isEmpty())
        p.phone = normalizePhone(p.phone);
    return p;
}

const QStringList kChannels = { QStringLiteral("desk"), QStringLiteral("postal"), QStringLiteral("online") };

// One entry of "documents"; files resolve against the intake file's folder.
Result<IntakeDocument> parseDocument(
    const QJsonValue& value, const QString& prefix, const QString& baseDir, const IntakeFileRules& rules)
{
    if (!value.isObject())
        return badValue(prefix.chopped(1), IntakeParser::tr("expected an object"));
    const QJsonObject d = value.toObject();
    if (auto s = checkKeys(d,
            { QStringLiteral("component"), QStringLiteral("originals"), QStringLiteral("certified_copies"),
                QStringLiteral("photocopies"), QStringLiteral("files") },
            prefix);
        !s)
        return s.error();
    IntakeDocument doc;
    auto component = optString(d, QStringLiteral("component"), prefix);
    if (!component)
        return component.error();
    doc.componentId = component.value();
    if (doc.componentId.isEmpty())
        return badValue(prefix + QStringLiteral("component"), IntakeParser::tr("the component id is required"));
    auto o = count(d, QStringLiteral("originals"), prefix);
    auto c = count(d, QStringLiteral("certified_copies"), prefix);
    auto p = count(d, QStringLiteral("photocopies"), prefix);
    for (auto* x : { &o, &c, &p })
        if (!*x)
            return x->error();
    doc.originals = o.value();
    doc.certifiedCopies = c.value();
    doc.photocopies = p.value();
    const QJsonValue filesValue = d.value(QStringLiteral("files"));
    if (!filesValue.isUndefined() && !filesValue.isNull() && !filesValue.isArray())
        return badValue(prefix + QStringLiteral("files"), IntakeParser::tr("expected a list of file paths"));
    const QJsonArray files = filesValue.toArray();
    if (files.size() > IntakeTextLimits::kFilesPerDocument)
        return badValue(prefix + QStringLiteral("files"),
            IntakeParser::tr("at most %1 files per document").arg(IntakeTextLimits::kFilesPerDocument));
    for (int k = 0; k < files.size(); ++k) {
        const QString field = prefix + QStringLiteral("files[%1]").arg(k);
        if (!files.at(k).isString())
            return badValue(field, IntakeParser::tr("expected a file path (text)"));
        const QString f = files.at(k).toString();
        if (auto s = checkIntakeText(f, field, 4096); !s)
            return s.error();
        const QString path = QDir(baseDir).absoluteFilePath(f);
        if (f.isEmpty() || !QFileInfo::exists(path))
            return badValue(
                field, IntakeParser::tr("file \"%1\" not found; give a path relative to the intake file").arg(f));
        if (auto s = checkIntakeFile(path, field, baseDir, rules); !s)
            return s.error();
        doc.files << QDir::cleanPath(path);
    }
    return doc;
}

} // namespace

IntakeFileRules IntakeFileRules::fromSiteSection(const QJsonObject& section)
{
    IntakeFileRules rules;
    rules.anywhere = section.value(QStringLiteral("files_anywhere")).toBool(false);
    const int mb = section.value(QStringLiteral("max_file_mb")).toInt(0);
    if (mb > 0)
        rules.maxBytes = qint64(mb) * 1024 * 1024;
    return rules;
}

Result<IntakeRequest> IntakeRequest::fromJson(
    const QJsonObject& json, const QString& baseDir, const IntakeFileRules& rules)
{
    if (auto s = checkKeys(json,
            { QStringLiteral("procedure"), QStringLiteral("channel"), QStringLiteral("applicant"),
                QStringLiteral("owner"), QStringLiteral("documents"), QStringLiteral("return_method"),
                QStringLiteral("note"), QStringLiteral("decision"), QStringLiteral("reason"), QStringLiteral("missing"),
                QStringLiteral("summary"), QStringLiteral("postal"), QStringLiteral("idempotency_key") },
            {});
        !s)
        return s.error();
    IntakeRequest r;
    auto str = [&](const char* key, QString& target, const QString& fallback) -> Status {
        auto v = optString(json, QString::fromLatin1(key), {});
        if (!v)
            return v.error();
        target = v->isEmpty() ? fallback : v.value();
        return {};
    };
    if (auto s = str("procedure", r.procedure, {}); !s)
        return s.error();
    if (r.procedure.isEmpty())
        return badValue(QStringLiteral("procedure"), IntakeParser::tr("the procedure code is required"));
    if (auto s = str("channel", r.channel, QStringLiteral("desk")); !s)
        return s.error();
    if (!kChannels.contains(r.channel))
        return badValue(QStringLiteral("channel"), IntakeParser::tr("expected desk, postal or online"));
    if (auto s = str("return_method", r.returnMethod, QStringLiteral("desk")); !s)
        return s.error();
    if (!kChannels.contains(r.returnMethod))
        return badValue(QStringLiteral("return_method"), IntakeParser::tr("expected desk, postal or online"));
    if (auto s = str("note", r.note, {}); !s)
        return s.error();
    if (auto s = str("summary", r.summary, {}); !s)
        return s.error();
    QString decision;
    if (auto s = str("decision", decision, QStringLiteral("accept")); !s)
        return s.error();
    if (const auto parsed = intakeDecisionFromName(decision))
        r.decision = *parsed;
    else
        return badValue(QStringLiteral("decision"), IntakeParser::tr("expected accept, request-supplement or refuse"));
    if (auto s = str("reason", r.reason, {}); !s)
        return s.error();
    if (auto s = str("idempotency_key", r.idempotencyKey, {}); !s)
        return s.error();

    if (!json.contains(QStringLiteral("applicant")))
        return badValue(QStringLiteral("applicant"), IntakeParser::tr("the applicant is required"));
    auto applicant = parseParty(json.value(QStringLiteral("applicant")), QStringLiteral("applicant."));
    if (!applicant)
        return applicant.error();
    r.applicant = applicant.value();
    const QJsonValue owner = json.value(QStringLiteral("owner"));
    if (!owner.isNull() && !owner.isUndefined()) {
        auto o = parseParty(owner, QStringLiteral("owner."));
        if (!o)
            return o.error();
        r.owner = o.value();
    }

    const QJsonValue missing = json.value(QStringLiteral("missing"));
    if (!missing.isUndefined() && !missing.isNull()) {
        if (!missing.isArray())
            return badValue(QStringLiteral("missing"), IntakeParser::tr("expected a list of component ids"));
        const QJsonArray list = missing.toArray();
        for (int i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString())
                return badValue(QStringLiteral("missing[%1]").arg(i), IntakeParser::tr("expected a component id"));
            r.missing << list.at(i).toString().trimmed();
        }
    }

    const QJsonValue docs = json.value(QStringLiteral("documents"));
    if (!docs.isUndefined() && !docs.isNull() && !docs.isArray())
        return badValue(QStringLiteral("documents"), IntakeParser::tr("expected a list"));
    const QJsonArray docList = docs.toArray();
    if (docList.size() > IntakeTextLimits::kDocuments)
        return badValue(
            QStringLiteral("documents"), IntakeParser::tr("at most %1 documents").arg(IntakeTextLimits::kDocuments));
    for (int i = 0; i < docList.size(); ++i) {
        auto doc = parseDocument(docList.at(i), QStringLiteral("documents[%1].").arg(i), baseDir, rules);
        if (!doc)
            return doc.error();
        r.documents << doc.value();
    }

    const QJsonValue postal = json.value(QStringLiteral("postal"));
    if (postal.isObject()) {
        const QJsonObject po = postal.toObject();
        if (auto s = checkKeys(po,
                { QStringLiteral("item_number"), QStringLiteral("accepted_at"), QStringLiteral("arrived_at") },
                QStringLiteral("postal."));
            !s)
            return s.error();
        for (auto it = po.begin(); it != po.end(); ++it)
            if (!it.value().isString())
                return badValue(QStringLiteral("postal.") + it.key(), IntakeParser::tr("expected text"));
        r.postal = po;
    } else if (!postal.isUndefined() && !postal.isNull()) {
        return badValue(QStringLiteral("postal"), IntakeParser::tr("expected an object"));
    }
    if (auto s = r.validate(); !s)
        return s.error();
    return r;
}

Status IntakeRequest::validate() const
{
    using L = IntakeTextLimits;
    const struct {
        const QString* value;
        const char* key;
        int max;
        bool multiline;
    } fields[] = { { &procedure, "procedure", L::kShortText, false }, { &channel, "channel", L::kShortText, false },
        { &returnMethod, "return_method", L::kShortText, false }, { &note, "note", L::kNote, true },
        { &reason, "reason", L::kReason, true }, { &summary, "summary", L::kNote, true },
        { &idempotencyKey, "idempotency_key", L::kShortText * 2, false } };
    for (const auto& f : fields)
        if (auto s = checkIntakeText(*f.value, QString::fromLatin1(f.key), f.max, f.multiline); !s)
            return s;
    if (auto s = checkPartyText(applicant, QStringLiteral("applicant.")); !s)
        return s;
    if (owner)
        if (auto s = checkPartyText(*owner, QStringLiteral("owner.")); !s)
            return s;
    for (int i = 0; i < missing.size(); ++i)
        if (auto s = checkIntakeText(missing.at(i), QStringLiteral("missing[%1]").arg(i), L::kShortText); !s)
            return s;
    for (auto it = postal.begin(); it != postal.end(); ++it)
        if (auto s = checkIntakeText(it.value().toString(), QStringLiteral("postal.") + it.key(), L::kShortText); !s)
            return s;
    for (int i = 0; i < documents.size(); ++i) {
        const QString prefix = QStringLiteral("documents[%1].").arg(i);
        if (auto s = checkIntakeText(documents.at(i).componentId, prefix + QStringLiteral("component"), L::kShortText);
            !s)
            return s;
        for (int k = 0; k < documents.at(i).files.size(); ++k)
            if (auto s = checkIntakeText(QFileInfo(documents.at(i).files.at(k)).fileName(),
                    prefix + QStringLiteral("files[%1]").arg(k), L::kFileName);
                !s)
                return s;
    }
    if (decision != IntakeDecision::Accept && reason.trimmed().isEmpty())
        return badValue(
            QStringLiteral("reason"), IntakeParser::tr("a reason is required when the dossier is not accepted"));
    if (decision == IntakeDecision::RequestSupplement && missing.isEmpty())
        return badValue(
            QStringLiteral("missing"), IntakeParser::tr("list the missing components when requesting a supplement"));
    if (applicant.name.isEmpty())
        return badValue(QStringLiteral("applicant.name"), IntakeParser::tr("the name is required"));
    if (auto s = checkParty(applicant, QStringLiteral("applicant.")); !s)
        return s;
    if (owner)
        if (auto s = checkParty(*owner, QStringLiteral("owner.")); !s)
            return s;
    return {};
}

QString IntakeRequest::fingerprint() const
{
    QJsonArray docs;
    for (const IntakeDocument& d : documents)
        docs.append(QJsonArray {
            d.componentId, d.originals, d.certifiedCopies, d.photocopies, QJsonArray::fromStringList(d.files) });
    const QJsonArray all { procedure, channel, applicant.toJson(), owner ? QJsonValue(owner->toJson()) : QJsonValue(),
        docs, returnMethod, note, intakeDecisionName(decision), reason, QJsonArray::fromStringList(missing), summary,
        postal };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QString intakeDecisionName(IntakeDecision decision)
{
    switch (decision) {
    case IntakeDecision::RequestSupplement:
        return QStringLiteral("request-supplement");
    case IntakeDecision::Refuse:
        return QStringLiteral("refuse");
    case IntakeDecision::Accept:
        break;
    }
    return QStringLiteral("accept");
}

std::optional<IntakeDecision> intakeDecisionFromName(const QString& name)
{
    for (IntakeDecision d : { IntakeDecision::Accept, IntakeDecision::RequestSupplement, IntakeDecision::Refuse })
        if (name == intakeDecisionName(d))
            return d;
    return std::nullopt;
}

} // namespace motcua::dossier
