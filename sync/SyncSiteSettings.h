// SyncSiteSettings: the site file's "sync" section, the same for `motcua sync` and the desk window
// (docs/sync-protocol.md, "Transport security"):
//   "sync": {"ca_file": "/etc/motcua/central-ca.pem", "pinned_public_key": "sha256//<base64>",
//            "proxy": "http://proxy.local:3128" | "none", "connect_timeout_ms": 10000,
//            "request_timeout_ms": 15000, "client_certificate": "...pem", "client_key": "...pem",
//            "files_endpoint": "https://central.example/files/", "verify_tls": true}
// Verification cannot be switched off silently: "verify_tls": false gives a security warning that the
// engine logs and puts in its state, which the status bar and `motcua sync --status` show.
#pragma once

#include "core/Result.h"
#include "core/SiteConfig.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>

namespace motcua::sync {

class SyncSiteSettings
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::SyncSiteSettings)

public:
    // Fills the central address and the transport settings of `settings` from the site; an error names
    // the key that is wrong (field "sync.<key>").
    static Status apply(const SiteConfig& site, SyncSettings& settings);
    static QString insecureWarning();
};

} // namespace motcua::sync
