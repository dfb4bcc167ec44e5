#!/bin/bash
# Time to fetch one page of about 200 KB through nginx, 300 times over one keep-alive connection,
# with Debian's defaults (sendfile on, tcp_nopush on, default proxy buffers) and with
# deploy/nginx/tribune-nodes.conf; and the same page as a static file (tribune-static.conf).
# Usage: bash bench/nginx-large-pages.sh   (needs nginx, curl, python3 and target/tribune.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
work=$(mktemp -d)
chmod 755 "$work" # nginx workers (nobody) read the export
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

python3 - "$work/big.jsonl" <<'PY'
import json, sys
body = "\n\n".join(f"Paragraph {i}: " + "The harbour authority met the shipping lines again. " * 12 for i in range(300))
line = {"id": "big-page", "lang": "en", "title": "A long page", "summary": "Long.",
        "published": "2025-01-01T00:00:00Z", "authors": [{"key": "jane-doe", "name": "Jane Doe"}],
        "topics": [], "body": body}
open(sys.argv[1], "w").write(json.dumps(line) + "\n")
PY
java -jar target/tribune.jar import --data "$work/data" "$work/big.jsonl" >/dev/null
java -jar target/tribune.jar export --data "$work/data" --out "$work/public" --base-url http://127.0.0.1 >/dev/null 2>"$work/export.log" || { cat "$work/export.log"; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx384m -jar target/tribune.jar serve --data "$work/data" --port "$port" --shutdown-grace 0s >/dev/null 2>"$work/node.log" &
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
size=$(curl -s "http://127.0.0.1:$port/en/articles/big-page" | wc -c)
echo "page: $size bytes"

run_nginx() { # name, site config file with upstream/listen rewritten
    local name=$1 site=$2 nport
    nport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    mkdir -p "$work/$name/temp" && chmod 777 "$work/$name/temp"
    sed -e "s|server 127.0.0.1:8081 \(.*\)|server 127.0.0.1:$port \1|" -e '/server 127.0.0.1:8082/d' \
        -e "s|listen 80;|listen 127.0.0.1:$nport;|" -e "s|root /var/www/tribune;|root $work/public;|" "$site" >"$work/$name/site.conf"
    cat >"$work/$name/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/$name/nginx.pid;
error_log $work/$name/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    sendfile on;
    tcp_nopush on;
    access_log off;
    client_body_temp_path $work/$name/temp/body;
    proxy_temp_path $work/$name/temp/proxy;
    fastcgi_temp_path $work/$name/temp/fastcgi;
    uwsgi_temp_path $work/$name/temp/uwsgi;
    scgi_temp_path $work/$name/temp/scgi;
    include $work/$name/site.conf;
}
CONF
    /usr/sbin/nginx -p "$work/$name" -c nginx.conf &
    for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$nport/" && break; sleep 0.1; done
    local url="http://127.0.0.1:$nport/en/articles/big-page"
    [ "$name" = static ] && url="http://127.0.0.1:$nport/en/articles/big-page/"
    echo "$name: $(curl -s -o /dev/null -w "%{http_code} %{size_download} bytes" "$url")"
    local args=()
    for _ in $(seq 1 300); do args+=(-o /dev/null "$url"); done
    curl -s -w '%{time_total}\n' "${args[@]}" | sort -n | awk -v name="$name" '
        { t[NR] = $1 * 1000 } END { printf "%-28s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", name, t[int(NR*0.5)], t[int(NR*0.9)], t[int(NR*0.99)], t[NR] }'
    kill %%
    wait %% 2>/dev/null || true
    echo "$name: $(grep -c 'buffered to a temporary file' "$work/$name/error.log" || true) responses spilled to a temporary file"
}

# Debian's defaults: the shipped file without its buffer and nodelay lines.
grep -v -e 'proxy_buffer' -e 'proxy_busy_buffers' -e 'tcp_nodelay' deploy/nginx/tribune-nodes.conf >"$work/debian-defaults.conf"
run_nginx debian-defaults "$work/debian-defaults.conf"
run_nginx shipped deploy/nginx/tribune-nodes.conf
run_nginx static deploy/nginx/tribune-static.conf
echo "direct to the node:"
args=(); for _ in $(seq 1 300); do args+=(-o /dev/null "http://127.0.0.1:$port/en/articles/big-page"); done
curl -s -w '%{time_total}\n' "${args[@]}" | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%-28s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", "node", t[int(NR*0.5)], t[int(NR*0.9)], t[int(NR*0.99)], t[NR] }'
