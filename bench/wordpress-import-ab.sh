#!/bin/bash
# Compares the WordPress import of two builds on the same export, alternating them so that both
# see the same machine load: each run imports into a fresh data folder and reports CPU (user+sys),
# wall time and peak RSS (GNU time), with the load average before it.
#   bash bench/wordpress-import-ab.sh BEFORE.jar AFTER.jar [ARTICLES] [ROUNDS] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
before=$1
after=$2
articles=${3:-2000}
rounds=${4:-2}
work=${5:-/tmp/tribune-wxr-bench}
mkdir -p "$work"
. .mvn/pick-jdk.sh
corpus=$work/corpus-$articles.jsonl
[ -f "$corpus" ] || java -jar "$after" demo --articles "$articles" --traditional --seed 42 --out "$corpus"
wxr=$work/site-$articles.wxr.xml
[ -f "$wxr" ] || python3 bench/wxr-from-corpus.py "$corpus" "$wxr"
for round in $(seq 1 "$rounds"); do
    for jar in "$before" "$after"; do
        rm -rf "$work/data"
        load=$(cut -d' ' -f1 /proc/loadavg)
        /usr/bin/time -f "%U %S %e %M" -o "$work/time.txt" \
            java -Xmx384m -jar "$jar" import --data "$work/data" --timezone Asia/Shanghai "$wxr" \
            > "$work/import.out" 2> "$work/import.err" || true
        read -r user sys wall rss < "$work/time.txt"
        echo "round $round $(basename "$jar") articles=$articles load=$load cpu=$(echo "$user + $sys" | bc)s" \
            "(user $user, sys $sys) wall=${wall}s rss=$((rss / 1024))MB | $(tail -n 1 "$work/import.out")"
    done
done
