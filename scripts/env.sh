# Sourced by the scripts: puts the project's tools on PATH.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# One build cache outside the clone, kept between runs and clones (a fresh clone in CI reuses what
# an earlier run compiled; every install step still runs from nothing). Lints, tests, the dev
# server and the release build share it; the fuzz build has its own (other compiler flags).
export PB_CACHE="${PB_CACHE:-$HOME/.cache/partnerskabsberegneren}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PB_CACHE/target}"
