#!/usr/bin/env bash
# Installs whatever is missing, then serves the app on http://127.0.0.1:8080 (rebuilds on change).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh
echo "Serving Partnerskabsberegneren on http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve --offline "$@"
