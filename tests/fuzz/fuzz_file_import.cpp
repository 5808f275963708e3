// Fuzz target: FileImport::importFile, the pages of a file an applicant brings. The first byte of the input
// picks the file's suffix (which decides the reader: Qt's image plugins after libtiff's checks, our own
// page files, Qt PDF), the rest is the file, written to a temporary folder. PDF pages are rendered at
// 30 dpi to keep the runs fast.
#include "scanner/FileImport.h"
#include "tests/fuzz/FuzzInput.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace motcua::scanner;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    motcua::fuzz::startApplication<QGuiApplication>(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const char* const suffixes[] = { "png", "jpg", "tif", "jb2", "pdf" };
    static QTemporaryDir dir;
    if (size == 0)
        return 0;
    const QString path = dir.filePath(QStringLiteral("page.") + QLatin1String(suffixes[data[0] % 5]));
    QFile file(path);
    motcua::fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the temporary file opens");
    file.write(motcua::fuzz::bytes(data + 1, size - 1));
    file.close();
    int pages = 0;
    const auto imported = FileImport::importFile(
        path, [&](ScannedPage) { ++pages; }, 0, FileImport::Options { 30, 300 });
    motcua::fuzz::check(!imported.ok() || imported.value() == pages, "every page counted was delivered");
    QFile::remove(path);
    return 0;
}
