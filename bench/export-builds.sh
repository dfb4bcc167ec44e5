#!/bin/bash
# Full exports of one indexed data folder by two builds of Tribune, alternated, each into a fresh
# folder: how a change moves the export's time while the machine's load moves too.
# Usage: bash bench/export-builds.sh DATA OLD.jar NEW.jar [ROUNDS]
# Prints each export's own summary line and its wall time with the load average at its end.
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
data=$1 old=$2 new=$3 rounds=${4:-2}
out=${OUT:-/tmp/tribune-export-builds}
for round in $(seq 1 "$rounds"); do
    for build in old new; do
        jar=$old
        [ "$build" = new ] && jar=$new
        rm -rf "$out/$build"
        start=$(date +%s.%N)
        java -Xmx1g -XX:+UseParallelGC -jar "$jar" export --data "$data" --out "$out/$build" \
            --base-url https://journal.example 2>&1 | grep -E '^(full|incremental) export'
        end=$(date +%s.%N)
        echo "$build round $round: wall $(echo "$end - $start" | bc) s, load $(cut -d' ' -f1 /proc/loadavg)"
    done
done
