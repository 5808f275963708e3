#!/usr/bin/env bash
# Installs the independent tus server of sync.test_tus_independent (npm @tus/server + @tus/file-store,
# pinned by tests/tus-server/package-lock.json) into BUILD_DIR/tus-server with `npm ci`. Skipped when the
# packages there already match the lock file. Needs Node.js >= 16 with npm (installed from Debian when
# missing) and the npm registry (or npm's cache).
#   scripts/install-tus-server.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
target=$build/tus-server
mkdir -p "$target"
for file in server.js package.json package-lock.json; do
    cp "$root/tests/tus-server/$file" "$target/$file"
done
stamp=$target/node_modules/.motcua-lock.sha256
want=$(sha256sum "$target/package-lock.json" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f "$target/node_modules/@tus/server/package.json" ]; then
    exit 0
fi
if ! command -v npm >/dev/null; then
    # Debian's own Node.js (18 on Debian 12) is enough for the pinned @tus/server 1.x (Node >= 16).
    echo "install-tus-server: npm is missing; installing Debian's nodejs and npm" >&2
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo_cmd=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
echo "Installing @tus/server into $target (npm ci)" >&2
(cd "$target" && npm ci --no-audit --no-fund --loglevel=error)
echo "$want" > "$stamp"
