#!/usr/bin/env bash
# Crash harness for intake (issue 12): kills `motcua dossier receive` with SIGKILL at random moments,
# retries each intake with the same idempotency key until it answers, then checks that `db check` and
# `audit verify` pass and that every returned code exists exactly once (one dossier per key).
#
#   tests/crash/crash-receive.sh MOTCUA_BINARY [KILLS]      # ctest runs it with 30 kills
#   tests/crash/crash-receive.sh build/app/motcua 1000      # the long run (about 10 minutes)
#
# Environment: CRASH_SEED (default: $$) makes the kill moments repeatable; CRASH_KEEP=1 keeps the folder.
set -euo pipefail

motcua=${1:?usage: crash-receive.sh MOTCUA_BINARY [KILLS]}
kills=${2:-30}
seed=${CRASH_SEED:-$$}
RANDOM=$seed
work=$(mktemp -d)
[[ ${CRASH_KEEP:-0} == 1 ]] || trap 'rm -rf "$work"' EXIT
export MOTCUA_LANG=en QT_QPA_PLATFORM=offscreen MOTCUA_AUDIT_KEY_DIR=$work/keys
unset MOTCUA_TEST_CLOCK
data=$work/data
run() { "$motcua" --data-dir "$data" "$@"; }

MOTCUA_PASSWORD_NEW='Quay-so-1-2025' run init >/dev/null
MOTCUA_PASSWORD='Quay-so-1-2025' MOTCUA_PASSWORD_NEW='Tiep-nhan-2025' \
    run --user admin user add clerk --name 'Nguyễn Thị Hoa' --role clerk >/dev/null
printf 'page %s\n' "$seed" >"$work/page-1.png"

export MOTCUA_PASSWORD='Tiep-nhan-2025'
# The kill window (ms): a little longer than one receive on this machine, measured once.
start=$(date +%s%N)
run --user clerk dossier show 000.00.25.G14-000000-0000 >/dev/null 2>&1 || true
window=$(( ($(date +%s%N) - start) / 1000000 * 3 / 2 + 50 ))
((window > 999)) && window=999
codes=$work/codes
: >"$codes"
killed=0
for ((i = 1; i <= kills; i++)); do
    intake=$work/intake-$i.json
    cat >"$intake" <<JSON
{"procedure": "LOCAL-RF-001", "idempotency_key": "crash-$seed-$i",
 "applicant": {"name": "Trần Văn Bình", "id_number": "001090012345", "phone": "0912345678"},
 "documents": [{"component": "don", "originals": 1, "files": ["page-1.png"]}]}
JSON
    out=$work/out-$i
    # exec: the SIGKILL reaches motcua itself, not a subshell that would leave it running.
    (exec "$motcua" --data-dir "$data" --user clerk dossier receive "$intake" >"$out" 2>/dev/null) &
    pid=$!
    # Kill anywhere from start-up through sign-in (Argon2id) and the commit to the exit.
    sleep "0.$(printf '%03d' $((RANDOM % window)))"
    kill -9 "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$?
    [[ $status -eq 137 ]] && killed=$((killed + 1))
    # A code the killed run printed must survive; then the retry must return the same one.
    printed=$(sed -n 's/.*"code": *"\([^"]*\)".*/\1/p' "$out" | head -n 1)
    retry=$(run --user clerk dossier receive "$intake" 2>/dev/null)
    code=$(sed -n 's/.*"code": *"\([^"]*\)".*/\1/p' <<<"$retry" | head -n 1)
    [[ -n $code ]] || { echo "run $i: the retry returned no code: $retry" >&2; exit 1; }
    [[ -z $printed || $printed == "$code" ]] || { echo "run $i: killed run printed $printed, retry $code" >&2; exit 1; }
    echo "$code" >>"$codes"
done

export MOTCUA_PASSWORD='Quay-so-1-2025'
check=$(run --user admin db check) || { echo "db check failed: $check" >&2; exit 1; }
run --user admin audit verify >/dev/null || { echo "audit verify failed" >&2; exit 1; }
dossiers=$(sed -n 's/.*"dossiers": *\([0-9]*\).*/\1/p' <<<"$check" | head -n 1)
distinct=$(sort -u "$codes" | wc -l)
[[ $distinct -eq $kills ]] || { echo "$kills intakes returned $distinct distinct codes" >&2; exit 1; }
[[ $dossiers -eq $kills ]] || { echo "$kills intakes made $dossiers dossiers" >&2; exit 1; }
export MOTCUA_PASSWORD='Tiep-nhan-2025'
while read -r code; do
    run --user clerk dossier show "$code" >/dev/null 2>&1 || { echo "code $code was returned but is missing" >&2; exit 1; }
done < <(sort -u "$codes")
echo "crash-receive: $kills intakes, $killed killed by SIGKILL (window ${window} ms), $dossiers dossiers," \
    "every code once, db check and audit verify ok (seed $seed)"
