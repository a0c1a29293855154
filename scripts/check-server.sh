#!/usr/bin/env bash
# Checks what a server sends for the built app (scripts/nginx-local.sh, or the real host):
# the security headers, the policy (the page's meta policy plus frame-ancestors), MIME types,
# caching, and the precompressed wasm. Prints one line per check; exits 1 if any fails.
# Usage: scripts/check-server.sh URL       e.g. scripts/check-server.sh https://beregner.example.dk/
set -euo pipefail
url=${1:?usage: scripts/check-server.sh URL}
url=${url%/}/
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0 good=0
check() { # description, actual, expected (an extended regex, matched against the whole value)
  if printf '%s\n' "$2" | grep -Eqx -- "$3"; then
    good=$((good + 1)); echo "ok      $1: $2"
  else
    bad=$((bad + 1)); echo "FAILED  $1: got '$2', want /$3/"
  fi
}
# Fetches URL with the extra curl arguments; leaves headers in $tmp/h, body in $tmp/b.
get() { curl -sS -o "$tmp/b" -D "$tmp/h" "$@"; }
header() { grep -i "^$1:" "$tmp/h" | head -n 1 | cut -d: -f2- | sed 's/^ *//; s/\r$//'; }
status() { head -n 1 "$tmp/h" | awk '{ print $2 }'; }
q() { printf '%s' "$1" | sed 's/[][\.*^$+?(){}|/]/\\&/g'; } # a literal as a regex

get "$url"
html=$(cat "$tmp/b")
meta=$(printf '%s' "$html" | grep -o 'http-equiv="Content-Security-Policy" content="[^"]*"' | sed 's/.*content="//; s/"$//')
check "index.html status" "$(status)" 200
check "index.html Content-Type" "$(header Content-Type)" 'text/html(; charset=utf-8)?'
check "index.html Cache-Control" "$(header Cache-Control)" 'no-cache'
check "Content-Security-Policy (the meta policy plus frame-ancestors)" "$(header Content-Security-Policy)" "$(q "$meta"); frame-ancestors [^;]+"
check "meta policy has no 'unsafe-inline'" "$(printf '%s' "$meta" | grep -c "unsafe-inline" || true)" 0
check "X-Content-Type-Options" "$(header X-Content-Type-Options)" nosniff
check "Referrer-Policy" "$(header Referrer-Policy)" no-referrer
check "index.html has no inline script" "$(printf '%s' "$html" | grep -Ec '<script( [^>]*)?>[^<]' || true)" 0
check "index.html holds the calculator rendered at build time, with its results" \
  "$(printf '%s' "$html" | grep -Eo 'data-prerendered="[^"]*"|id="results-title"' | sort | tr '\n' ' ')" \
  'data-prerendered="da joint [0-9]{4}" id="results-title" '

# Trunk writes each file's hash as hexadecimal without leading zeros: 16 digits or a few fewer.
# `sed -n 1p` reads all its input, so no grep is cut off by a closed pipe.
wasm=$(printf '%s' "$html" | grep -Eo '[A-Za-z0-9_.-]+_bg\.wasm' | sed -n 1p || true)
js=$(printf '%s' "$html" | grep -Eo '[A-Za-z0-9_-]+-[0-9a-f]{12,16}\.js' | sed -n 1p || true)
css=$(printf '%s' "$html" | grep -Eo '[A-Za-z0-9_-]+-[0-9a-f]{12,16}\.css' | sed -n 1p || true)
check "index.html names a hashed wasm, js and css" "$wasm $js $css" '[^ ]+_bg\.wasm [^ ]+\.js [^ ]+\.css'

get -H 'Accept-Encoding: br' "$url$wasm"
check "wasm (br) status" "$(status)" 200
check "wasm (br) Content-Type" "$(header Content-Type)" application/wasm
check "wasm (br) Content-Encoding" "$(header Content-Encoding)" br
check "wasm (br) Vary" "$(header Vary)" Accept-Encoding
check "wasm (br) Cache-Control" "$(header Cache-Control)" 'public, max-age=31536000, immutable'
check "wasm (br) CSP and nosniff also on assets" "$(header X-Content-Type-Options) $(header Content-Security-Policy | cut -c1-11)" 'nosniff default-src'
br_size=$(stat -c%s "$tmp/b")
get -H 'Accept-Encoding: gzip' "$url$wasm"
check "wasm (gzip) Content-Type" "$(header Content-Type)" application/wasm
check "wasm (gzip) Content-Encoding" "$(header Content-Encoding)" gzip
gz_size=$(stat -c%s "$tmp/b")
get "$url$wasm"
check "wasm (no Accept-Encoding) is sent plain" "$(header Content-Encoding)|$(head -c 4 "$tmp/b" | od -An -tx1 | tr -d ' ')" '\|0061736d'
raw_size=$(stat -c%s "$tmp/b")
echo "        wasm bytes sent: $raw_size plain, $gz_size gzip, $br_size brotli"

get -H 'Accept-Encoding: br, gzip' "$url$js"
check "js Content-Type" "$(header Content-Type)" '(application|text)/javascript(; charset=utf-8)?'
check "js Content-Encoding" "$(header Content-Encoding)" br
check "js Cache-Control" "$(header Cache-Control)" 'public, max-age=31536000, immutable'
get -H 'Accept-Encoding: br, gzip' "$url$css"
check "css Content-Type" "$(header Content-Type)" 'text/css(; charset=utf-8)?'
check "css Cache-Control" "$(header Cache-Control)" 'public, max-age=31536000, immutable'
# The offline cache's service worker: not hashed, and revalidated on every visit, so that a new
# release's worker (with the new files) is found at the next visit.
get "${url}sw.js"
check "sw.js status" "$(status)" 200
check "sw.js Content-Type" "$(header Content-Type)" '(application|text)/javascript(; charset=utf-8)?'
check "sw.js Cache-Control" "$(header Cache-Control)" 'no-cache'
check "sw.js names the release's wasm" "$(grep -c "$wasm" "$tmp/b" || true)" 1
get "${url}no-such-file-0123456789abcdef.js"
check "missing file status" "$(status)" 404
check "missing file is not cached as immutable" "$(header Cache-Control)" '|no-cache'

echo "server checks: $good ok, $bad failed"
[ "$bad" -eq 0 ]
