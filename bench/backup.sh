#!/bin/bash
# Backup of a large SQLite store while the server serves: how long `tribune backup` takes, and
# what it does to readers' latency meanwhile. wrk (bench/nginx-nodes.lua, 8 connections, with
# `Accept-Encoding: gzip`) asks for a random mix of public pages (article pages in the three
# languages, the three home pages): first without a backup, then for exactly as long as a backup
# runs (wrk is stopped when it ends), then without a backup again for the same time. The
# without-backup measures are the peers the during-backup one is compared with.
#
#   bench/backup.sh [DATA_DIR] [ROUNDS]  # default: the store bench/restart.sh made (10,000 articles), 2
#   bench/backup.sh JDBC_URL ROUNDS NODE_DATA_DIR   # PostgreSQL: the backup is pg_dump (custom format)
#
# Stop other servers on the store first: this one opens its search index.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-/tmp/tribune-bench-restart-10000/data}
rounds=${2:-2}
store_opts=(--data "$data")
backup_cmd=(bin/tribune backup --data "$data" --out)
backup_source=()
if [[ $data == jdbc:postgresql:* ]]; then
    # jdbc:postgresql://host:port/db?user=u → postgresql://host:port/db?user=u for pg_dump
    store_opts=(--db "$data" --data "${3:?a data folder for the node (its search index) after ROUNDS}")
    backup_cmd=(pg_dump --format=custom --file)
    backup_source=("${data#jdbc:}")
fi
connections=${CONNECTIONS:-8}
work=$(mktemp -d /tmp/tribune-bench-backup.XXXXXX)
command -v wrk > /dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }

log=$work/server.log
: > "$log" # exists before the loop below reads it (bin/tribune may build the jar first)
bin/tribune serve "${store_opts[@]}" --port 0 > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
until grep -q "listening on" "$log"; do kill -0 "$pid" || { cat "$log" >&2; exit 1; }; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$log" | head -n1)
until curl -sf "$url/health/ready" > /dev/null; do sleep 0.5; done
python3 - "$url" > "$work/paths.txt" << 'PY'
import json, random, sys, urllib.parse, urllib.request
base, paths, page = sys.argv[1], [], "/api/v1/articles?limit=100"
while page and len(paths) < 1200:
    answer = json.load(urllib.request.urlopen(base + page))
    for article in answer["items"]:
        paths += [urllib.parse.urlsplit(edition["url"]).path for edition in article["editions"]]
    page = answer["next"]
random.seed(42)
print("\n".join(random.sample(paths, min(300, len(paths))) + ["/en/", "/zh-hans/", "/zh-hant/"]))
PY
sed "s|^|url = \"$url|; s|$|\"\noutput = /dev/null|" "$work/paths.txt" > "$work/warm.curl"
echo "warm: $(curl -s -H 'Accept-Encoding: gzip' -w '%{http_code}\n' --config "$work/warm.curl" | sort | uniq -c | tr '\n' ' ')"

# wrk for SECONDS, or until the process PID ends when given; prints its RESULT line.
measure() { # seconds [pid]
    wrk -t2 -c"$connections" -d"${1}s" -H 'Accept-Encoding: gzip' -s bench/nginx-nodes.lua "$url" \
        -- "$work/paths.txt" > "$work/wrk.out" 2>&1 &
    local wrk_pid=$!
    if [ -n "${2:-}" ]; then
        while kill -0 "$2" 2> /dev/null; do sleep 0.05; done
        kill -INT "$wrk_pid"
    fi
    wait "$wrk_pid" || true
    grep '^RESULT' "$work/wrk.out" | sed 's/^RESULT //'
}
row() { printf "%-26s %s | load %s\n" "$1" "$2" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

echo "== $(wc -l < "$work/paths.txt") pages, wrk -t2 -c$connections, backup: ${backup_cmd[*]}"
for round in $(seq 1 "$rounds"); do
    row "without a backup (30 s)" "$(measure 30)"
    rm -f "$work/backup.zip"
    t0=$(date +%s%N)
    /usr/bin/time -f '%e s wall, %U s user, %S s sys, %M KB max RSS' -o "$work/backup.time" \
        "${backup_cmd[@]}" "$work/backup.zip" "${backup_source[@]}" > "$work/backup.log" 2>&1 &
    backup=$!
    result=$(measure 3600 "$backup")
    wait "$backup" || { cat "$work/backup.log" >&2; exit 1; }
    seconds=$(( ($(date +%s%N) - t0 + 500000000) / 1000000000 ))
    row "during a backup (${seconds} s)" "$result"
    echo "   backup: $(cat "$work/backup.time"); $(du -h "$work/backup.zip" | cut -f1); $(tail -n1 "$work/backup.log")"
    row "without a backup (${seconds} s)" "$(measure "$seconds")"
done
