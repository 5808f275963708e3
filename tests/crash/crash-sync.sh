#!/usr/bin/env bash
# Sync chaos test (issue 13) and sync crash harness (issue 12). Two desks, each with its own data folder
# and CHAOS_DOSSIERS dossiers with scanned pages (made through the store's API by sync_chaos_tool, before
# the clock starts), sync against one motcua-central that fails a share of its requests on purpose
# (--fault-rate: 503s, connections dropped before or after the work is stored). Both desks' `motcua sync`
# processes run in parallel and are killed with SIGKILL at random moments and restarted, CHAOS_KILLS
# times in all, while motcua-central acts as a processing unit (result-ready, request-supplement,
# fee-notice, stop, and fee-notice then result-ready) on CHAOS_UNIT_CHANGES of the dossiers it holds.
# Then every desk runs `motcua sync --once` until it has nothing left, and the test checks:
#   - central holds exactly the union of the desks' dossiers (`motcua-central list`): no loss, no
#     duplicate, each of the right desk, complete; central's records are exactly the desks' outbox rows,
#     one each (same idempotency keys), so nothing was delivered twice;
#   - every file: its SHA-256 at central (the bytes central stored) equals the desk's (the bytes the desk
#     stored), and each dossier names the same files at both ends;
#   - every unit change central emitted shows on its desk: the step in the dossier's history by
#     @central, and the dossier in the state of the last change;
#   - `motcua sync --status` shows nothing pending or parked, `db check` and `audit verify` pass.
#
#   tests/crash/crash-sync.sh MOTCUA MOTCUA_CENTRAL SYNC_CHAOS_TOOL
#
# Environment (defaults are the short form that ctest runs as crash.sync_chaos):
#   CHAOS_DOSSIERS=300      dossiers per desk (the long form: 1000)
#   CHAOS_KILLS=40          SIGKILLs of `motcua sync`, both desks together
#   CHAOS_WINDOW_MS=6000    a sync process is killed 0 to this many ms after it started
#   CHAOS_FAULT_RATE=0.3    motcua-central --fault-rate
#   CHAOS_UNIT_CHANGES=40   dossiers a processing unit acts on
#   CHAOS_AGENCIES=1        1: two desks of one agency (code slices 1-4999 and 5000-9999); 2: two agencies
#   CHAOS_RETRY_MS=50       the desks' back-off base (site sync.retry_base_ms; the ceiling 40 times it):
#                           the default 500 ms is for a real network, the faults here are on loopback
#   CHAOS_SEED=$$           repeats the kill moments, the faults and the choice of dossiers
#   CHAOS_KEEP=1            keeps the folder (printed)
# The long form (2 x 1,000 dossiers; about 10 minutes on two busy cores):
#   CHAOS_DOSSIERS=1000 CHAOS_KILLS=200 CHAOS_UNIT_CHANGES=200 bash tests/crash/crash-sync.sh \
#     build/app/motcua build/app/motcua-central build/tests/crash/sync_chaos_tool
# ctest also runs it as crash.sync (the crash harness of issue 12): 60 dossiers per desk, two agencies,
# 80 kills within 3 s of the start (start-up, sign-in, uploads, batches, the pull).
set -euo pipefail

motcua=${1:?usage: crash-sync.sh MOTCUA MOTCUA_CENTRAL SYNC_CHAOS_TOOL}
central=${2:?usage: crash-sync.sh MOTCUA MOTCUA_CENTRAL SYNC_CHAOS_TOOL}
tool=${3:?usage: crash-sync.sh MOTCUA MOTCUA_CENTRAL SYNC_CHAOS_TOOL}
dossiers=${CHAOS_DOSSIERS:-300}
kills=${CHAOS_KILLS:-40}
window=${CHAOS_WINDOW_MS:-6000}
faultRate=${CHAOS_FAULT_RATE:-0.3}
unitChanges=${CHAOS_UNIT_CHANGES:-40}
agencies=${CHAOS_AGENCIES:-1}
retryMs=${CHAOS_RETRY_MS:-50}
seed=${CHAOS_SEED:-$$}
RANDOM=$seed
work=$(mktemp -d)
centralPid=
cleanup() {
    [[ -n $centralPid ]] && kill "$centralPid" 2>/dev/null
    if [[ ${CHAOS_KEEP:-0} == 1 ]]; then echo "crash-sync: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
export MOTCUA_LANG=en QT_QPA_PLATFORM=offscreen MOTCUA_AUDIT_KEY_DIR=$work/keys MOTCUA_KEYCHAIN=off LC_ALL=C.UTF-8
unset MOTCUA_TEST_CLOCK MOTCUA_CENTRAL_CREDENTIAL
fail() { echo "crash-sync: $*" >&2; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
adminPw='Quay-so-1-2025'
clerkPw='Tiep-nhan-2025'

# --- central, with faults
"$central" --listen 127.0.0.1:0 --data-dir "$work/central" --fault-rate "$faultRate" --fault-seed "$seed" \
    >"$work/central.out" 2>"$work/central.log" &
centralPid=$!
for ((i = 0; i < 200; i++)); do
    [[ -s $work/central.out ]] && break
    sleep 0.1
done
url=$(head -n 1 "$work/central.out")
[[ $url == http://* ]] || fail "motcua-central did not start: $(cat "$work/central.log")"
centralAdmin() { "$central" --data-dir "$work/central" "$@"; }

# --- two desks
agency=(000.00.25.G14 000.00.25.G14)
[[ $agencies == 2 ]] && agency[1]=000.00.31.G14
first=(1 5000)
last=(4999 9999)
[[ $agencies == 2 ]] && first[1]=1 && last[1]=4999
credential=()
for d in 0 1; do
    desk=D0$((d + 1))
    data[d]=$work/desk$((d + 1))/data
    site[d]=$work/desk$((d + 1))/site.json
    mkdir -p "$work/desk$((d + 1))"
    python3 - "$url" "$desk" "${agency[d]}" "${first[d]}" "${last[d]}" "${site[d]}" "$retryMs" <<'PY'
import json, sys
url, desk, agency, first, last, path, retry = sys.argv[1:]
json.dump({"desk_id": desk, "desk_name": "Quầy " + desk, "agency_code": agency, "agency_name": "Cục Tần số vô tuyến điện",
           "parent_agency_name": "Bộ Khoa học và Công nghệ", "unit": "Bộ phận Tiếp nhận và Trả kết quả",
           "building": "115 Trần Duy Hưng, Hà Nội", "channel": "desk", "central_url": url,
           "codes": {"first": int(first), "last": int(last)}, "forms": {"place": "Hà Nội"},
           "sync": {"retry_base_ms": int(retry), "retry_max_ms": 40 * int(retry)}},
          open(path, "w"), ensure_ascii=False)
PY
    credential[d]=$(centralAdmin desk add "$desk" --agency "${agency[d]}" | json '["credential"]')
    MOTCUA_PASSWORD_NEW=$adminPw "$motcua" --data-dir "${data[d]}" --site "${site[d]}" init >/dev/null
    MOTCUA_PASSWORD=$adminPw MOTCUA_PASSWORD_NEW=$clerkPw "$motcua" --data-dir "${data[d]}" --site "${site[d]}" \
        --user admin user add clerk --name 'Nguyễn Thị Hoa' --role clerk >/dev/null
done
desk() { local d=$1; shift; "$motcua" --data-dir "${data[d]}" --site "${site[d]}" "$@"; }

# --- the dossiers, before the clock starts (both desks at once)
intakeStart=$(now_ms)
for d in 0 1; do
    MOTCUA_PASSWORD=$clerkPw "$tool" seed "${data[d]}" "${site[d]}" "$dossiers" "s$seed-d$d" \
        >"$work/codes$d" 2>"$work/seed$d.log" &
    seeder[d]=$!
done
for d in 0 1; do wait "${seeder[d]}" || fail "intake on desk $d failed: $(tail -n 3 "$work/seed$d.log")"; done
intakeMs=$(($(now_ms) - intakeStart))
for d in 0 1; do
    [[ $(sort -u "$work/codes$d" | wc -l) -eq $dossiers ]] || fail "desk $d made $(wc -l <"$work/codes$d") dossiers"
done
cat "$work/codes0" "$work/codes1" >"$work/codes"

# --- chaos: each desk's `motcua sync` killed and restarted; the unit acts meanwhile
start=$(now_ms)
chaosDesk() {
    local d=$1 budget=$2 killed=0 started=0 pid status
    RANDOM=$((seed * 7 + d))
    for ((k = 0; k < budget; k++)); do
        # exec: the SIGKILL reaches motcua itself, not a subshell that would leave it running.
        (MOTCUA_CENTRAL_CREDENTIAL=${credential[d]} exec "$motcua" --data-dir "${data[d]}" --site "${site[d]}" sync \
            >/dev/null 2>>"$work/sync$d.log") &
        pid=$!
        started=$((started + 1))
        sleep "$((RANDOM % window / 1000)).$(printf '%03d' $((RANDOM % window % 1000)))"
        kill -9 "$pid" 2>/dev/null || true
        status=0
        wait "$pid" 2>/dev/null || status=$?
        [[ $status -eq 137 ]] && killed=$((killed + 1))
    done
    echo "$killed $started" >"$work/killed$d"
}
chaosDesk 0 $((kills / 2)) &
chaos0=$!
chaosDesk 1 $((kills - kills / 2)) &
chaos1=$!

# The unit's plan: CHAOS_UNIT_CHANGES distinct dossiers of both desks, each with one or two actions.
plans=(result-ready request-supplement fee-notice stop fee-notice,result-ready)
# Two thirds among each desk's first quarter (central holds them early, so the unit acts during the kills).
early=$((unitChanges * 2 / 3))
mapfile -t chosen < <({
    for d in 0 1; do head -n $((dossiers / 4 + 1)) "$work/codes$d"; done | shuf -n "$early" --random-source=<(yes "$seed")
    shuf -n "$((unitChanges - early))" --random-source=<(yes "$seed") "$work/codes"
} | sort -u)
declare -A plan step
for code in "${chosen[@]}"; do
    plan[$code]=${plans[RANDOM % ${#plans[@]}]}
    step[$code]=0
done
: >"$work/emitted"
emitDuringChaos=0
unitAct() { # one action of a dossier's plan; succeeds when central took it
    local code=$1 action
    IFS=, read -r -a actions <<<"${plan[$code]}"
    action=${actions[${step[$code]}]}
    case $action in
    result-ready) out=$(centralAdmin unit result-ready "$code" 2>&1) || return 1 ;;
    request-supplement) out=$(centralAdmin unit request-supplement "$code" --reason 'Thiếu sơ đồ mạng' 2>&1) || return 1 ;;
    fee-notice) out=$(centralAdmin unit fee-notice "$code" --amount 150000 2>&1) || return 1 ;;
    stop) out=$(centralAdmin unit stop "$code" --reason 'Trùng hồ sơ' 2>&1) || return 1 ;;
    esac
    echo "$code $action" >>"$work/emitted"
    step[$code]=$((step[$code] + 1))
    ((step[$code] < ${#actions[@]})) || unset 'plan[$code]'
    return 0
}
while kill -0 "$chaos0" 2>/dev/null || kill -0 "$chaos1" 2>/dev/null; do
    ((${#plan[@]} > 0)) || break
    for code in "${!plan[@]}"; do # a dossier central does not hold yet is refused (exit 1): later
        unitAct "$code" && emitDuringChaos=$((emitDuringChaos + 1))
        kill -0 "$chaos0" 2>/dev/null || kill -0 "$chaos1" 2>/dev/null || break
    done
    sleep 0.2
done
wait "$chaos0" "$chaos1"
chaosMs=$(($(now_ms) - start))
duringChaos=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True).execute("SELECT count(*) FROM records").fetchone()[0])' "$work/central/central.db")

# --- settle: `sync --once` until a round ends with nothing pending or parked and no error (both desks at once)
settle() {
    local d=$1 i out
    for ((i = 1; i <= 200; i++)); do
        echo "$i" >"$work/rounds$d"
        out=$(MOTCUA_CENTRAL_CREDENTIAL=${credential[d]} desk "$d" sync --once 2>>"$work/sync$d.log") || continue
        python3 -c 'import json,sys; r=json.loads(sys.argv[1]); sys.exit(0 if not r.get("error") and r["pending"]==0 and r["parked"]==0 else 1)' "$out" && return 0
    done
    fail "desk $d still has records to send after 200 rounds: $out"
}
rounds=0
settleBoth() {
    settle 0 &
    local s0=$!
    settle 1 || { wait "$s0"; return 1; }
    wait "$s0" || return 1
    rounds=$((rounds + $(cat "$work/rounds0") + $(cat "$work/rounds1")))
}
settleBoth || fail "the desks did not settle"
# What the unit could not do while central did not hold the dossier yet, now; then the desks pull it.
for code in "${!plan[@]}"; do
    for ((tries = 0; tries < 3; tries++)); do
        [[ -n ${plan[$code]:-} ]] || break
        unitAct "$code" || fail "central refused ${plan[$code]} on $code: $out"
    done
done
settleBoth || fail "the desks did not settle"
elapsedMs=$(($(now_ms) - start))

# --- checks
centralAdmin list >"$work/central-list.json" || fail "motcua-central list failed"
for d in 0 1; do
    MOTCUA_PASSWORD=$clerkPw "$tool" dump "${data[d]}" "${site[d]}" "$work/codes$d" >"$work/dump$d.jsonl" \
        2>"$work/dump$d.log" || fail "reading desk $d back failed: $(tail -n 3 "$work/dump$d.log")"
    status=$(desk "$d" sync --status) || fail "desk $d: sync --status failed"
    python3 -c 'import json,sys; s=json.loads(sys.argv[1]); sys.exit(0 if s["pending"]==0 and not s["parked"] else 1)' \
        "$status" || fail "desk $d: records left after the sync: $status"
    check=$(MOTCUA_PASSWORD=$adminPw desk "$d" --user admin db check) || fail "desk $d: db check failed: $check"
    MOTCUA_PASSWORD=$adminPw desk "$d" --user admin audit verify >/dev/null || fail "desk $d: audit verify failed"
done
python3 - "$work" "${data[0]}" "${data[1]}" <<'PY' || fail "central and the desks disagree (above)"
import hashlib, json, os, sqlite3, sys
work, data = sys.argv[1], sys.argv[2:]
problems = []
def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()
listed = json.load(open(f"{work}/central-list.json"))
at_central = {}
for d in listed:
    if d["code"] in at_central:
        problems.append(f"{d['code']}: listed twice at central")
    at_central[d["code"]] = d
db = sqlite3.connect(f"file:{work}/central/central.db?mode=ro", uri=True)
central_keys = {}
for key, desk, code in db.execute("SELECT key, desk_id, code FROM records"):
    central_keys.setdefault(desk, []).append((key, code))
files_dir = f"{work}/central/files"
union = 0
for d, folder in enumerate(data):
    desk_id = f"D0{d + 1}"
    shown = [json.loads(line) for line in open(f"{work}/dump{d}.jsonl")]
    union += len(shown)
    for s in shown:
        code = s["code"]
        c = at_central.get(code)
        if s.get("missing") or c is None:
            problems.append(f"{code}: {'missing on the desk' if s.get('missing') else 'not at central'}")
            continue
        if c["desk_id"] != desk_id:
            problems.append(f"{code}: central has it from {c['desk_id']}, not {desk_id}")
        if not c.get("complete") or c.get("waiting_for_files"):
            problems.append(f"{code}: incomplete at central ({c.get('waiting_for_files')} files missing)")
        if sorted(f["sha256"] for f in c["files"]) != sorted(s["files"]):
            problems.append(f"{code}: central names files {c['files']}, the desk {s['files']}")
        for h in s["files"]:
            mine = sha(os.path.join(folder, "files", h[:2], h))
            index = os.path.join(files_dir, "by-sha256", h)
            if not os.path.exists(index):
                problems.append(f"{code}: file {h} not at central")
                continue
            upload = open(index).read().strip()
            theirs = sha(os.path.join(files_dir, upload + ".bin"))
            if mine != h or theirs != h:
                problems.append(f"{code}: file {h}: desk bytes {mine}, central bytes {theirs}")
    # Exactly once: central's records of this desk are the desk's outbox rows, one each.
    desk_db = sqlite3.connect(f"file:{folder}/motcua.db?mode=ro", uri=True)
    outbox = sorted(desk_db.execute("SELECT o.key, d.code FROM outbox o LEFT JOIN dossiers d ON d.id = o.dossier_id"))
    undelivered = desk_db.execute("SELECT count(*) FROM outbox WHERE delivered_at IS NULL").fetchone()[0]
    if undelivered:
        problems.append(f"{desk_id}: {undelivered} outbox rows not delivered")
    received = sorted(central_keys.get(desk_id, []))
    if len(received) != len(set(k for k, _ in received)):
        problems.append(f"{desk_id}: a key stored twice at central")
    if received != outbox:
        extra = set(received) - set(outbox)
        lost = set(outbox) - set(received)
        problems.append(f"{desk_id}: central has {len(received)} records, the outbox {len(outbox)} "
                        f"(at central only: {list(extra)[:3]}, lost: {list(lost)[:3]})")
if len(at_central) != union:
    problems.append(f"central holds {len(at_central)} dossiers, the desks {union}")
# Every unit change central emitted, on its desk.
steps = {"result-ready": ("mark_result_ready", "result_ready"), "request-supplement": ("request_supplement",
         "supplement_requested"), "fee-notice": ("fee_notice", "awaiting_payment"), "stop": ("stop", "stopped")}
emitted = {}
for line in open(f"{work}/emitted"):
    code, action = line.split()
    emitted.setdefault(code, []).append(action)
shown = {}
for d in range(len(data)):
    for line in open(f"{work}/dump{d}.jsonl"):
        s = json.loads(line)
        shown[s["code"]] = s
for code, actions in emitted.items():
    s = shown[code]
    by_central = [st for st, by in s["steps"] if by == "@central"]
    want = [steps[a][0] for a in actions]
    if [st for st in by_central if st in want] != want:
        problems.append(f"{code}: central emitted {want}, the desk shows {by_central} by @central")
    if s["status"] != steps[actions[-1]][1]:
        problems.append(f"{code}: status {s['status']} on the desk after {actions} at central")
for p in problems[:30]:
    print("crash-sync:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

read -r killed0 started0 <"$work/killed0"
read -r killed1 started1 <"$work/killed1"
faults=$(cat "$work"/sync*.log | grep -c 'retrying in' || true)
uploads=$(cat "$work"/sync*.log | grep -c 'uploaded ' || true)
echo "crash-sync: 2 desks ($agencies agenc$([[ $agencies == 1 ]] && echo y || echo ies)) x $dossiers dossiers" \
    "(intake ${intakeMs} ms, before the clock), fault rate $faultRate: $((killed0 + killed1)) of" \
    "$((started0 + started1)) sync processes killed by SIGKILL within ${window} ms, $rounds rounds of" \
    "sync --once to settle, $(wc -l <"$work/emitted") unit changes ($emitDuringChaos during the kills)," \
    "$faults transient failures retried, $uploads file uploads; $duringChaos records delivered during the kills;" \
    "chaos ${chaosMs} ms, elapsed ${elapsedMs} ms;" \
    "central holds the union ($(($(wc -l <"$work/codes")))) once each, files equal, every unit change on" \
    "its desk, db check and audit verify ok (seed $seed)"
