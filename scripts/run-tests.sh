#!/usr/bin/env bash
# Builds MotCua Desk and runs every test. Installs missing Debian packages and starts the services the
# tests need (CUPS with a PDF queue). Exits non-zero on any failure. .ci/run calls exactly this.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
start=$(date +%s)

bash "$root/scripts/install-deps.sh"
if [ -x "$root/scripts/start-cups.sh" ] || [ -f "$root/scripts/start-cups.sh" ]; then
    bash "$root/scripts/start-cups.sh"
fi
bash "$root/scripts/build.sh" "$build"
# The independent tus server that sync.test_tus_independent uploads to (npm ci; fails loudly without it).
bash "$root/scripts/install-tus-server.sh" "$build"
built=$(date +%s)
echo "build finished in $((built - start)) s" >&2

cd "$build"
# A test that timed out runs once more (a safety net for SANE's test backend: tests/scanner/CMakeLists.txt).
ctest --output-on-failure --timeout 600 --repeat after-timeout:2 -j "$(nproc 2>/dev/null || echo 2)"
echo "tests finished in $(( $(date +%s) - built )) s (total $(( $(date +%s) - start )) s)" >&2

# The short sanitizer job: the core library and its tests under ASan + UBSan, in build-asan-core/
# (docs/contributing.md, "Sanitizers"; the whole suite under them is documented there).
san=$(date +%s)
bash "$root/scripts/run-sanitizers.sh"
echo "sanitizer job finished in $(( $(date +%s) - san )) s (total $(( $(date +%s) - start )) s)" >&2

# The libFuzzer targets, built with clang into build-fuzz/, 15 s each over their seed corpora.
fuzz=$(date +%s)
bash "$root/scripts/run-fuzz.sh"
echo "fuzzing finished in $(( $(date +%s) - fuzz )) s (total $(( $(date +%s) - start )) s)" >&2
