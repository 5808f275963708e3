#!/usr/bin/env bash
# Reruns lupdate over every layer and fills the Vietnamese translations you give it.
#   tools/update-translations.sh BUILD_DIR [PAIRS.json ...]
# PAIRS.json: {"English source text": "Bản dịch tiếng Việt", ...}. Only unfinished entries whose source
# matches are filled; existing translations are kept. Runs under a lock so that several people (or
# helpers) can use it at once.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: tools/update-translations.sh BUILD_DIR [PAIRS.json ...]}
shift
exec 9>"$root/translations/.lock"
flock 9
cmake --build "$build" --target motcua_i18n_lupdate >/dev/null
if [ "$#" -gt 0 ]; then
    python3 "$root/tools/tr-fill.py" "$root/translations/motcua_vi.ts" "$@"
fi
python3 "$root/tools/tr-fill.py" --report "$root/translations/motcua_vi.ts"
