#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang into build-fuzz/ (Ninja, ccache, ASan + UBSan) and
# runs each over its seed corpus (tests/fuzz/corpus/<name>/) and then for a bounded time. Exits non-zero
# when a target crashes, leaks or breaks a check; the input that did it is left in build-fuzz/findings/.
#   scripts/run-fuzz.sh [SECONDS per target, default 15] [TARGET...]
# Longer runs: docs/contributing.md, "Fuzzing".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${1:-15}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(cccd_qr dossier_code validators intake catalogue site mixed_raster jbig2 file_import)
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
cc=${FUZZ_CC:-clang-14}
cxx=${FUZZ_CXX:-clang++-14}
command -v "$cxx" >/dev/null || { echo "run-fuzz: $cxx missing (Debian: clang-14 libclang-rt-14-dev)" >&2; exit 2; }

start=$(date +%s)
if [ ! -f "$build/build.ninja" ]; then
    CC=$cc CXX=$cxx cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMOTCUA_FUZZ=ON -DMOTCUA_BUILD_TESTS=OFF -DMOTCUA_UNITY=ON >/dev/null
fi
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]/#/fuzz_}"
echo "fuzz build finished in $(( $(date +%s) - start )) s" >&2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0}
# The readers' warnings on damaged input would fill the logs and slow the runs ten times.
export QT_LOGGING_RULES=${QT_LOGGING_RULES:-*=false}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=UTC
mkdir -p "$build/findings"
failed=()
for t in "${targets[@]}"; do
    # The seed corpus is read, never written: new inputs go to a scratch folder per run.
    scratch=$(mktemp -d)
    log="$build/findings/$t.log"
    # A fixed seed (MOTCUA_FUZZ_SEED, default 1) so that the test command's short run walks the same
    # inputs each time; long runs by hand pass another seed.
    if "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -seed="${MOTCUA_FUZZ_SEED:-1}" -timeout=10 -rss_limit_mb=3072 \
        -artifact_prefix="$build/findings/$t-" -print_final_stats=1 \
        "$scratch" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        echo "fuzz_$t: ok, $runs executions in ${seconds} s" >&2
    else
        echo "fuzz_$t: FAILED (log and input in $build/findings/)" >&2
        tail -n 40 "$log" >&2
        failed+=("$t")
    fi
    rm -rf "$scratch"
done
echo "fuzzing finished in $(( $(date +%s) - start )) s" >&2
[ ${#failed[@]} -eq 0 ] || { echo "fuzz targets failed: ${failed[*]}" >&2; exit 1; }
