#!/bin/bash
# Imports a WordPress export made from the synthetic corpus (10,000 articles in three languages:
# Polylang groups, 200 authors, 40 categories translated into each language) into a fresh data
# folder, and reports the wall time and peak memory (GNU time: apt-get install time).
#   bash bench/wordpress-import.sh [ARTICLES] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
work=${2:-/tmp/tribune-wxr-bench}
mkdir -p "$work"
[ -f target/tribune.jar ] || ./mvnw -q -o package -DskipTests
. .mvn/pick-jdk.sh
corpus=$work/corpus-$articles.jsonl
[ -f "$corpus" ] || java -jar target/tribune.jar demo --articles "$articles" --traditional --seed 42 --out "$corpus"
wxr=$work/site-$articles.wxr.xml
[ -f "$wxr" ] || python3 bench/wxr-from-corpus.py "$corpus" "$wxr"
rm -rf "$work/data"
/usr/bin/time -v java -Xmx384m -jar target/tribune.jar import --data "$work/data" --timezone Asia/Shanghai "$wxr" \
    > "$work/import.out" 2> "$work/import.err" || true
tail -n 3 "$work/import.out"
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/import.err"
