#include "core/forms/PublicLookup.h"

#include "core/domain/LookupSecret.h"

#include <QUrlQuery>

namespace motcua::forms {

QUrl PublicLookup::publicBase(const SiteConfig& site)
{
    const QUrl base(
        site.section(QStringLiteral("central")).value(QLatin1String("public_url")).toString(), QUrl::StrictMode);
    const bool web = base.scheme() == QLatin1String("http") || base.scheme() == QLatin1String("https");
    if (!base.isValid() || !web || base.host().isEmpty() || base.hasQuery() || base.hasFragment())
        return {};
    return base;
}

QString PublicLookup::url(const SiteConfig& site, const QString& code, const QString& secret)
{
    QUrl page = publicBase(site);
    if (page.isEmpty() || code.isEmpty() || !LookupSecret::isValid(secret))
        return {};
    QString path = page.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    page.setPath(path + QLatin1String(kPath));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ma"), code);
    query.addQueryItem(QStringLiteral("k"), secret);
    page.setQuery(query);
    return page.toString(QUrl::FullyEncoded);
}

} // namespace motcua::forms
