#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: formatting and lints, native tests (model,
# property tests), wasm component tests in headless Chromium, a fuzz smoke run, the release
# build (into dist-test/, apart from the dev server's dist/) with its size budget, the production
# server checks (nginx from deploy/nginx/: headers, MIME types, compression, the strict CSP in
# Chromium), and the end-to-end specs (including accessibility) against that nginx server.
# Every step runs even when an earlier one fails (steps that need the release build are skipped
# without it); the script exits non-zero if any step failed. It ends with one line:
#   all: N passed, M failed
# N and M are the tests counted by the runners themselves (cargo test's "test result" lines,
# native and wasm, and Playwright's "passed"/"flaky"/"failed" lines); a step that fails without
# reporting a failed test (format, lints, fuzz, build, size budget, server checks) adds 1 to M.
set -euo pipefail
cd "$(dirname "$0")/.."

passed=0 failed=0 any_failed=0
summary=()
work=$(mktemp -d)
nginx_pid=""
finish() {
  local status=$?
  [ -n "$nginx_pid" ] && { kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; }
  rm -rf "$work"
  [ "$status" -ne 0 ] && [ "$any_failed" -eq 0 ] && failed=$((failed + 1)) # stopped outside a step
  printf '\n\033[1m== summary\033[0m\n'
  [ ${#summary[@]} -gt 0 ] && printf '%s\n' "${summary[@]}"
  echo "all: $passed passed, $failed failed"
}
trap finish EXIT
trap 'exit 130' INT TERM

./scripts/setup.sh
. scripts/env.sh

# Runs one step (a function) in a subshell with set -euo pipefail, shows and keeps its output,
# and adds the counts its test runner printed. Never stops the script: the step's status is left
# in $last. (Called from an `if` or `||`, bash would ignore set -e inside the step, so it is not.)
last=0
run() {
  local name=$1 fn=$2 out="$work/$2.log" p f pp pf counts
  printf '\n\033[1m== %s\033[0m\n' "$name"
  set +e
  ( set -euo pipefail; "$fn" ) 2>&1 | tee "$out"
  last=${PIPESTATUS[0]}
  set -e
  sed -i 's/\x1b\[[0-9;]*[A-Za-z]//g' "$out"
  # cargo test and wasm-bindgen-test-runner: "test result: ok. 12 passed; 0 failed; ..."
  read -r p f < <(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed; [0-9]+ failed' "$out" \
    | awk '{ p += $4; f += $6 } END { print p + 0, f + 0 }')
  # Playwright's closing lines: "  40 passed (31.2s)", "  1 flaky", "  2 failed", "  1 interrupted"
  read -r pp pf < <(grep -E '^ *[0-9]+ (passed|flaky|failed|interrupted)( |$)' "$out" \
    | awk '$2 == "passed" || $2 == "flaky" { p += $1 } $2 == "failed" || $2 == "interrupted" { f += $1 }
           END { print p + 0, f + 0 }')
  p=$((p + pp)) f=$((f + pf))
  counts=""
  [ $((p + f)) -gt 0 ] && counts="$p passed, $f failed"
  [ "$last" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  passed=$((passed + p)) failed=$((failed + f))
  if [ "$last" -eq 0 ]; then
    summary+=("$(printf '  %-46s ok      %s' "$name" "$counts")")
  else
    any_failed=1
    summary+=("$(printf '  %-46s FAILED  %s' "$name" "$counts")")
  fi
}
skip() { summary+=("$(printf '  %-46s skipped (%s)' "$1" "$2")"); }

fmt() { cargo fmt --all --check; }
# Lints and native tests share one profile (test = dev) and the build cache, so the second step
# compiles only the tests themselves.
lints() { cargo clippy --workspace --all-targets -- -D warnings; }
# --no-fail-fast: every test binary runs and is counted, even after one fails.
native() { cargo test --workspace --no-fail-fast; }
wasm() {
  cargo test --no-fail-fast --target wasm32-unknown-unknown -p partnerskabsberegneren \
    --test browser --test formatter
}
fuzz() { scripts/fuzz.sh all 30; }
# The test build has its own folder, so a running dev server (dist/) is left alone.
# The release build renders the default page into index.html (scripts/postbuild.mjs); the
# end-to-end test also brings every model in both languages to life (first-paint.spec.ts), from
# pages the same renderer writes beside the build.
build() {
  trunk build --release --offline --dist dist-test &&
    rm -rf dist-test-prerendered &&
    cargo run --quiet --locked --bin prerender -- --every dist-test-prerendered dist-test/index.html
}
# The size gate stops regressions. The 150 KB budget is not met since the scenarios for meetings
# (issue 9: 230.6 KB); docs/quality.md says where the bytes go and what would win them back.
size() { scripts/size.sh 340 dist-test; }

# The production configuration on a free local port (so a second run cannot collide), stopped
# when the script ends.
server_up() {
  for _ in $(seq 50); do
    curl -fsS -o /dev/null "$E2E_BASE_URL" 2>/dev/null && return 0
    kill -0 "$nginx_pid" 2>/dev/null || break
    sleep 0.2
  done
  cat "$work/nginx.log"
  return 1
}
headers() { scripts/check-server.sh "$E2E_BASE_URL"; }
csp() { node scripts/check-csp.mjs "$E2E_BASE_URL"; }
e2e() { cd tests/e2e && playwright test; }

run "format" fmt
run "lints (clippy -D warnings)" lints
run "native tests (model, reducer, property tests)" native
run "wasm component tests in headless Chromium" wasm
run "fuzz smoke run (scenario files, share links, workspace files, 30 s)" fuzz
run "release build (dist-test/)" build
if [ "$last" -eq 0 ]; then
  run "size gate (340 KB brotli before interactive, the page included; 150 KB budget not met)" size
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  export E2E_BASE_URL="http://127.0.0.1:$port/"
  scripts/nginx-local.sh dist-test "$port" >"$work/nginx.log" 2>&1 &
  nginx_pid=$!
  run "production server (nginx, deploy/nginx/)" server_up
  if [ "$last" -eq 0 ]; then
    run "server headers, types, caching, compression" headers
    run "strict CSP in Chromium (no violation)" csp
    run "end-to-end specs (Playwright, against nginx)" e2e
  else
    skip "server headers, types, caching, compression" "no server"
    skip "strict CSP in Chromium (no violation)" "no server"
    skip "end-to-end specs (Playwright, against nginx)" "no server"
  fi
else
  for s in "size gate (340 KB brotli before interactive, the page included; 150 KB budget not met)" "production server (nginx, deploy/nginx/)" \
           "server headers, types, caching, compression" "strict CSP in Chromium (no violation)" \
           "end-to-end specs (Playwright, against nginx)"; do
    skip "$s" "no release build"
  done
fi
[ "$any_failed" -eq 0 ]
