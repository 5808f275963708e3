// Fuzz target: our mixed-raster page files (MixedRaster::readTiff and render, FaxG4::readStrip), read back
// from the content store and from files brought on a USB stick. A refused file always says why.
#include "scanner/MixedRaster.h"
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
    const QByteArray tiff = motcua::fuzz::bytes(data, size);
    FaxG4Strip strip;
    FaxG4::readStrip(tiff, strip);
    MixedRasterStreams streams;
    QString refusal;
    if (!MixedRaster::readTiff(tiff, streams, &refusal))
        return 0;
    const QImage page = MixedRaster::render(tiff, &refusal);
    motcua::fuzz::check(!page.isNull() || !refusal.isEmpty(), "a page that reads renders or says why");
    return 0;
}
