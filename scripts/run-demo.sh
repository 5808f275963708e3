#!/usr/bin/env bash
# Builds MotCua Desk and starts it on the embedded demo site: a local data dir, the virtual scanner
# (SANE `test` backend through resources/sane), and the reference central server on loopback.
#   scripts/run-demo.sh [extra motcua-desk arguments, e.g. --lang en]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
demo=${MOTCUA_DEMO_DIR:-$HOME/.local/share/motcua-demo}
port=${MOTCUA_DEMO_PORT:-8765}

bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh" "$build"

mkdir -p "$demo/central"
export SANE_CONFIG_DIR="$root/resources/sane"
export MOTCUA_DATA_DIR="$demo/data"
password=${MOTCUA_DEMO_PASSWORD:-Quay-Demo-2027}
if [ ! -f "$demo/data/motcua.db" ]; then
    # A fresh demo data folder: the admin account and the seed catalogue (in force from 90 days ago),
    # about 300 invented dossiers of the last 60 days, and the clerk "canbo" who signs in at the desk.
    export MOTCUA_PASSWORD_NEW=$password MOTCUA_PASSWORD=$password
    # --now is a test seam (MOTCUA_TEST_CLOCK=1), used here only to date the demo catalogue back.
    MOTCUA_TEST_CLOCK=1 "$build/app/motcua" --data-dir "$demo/data" --now "$(date -d '-90 days' +%F)T08:00:00" \
        init >"$demo/init.json"
    "$build/app/motcua" --data-dir "$demo/data" --user admin dev generate --count 300 >"$demo/generate.json" \
        || echo "demo data generation failed: see $demo/generate.json" >&2
    "$build/app/motcua" --data-dir "$demo/data" --user admin user add canbo --name "Nguyễn Thị Hoa" \
        --role clerk >/dev/null
    unset MOTCUA_PASSWORD_NEW
fi
export MOTCUA_PASSWORD=$password

"$build/app/motcua-central" --listen "127.0.0.1:$port" --data-dir "$demo/central" >"$demo/central.log" 2>&1 &
central=$!
trap 'kill $central 2>/dev/null || true' EXIT
# The demo site's central "public_url" is this central: a printed receipt's QR opens its public status page
# (http://127.0.0.1:8765/tra-cuu?ma=CODE&k=SECRET; `motcua dossier show CODE` gives it as public_lookup_url).
echo "Public status page: http://127.0.0.1:$port/tra-cuu" >&2

# The demo desk's credential with the demo central, issued once and kept in a file only this user reads:
# from then on the window syncs in the background and shows what waits in its status bar.
if [ ! -f "$demo/data/central-credential" ]; then
    for _ in $(seq 50); do
        curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
        sleep 0.1
    done
    credential=$("$build/app/motcua-central" --data-dir "$demo/central" desk add D01 --agency 000.00.25.G14 \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["credential"])')
    MOTCUA_CENTRAL_CREDENTIAL=$credential "$build/app/motcua" --data-dir "$demo/data" sync login >/dev/null \
        || echo "the demo desk could not sign in to the demo central: see $demo/central.log" >&2
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the desk under Xvfb on :99 (set DISPLAY to use your own)." >&2
    Xvfb :99 -screen 0 1280x900x24 >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $central $xvfb 2>/dev/null || true' EXIT
    export DISPLAY=:99
    sleep 1
fi
"$build/app/motcua-desk" --data-dir "$demo/data" --user canbo "$@"
