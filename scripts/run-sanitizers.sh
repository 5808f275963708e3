#!/usr/bin/env bash
# The short sanitizer job of the test command (issue 12): builds the core library and the core tests with
# AddressSanitizer + UndefinedBehaviorSanitizer into their own folder (Ninja, ccache; the `asan` preset's
# settings) and runs them. Any memory error, leak or undefined behaviour fails the test that hit it.
#   scripts/run-sanitizers.sh [ctest -R regex]        # default: the store's tests (below)
# The whole suite under the sanitizers: docs/contributing.md, "Sanitizers".
# The default subset is the code that holds the citizens' data and the most C-level work (SQLite
# statements, the audit chain, migrations, intake, search, backups, personal data); the parsers are
# already run under ASan+UBSan by the fuzz job. A Debug build (-O0) compiles in about half the time of
# -O2 with the sanitizers, which is what this job pays for.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SAN_BUILD_DIR:-$root/build-asan-core}
regex=${1:-'^core\.test_(store|store_audit|store_hardening|store_permissions|migrations|intake|search|workflow|outbox|queues|audit_sqlite|auditchain|backupscheduler|lockout|user_admin)$'}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
start=$(date +%s)
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMOTCUA_SANITIZE=ON >/dev/null
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
