#!/bin/bash
# Search figures for bench/README.md: full reindex time and index size, then in-process latency of
# 1,000 queries mixed across en / zh-Hans / zh-Hant (org.tribune.search.bench.SearchLatency), then
# the search page under wrk (2 threads, 32 connections): 20 s in which every request is a query of
# its own (none answered from the page cache), then 1,000 queries searched once and then cached.
# Needs a data folder imported from the synthetic corpus (bench/foundation.sh makes bench/out/data
# and bench/out/corpus-10000.jsonl). Usage: bench/search.sh [DATA_DIR] [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
data=${1:-bench/out/data}
corpus=${2:-bench/out/corpus-10000.jsonl}
out=bench/out
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }

. bench/test-classpath.sh

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
# Distinct queries of the same kind, none of them among those 1,000, enough that the uncached pass
# never asks for one twice (a repeat would be answered from the page cache); a third of them warm
# the JIT first, so the figure is a running server's.
python3 - "$corpus" "$out/search-paths.txt" "$out/search-warm-paths.txt" > "$out/search-unique-paths.txt" <<'PY'
import json, random, sys, urllib.parse
random.seed(7)
seg = {"en": "en", "zh-Hans": "zh-hans", "zh-Hant": "zh-hant"}
seen = set(open(sys.argv[2]).read().split())
titles = [(d["lang"], d["title"]) for d in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
out = []
for _ in range(4):
    for lang, t in titles:
        words = t.split() if lang == "en" else [t[i:i + 2] for i in range(0, max(1, len(t) - 1), 2)]
        q = " ".join(random.sample(words, min(2, len(words))))
        path = "/%s/search?q=%s" % (seg[lang], urllib.parse.quote(q))
        if path not in seen:
            seen.add(path)
            out.append(path)
random.shuffle(out)
warm = len(out) // 3
open(sys.argv[3], "w").write("\n".join(out[:warm]) + "\n")
print("\n".join(out[warm:]))
PY
echo "warm-up, 10 s, queries of their own (not reported)"
wrk -t2 -c32 -d10s -s bench/unique-paths.lua "http://127.0.0.1:$port" -- "$out/search-warm-paths.txt" 2 >/dev/null
echo "uncached, 20 s: every request a query of its own ($(wc -l < "$out/search-unique-paths.txt") distinct)"
wrk -t2 -c32 -d20s --latency -s bench/unique-paths.lua "http://127.0.0.1:$port" -- "$out/search-unique-paths.txt" 2 \
    | grep -E "Requests/sec|99%|Non-2xx|WARNING"
echo "first 10 s: each of the 1,000 queries searched once, then answered from the page cache"
wrk -t2 -c32 -d10s --latency -s "$out/search-paths.lua" "http://127.0.0.1:$port" | grep -E "Requests/sec|99%|Non-2xx"
echo "next 20 s: the same queries, all cached"
wrk -t2 -c32 -d20s --latency -s "$out/search-paths.lua" "http://127.0.0.1:$port" | grep -E "Requests/sec|99%|Non-2xx"
