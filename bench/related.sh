#!/bin/bash
# Related-article figure for bench/README.md: rankings for every article of the corpus, in process
# (org.tribune.search.bench.RelatedThroughput), one pass on one thread and one on both cores, after
# `tribune reindex` has built the index (with term vectors). Needs a data folder imported
# from the synthetic corpus (bench/foundation.sh makes bench/out/data and bench/out/corpus-10000.jsonl).
# Usage: bench/related.sh [DATA_DIR] [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
data=${1:-bench/out/data}
corpus=${2:-bench/out/corpus-10000.jsonl}
out=bench/out
mkdir -p "$out"

. bench/test-classpath.sh

echo "== reindex"
/usr/bin/time -f "reindex wall %e s, peak RSS %M KB" bin/tribune reindex --data "$data"
echo "index size: $(du -sh "$data/index" | cut -f1)"

echo "== related articles for every article"
java -Xmx384m -cp "$cp" org.tribune.search.bench.RelatedThroughput "$data" "$corpus"
