#!/usr/bin/env bash
# Storage faults (issue 12): injects the faults a desk PC meets and checks that `motcua` answers each with
# a clear Vietnamese message and exit code 3, keeps everything already committed and never writes over
# the damaged file:
#   - a full disk: the data folder on a 3 MiB tmpfs filled up (in a private mount namespace: as root, or
#     as an ordinary user through a user namespace; without either, RLIMIT_FSIZE stands in);
#   - a read-only data folder: a read-only bind mount of it (root ignores chmod, a mount does not;
#     without a namespace, a folder without write permission for an ordinary user): changes refused,
#     lookup, search, audit verify and the window's lookup-only mode still work, also after a crash;
#   - a missing file and an unreadable file in the content store (unreadable: mode 000 for a process
#     that is not root: root's process drops to the `nobody` user for that fault);
#   - a damaged database: zero bytes, truncated, pages overwritten, not a database at all.
# ctest runs it as storage.faults:  tests/storage/storage-faults.sh MOTCUA_BINARY
set -euo pipefail
motcua=$(realpath "${1:?usage: storage-faults.sh MOTCUA_BINARY}")
self=$(realpath "$0")
desk=$(dirname "$motcua")/motcua-desk # the window, beside the CLI in the build
[[ -x $desk ]] || { echo "storage-faults: no motcua-desk beside $motcua" >&2; exit 1; }

# The mount faults run in a private mount namespace, so nothing stays mounted whatever happens. An
# ordinary user gets one through a user namespace, where they are root over their own files: the
# unreadable-file fault then runs first, outside it, where mode 000 holds for them.
phases=${STORAGE_PHASES:-full ro content db}
if [[ ${2:-} == --in-namespace ]]; then
    mode=namespace
elif [[ ${2:-} == --no-namespace ]]; then
    mode=limits
elif [[ $(id -u) == 0 ]] && unshare -m --propagation private true 2>/dev/null; then
    exec unshare -m --propagation private bash "$self" "$motcua" --in-namespace
elif [[ $(id -u) != 0 ]] && unshare -rm --propagation private true 2>/dev/null; then
    STORAGE_PHASES=content bash "$self" "$motcua" --no-namespace
    STORAGE_PHASES="full ro db" exec unshare -rm --propagation private bash "$self" "$motcua" --in-namespace
else
    mode=limits
fi
real_root=0
[[ $(id -u) == 0 && -z $(awk '$2 != 0' /proc/self/uid_map) ]] && real_root=1

work=$(mktemp -d)
trap 'umount -q "$work"/full "$work"/bk 2>/dev/null || true; chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
chmod 0755 "$work" # the `nobody` fault below reaches its own folder inside
export MOTCUA_LANG=vi LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen MOTCUA_AUDIT_KEY_DIR=$work/keys
unset MOTCUA_TEST_CLOCK
admin_pw='Quay-so-1-2025'
clerk_pw='Tiep-nhan-2025'
faults=0
fail() { echo "storage-faults: $*" >&2; exit 1; }
m() { local dir=$1; shift; "$motcua" --data-dir "$dir" "$@"; }
as_admin() { local dir=$1; shift; MOTCUA_PASSWORD=$admin_pw m "$dir" --user admin "$@"; }
as_clerk() { local dir=$1; shift; MOTCUA_PASSWORD=$clerk_pw m "$dir" --user clerk "$@"; }
code_of() { sed -n 's/.*"code": *"\([^"]*\)".*/\1/p' <<<"$1" | head -n 1; }

# A data folder with a clerk and one dossier with one stored page; prints the dossier's code.
prepare() {
    local dir=$1
    MOTCUA_PASSWORD_NEW=$admin_pw m "$dir" init >/dev/null
    MOTCUA_PASSWORD_NEW=$clerk_pw as_admin "$dir" user add clerk --name 'Nguyễn Thị Hoa' --role clerk >/dev/null
    intake "$dir" first 'page one' >/dev/null
    code_of "$(as_clerk "$dir" dossier receive "$work/in/first.json")"
}
# Writes the intake $work/in/KEY.json (idempotency key KEY) with one page of TEXT (not on the faulty disk).
intake() {
    local key=$2 text=$3 base=$work/in
    mkdir -p "$base"
    printf '%s\n' "$text" >"$base/$key.png"
    cat >"$base/$key.json" <<JSON
{"procedure": "LOCAL-RF-001", "idempotency_key": "$key",
 "applicant": {"name": "Trần Văn Bình", "id_number": "001090012345", "phone": "0912345678"},
 "documents": [{"component": "don", "originals": 1, "files": ["$key.png"]}]}
JSON
}
# expect_fault WHAT PATTERN COMMAND...: the command exits 3 with a Vietnamese message matching PATTERN.
expect_fault() {
    local what=$1 pattern=$2 status=0
    shift 2
    faults=$((faults + 1))
    "$@" >"$work/out" 2>"$work/err" || status=$?
    [[ $status -eq 3 ]] || fail "$what: exit $status, not 3 (stderr: $(cat "$work/err"); stdout: $(cat "$work/out"))"
    grep -Eq "$pattern" "$work/err" || fail "$what: the message is not the expected Vietnamese one: $(cat "$work/err")"
    echo "  $what: exit 3: $(head -c 300 "$work/err" | tr '\n' ' ')"
}
# The folder's dossiers, audit chain and files are whole, and CODE is still there.
intact() {
    local dir=$1 code=$2 what=$3
    as_admin "$dir" db check >"$work/check" 2>&1 || fail "$what: db check after the fault: $(cat "$work/check")"
    as_admin "$dir" audit verify >/dev/null 2>&1 || fail "$what: audit verify after the fault"
    as_clerk "$dir" dossier show "$code" >/dev/null 2>&1 || fail "$what: committed dossier $code lost"
}
fingerprint() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

echo "storage faults ($mode; $phases):"

# ---- 1. the disk fills up
if [[ " $phases " == *" full "* ]]; then
full=$work/full
mkdir -p "$full"
if [[ $mode == namespace ]]; then
    mount -t tmpfs -o size=3m,mode=0700 tmpfs "$full"
    data=$full/data
    first=$(prepare "$data")
    # Fill the disk to the last block.
    dd if=/dev/zero of="$full/filler" bs=64k 2>/dev/null || true
    intake "$data" second "$(head -c 200000 /dev/urandom | base64)"
    expect_fault "full disk: receive with a page" 'đầy|dung lượng' as_clerk "$data" dossier receive "$work/in/second.json"
    intake "$data" third ''
    sed -i 's/"files": \["third.png"\]/"files": []/' "$work/in/third.json"
    expect_fault "full disk: receive without a page" 'đầy|dung lượng' as_clerk "$data" dossier receive "$work/in/third.json"
    rm -f "$full/filler"
    # A backup onto another disk that is full: refused, and no partial backup left there.
    mkdir -p "$work/bk"
    mount -t tmpfs -o size=256k,mode=0700 tmpfs "$work/bk"
    dd if=/dev/zero of="$work/bk/filler" bs=64k 2>/dev/null || true
    expect_fault "full backup disk: backup" 'đầy|dung lượng' as_admin "$data" db backup "$work/bk/backup"
    [[ ! -e $work/bk/backup && ! -e $work/bk/backup.part ]] || fail "full backup disk: a partial backup was left"
    umount "$work/bk"
    intact "$data" "$first" "full disk"
    retry=$(as_clerk "$data" dossier receive "$work/in/second.json") || fail "full disk: receive after freeing space"
    [[ $(as_admin "$data" db check | sed -n 's/.*"dossiers": *\([0-9]*\).*/\1/p') == 2 ]] \
        || fail "full disk: expected exactly 2 dossiers after the retry"
    umount "$full"
else
    # No mount namespace here: the process's file-size limit (RLIMIT_FSIZE) refuses the writes instead.
    data=$full/data
    first=$(prepare "$data")
    intake "$data" second "$(head -c 200000 /dev/urandom | base64)"
    trap '' XFSZ # writes past the limit fail with EFBIG instead of killing the process
    expect_fault "file size limit: receive with a page" 'đầy|dung lượng' \
        bash -c 'ulimit -f 64; exec "$@"' _ env MOTCUA_PASSWORD=$clerk_pw "$motcua" --data-dir "$data" --user clerk \
        dossier receive "$work/in/second.json"
    trap - XFSZ
    intact "$data" "$first" "file size limit"
fi
fi

# ---- 2. the data folder is read-only
if [[ " $phases " == *" ro "* ]]; then
ro=$work/ro
mkdir -p "$ro"
data=$ro/data
first=$(prepare "$data")
before=$(fingerprint "$data")
intake "$data" second 'page two'
if [[ $mode == namespace ]]; then
    mount --bind "$data" "$data"
    mount -o remount,bind,ro "$data"
    touch "$data/probe" 2>/dev/null && fail "read-only: the bind mount still takes writes"
elif [[ $(id -u) != 0 ]]; then
    chmod -R a-w "$data"
else
    fail "read-only: running as root without a mount namespace; no honest read-only folder is possible"
fi
expect_fault "read-only folder: receive" 'chỉ đọc|quyền' as_clerk "$data" dossier receive "$work/in/second.json"
expect_fault "read-only folder: workflow step" 'chỉ đọc|quyền' as_clerk "$data" dossier hand-over "$first"
# Looking up needs no write: lookup, search, audit verify and the window (lookup only) keep working.
read_only_lookup() {
    local data=$1 code=$2 what=$3 out
    out=$(as_clerk "$data" dossier show "$code" 2>"$work/err") || fail "$what: lookup refused: $(cat "$work/err")"
    [[ $(code_of "$out") == "$code" ]] || fail "$what: lookup showed another dossier: $out"
    out=$(as_clerk "$data" dossier search 'tran van binh' 2>"$work/err") || fail "$what: search refused: $(cat "$work/err")"
    grep -q "\"$code\"" <<<"$out" || fail "$what: search did not find $code: $out"
    as_admin "$data" audit verify >/dev/null 2>"$work/err" || fail "$what: audit verify refused: $(cat "$work/err")"
    out=$("$desk" --data-dir "$data" --check-store 2>"$work/err") || fail "$what: the window refuses: $(cat "$work/err")"
    grep -q '"read_only": true' <<<"$out" || fail "$what: the window does not open lookup-only: $out"
    echo "  $what: lookup, search, audit verify and the window (lookup only) work"
}
read_only_lookup "$data" "$first" "read-only folder"
if [[ $mode == namespace ]]; then umount "$data"; else chmod -R u+w "$data"; fi
[[ $(fingerprint "$data" | grep -v -- '-wal$\|-shm$') == $(grep -v -- '-wal$\|-shm$' <<<"$before") ]] \
    || fail "read-only: the data folder changed"
intact "$data" "$first" "read-only folder"
# A crash leaves dossiers committed in the journal (-wal, with its -shm): a read-only lookup still sees them.
if [[ $mode == namespace ]]; then
    python3 -c 'import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1]); c.execute("SELECT count(*) FROM sqlite_master").fetchall()
print("held", flush=True); time.sleep(600)' "$data/motcua.db" >"$work/holder" &
    holder=$!
    for _ in $(seq 100); do [[ -s $work/holder ]] && break; sleep 0.1; done
    out=$(as_clerk "$data" dossier receive "$work/in/second.json") || fail "journal: receive"
    second=$(code_of "$out")
    kill -9 "$holder"; wait "$holder" 2>/dev/null || true
    [[ -s $data/motcua.db-wal ]] || fail "journal: no journal left to read"
    mount --bind "$data" "$data"
    mount -o remount,bind,ro "$data"
    read_only_lookup "$data" "$second" "read-only folder after a crash"
    umount "$data"
fi
fi

# ---- 3. a stored file is missing or unreadable
if [[ " $phases " == *" content "* ]]; then
cs=$work/cs
mkdir -p "$cs"
data=$cs/data
first=$(prepare "$data")
stored=$(find "$data/files" -type f | head -n 1)
[[ -n $stored ]] || fail "content store: no stored file"
mv "$stored" "$cs/kept"
faults=$((faults + 1))
status=0
as_admin "$data" db check >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 1 ]] && grep -q "$(basename "$stored")" "$work/out" || fail "missing file: db check did not list it ($status)"
echo "  missing stored file: db check exit 1, the file named"
expect_fault "missing stored file: backup" 'thiếu|không đọc|Không đọc|không còn' as_admin "$data" db backup "$cs/backup"
[[ ! -e $cs/backup ]] || fail "missing file: an incomplete backup was left"
mv "$cs/kept" "$stored"
intact "$data" "$first" "missing stored file"
# Unreadable: a process that is not root, with the file at mode 000.
chmod 000 "$stored"
if [[ $real_root == 1 ]]; then
    chown -R nobody: "$cs" "$work/keys"
    as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$cs" "$@"; }
else
    as_nobody() { "$@"; }
fi
expect_fault "unreadable stored file: backup" 'thiếu|không đọc|Không đọc' \
    as_nobody env MOTCUA_PASSWORD=$admin_pw "$motcua" --data-dir "$data" --user admin db backup "$cs/backup2"
[[ ! -e $cs/backup2 ]] || fail "unreadable file: an incomplete backup was left"
chmod 600 "$stored"
[[ $(id -u) == 0 ]] && chown -R root: "$cs" "$work/keys" 2>/dev/null || true
intact "$data" "$first" "unreadable stored file"
fi

# ---- 4. the database is damaged
damaged() {
    local name=$1 how=$2 dir=$work/db-$1
    mkdir -p "$dir"
    local data=$dir/data
    local code
    code=$(prepare "$data")
    intake "$data" second 'page two'
    eval "$how"
    local sum
    sum=$(sha256sum <"$data/motcua.db")
    expect_fault "damaged database ($name): lookup" 'hỏng|cắt cụt|rỗng|không phải cơ sở dữ liệu' \
        as_clerk "$data" dossier show "$code"
    expect_fault "damaged database ($name): receive" 'hỏng|cắt cụt|rỗng|không phải cơ sở dữ liệu' \
        as_clerk "$data" dossier receive "$work/in/second.json"
    local status=0
    as_admin "$data" db check >/dev/null 2>&1 || status=$?
    [[ $status -eq 1 ]] || fail "damaged database ($name): db check exit $status, not 1"
    [[ $(sha256sum <"$data/motcua.db") == "$sum" ]] || fail "damaged database ($name): the file was written"
    [[ ! -e $data/motcua.db-wal || ! -s $data/motcua.db-wal ]] || fail "damaged database ($name): a WAL was written"
}
if [[ " $phases " == *" db "* ]]; then
damaged zero ': >"$data/motcua.db"'
damaged truncated 'truncate -s $(( $(stat -c %s "$data/motcua.db") / 2 )) "$data/motcua.db"'
damaged schema 'dd if=/dev/urandom of="$data/motcua.db" bs=1 seek=100 count=3996 conv=notrunc 2>/dev/null'
damaged pages 'dd if=/dev/urandom of="$data/motcua.db" bs=4096 seek=1 count=$(( $(stat -c %s "$data/motcua.db") / 4096 - 1 )) conv=notrunc 2>/dev/null'
damaged text 'echo "not a database" >"$data/motcua.db"'
fi

echo "storage-faults: $faults faults injected ($mode), each exit 3 (db check: exit 1) with a Vietnamese message," \
    "nothing committed lost, no damaged file written"
