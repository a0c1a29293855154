#!/usr/bin/env bash
# Prints the shipped bytes of a release build (wasm, JS, CSS: raw, gzip, brotli) and checks the
# budget against what loads before the page is interactive; the offline cache's service worker
# (sw.js, fetched after the first render) is reported beside it. Reads dist-test/ (the build
# scripts/test.sh and scripts/bench.sh make) unless told.
# Usage: scripts/size.sh [BUDGET_KB_BROTLI] [DIR]   (default 320 dist-test; scripts/release.sh
# builds dist-release/)
set -euo pipefail
cd "$(dirname "$0")/.."
budget_kb=${1:-320}
dir=${2:-dist-test}
[ -f "$dir/index.html" ] || { echo "no build in $dir/: run scripts/test.sh or scripts/release.sh first" >&2; exit 1; }
total=0
printf '%-6s %10s %10s %10s\n' kind raw gzip brotli
# Every shipped file of each kind counts, but for the service worker, which loads later.
for kind in wasm js css; do
  raw=0 gz=0 br=0
  for f in "$dir"/*."$kind"; do
    [ -f "$f" ] || continue
    [ "$(basename "$f")" = sw.js ] && continue
    raw=$((raw + $(stat -c%s "$f")))
    gz=$((gz + $(gzip -9c "$f" | wc -c)))
    br=$((br + $(brotli -q 11 -c "$f" | wc -c)))
  done
  total=$((total + br))
  printf '%-6s %10d %10d %10d\n' "$kind" "$raw" "$gz" "$br"
done
printf 'total brotli: %d bytes (%d.%d KB) of a %d KB budget\n' "$total" $((total / 1000)) $((total % 1000 / 100)) "$budget_kb"
if [ -f "$dir/sw.js" ]; then
  printf 'loaded after the first render: sw.js %d bytes brotli (the offline cache)\n' "$(brotli -q 11 -c "$dir/sw.js" | wc -c)"
fi
if [ "$total" -gt $((budget_kb * 1000)) ]; then
  echo "size budget exceeded" >&2
  exit 1
fi
