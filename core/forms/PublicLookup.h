// PublicLookup: the address of a dossier on the central's public status page, as the receipt's QR code
// carries it and `dossier show` gives it (public_lookup_url): the site file's central "public_url" with
// the page's path and the dossier's code and short secret, e.g.
// https://motcua.example.gov.vn/tra-cuu?ma=000.00.25.G14-250312-0001&k=7KQ4M2XH (docs/central.md,
// "Public status page"; docs/site-config.md).
#pragma once

#include "core/SiteConfig.h"

#include <QString>
#include <QUrl>

namespace motcua::forms {

class PublicLookup
{
public:
    static constexpr const char* kPath = "/tra-cuu"; // the page's path on central
    // The site's central section "public_url" when it is an http(s) address with a host; else invalid.
    static QUrl publicBase(const SiteConfig& site);
    // The page's address for one dossier; empty when the site has no public_url or the dossier no secret.
    static QString url(const SiteConfig& site, const QString& code, const QString& secret);
};

} // namespace motcua::forms
