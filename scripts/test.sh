#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: formatting and lints, native tests (model,
# property tests), wasm component tests in headless Chromium, a fuzz smoke run, the release
# build with its size budget, and the end-to-end specs against it (including accessibility).
# Ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --all-targets -- -D warnings

step "native tests (model, reducer, property tests)"
cargo test 2>&1 | tee -a "$log"

step "wasm component tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --test browser 2>&1 | tee -a "$log"

step "fuzz smoke run (scenario files, 30 s)"
scripts/fuzz.sh scenario_json 30

step "release build and size budget"
trunk build --release --offline
scripts/size.sh 150

step "end-to-end specs (Playwright, release build)"
# A free port, so a second run on the same machine cannot collide.
E2E_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export E2E_PORT
(cd tests/e2e && playwright test) 2>&1 | tee -a "$log"

passed=$(grep -Eo 'test result: ok\. [0-9]+ passed' "$log" | awk '{ n += $4 } END { print n + 0 }')
e2e=$(grep -Eo '^ *[0-9]+ passed \(' "$log" | grep -Eo '[0-9]+' | head -n 1)
echo
echo "all: $((passed + ${e2e:-0})) passed, 0 failed"
