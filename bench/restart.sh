#!/bin/bash
# Restart after kill -9 on the synthetic corpus: time from starting `bin/tribune serve` until it
# listens, and until the search page finds an article published just before the kill (which the
# committed index does not hold yet: the restart must catch up on it).
#
#   bench/restart.sh [ARTICLES] [RUNS]     # defaults: 10000 articles (30,000 editions), 5 runs
#
# The store is made once in /tmp/tribune-bench-restart-ARTICLES (corpus, import, index built by a
# first start, which then stops with SIGTERM so that bin/tribune writes its class cache); each run
# then publishes one article through the API, kills the server with SIGKILL and starts it again.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
runs=${2:-5}
work=/tmp/tribune-bench-restart-$articles
data=$work/data
mkdir -p "$work"

if [ ! -f "$data/tribune.db" ]; then
    bin/tribune demo --articles "$articles" --traditional --seed 42 --out "$work/corpus.jsonl"
    bin/tribune import --data "$data" "$work/corpus.jsonl"
fi
[ -f "$work/token" ] || bin/tribune token add "bench-$(date +%s)" --role editor --data "$data" > "$work/token"
token=$(tail -n1 "$work/token")

# Starts the server, prints "LISTEN_MS CPU_MS URL" once it listens; its pid goes to $work/pid.
start() {
    local log=$work/server.log t0 pid url cpu
    t0=$(date +%s%N)
    bin/tribune serve --data "$data" --port 0 > "$log" 2>&1 &
    pid=$!
    echo "$pid" > "$work/pid"
    until grep -q "listening on" "$log"; do
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.01
    done
    cpu=$(awk '{print ($14 + $15) * 10}' "/proc/$pid/stat")
    url=$(grep -o 'http://[0-9.:]*' "$log" | head -n1)
    echo "$(( ($(date +%s%N) - t0) / 1000000 )) $cpu $url $t0"
}

echo "== first start: builds the index if needed, then stops with SIGTERM (writes the class cache)"
read -r ms cpu url t0 < <(start)
until curl -sf "$url/health/ready" > /dev/null; do sleep 0.5; done
kill "$(cat "$work/pid")"; while kill -0 "$(cat "$work/pid")" 2>/dev/null; do sleep 0.2; done

read -r ms cpu url t0 < <(start)
until curl -sf "$url/health/ready" > /dev/null; do sleep 0.2; done
for run in $(seq 1 "$runs"); do
    word="restartbench$(date +%s%N | sha1sum | tr -dc 'a-f' | head -c 12)"
    id="restart-bench-$word"
    curl -sf -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"title\": \"Restart $word\", \"summary\": \"Before the kill.\", \"body\": \"About $word.\", \"authors\": [{\"key\": \"bench\", \"name\": \"Bench\"}]}" \
        "$url/api/v1/articles/$id/editions/en" > /dev/null
    curl -sf -X POST -H "Authorization: Bearer $token" "$url/api/v1/articles/$id/editions/en/publish" > /dev/null
    kill -9 "$(cat "$work/pid")"
    read -r ms cpu url t0 < <(start)
    until curl -s "$url/en/search?q=$word" | grep -q "/en/articles/$id\""; do sleep 0.01; done
    found=$(( ($(date +%s%N) - t0) / 1000000 ))
    echo "run $run: listening after $ms ms (process cpu $cpu ms), article found by search after $found ms"
done
kill "$(cat "$work/pid")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
