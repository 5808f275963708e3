#!/usr/bin/env bash
# Crash harness for workflow steps (issue 12): kills `motcua dossier result-ready CODE` with SIGKILL at
# random moments (start-up, sign-in, the step's transaction, exit), retries it until the dossier is in
# `result_ready` (a retry of a step already committed is refused, exit 1, naming the state), then checks
# that `db check` and `audit verify` pass, and that every dossier went through the step exactly once
# (one history row `mark_result_ready`, one audit row each: no step lost, none doubled).
#
#   tests/crash/crash-step.sh MOTCUA_BINARY [KILLS]      # ctest runs it with 20 kills
#   tests/crash/crash-step.sh build/app/motcua 500       # the long run
#
# Environment: CRASH_SEED (default: $$) makes the kill moments repeatable; CRASH_KEEP=1 keeps the folder.
set -euo pipefail

motcua=${1:?usage: crash-step.sh MOTCUA_BINARY [KILLS]}
kills=${2:-20}
seed=${CRASH_SEED:-$$}
RANDOM=$seed
work=$(mktemp -d)
[[ ${CRASH_KEEP:-0} == 1 ]] || trap 'rm -rf "$work"' EXIT
export MOTCUA_LANG=en QT_QPA_PLATFORM=offscreen MOTCUA_AUDIT_KEY_DIR=$work/keys
unset MOTCUA_TEST_CLOCK
data=$work/data
run() { "$motcua" --data-dir "$data" "$@"; }
fail() { echo "crash-step: $*" >&2; exit 1; }

MOTCUA_PASSWORD_NEW='Quay-so-1-2025' run init >/dev/null
MOTCUA_PASSWORD='Quay-so-1-2025' MOTCUA_PASSWORD_NEW='Tiep-nhan-2025' \
    run --user admin user add clerk --name 'Nguyễn Thị Hoa' --role clerk >/dev/null
export MOTCUA_PASSWORD='Tiep-nhan-2025'
cat >"$work/intake.json" <<JSON
{"procedure": "LOCAL-RF-001",
 "applicant": {"name": "Trần Văn Bình", "id_number": "001090012345", "phone": "0912345678"}}
JSON
codes=()
for ((i = 1; i <= kills; i++)); do
    code=$(run --user clerk dossier receive "$work/intake.json" 2>/dev/null | sed -n 's/.*"code": *"\([^"]*\)".*/\1/p' | head -n 1)
    [[ -n $code ]] || fail "receive $i returned no code"
    run --user clerk dossier hand-over "$code" >/dev/null 2>&1
    codes+=("$code")
done

# The kill window (ms): a little longer than one step on this machine, measured once.
start=$(date +%s%N)
run --user clerk dossier show "${codes[0]}" >/dev/null
window=$(( ($(date +%s%N) - start) / 1000000 * 3 / 2 + 50 ))
((window > 999)) && window=999
killed=0
for code in "${codes[@]}"; do
    # exec: the SIGKILL reaches motcua itself, not a subshell that would leave it running.
    (exec "$motcua" --data-dir "$data" --user clerk dossier result-ready "$code" >/dev/null 2>&1) &
    pid=$!
    sleep "0.$(printf '%03d' $((RANDOM % window)))"
    kill -9 "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$?
    [[ $status -eq 137 ]] && killed=$((killed + 1))
    # Retry: either it does the step now, or the killed run had committed it and the state refuses it.
    status=0
    out=$(run --user clerk dossier result-ready "$code" 2>&1) || status=$?
    [[ $status -eq 0 || $status -eq 1 ]] || fail "$code: the retry answered $status: $out"
done

export MOTCUA_PASSWORD='Quay-so-1-2025'
check=$(run --user admin db check) || fail "db check failed: $check"
run --user admin audit verify >/dev/null || fail "audit verify failed"
export MOTCUA_PASSWORD='Tiep-nhan-2025'
for code in "${codes[@]}"; do
    shown=$(run --user clerk dossier show "$code")
    grep -Eq '"status": *"result_ready"' <<<"$shown" || fail "$code is not result_ready after the step"
    steps=$(grep -Eo '"step": *"mark_result_ready"' <<<"$shown" | wc -l)
    [[ $steps -eq 1 ]] || fail "$code went through the step $steps times"
done
echo "crash-step: $kills steps, $killed killed by SIGKILL (window ${window} ms), each dossier stepped exactly once," \
    "db check and audit verify ok (seed $seed)"
