// Fuzz target: the site file (SiteConfig::load reads the file, parses the JSON and calls fromJson; this
// does the same on the input). A loaded site written back with toJson loads again.
#include "core/SiteConfig.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using motcua::SiteConfig;
    const QJsonDocument doc = motcua::fuzz::json(data, size);
    if (!doc.isObject())
        return 0;
    const auto site = SiteConfig::fromJson(doc.object());
    if (site.ok())
        motcua::fuzz::check(SiteConfig::fromJson(site.value().toJson()).ok(), "a site round-trips");
    return 0;
}
