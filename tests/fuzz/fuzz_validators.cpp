// Fuzz target: the validators of what the clerk types or scans (personal id, tax code, phone, e-mail) and
// the normalisations the desk stores. A valid personal id always decodes; a valid tax code has a kind.
#include "core/domain/Validators.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace motcua;
    const QString input = fuzz::text(data, size);
    if (validatePersonalId(input).ok()) {
        fuzz::check(decodePersonalId(input).ok(), "a valid personal id decodes");
        personalIdWarnings(input, QDate(1990, 1, 1), QStringLiteral("Nam"));
    }
    provinceName(input.left(3));
    if (validateTaxCode(input).ok())
        fuzz::check(!taxCodeKind(normalizeTaxCode(input)).isEmpty(), "a valid tax code has a kind");
    if (validatePhone(input).ok())
        fuzz::check(validatePhone(normalizePhone(input)).ok(), "a valid phone stays valid normalised");
    (void)validateEmail(input);
    return 0;
}
