#include "core/forms/FormSet.h"

#include "core/DateFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcForms, "motcua.core.forms")

namespace motcua::forms {

namespace {

struct KeyNames {
    FormKey key;
    const char* config;
    const char* cli;
};

constexpr KeyNames kKeys[] = {
    { FormKey::Receipt, "receipt", "receipt" },
    { FormKey::SupplementRequest, "supplement_request", "supplement-request" },
    { FormKey::Refusal, "refusal", "refusal" },
    { FormKey::ControlSlip, "control_slip", "control-slip" },
    { FormKey::ApologyExtension, "apology_extension", "apology" },
    { FormKey::StopProcessingNotice, "stop_processing_notice", "stop-notice" },
    { FormKey::TrackingBook, "tracking_book", "tracking-book" },
    { FormKey::FeeNotice, "fee_notice", "fee-notice" },
};

QDate parseDate(const QJsonValue& value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

QString fill(QString text, const QHash<QString, QString>& args)
{
    for (auto it = args.cbegin(); it != args.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

} // namespace

QList<FormKey> allFormKeys()
{
    QList<FormKey> keys;
    for (const auto& k : kKeys)
        keys.append(k.key);
    return keys;
}

QString formKeyName(FormKey key)
{
    for (const auto& k : kKeys)
        if (k.key == key)
            return QString::fromLatin1(k.config);
    return {};
}

QString formKeyCliName(FormKey key)
{
    for (const auto& k : kKeys)
        if (k.key == key)
            return QString::fromLatin1(k.cli);
    return {};
}

std::optional<FormKey> formKeyFromName(const QString& name)
{
    for (const auto& k : kKeys)
        if (name == QLatin1String(k.config) || name == QLatin1String(k.cli))
            return k.key;
    if (name == QLatin1String("apology-extension") || name == QLatin1String("stop-processing-notice"))
        return name.startsWith(QLatin1Char('a')) ? FormKey::ApologyExtension : FormKey::StopProcessingNotice;
    return std::nullopt;
}

bool FormSetVersion::coversDate(QDate date) const
{
    return date.isValid() && date >= validFrom && (!validTo.isValid() || date <= validTo);
}

FormDefinition FormSetVersion::form(FormKey key) const
{
    if (auto it = forms.constFind(key); it != forms.cend())
        return it.value();
    FormDefinition generic;
    generic.key = key;
    generic.exists = false;
    generic.title = label(QStringLiteral("generic_title_") + formKeyName(key));
    return generic;
}

QString FormSetVersion::label(const QString& key, const QHash<QString, QString>& args) const
{
    const auto it = labels.constFind(key);
    if (it == labels.cend()) {
        qCWarning(lcForms) << "form set" << id << "has no label" << key;
        return QLatin1Char('[') + key + QLatin1Char(']');
    }
    return fill(it.value(), args);
}

QString FormSetVersion::slipNumber(FormKey key, const QString& dossierCode, int serial, int year) const
{
    const QString pattern = form(key).slipPattern;
    if (pattern.isEmpty())
        return {};
    return fill(pattern,
        { { QStringLiteral("code"), dossierCode },
            { QStringLiteral("serial"), QStringLiteral("%1").arg(serial, 2, 10, QLatin1Char('0')) },
            { QStringLiteral("year"), QString::number(year) } });
}

const FormSetCatalog& FormSetCatalog::builtin()
{
    static const FormSetCatalog catalog = [] {
        auto loaded = load(QStringLiteral(":/forms/formsets.json"));
        if (!loaded.ok()) {
            qCCritical(lcForms) << "built-in form sets are invalid:" << loaded.error().message;
            return FormSetCatalog {};
        }
        return loaded.value();
    }();
    return catalog;
}

Result<FormSetCatalog> FormSetCatalog::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::environment(
            QStringLiteral("formsets"), tr("Cannot open the form set file %1: %2.").arg(path, file.errorString()));
    QJsonParseError err {};
    const auto doc = QJsonDocument::fromJson(file.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("formsets"),
            tr("The form set file %1 is not valid JSON (%2). Fix the file and retry.").arg(path, err.errorString()));
    return fromJson(doc.object());
}

Result<FormSetCatalog> FormSetCatalog::fromJson(const QJsonObject& json)
{
    FormSetCatalog catalog;
    QHash<QString, QString> baseLabels;
    const QJsonObject base = json.value(QLatin1String("labels")).toObject();
    for (auto it = base.begin(); it != base.end(); ++it)
        baseLabels.insert(it.key(), it.value().toString());

    for (const QJsonValue& setValue : json.value(QLatin1String("sets")).toArray()) {
        const QJsonObject s = setValue.toObject();
        FormSetVersion version;
        version.id = s.value(QLatin1String("id")).toString();
        version.name = s.value(QLatin1String("name")).toString();
        version.validFrom = parseDate(s.value(QLatin1String("valid_from")));
        version.validTo = parseDate(s.value(QLatin1String("valid_to")));
        if (version.id.isEmpty() || !version.validFrom.isValid())
            return Error::invalid(QStringLiteral("formsets.sets"),
                tr("Every form set needs an \"id\" and a \"valid_from\" date (yyyy-MM-dd)."));
        version.labels = baseLabels;
        const QJsonObject own = s.value(QLatin1String("labels")).toObject();
        for (auto it = own.begin(); it != own.end(); ++it)
            version.labels.insert(it.key(), it.value().toString());

        const QJsonObject forms = s.value(QLatin1String("forms")).toObject();
        for (auto it = forms.begin(); it != forms.end(); ++it) {
            const auto key = formKeyFromName(it.key());
            if (!key)
                return Error::invalid(QStringLiteral("formsets.forms"),
                    tr("Form set %1: unknown form key \"%2\". Use receipt, supplement_request, "
                       "refusal, control_slip, apology_extension, stop_processing_notice, "
                       "tracking_book or fee_notice.")
                        .arg(version.id, it.key()));
            const QJsonObject f = it.value().toObject();
            FormDefinition def;
            def.key = *key;
            def.exists = f.value(QLatin1String("exists")).toBool(true);
            def.number = f.value(QLatin1String("number")).toString();
            def.title = f.value(QLatin1String("title")).toString();
            def.legalBasis = f.value(QLatin1String("legal_basis")).toString();
            for (const auto& r : f.value(QLatin1String("signers")).toArray())
                def.signerRoles.append(r.toString());
            def.slipPattern = f.value(QLatin1String("slip_pattern")).toString();
            def.landscape = f.value(QLatin1String("orientation")).toString() == QLatin1String("landscape");
            def.note = f.value(QLatin1String("note")).toString();
            for (const auto& c : f.value(QLatin1String("columns")).toArray()) {
                const QJsonObject col = c.toObject();
                def.columns.append({ col.value(QLatin1String("key")).toString(),
                    col.value(QLatin1String("title")).toString(), col.value(QLatin1String("width")).toDouble(1.0) });
            }
            if (def.exists && def.title.isEmpty())
                return Error::invalid(QStringLiteral("formsets.forms.title"),
                    tr("Form set %1: the form \"%2\" needs a title.").arg(version.id, it.key()));
            if (def.exists)
                version.forms.insert(*key, def);
        }
        for (const auto& other : std::as_const(catalog.m_versions)) {
            const bool overlaps = (!other.validTo.isValid() || version.validFrom <= other.validTo)
                && (!version.validTo.isValid() || other.validFrom <= version.validTo);
            if (other.id == version.id || overlaps)
                return Error::invalid(QStringLiteral("formsets.sets"),
                    tr("Form sets %1 and %2 overlap or share an id; give each set its own id "
                       "and non-overlapping validity dates.")
                        .arg(other.id, version.id));
        }
        catalog.m_versions.append(version);
    }
    if (catalog.m_versions.isEmpty())
        return Error::invalid(QStringLiteral("formsets.sets"), tr("The form set file defines no form set."));
    std::sort(catalog.m_versions.begin(), catalog.m_versions.end(),
        [](const FormSetVersion& a, const FormSetVersion& b) { return a.validFrom < b.validFrom; });
    return catalog;
}

const FormSetVersion* FormSetCatalog::inForceOn(QDate date) const
{
    for (const auto& v : m_versions)
        if (v.coversDate(date))
            return &v;
    return nullptr;
}

const FormSetVersion* FormSetCatalog::byId(const QString& id) const
{
    for (const auto& v : m_versions)
        if (v.id.compare(id, Qt::CaseInsensitive) == 0)
            return &v;
    return nullptr;
}

Result<FormSetVersion> FormSetCatalog::resolve(const QString& explicitId, QDate date) const
{
    if (!explicitId.isEmpty()) {
        if (const auto* v = byId(explicitId))
            return *v;
        QStringList ids;
        for (const auto& v : m_versions)
            ids << v.id;
        return Error::notFound(QStringLiteral("form_set"),
            tr("Form set \"%1\" does not exist; choose one of: %2.").arg(explicitId, ids.join(QStringLiteral(", "))));
    }
    if (const auto* v = inForceOn(date))
        return *v;
    return Error::notFound(QStringLiteral("form_set"),
        tr("No form set is in force on %1; add one to the form set configuration.").arg(displayDate(date)));
}

} // namespace motcua::forms
