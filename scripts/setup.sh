#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test Partnerskabsberegneren on a fresh machine.
# Idempotent and offline apart from the package registries (see ../shared/toolchain.md).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must match the wasm-bindgen crate pinned in Cargo.toml exactly.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes)"
  # --locked fails here: one locked dependency is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz 0.13.2 (about 3 minutes)"
  cargo install cargo-fuzz --version 0.13.2
fi

# Debian packages: Chromium and ChromeDriver (browser tests), brotli (size figures), nginx with
# the brotli_static module (the production server configuration in deploy/nginx/, which the
# end-to-end tests run against), curl and python3 (the scripts).
apt_missing=()
[ -x /usr/bin/chromium ] || apt_missing+=(chromium)
[ -x /usr/bin/chromedriver ] || apt_missing+=(chromium-driver)
command -v brotli >/dev/null || apt_missing+=(brotli)
command -v curl >/dev/null || apt_missing+=(curl)
command -v python3 >/dev/null || apt_missing+=(python3)
[ -x /usr/sbin/nginx ] || apt_missing+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || apt_missing+=(libnginx-mod-http-brotli-static)
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "installing from Debian: ${apt_missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

command -v node >/dev/null || { echo "[setup] Node.js (20 or later) is missing: install it first" >&2; exit 1; }

# Node tools: wasm-opt (binaryen), Playwright (no browser download), axe-core.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing the Node tools (wasm-opt, Playwright, axe-core)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
say "all tools present"
