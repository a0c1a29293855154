#!/usr/bin/env bash
# Serves a built folder with the production nginx configuration (deploy/nginx/), as an ordinary
# user on a local port, in the foreground, until stopped (Ctrl+C, SIGTERM). The tests use it;
# it also previews a release exactly as a municipality's server would send it.
# Usage: scripts/nginx-local.sh [DIR] [PORT]     (default dist-test 8081)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(cd "${1:-$root/dist-test}" && pwd)
port=${2:-8081}
site="$root/deploy/nginx/partnerskabsberegneren.conf"
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "nginx is missing: run scripts/setup.sh" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/partnerskabsberegneren-nginx.XXXXXX")
pid=""
stop() { [ -z "$pid" ] || { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; rm -rf "$tmp"; }
trap stop EXIT
trap 'exit 0' INT TERM
# The production site file, with only its listen and root lines changed, and frame-ancestors
# widened to pages on this machine (the embedding tests' host page is on another loopback port,
# over http); FRAME_ANCESTORS overrides it.
ancestors=${FRAME_ANCESTORS:-"'self' https: http://127.0.0.1:* http://localhost:*"}
sed -e '/listen \[::\]:80;/d' \
    -e "s|^\( *\)listen 80;.*|\1listen 127.0.0.1:$port;|" \
    -e "s|^\( *\)root .*;.*|\1root $dir;|" \
    -e "s|^\( *\)set \$frame_ancestors .*|\1set \$frame_ancestors \"$ancestors\";|" \
    "$site" >"$tmp/site.conf"
grep -q "listen 127.0.0.1:$port;" "$tmp/site.conf" && grep -q "root $dir;" "$tmp/site.conf" \
  && grep -qF "set \$frame_ancestors \"$ancestors\";" "$tmp/site.conf" \
  || { echo "nginx-local: could not set listen/root in $site" >&2; exit 1; }
# Debian's dynamic modules (brotli_static), loaded as the system nginx.conf does; their load lines
# name modules/... relative to the prefix.
modules=""
if [ -d /etc/nginx/modules-enabled ]; then
  modules="include /etc/nginx/modules-enabled/*.conf;"
  ln -s /usr/lib/nginx/modules "$tmp/modules"
fi
cat >"$tmp/nginx.conf" <<CONF
$modules
daemon off;
master_process off;
pid $tmp/nginx.pid;
error_log $tmp/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log $tmp/access.log;
    client_body_temp_path $tmp/client_body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
    include $tmp/site.conf;
}
CONF

"$nginx" -t -q -e "$tmp/error.log" -p "$tmp" -c "$tmp/nginx.conf"
"$nginx" -e "$tmp/error.log" -p "$tmp" -c "$tmp/nginx.conf" &
pid=$!
echo "nginx-local: serving $dir on http://127.0.0.1:$port/ (pid $pid)"
wait "$pid"
