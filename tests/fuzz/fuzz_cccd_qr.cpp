// Fuzz target: the QR payload of the citizen ID card (parseCccdQr), which comes from whatever a scanner
// or the barcode reader hands over. A parsed card always has a 12-digit id.
#include "core/domain/CccdQr.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto card = motcua::parseCccdQr(motcua::fuzz::text(data, size));
    if (card.ok())
        motcua::fuzz::check(card.value().id.size() == 12, "a parsed card has a 12-character id");
    return 0;
}
