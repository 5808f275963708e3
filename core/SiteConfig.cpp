#include "core/SiteConfig.h"

#include "core/domain/DossierCode.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace motcua {

QString deskOptionName(DeskOption option)
{
    switch (option) {
    case DeskOption::Shared:
        return QStringLiteral("shared");
    case DeskOption::Postal:
        return QStringLiteral("postal");
    case DeskOption::Unit:
        break;
    }
    return QStringLiteral("unit");
}

std::optional<DeskOption> deskOptionFromName(const QString& name)
{
    for (DeskOption o : { DeskOption::Shared, DeskOption::Unit, DeskOption::Postal })
        if (deskOptionName(o) == name)
            return o;
    return std::nullopt;
}

QString deskOptionLabel(DeskOption option)
{
    switch (option) {
    case DeskOption::Shared:
        return SiteConfig::tr("Shared desk of the building");
    case DeskOption::Postal:
        return SiteConfig::tr("Desk run by the public postal service");
    case DeskOption::Unit:
        break;
    }
    return SiteConfig::tr("Unit's own desk");
}

Result<QString> SiteConfig::codeAgencyFor(const QString& procedureAgency) const
{
    if (deskOption != DeskOption::Shared)
        return agencyCode;
    const auto it = agencies.constFind(procedureAgency.trimmed());
    if (it == agencies.constEnd())
        return Error::invalid(QStringLiteral("agencies"),
            tr("This shared desk does not serve \"%1\": add the agency and its code to \"agencies\" in the "
               "site file, or send the applicant to that agency's desk.")
                .arg(procedureAgency),
            QStringLiteral("agency_not_served"));
    return it.value();
}

namespace {

// "desk_option" and, for a shared desk, "agencies" {"<catalogue agency name>": "<agency code>"}.
Status parseDeskOption(const QJsonObject& json, SiteConfig& site)
{
    const QJsonValue option = json.value(QStringLiteral("desk_option"));
    if (!option.isUndefined()) {
        const auto parsed = option.isString() ? deskOptionFromName(option.toString()) : std::nullopt;
        if (!parsed)
            return Error::invalid(QStringLiteral("desk_option"),
                SiteConfig::tr("Site configuration: desk_option must be \"shared\", \"unit\" or \"postal\", not "
                               "\"%1\".")
                    .arg(option.isString() ? option.toString() : QStringLiteral("?")),
                QStringLiteral("site_bad_desk_option"));
        site.deskOption = *parsed;
    }
    const QJsonValue agencies = json.value(QStringLiteral("agencies"));
    if (!agencies.isUndefined() && !agencies.isObject())
        return Error::invalid(QStringLiteral("agencies"),
            SiteConfig::tr("Site configuration: agencies must map each agency's name to its code."),
            QStringLiteral("site_bad_field"));
    const QJsonObject table = agencies.toObject();
    for (auto it = table.begin(); it != table.end(); ++it) {
        const QString code = it.value().toString().trimmed();
        if (!DossierCode::isValidAgencyCode(code))
            return Error::invalid(QStringLiteral("agencies"),
                SiteConfig::tr("Site configuration: the code \"%1\" of agency \"%2\" in agencies is not an "
                               "electronic agency identifier of the form 000.00.25.G14.")
                    .arg(code, it.key()),
                QStringLiteral("site_bad_field"));
        site.agencies.insert(it.key().trimmed(), code);
    }
    if (site.deskOption == DeskOption::Shared && site.agencies.isEmpty())
        return Error::invalid(QStringLiteral("agencies"),
            SiteConfig::tr("Site configuration: a shared desk (desk_option \"shared\") needs \"agencies\", the "
                           "agencies it serves with their codes."),
            QStringLiteral("site_missing_field"));
    return {};
}

} // namespace

SiteConfig SiteConfig::demo()
{
    auto loaded = load(QStringLiteral(":/demo/site.json"));
    Q_ASSERT_X(loaded.ok(), "SiteConfig::demo", "the built-in demo site must be valid");
    return loaded.ok() ? loaded.value() : SiteConfig {};
}

Result<SiteConfig> SiteConfig::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::environment(QStringLiteral("site"),
            tr("Cannot open the site configuration file %1: %2.").arg(path, file.errorString()),
            QStringLiteral("site_unreadable"));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("site"),
            tr("The site configuration file %1 is not valid JSON (%2 at offset %3).")
                .arg(path, parseError.errorString())
                .arg(parseError.offset),
            QStringLiteral("site_bad_json"));
    return fromJson(doc.object());
}

Result<SiteConfig> SiteConfig::fromJson(const QJsonObject& json)
{
    SiteConfig site;
    site.m_raw = json;
    const auto text = [&](const char* key) { return json.value(QLatin1String(key)).toString().trimmed(); };
    site.deskId = text("desk_id");
    site.deskName = text("desk_name");
    site.building = text("building");
    site.unit = text("unit");
    site.agencyCode = text("agency_code");
    site.agencyName = text("agency_name");
    site.parentAgencyName = text("parent_agency_name");
    site.channel = text("channel");
    if (site.channel.isEmpty())
        site.channel = QStringLiteral("desk");
    site.centralUrl = QUrl(text("central_url"));

    const auto missing = [](const char* field) {
        return Error::invalid(QString::fromLatin1(field),
            tr("Site configuration: the field \"%1\" is required.").arg(QLatin1String(field)),
            QStringLiteral("site_missing_field"));
    };
    if (site.deskId.isEmpty())
        return missing("desk_id");
    if (site.agencyCode.isEmpty())
        return missing("agency_code");
    if (site.agencyName.isEmpty())
        return missing("agency_name");

    static const QRegularExpression deskPattern(QStringLiteral("^[A-Za-z0-9_-]{1,16}$"));
    if (!deskPattern.match(site.deskId).hasMatch())
        return Error::invalid(QStringLiteral("desk_id"),
            tr("Site configuration: desk_id \"%1\" must be 1 to 16 letters, digits, "
               "'-' or '_'.")
                .arg(site.deskId),
            QStringLiteral("site_bad_field"));
    static const QRegularExpression agencyPattern(QStringLiteral("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$"));
    if (!agencyPattern.match(site.agencyCode).hasMatch())
        return Error::invalid(QStringLiteral("agency_code"),
            tr("Site configuration: agency_code \"%1\" is not an electronic agency "
               "identifier of the form 000.00.25.G14.")
                .arg(site.agencyCode),
            QStringLiteral("site_bad_field"));
    if (site.channel != QLatin1String("desk") && site.channel != QLatin1String("postal"))
        return Error::invalid(QStringLiteral("channel"),
            tr("Site configuration: channel must be \"desk\" or \"postal\", not \"%1\".").arg(site.channel),
            QStringLiteral("site_bad_field"));
    if (!text("central_url").isEmpty()
        && (!site.centralUrl.isValid()
            || (site.centralUrl.scheme() != QLatin1String("http")
                && site.centralUrl.scheme() != QLatin1String("https"))))
        return Error::invalid(QStringLiteral("central_url"),
            tr("Site configuration: central_url \"%1\" must be an http or https address.").arg(text("central_url")),
            QStringLiteral("site_bad_field"));
    if (auto s = parseDeskOption(json, site); !s)
        return s.error();
    return site;
}

QJsonObject SiteConfig::toJson() const
{
    QJsonObject json = m_raw;
    json.insert(QStringLiteral("desk_id"), deskId);
    json.insert(QStringLiteral("desk_name"), deskName);
    json.insert(QStringLiteral("building"), building);
    json.insert(QStringLiteral("unit"), unit);
    json.insert(QStringLiteral("agency_code"), agencyCode);
    json.insert(QStringLiteral("agency_name"), agencyName);
    json.insert(QStringLiteral("parent_agency_name"), parentAgencyName);
    json.insert(QStringLiteral("channel"), channel);
    json.insert(QStringLiteral("central_url"), centralUrl.toString());
    json.insert(QStringLiteral("desk_option"), deskOptionName(deskOption));
    if (!agencies.isEmpty()) {
        QJsonObject table;
        for (auto it = agencies.constBegin(); it != agencies.constEnd(); ++it)
            table.insert(it.key(), it.value());
        json.insert(QStringLiteral("agencies"), table);
    }
    return json;
}

Status SiteConfig::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::environment(QStringLiteral("site"),
            tr("Cannot write the site configuration file %1: %2.").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::environment(QStringLiteral("site"),
            tr("Cannot write the site configuration file %1: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace motcua
