#!/usr/bin/env bash
# Takes the pictures of every step of the desk window into docs/screens/ (issue 11), from the real window
# on a fixture store with the demo site and SANE's "test" device, under Xvfb so the fonts are the desk's.
#   scripts/screenshots.sh [--lang en]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
lang=vi
[ "${1:-}" = "--lang" ] && lang=${2:-vi}
bash "$root/scripts/build.sh" "$build" >/dev/null
cmake --build "$build" --target desk_screenshots
out="$root/docs/screens"
[ "$lang" = vi ] || out="$root/docs/screens/$lang"
export SANE_CONFIG_DIR="$root/resources/sane" MOTCUA_LANG=$lang MOTCUA_SCREENSHOT_DIR=$out LC_ALL=C.UTF-8 TZ=UTC
xvfb-run -a -s "-screen 0 1400x1000x24" "$build/tests/ui/desk_screenshots" -platform xcb
