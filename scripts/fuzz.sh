#!/usr/bin/env bash
# Runs a fuzz target for SECONDS (default 30: the CI smoke run) on its kept corpus.
# Usage: scripts/fuzz.sh [TARGET] [SECONDS]     e.g. scripts/fuzz.sh scenario_json 600
# cargo-fuzz wants nightly features; RUSTC_BOOTSTRAP lets this machine's stable rustc provide them.
# On a crash it prints the reason and the crashing input, and keeps it in fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-scenario_json}
seconds=${2:-30}
. scripts/env.sh
./scripts/setup.sh >/dev/null
dict=()
[ -f "fuzz/$target.dict" ] && dict=("-dict=fuzz/$target.dict")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A real run (5 minutes or more) adds what it finds to the kept corpus; a smoke run only reads it.
corpus=("fuzz/corpus/$target")
[ "$seconds" -lt 300 ] && corpus=("$scratch/new" "fuzz/corpus/$target") && mkdir "$scratch/new"
artifacts="fuzz/artifacts/$target"
mkdir -p "$artifacts"
if RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "${corpus[@]}" -- \
  -max_total_time="$seconds" -max_len=4096 -timeout=10 "${dict[@]}" >"$scratch/log" 2>&1; then
  grep -E '^Done [0-9]+ runs' "$scratch/log"
  exit 0
fi
echo "fuzz target $target FAILED. What it said:"
grep -E "panicked at|assertion|ERROR|SUMMARY|^Error|Test unit written|out-of-memory|timeout" "$scratch/log" \
  | grep -v '^ *at ' | head -n 20 || tail -n 40 "$scratch/log"
for crash in "$artifacts"/*; do
  [ -f "$crash" ] || continue
  echo "--- crashing input $crash (base64; replay with: cargo fuzz run $target $crash):"
  base64 -w 0 "$crash" | head -c 4000
  echo
done
exit 1
