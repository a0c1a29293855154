#!/usr/bin/env bash
# Runs fuzz targets for SECONDS in all (default 30: the CI smoke run) on their kept corpora.
# Usage: scripts/fuzz.sh [TARGET|all] [SECONDS]   e.g. scripts/fuzz.sh scenario_json 600
# `all` (the default) runs every target in fuzz/fuzz_targets/, the seconds split evenly among them.
# cargo-fuzz wants nightly features; RUSTC_BOOTSTRAP lets this machine's stable rustc provide them.
# On a crash it prints the reason and the crashing input, and keeps it in fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-all}
seconds=${2:-30}
. scripts/env.sh
./scripts/setup.sh >/dev/null
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Runs one target for $2 seconds; prints its run count, or why it failed (status 1).
run_target() {
  local target=$1 seconds=$2 dict=() corpus artifacts log="$scratch/$1.log"
  [ -f "fuzz/$target.dict" ] && dict=("-dict=fuzz/$target.dict")
  # A real run (5 minutes or more) adds what it finds to the kept corpus; a smoke run only reads it.
  mkdir -p "fuzz/corpus/$target"
  corpus=("fuzz/corpus/$target")
  [ "$seconds" -lt 300 ] && corpus=("$scratch/new-$target" "fuzz/corpus/$target") && mkdir "$scratch/new-$target"
  artifacts="fuzz/artifacts/$target"
  mkdir -p "$artifacts"
  if CARGO_TARGET_DIR="$PB_CACHE/fuzz-target" RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "${corpus[@]}" -- \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 "${dict[@]}" >"$log" 2>&1; then
    echo "$target: $(grep -E '^Done [0-9]+ runs' "$log")"
    return 0
  fi
  echo "fuzz target $target FAILED. What it said:"
  grep -E "panicked at|assertion|ERROR|SUMMARY|^Error|Test unit written|out-of-memory|timeout" "$log" \
    | grep -v '^ *at ' | head -n 20 || tail -n 40 "$log"
  for crash in "$artifacts"/*; do
    [ -f "$crash" ] || continue
    echo "--- crashing input $crash (base64; replay with: cargo fuzz run $target $crash):"
    base64 -w 0 "$crash" | head -c 4000
    echo
  done
  return 1
}

if [ "$target" = all ]; then
  targets=()
  for f in fuzz/fuzz_targets/*.rs; do targets+=("$(basename "$f" .rs)"); done
else
  targets=("$target")
fi
each=$((seconds / ${#targets[@]}))
[ "$each" -lt 1 ] && each=1
status=0
for t in "${targets[@]}"; do
  run_target "$t" "$each" || status=1
done
exit "$status"
