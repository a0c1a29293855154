#!/usr/bin/env bash
# Compares two builds pixel by pixel: every view of tests/e2e/pages/views.ts, Danish and English,
# 320 and 1366 px, full page, with a fixed clock. The first build's screenshots are the reference;
# a view that differs fails with the difference image in $SCREENS_OUT (default /tmp/screens-out).
# Both builds are served in turn on the same address (the embed snippet shows it).
# Usage: scripts/screens.sh BEFORE_DIST AFTER_DIST   (e.g. a build of main, then dist-test)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
before=$1 after=$2
export SCREENS_DIR=${SCREENS_DIR:-$(mktemp -d)}
export E2E_BASE_URL=http://127.0.0.1:18091/
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null || true' EXIT
serve() {
  [ -n "$pid" ] && { kill "$pid"; wait "$pid" 2>/dev/null || true; }
  scripts/nginx-local.sh "$1" 18091 >/dev/null 2>&1 & pid=$!
  sleep 1
}
serve "$before"
(cd benches/screens && playwright test --update-snapshots >/dev/null) || true
echo "reference: $(ls "$SCREENS_DIR" | wc -l) screenshots of $before in $SCREENS_DIR"
serve "$after"
cd benches/screens && playwright test
