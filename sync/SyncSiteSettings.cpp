#include "sync/SyncSiteSettings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::sync {

namespace {

Error badSyncKey(const QString& key, const QString& message)
{
    return Error::invalid(QStringLiteral("sync.%1").arg(key), message, QStringLiteral("site_sync"));
}

// "sha256//<base64 of 32 bytes>", one or a list, or a key file.
Result<QByteArray> pinsFrom(const QJsonValue& value)
{
    QStringList pins;
    if (value.isArray()) {
        for (const QJsonValue v : value.toArray())
            pins << v.toString();
    } else {
        pins = value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    }
    for (const QString& pin : pins) {
        if (!pin.startsWith(QLatin1String("sha256//"))) {
            if (pins.size() == 1 && !pin.isEmpty())
                return pin.toLocal8Bit(); // a file holding the public key
            return badSyncKey(QStringLiteral("pinned_public_key"),
                SyncSiteSettings::tr("A pinned key is \"sha256//\" followed by the base64 SHA-256 of the public key"));
        }
        if (QByteArray::fromBase64(pin.mid(8).toLatin1()).size() != 32)
            return badSyncKey(QStringLiteral("pinned_public_key"),
                SyncSiteSettings::tr("\"%1\" is not a base64 SHA-256 (32 bytes)").arg(pin));
    }
    return pins.join(QLatin1Char(';')).toLatin1();
}

} // namespace

QString SyncSiteSettings::insecureWarning()
{
    return tr("WARNING: the site file switches TLS verification off (sync.verify_tls = false): anyone on the "
              "network can read and change what this desk sends to central. Switch it back on.");
}

Status SyncSiteSettings::apply(const SiteConfig& site, SyncSettings& settings)
{
    const QJsonObject s = site.section(QStringLiteral("sync"));
    settings.central = site.centralUrl;
    settings.caFile = s.value(QStringLiteral("ca_file")).toString();
    CurlOptions& t = settings.transport;
    t.caFile = settings.caFile;
    auto pins = pinsFrom(s.value(QStringLiteral("pinned_public_key")));
    if (!pins)
        return pins.error();
    t.pinnedPublicKey = pins.value();
    const QString proxy = s.value(QStringLiteral("proxy")).toString();
    t.noProxy = proxy == QLatin1String("none");
    t.proxy = t.noProxy ? QString() : proxy;
    for (const auto& [key, target] : { std::pair { "connect_timeout_ms", &t.connectTimeoutMs },
             std::pair { "request_timeout_ms", &settings.requestTimeoutMs } }) {
        const QJsonValue v = s.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toInt() < 100 || v.toInt() > 600000)
            return badSyncKey(QLatin1String(key), tr("A timeout is a number of milliseconds from 100 to 600000"));
        *target = v.toInt();
    }
    // The back-off between retries (docs/sync-protocol.md): on loopback, e.g. the chaos test, shorter.
    for (const auto& [key, target] : { std::pair { "retry_base_ms", &settings.retry.baseMs },
             std::pair { "retry_max_ms", &settings.retry.maxMs } }) {
        const QJsonValue v = s.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toInt() < 10 || v.toInt() > 600000)
            return badSyncKey(QLatin1String(key), tr("A retry delay is a number of milliseconds from 10 to 600000"));
        *target = v.toInt();
    }
    t.clientCertificate = s.value(QStringLiteral("client_certificate")).toString();
    t.clientKey = s.value(QStringLiteral("client_key")).toString();
    if (s.contains(QStringLiteral("files_endpoint")))
        settings.filesEndpoint = QUrl(s.value(QStringLiteral("files_endpoint")).toString());
    const QJsonValue verify = s.value(QStringLiteral("verify_tls"));
    if (!verify.isUndefined() && !verify.isBool())
        return badSyncKey(QStringLiteral("verify_tls"), tr("verify_tls is true or false"));
    t.insecure = verify.isBool() && !verify.toBool();
    settings.securityWarning = t.insecure ? insecureWarning() : QString();
    auto codes = CodeLeaseSettings::fromSite(site); // issue 15: code blocks leased from central
    if (!codes)
        return codes.error();
    settings.codeLease = codes.value();
    return {};
}

} // namespace motcua::sync
