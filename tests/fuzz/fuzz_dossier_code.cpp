// Fuzz target: the national dossier code (DossierCode::parse), typed or scanned from a receipt at lookup.
// A parsed code prints back to a code that parses to the same value.
#include "core/domain/DossierCode.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using motcua::DossierCode;
    const QString input = motcua::fuzz::text(data, size);
    DossierCode::isValidAgencyCode(input);
    const auto code = DossierCode::parse(input);
    if (code.ok()) {
        const auto again = DossierCode::parse(code.value().toString());
        motcua::fuzz::check(again.ok() && again.value() == code.value(), "a parsed code round-trips");
    }
    return 0;
}
