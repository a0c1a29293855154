#!/usr/bin/env bash
# The benchmark harness: shipped bytes, cold loads side by side with a minimal Yew page (first
# contentful paint, the results painted, interactive, bytes; plain and under 4x CPU throttling),
# a repeat visit, input latency,
# and native evaluate/validate per preset. Times are reported, not asserted (machines are noisy).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh

echo "== release builds (app into dist-test/, apart from the dev server's dist/; minimal Yew page)"
trunk build --release --offline --dist dist-test >/dev/null
(cd benches/minimal-yew && CARGO_TARGET_DIR="$PB_CACHE/minimal-yew" trunk build --release --offline >/dev/null)
(cd benches/draws-wasm && CARGO_TARGET_DIR="$PB_CACHE/draws-wasm" trunk build --release --offline >/dev/null)

echo; echo "== shipped bytes"
scripts/size.sh 340 dist-test || true

echo; echo "== browser (headless Chromium)"
# The app from the production server (nginx, brotli, its caching headers), so the bytes fetched
# are what a visitor gets; the minimal Yew page from a plain server (its inline start-up script
# would not run under the app's strict CSP): its bytes are uncompressed.
scripts/nginx-local.sh dist-test 4181 >/dev/null 2>&1 & app_pid=$!
python3 -m http.server -d benches/minimal-yew/dist --bind 127.0.0.1 4182 >/dev/null 2>&1 & min_pid=$!
python3 -m http.server -d benches/draws-wasm/dist --bind 127.0.0.1 4183 >/dev/null 2>&1 & draws_pid=$!
trap 'kill $app_pid $min_pid $draws_pid 2>/dev/null || true' EXIT
sleep 1
node benches/browser.mjs http://127.0.0.1:4181/ http://127.0.0.1:4182/ "${LOADS:-21}" "${EDITS:-300}" \
  http://127.0.0.1:4183/

echo; echo "== native evaluate, validate and the 10-year projection per preset, number formatting (criterion, median)"
cargo bench --bench model --bench format -- --warm-up-time 1 --measurement-time 2 2>/dev/null \
  | awk '/^(evaluate|validate|project10|tornado1|tornado3y|simulation|format)\// { name = $1 }
         /time:/ { s = $0; sub(/.*\[/, "", s); sub(/\].*/, "", s); split(s, p, " "); print "  " name "  " p[3] " " p[4] }'
