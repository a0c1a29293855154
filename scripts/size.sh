#!/usr/bin/env bash
# Prints the shipped bytes of a release build (HTML, CSS, JS, wasm: raw, gzip, brotli) and checks
# the budget against what loads before the page is interactive. Reported beside it: what loads
# before the results show (the page rendered at build time, its stylesheet and the script that
# may hide it: index.html, the CSS, before-paint-*.js) and the offline cache's service worker
# (sw.js, fetched after the first render). Reads dist-test/ (the build
# scripts/test.sh and scripts/bench.sh make) unless told.
# Usage: scripts/size.sh [BUDGET_KB_BROTLI] [DIR]   (default 340 dist-test; scripts/release.sh
# builds dist-release/)
set -euo pipefail
cd "$(dirname "$0")/.."
budget_kb=${1:-340}
dir=${2:-dist-test}
[ -f "$dir/index.html" ] || { echo "no build in $dir/: run scripts/test.sh or scripts/release.sh first" >&2; exit 1; }
total=0
paint=0
printf '%-6s %10s %10s %10s\n' kind raw gzip brotli
# Every shipped file of each kind counts, but for the service worker, which loads later.
for kind in html css js wasm; do
  raw=0 gz=0 br=0
  for f in "$dir"/*."$kind"; do
    [ -f "$f" ] || continue
    [ "$(basename "$f")" = sw.js ] && continue
    raw=$((raw + $(stat -c%s "$f")))
    gz=$((gz + $(gzip -9c "$f" | wc -c)))
    size=$(brotli -q 11 -c "$f" | wc -c)
    br=$((br + size))
    case "$(basename "$f")" in
      index.html | *.css | before-paint-*.js) paint=$((paint + size)) ;;
    esac
  done
  total=$((total + br))
  printf '%-6s %10d %10d %10d\n' "$kind" "$raw" "$gz" "$br"
done
kb() { printf '%d.%d KB' $(($1 / 1000)) $(($1 % 1000 / 100)); }
printf 'before the results show (page, stylesheet, before-paint script): %d bytes brotli (%s)\n' "$paint" "$(kb "$paint")"
printf 'before the page is interactive (all of it): %d bytes brotli (%s) of a %d KB budget\n' "$total" "$(kb "$total")" "$budget_kb"
if [ -f "$dir/sw.js" ]; then
  printf 'loaded after the first render: sw.js %d bytes brotli (the offline cache)\n' "$(brotli -q 11 -c "$dir/sw.js" | wc -c)"
fi
if [ "$total" -gt $((budget_kb * 1000)) ]; then
  echo "size budget exceeded" >&2
  exit 1
fi
