// Fuzz target: JBIG2 lineart page files (Jbig2Encoder::decode through libjbig2dec, and embeddedStream,
// which the PDF writer uses). A decoded page is within PageLimits.
#include "scanner/Jbig2Encoder.h"
#include "scanner/PageLimits.h"
#include "tests/fuzz/FuzzInput.h"

#include <QGuiApplication>

using namespace motcua::scanner;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    motcua::fuzz::startApplication<QGuiApplication>(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray file = motcua::fuzz::bytes(data, size);
    QByteArray stream;
    int width = 0, height = 0, dotsPerMeter = 0;
    if (Jbig2Encoder::embeddedStream(file, stream, width, height, &dotsPerMeter))
        motcua::fuzz::check(PageLimits::fits(width, height, 1), "an embedded page is within the limits");
    QString refusal;
    const QImage page = Jbig2Encoder::decode(file, &refusal);
    if (!page.isNull())
        motcua::fuzz::check(PageLimits::fits(page.width(), page.height(), 1), "a decoded page is within the limits");
    return 0;
}
