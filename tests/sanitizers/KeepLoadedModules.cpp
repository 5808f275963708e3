// Linked into the scanner and window tests of sanitizer builds only (tests/CMakeLists.txt): dlclose()
// does nothing, so the SANE backends that sane_exit() unloads stay mapped and LeakSanitizer can name the
// module of a leak inside them (tests/sanitizers/lsan.supp suppresses libsane-test.so by name; an
// unloaded module is "<unknown module>", which no suppression can match). Never in a program a user runs.
#include <dlfcn.h>

extern "C" int dlclose(void* handle) noexcept
{
    (void)handle;
    return 0;
}
