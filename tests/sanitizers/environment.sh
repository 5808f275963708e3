# The sanitizers' run-time options for every run under ASan + UBSan (scripts/run-sanitizers.sh, the whole
# suite in docs/contributing.md): stop at the first error, report leaks, and print UBSan's stack.
# Source it: `source tests/sanitizers/environment.sh`.
_san_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$_san_dir/ubsan.supp}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$_san_dir/lsan.supp:print_suppressions=0}
unset _san_dir
