#!/usr/bin/env bash
# Prints the shipped bytes of dist/ (wasm, JS, CSS: raw, gzip, brotli) and checks the budget.
# Usage: scripts/size.sh [BUDGET_KB_BROTLI]   (default 150)
set -euo pipefail
cd "$(dirname "$0")/.."
budget_kb=${1:-150}
total=0
printf '%-6s %10s %10s %10s\n' kind raw gzip brotli
for kind in wasm js css; do
  f=$(ls dist/*."$kind" | head -n 1)
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
  total=$((total + br))
  printf '%-6s %10d %10d %10d\n' "$kind" "$raw" "$gz" "$br"
done
printf 'total brotli: %d bytes (%d.%d KB) of a %d KB budget\n' "$total" $((total / 1000)) $((total % 1000 / 100)) "$budget_kb"
if [ "$total" -gt $((budget_kb * 1000)) ]; then
  echo "size budget exceeded" >&2
  exit 1
fi
