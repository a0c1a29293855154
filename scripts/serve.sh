#!/usr/bin/env bash
# Installs whatever is missing, then serves the app on http://127.0.0.1:8080 (rebuilds on change).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh
# Trunk.toml's [watch] ignore list must exist before trunk starts (build and test outputs).
mkdir -p target dist-test dist-test-prerendered dist-release test-results playwright-report node_modules
echo "Serving Partnerskabsberegneren on http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve --offline "$@"
