#!/bin/bash
# Backup of a large SQLite store while the server serves: how long `tribune backup` takes, and
# what it does to the latency of readers meanwhile (ApacheBench, `ab`, on one article page and on
# a search page, 20 s with 8 connections, without and then with a backup running).
#
#   bench/backup.sh [DATA_DIR]     # default: the store bench/restart.sh makes (10,000 articles)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-/tmp/tribune-bench-restart-10000/data}
out=$(mktemp -d)/tribune.zip
command -v ab > /dev/null || { echo "needs ab (apt-get install apache2-utils)" >&2; exit 1; }

log=$(mktemp)
bin/tribune serve --data "$data" --port 0 > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until grep -q "listening on" "$log"; do sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$log" | head -n1)
until curl -sf "$url/health/ready" > /dev/null; do sleep 0.5; done
slug=$(curl -s "$url/api/v1/articles?lang=en&limit=1" | grep -o '"id":"[^"]*"' | head -n1 | cut -d'"' -f4)
pages=("$url/en/articles/$slug" "$url/en/search?q=drought")
for page in "${pages[@]}"; do ab -q -n 200 -c 4 "$page" > /dev/null; done   # warm

measure() { # prints "rps p50 p99" for one page
    ab -q -t 20 -n 1000000 -c 8 "$1" 2>/dev/null \
        | awk '/Requests per second/ {rps=$4} /^  50%/ {p50=$2} /^  99%/ {p99=$2} END {print rps, p50, p99}'
}

for page in "${pages[@]}"; do
    echo "== ${page#$url}"
    read -r rps p50 p99 < <(measure "$page")
    echo "without a backup: $rps req/s, p50 $p50 ms, p99 $p99 ms"
    rm -f "$out"
    ( bin/tribune backup --data "$data" --out "$out" > "$out.log" 2>&1 ) &
    backup=$!
    read -r rps p50 p99 < <(measure "$page")
    wait "$backup"
    echo "during a backup:  $rps req/s, p50 $p50 ms, p99 $p99 ms; $(cat "$out.log")"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
