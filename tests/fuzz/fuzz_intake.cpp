// Fuzz target: the intake JSON of `motcua dossier receive` (IntakeRequest::fromJson, then validate), which
// a script or another program writes. The files it names are resolved against a folder that does not
// exist, so nothing is read.
#include "core/dossier/Intake.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = motcua::fuzz::json(data, size);
    if (!doc.isObject())
        return 0;
    const auto request
        = motcua::dossier::IntakeRequest::fromJson(doc.object(), QStringLiteral("/nonexistent/motcua-fuzz"));
    if (request.ok())
        (void)request.value().validate();
    return 0;
}
