// Fuzz target: the catalogue import (`motcua catalogue import FILE.json`): an array of procedures in the
// seed format, each parsed by Procedure::fromJson as Store::importCatalogue does. A parsed procedure
// written back with toJson parses again.
#include "core/catalogue/Procedure.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using motcua::catalogue::Procedure;
    const QJsonDocument doc = motcua::fuzz::json(data, size);
    const QJsonArray entries = doc.isArray() ? doc.array() : QJsonArray { doc.object() };
    for (const auto& entry : entries) {
        const auto procedure = Procedure::fromJson(entry.toObject());
        if (!procedure.ok())
            continue;
        procedure.value().missingFields();
        procedure.value().acceptsChannel(QStringLiteral("desk"));
        motcua::fuzz::check(Procedure::fromJson(procedure.value().toJson()).ok(), "a procedure round-trips");
    }
    return 0;
}
