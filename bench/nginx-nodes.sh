#!/bin/bash
# Throughput through nginx (deploy/nginx/tribune-nodes.conf) in front of 1, 2 and 3 Tribune nodes
# on one PostgreSQL database, and, in the same run, the same pages served by the same nginx as
# files (deploy/nginx/tribune-static.conf): the peer every figure is compared with. Also one node
# asked directly, without nginx. wrk asks for a random mix of article pages in the three languages
# (bench/nginx-nodes.lua), with `Accept-Encoding: gzip` as browsers send it (both the nodes and
# gzip_static then send their pre-compressed bytes).
#
#   bench/nginx-nodes.sh JDBC_URL [DATA_DIR]
#
# JDBC_URL: a PostgreSQL store holding the journal (e.g. the 10,000-article corpus imported with
# `tribune import --db URL corpus.jsonl`). DATA_DIR: a data folder whose search index (index/)
# holds the same content: each node starts from a copy of it and only checks it against the store,
# instead of building its own (without it each node builds its index first: minutes).
# Environment: PAGES (300 paths), DURATION (20s per measure), CONNECTIONS (32), ROUNDS (2),
# NGINX_WORKERS (auto, as Debian's nginx.conf), WORK (a folder to keep; default a new one).
#
# For each measure it prints requests/s, latency percentiles, failures, the load average, and the
# processor time wrk, nginx and the nodes used during it, against the machine's (all processes,
# other users included): on 2 cores, where they all share the same two, that says what limits it.
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
db=${1:?usage: bench/nginx-nodes.sh JDBC_URL [DATA_DIR_WITH_INDEX]}
index_from=${2:-}
pages=${PAGES:-300}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-32}
rounds=${ROUNDS:-2}
workers=${NGINX_WORKERS:-auto}
work=${WORK:-$(mktemp -d /tmp/tribune-bench-nginx-nodes.XXXXXX)}
mkdir -p "$work"
chmod 755 "$work" # nginx workers (nobody) read the static pages
for tool in wrk nginx curl python3; do
    command -v "$tool" > /dev/null || [ -x "/usr/sbin/$tool" ] || { echo "needs $tool" >&2; exit 1; }
done
[ -f target/tribune.jar ] || { echo "build first: ./mvnw -o -q -DskipTests package" >&2; exit 1; }

node_pids=()
nginx_pid=
cleanup() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2> /dev/null
    for pid in "${node_pids[@]}"; do kill "$pid" 2> /dev/null || true; done
    wait 2> /dev/null || true
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# Processor time (clock ticks, user + system, all threads) of these processes so far.
ticks_of() {
    local pid total=0
    for pid in "$@"; do
        [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo "$total"
}
# Processor time the whole machine spent busy so far (every process, every core), in ticks.
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
hz=$(getconf CLK_TCK)

echo "== starting 3 nodes on $db (384 MB heap each)"
ports=()
for k in 1 2 3; do
    mkdir -p "$work/node$k"
    if [ -n "$index_from" ] && [ ! -d "$work/node$k/index" ]; then cp -r "$index_from/index" "$work/node$k/index"; fi
    port=$(free_port)
    ports+=("$port")
    java -Xmx384m -jar target/tribune.jar serve --db "$db" --data "$work/node$k" --host 127.0.0.1 \
        --port "$port" --shutdown-grace 0s > "$work/node$k.log" 2>&1 &
    node_pids+=($!)
done
for k in 0 1 2; do
    url="http://127.0.0.1:${ports[$k]}"
    # Ready, and the search index caught up with the store (related blocks come from it).
    until curl -sf "$url/metrics" 2> /dev/null | awk '
            /^tribune_search_index_lag_seconds / {lag = $2} /^tribune_search_index_rebuilding / {rebuilding = $2}
            END {exit !(lag == 0 && rebuilding == 0 && lag != "")}'; do
        kill -0 "${node_pids[$k]}" 2> /dev/null || { tail -20 "$work/node$((k + 1)).log" >&2; exit 1; }
        sleep 2
    done
    echo "node $((k + 1)) on $url ready, search index caught up"
done
node1="http://127.0.0.1:${ports[0]}"

echo "== $pages article paths (random sample of the newest editions)"
python3 - "$node1" "$pages" > "$work/paths.txt" << 'PY'
import json, random, sys, urllib.parse, urllib.request
base, wanted = sys.argv[1], int(sys.argv[2])
paths, page = [], "/api/v1/articles?limit=100"
while page and len(paths) < 4 * wanted:
    answer = json.load(urllib.request.urlopen(base + page))
    for article in answer["items"]:
        paths += [urllib.parse.urlsplit(edition["url"]).path for edition in article["editions"]]
    page = answer["next"]
random.seed(42)
print("\n".join(random.sample(paths, min(wanted, len(paths)))))
PY
awk -F/ '{print $2}' "$work/paths.txt" | sort | uniq -c | tr '\n' ' '
echo

echo "== the same pages as files (what the static export holds at these addresses), and warm caches"
rm -rf "$work/public"
while read -r path; do
    mkdir -p "$work/public$path"
    curl -sf "$node1$path" -o "$work/public$path/index.html"
    gzip -9 -k -f "$work/public$path/index.html"
done < "$work/paths.txt"
chmod -R a+rX "$work/public"
echo "pages: $(du -cb "$work"/public/*/articles/*/index.html | tail -1 | cut -f1) bytes raw," \
    "$(du -cb "$work"/public/*/articles/*/index.html.gz | tail -1 | cut -f1) bytes gzipped, for $(wc -l < "$work/paths.txt") pages"
for port in "${ports[@]}"; do
    sed "s|^|url = \"http://127.0.0.1:$port|; s|$|\"\noutput = /dev/null|" "$work/paths.txt" > "$work/warm.curl"
    codes=$(curl -s -H 'Accept-Encoding: gzip' -w '%{http_code}\n' --config "$work/warm.curl" | sort | uniq -c | tr '\n' ' ')
    echo "warmed node on port $port: $codes"
done

nodes_port=$(free_port)
static_port=$(free_port)
start_nginx() { # number of nodes behind nginx
    local n=$1 prefix=$work/nginx
    mkdir -p "$prefix/temp" && chmod 777 "$prefix/temp"
    for k in $(seq 0 $((n - 1))); do echo "    server 127.0.0.1:${ports[$k]} max_fails=2 fail_timeout=10s;"; done > "$prefix/servers.txt"
    sed -e '/^[[:space:]]*server 127\.0\.0\.1:[0-9]* /d' -e "/^upstream tribune_nodes {/r $prefix/servers.txt" \
        -e "s|listen 80;|listen 127.0.0.1:$nodes_port;|" deploy/nginx/tribune-nodes.conf > "$prefix/nodes.conf"
    # Both files define the same map; nginx refuses a variable mapped twice.
    sed -e '/^map \$arg_v/,/^}/d' -e "s|listen 80;|listen 127.0.0.1:$static_port;|" \
        -e "s|root /var/www/tribune;|root $work/public;|" deploy/nginx/tribune-static.conf > "$prefix/static.conf"
    cat > "$prefix/nginx.conf" << CONF
worker_processes $workers;
daemon off;
pid $prefix/nginx.pid;
error_log $prefix/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    access_log off;
    client_body_temp_path $prefix/temp/body;
    proxy_temp_path $prefix/temp/proxy;
    fastcgi_temp_path $prefix/temp/fastcgi;
    uwsgi_temp_path $prefix/temp/uwsgi;
    scgi_temp_path $prefix/temp/scgi;
    include $prefix/nodes.conf;
    include $prefix/static.conf;
}
CONF
    /usr/sbin/nginx -p "$prefix" -c nginx.conf &
    nginx_pid=$!
    for _ in $(seq 1 100); do
        curl -s -o /dev/null "http://127.0.0.1:$nodes_port/health/live" && curl -s -o /dev/null "http://127.0.0.1:$static_port/" && return
        sleep 0.1
    done
    cat "$prefix/error.log" >&2
    exit 1
}
stop_nginx() { kill "$nginx_pid"; wait "$nginx_pid" 2> /dev/null || true; nginx_pid=; }

# One measure: wrk on URL; prints a line with its figures and where the processor time went.
measure() { # label url nodes-behind-it
    local label=$1 url=$2 n=$3 load nginx_procs=() node_before nginx_before machine_before
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    [ -n "$nginx_pid" ] && mapfile -t nginx_procs < <(echo "$nginx_pid"; pgrep -P "$nginx_pid")
    node_before=$(ticks_of "${node_pids[@]:0:$n}")
    nginx_before=$(ticks_of "${nginx_procs[@]}")
    machine_before=$(machine_ticks)
    /usr/bin/time -f '%U %S %e' -o "$work/wrk.time" wrk -t2 -c"$connections" -d"$duration" \
        -H 'Accept-Encoding: gzip' -s bench/nginx-nodes.lua "$url" -- "$work/paths.txt" > "$work/wrk.out" 2>&1
    local node_cpu=$(($(ticks_of "${node_pids[@]:0:$n}") - node_before))
    local nginx_cpu=$(($(ticks_of "${nginx_procs[@]}") - nginx_before))
    local machine_cpu=$(($(machine_ticks) - machine_before))
    local result
    result=$(grep '^RESULT' "$work/wrk.out" | sed 's/^RESULT //') || { cat "$work/wrk.out" >&2; exit 1; }
    read -r wrk_user wrk_sys wall < "$work/wrk.time"
    awk -v label="$label" -v result="$result" -v loadavg="$load" -v hz="$hz" -v wall="$wall" \
        -v wrk="$wrk_user $wrk_sys" -v nginx="$nginx_cpu" -v nodes="$node_cpu" -v machine="$machine_cpu" 'BEGIN {
        split(wrk, w, " ")
        printf "%-22s %s | load %s | cpu s in %.1f s: wrk %.1f, nginx %.1f, nodes %.1f, machine %.1f of %.1f\n",
            label, result, loadavg, wall, w[1] + w[2], nginx / hz, nodes / hz, machine / hz, 2 * wall }' | tee -a "$work/results.txt"
}

echo "== measures: wrk -t2 -c$connections -d$duration, $workers nginx workers; cpu = processor seconds used during the measure"
for round in $(seq 1 "$rounds"); do
    echo "-- round $round"
    measure "node direct (1)" "$node1" 1
    for n in 1 2 3; do
        start_nginx "$n"
        # Alternate which goes first, so that neither always meets the machine in the same state.
        if [ $(((round + n) % 2)) -eq 0 ]; then
            measure "nginx → $n node(s)" "http://127.0.0.1:$nodes_port" "$n"
            measure "nginx static (peer)" "http://127.0.0.1:$static_port" 0
        else
            measure "nginx static (peer)" "http://127.0.0.1:$static_port" 0
            measure "nginx → $n node(s)" "http://127.0.0.1:$nodes_port" "$n"
        fi
        stop_nginx
    done
done
echo "spilled to temporary files: $(grep -c 'buffered to a temporary file' "$work/nginx/error.log" 2> /dev/null || true)"
echo "results in $work/results.txt"
