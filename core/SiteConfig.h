// SiteConfig: the site configuration file of one desk (docs/site-config.md): who the desk is, which
// agency code it issues dossier codes under, and where the central server is. Modules keep their own
// settings in their own JSON section (section("scanner"), section("forms"), ...) and parse them
// themselves, so this class does not grow with every module.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace motcua {

// The three desk options of the one-stop reform (site key "desk_option"): one shared desk for a
// building, coding and routing each dossier to the agency that decides it ("shared"); a unit's own
// desk for its own procedures ("unit", the default); the public postal service running the desk
// ("postal": postal staff receive, collect fees and return results, with the postal role's rights).
enum class DeskOption { Shared, Unit, Postal };
QString deskOptionName(DeskOption option); // "shared" | "unit" | "postal"
std::optional<DeskOption> deskOptionFromName(const QString& name); // exact ids only
QString deskOptionLabel(DeskOption option); // translated, for the window's title and status bar

class SiteConfig
{
    Q_DECLARE_TR_FUNCTIONS(motcua::SiteConfig)

public:
    QString deskId; // "D01": unique per desk of one agency
    QString deskName; // "Quầy 01"
    QString building; // "Tòa nhà Cục Tần số vô tuyến điện"
    QString unit; // processing unit the desk belongs to
    QString agencyCode; // electronic identifier L4.L3.L2.L1, e.g. "000.00.25.G14"
    QString agencyName; // "Cục Tần số vô tuyến điện"
    QString parentAgencyName; // "Bộ Khoa học và Công nghệ"
    QString channel; // "desk" or "postal": what intake at this desk records
    QUrl centralUrl; // e.g. http://127.0.0.1:8765
    DeskOption deskOption = DeskOption::Unit;
    // Shared desk: the catalogue's agency name of a procedure -> the electronic identifier its dossiers
    // are coded under (site key "agencies"). Empty for the other options.
    QHash<QString, QString> agencies;

    // The agency code a dossier of a procedure decided by `procedureAgency` (catalogue "agency") is
    // coded under: the shared desk's table, else agencyCode. Error "agency_not_served" (field
    // "agencies") when a shared desk does not serve that agency.
    Result<QString> codeAgencyFor(const QString& procedureAgency) const;

    // The demo site compiled into the program (resources/demo/site.json).
    static SiteConfig demo();
    // Reads and validates a site file; errors name the field.
    static Result<SiteConfig> load(const QString& path);
    static Result<SiteConfig> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    Status save(const QString& path) const;

    // A module's own section of the file ({} when absent).
    QJsonObject section(const QString& name) const { return m_raw.value(name).toObject(); }
    void setSection(const QString& name, const QJsonObject& value) { m_raw.insert(name, value); }

private:
    QJsonObject m_raw;
};

} // namespace motcua
