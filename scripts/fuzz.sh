#!/usr/bin/env bash
# Runs a fuzz target for SECONDS (default 30: the CI smoke run) on its kept corpus.
# Usage: scripts/fuzz.sh [TARGET] [SECONDS]     e.g. scripts/fuzz.sh scenario_json 600
# cargo-fuzz wants nightly features; RUSTC_BOOTSTRAP lets this machine's stable rustc provide them.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-scenario_json}
seconds=${2:-30}
. scripts/env.sh
./scripts/setup.sh >/dev/null
dict=()
[ -f "fuzz/$target.dict" ] && dict=("-dict=fuzz/$target.dict")
# A real run (5 minutes or more) adds what it finds to the kept corpus; a smoke run only reads it.
corpus=("fuzz/corpus/$target")
if [ "$seconds" -lt 300 ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  corpus=("$scratch" "fuzz/corpus/$target")
fi
RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "${corpus[@]}" -- \
  -max_total_time="$seconds" -max_len=4096 -timeout=10 "${dict[@]}" 2>&1 | tail -n 4
