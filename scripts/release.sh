#!/usr/bin/env bash
# Installs whatever is missing, then builds the release into DIR (default dist-release/): hashed
# files, the strict Content-Security-Policy, precompressed .br and .gz copies (scripts/postbuild.mjs,
# run by trunk), and checks the size budget. Copy DIR's contents to the server (docs/hosting.md).
# Usage: scripts/release.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-dist-release}
./scripts/setup.sh >/dev/null
. scripts/env.sh
trunk build --release --offline --dist "$dir"
scripts/size.sh 340 "$dir"
echo "release built in $dir/ ($(find "$dir" -type f | wc -l) files); serve it as in docs/hosting.md"
