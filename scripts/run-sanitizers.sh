#!/usr/bin/env bash
# The short sanitizer job of the test command (issue 12): builds the core library and the core tests with
# AddressSanitizer + UndefinedBehaviorSanitizer into their own folder (Ninja, ccache; the `asan` preset's
# settings) and runs them. Any memory error, leak or undefined behaviour fails the test that hit it.
#   scripts/run-sanitizers.sh [ctest -R regex]        # default: every core.* test
# The whole suite under the sanitizers: docs/contributing.md, "Sanitizers".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SAN_BUILD_DIR:-$root/build-asan-core}
regex=${1:-'^core\.'}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
start=$(date +%s)
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOTCUA_SANITIZE=ON >/dev/null
fi
# Only the core tests' executables (and what they link): the rest of the suite is the long run's.
targets=()
for src in "$root"/tests/core/test_*.cpp; do
    unit=$(basename "$src" .cpp)
    [[ core.$unit =~ $regex ]] && targets+=("core_$unit")
done
[ ${#targets[@]} -gt 0 ] || { echo "run-sanitizers: no core test matches $regex" >&2; exit 2; }
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}"
built=$(date +%s)
echo "sanitizer build finished in $((built - start)) s" >&2

source "$root/tests/sanitizers/environment.sh"
ctest --test-dir "$build" -R "$regex" --output-on-failure --timeout 900 -j "$(nproc 2>/dev/null || echo 2)"
echo "sanitizer tests finished in $(( $(date +%s) - built )) s (total $(( $(date +%s) - start )) s)" >&2
