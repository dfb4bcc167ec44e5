#!/bin/bash
# Restart after kill -9 on the synthetic corpus: time from starting `bin/tribune serve` until it
# listens, and until the search page gives two answers known in advance: a reference article that
# the committed index holds (published and committed before the runs), and an article published
# just before the kill, which the committed index does not hold yet (the restart must catch up).
#
#   bench/restart.sh [ARTICLES] [RUNS]     # defaults: 10000 articles (30,000 editions), 8 runs
#
# STORE=DIR: start from a copy of this data folder (e.g. an imported and indexed store) instead of
# making one; the copy goes to WORK (default /tmp/tribune-bench-restart-ARTICLES) and is made once. Without it the
# store is made there (corpus, import; the first start builds the index).
# Runs alternate with and without the class cache (TRIBUNE_NO_CLASS_CACHE=1), and kill the server
# either while a writer publishes articles back to back through the API, or idle; in both cases
# at a random moment (0.2-3 s after the last step). After each restart it checks that the last
# write the API acknowledged before the kill is there.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
runs=${2:-8}
work=${WORK:-/tmp/tribune-bench-restart-$articles}
data=$work/data
mkdir -p "$work"

if [ ! -f "$data/tribune.db" ]; then
    if [ -n "${STORE:-}" ]; then
        cp -r "$STORE" "$data"
    else
        bin/tribune demo --articles "$articles" --traditional --seed 42 --out "$work/corpus.jsonl"
        bin/tribune import --data "$data" "$work/corpus.jsonl"
    fi
fi
[ -f "$work/token" ] || bin/tribune token add "bench-$(date +%s)" --role editor --data "$data" > "$work/token"
token=$(tail -n1 "$work/token")

# Starts the server, prints "LISTEN_MS CPU_MS URL T0" once it listens; its pid goes to $work/pid.
start() {
    local log=$work/server.log t0 pid url cpu
    : > "$log" # emptied here: the server's shell may open it after the loop below first reads it
    t0=$(date +%s%N)
    bin/tribune serve --data "$data" --port 0 > "$log" 2>&1 &
    pid=$!
    echo "$pid" > "$work/pid"
    until grep -q "listening on" "$log"; do
        kill -0 "$pid" 2> /dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.01
    done
    cpu=$(awk '{print ($14 + $15) * 10}' "/proc/$pid/stat")
    url=$(grep -o 'http://[0-9.:]*' "$log" | head -n1)
    echo "$(( ($(date +%s%N) - t0) / 1000000 )) $cpu $url $t0"
}

# Publishes an English article whose body holds WORD; prints nothing, fails if the API refused.
publish() { # url id word
    curl -sf -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"title\": \"Restart $3\", \"summary\": \"Before the kill.\", \"body\": \"About $3.\", \"authors\": [{\"key\": \"bench\", \"name\": \"Bench\"}]}" \
        "$1/api/v1/articles/$2/editions/en" > /dev/null
    curl -sf -X POST -H "Authorization: Bearer $token" "$1/api/v1/articles/$2/editions/en/publish" > /dev/null
}
found() { curl -s "$1/en/search?q=$2" | grep -q "/en/articles/$3\""; }
new_word() { echo "restartbench$(date +%s%N | sha1sum | tr -dc 'a-f' | head -c 12)"; }

echo "== first start: builds the index if needed; a reference article is published, found, and"
echo "   committed by a stop with SIGTERM (which also writes the class cache)"
read -r ms cpu url t0 < <(start)
until curl -sf "$url/health/ready" > /dev/null; do sleep 0.5; done
reference_word=$(new_word)
reference_id="restart-bench-$reference_word"
publish "$url" "$reference_id" "$reference_word"
until found "$url" "$reference_word" "$reference_id"; do sleep 0.2; done
kill "$(cat "$work/pid")"; while kill -0 "$(cat "$work/pid")" 2> /dev/null; do sleep 0.2; done

read -r ms cpu url t0 < <(start)
until curl -sf "$url/health/ready" > /dev/null; do sleep 0.2; done
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
    if [ $((run % 2)) -eq 1 ]; then cache=with; else cache=without; fi
    if [ $(((run - 1) / 2 % 2)) -eq 0 ]; then moment="during writes"; else moment=idle; fi
    word=$(new_word)
    id="restart-bench-$word"
    publish "$url" "$id" "$word"
    : > "$work/acknowledged"
    writer=
    if [ "$moment" = "during writes" ]; then
        ( i=0; while true; do
            i=$((i + 1)); w="$word$i"
            publish "$url" "restart-bench-$w" "$w" 2> /dev/null && echo "restart-bench-$w" >> "$work/acknowledged" || exit 0
        done ) &
        writer=$!
    fi
    sleep "$(awk -v r=$RANDOM 'BEGIN {printf "%.2f", 0.2 + 2.8 * r / 32767}')"
    kill -9 "$(cat "$work/pid")"
    if [ -n "$writer" ]; then wait "$writer" 2> /dev/null || true; fi
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    if [ "$cache" = without ]; then export TRIBUNE_NO_CLASS_CACHE=1; else unset TRIBUNE_NO_CLASS_CACHE; fi
    read -r ms cpu url t0 < <(start)
    unset TRIBUNE_NO_CLASS_CACHE
    until found "$url" "$reference_word" "$reference_id"; do sleep 0.01; done
    reference_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    until found "$url" "$word" "$id"; do sleep 0.01; done
    found_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    cpu_found=$(awk '{print ($14 + $15) * 10}' "/proc/$(cat "$work/pid")/stat")
    survived="-"
    if [ -s "$work/acknowledged" ]; then
        last=$(tail -n1 "$work/acknowledged")
        if curl -sf -o /dev/null "$url/en/articles/$last"; then survived="$(wc -l < "$work/acknowledged") acknowledged, last one there"; else survived="LAST ACKNOWLEDGED WRITE MISSING: $last"; fi
    fi
    echo "run $run ($cache class cache, killed $moment): listening after $ms ms (process cpu $cpu ms);" \
        "reference found by search after $reference_ms ms; article published before the kill found after $found_ms ms" \
        "(cpu $cpu_found ms); writes: $survived; load before the start $load"
done
kill "$(cat "$work/pid")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
