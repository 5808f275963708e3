// FuzzInput: what every fuzz target shares: the input as text or JSON, and a failed check that stops the
// run like a crash (libFuzzer then saves the input), so a property broken without a crash is found too.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace motcua::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The input as a JSON document; null when it is not JSON.
inline QJsonDocument json(const uint8_t* data, size_t size)
{
    return QJsonDocument::fromJson(bytes(data, size));
}

inline void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

// The application object the page readers expect (image plugins, Qt PDF), created once per run from
// LLVMFuzzerInitialize: App is QGuiApplication, on the offscreen platform.
template <typename App> void startApplication(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static App app(*argc, *argv);
}

} // namespace motcua::fuzz
