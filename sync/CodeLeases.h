// CodeLeaseSettings: whether and how the desk leases blocks of the day's dossier sequence from central
// (issue 15; docs/dossier-codes.md, "Leased blocks"). Read from the site file's "codes" section:
//   "codes": {"first": 1, "last": 2000, "lease": {"size": 100, "low_water": 20}}
// ("lease": true takes the defaults). The static slice (first..last) stays the offline fallback and is
// reported to central with each lease request, so central knows it; it must lie within 0001-5000, the
// numbers from 5001 being central's leasing range. The sync engine leases at the start of a round when
// fewer than low_water leased numbers of today remain (SyncEngineCodes.cpp).
#pragma once

#include "core/Result.h"
#include "core/SiteConfig.h"

#include <QCoreApplication>

namespace motcua::sync {

struct CodeLeaseSettings {
    bool enabled = false;
    QString agency; // the site's agency: blocks are leased for its codes
    int staticFirst = 1; // the site's static slice
    int staticLast = 9999;
    int size = 100; // numbers per block
    int lowWater = 20; // lease when fewer leased numbers of today remain

    // Errors name the field ("codes.lease.size", ...).
    static Result<CodeLeaseSettings> fromSite(const SiteConfig& site);
};

} // namespace motcua::sync
