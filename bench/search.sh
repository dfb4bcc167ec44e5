#!/bin/bash
# Search figures for bench/README.md: full reindex time and index size, then in-process latency of
# 1,000 queries mixed across en / zh-Hans / zh-Hant (org.tribune.search.bench.SearchLatency), then
# the search page under wrk (2 threads, 32 connections, 20 s) with a random query per request.
# Needs a data folder imported from the synthetic corpus (bench/foundation.sh makes bench/out/data
# and bench/out/corpus-10000.jsonl). Usage: bench/search.sh [DATA_DIR] [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
data=${1:-bench/out/data}
corpus=${2:-bench/out/corpus-10000.jsonl}
out=bench/out
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }

./mvnw -q -B -DskipTests package test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/search.classpath"
cp="target/test-classes:target/classes:$(cat "$out/search.classpath")"

echo "== reindex"
/usr/bin/time -f "reindex wall %e s, peak RSS %M KB" bin/tribune reindex --data "$data"
echo "index size: $(du -sh "$data/index" | cut -f1)"

echo "== in-process latency"
java -Xmx384m -cp "$cp" org.tribune.search.bench.SearchLatency "$data" "$corpus"

echo "== search page under wrk"
port=18082
bin/tribune serve --data "$data" --port "$port" > "$out/search-serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until grep -q "listening on" "$out/search-serve.log"; do sleep 0.1; done
python3 - "$corpus" > "$out/search-paths.txt" <<'PY'
import json, random, sys, urllib.parse
random.seed(42)
seg = {"en": "en", "zh-Hans": "zh-hans", "zh-Hant": "zh-hant"}
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["title"]
    words = t.split() if d["lang"] == "en" else [t[i:i + 2] for i in range(0, max(1, len(t) - 1), 2)]
    q = " ".join(random.sample(words, min(2, len(words))))
    out.append("/%s/search?q=%s" % (seg[d["lang"]], urllib.parse.quote(q)))
    if len(out) >= 3000:
        break
random.shuffle(out)
print("\n".join(out[:1000]))
PY
sed "s#bench/out/paths.txt#$out/search-paths.txt#" bench/random-paths.lua > "$out/search-paths.lua"
echo "first 10 s: each of the 1,000 queries searched once, then answered from the page cache"
wrk -t2 -c32 -d10s --latency -s "$out/search-paths.lua" "http://127.0.0.1:$port" | grep -E "Requests/sec|99%|Non-2xx"
echo "next 20 s: the same queries, all cached"
wrk -t2 -c32 -d20s --latency -s "$out/search-paths.lua" "http://127.0.0.1:$port" | grep -E "Requests/sec|99%|Non-2xx"
