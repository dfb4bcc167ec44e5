#!/bin/bash
# Full exports of one indexed data folder by two builds of Tribune, alternated, each into a fresh
# folder: how a change moves the export's time while the machine's load moves too.
# Usage: bash bench/export-builds.sh DATA OLD.jar NEW.jar [ROUNDS]
# Prints each export's own summary line, its wall and processor time, and the load average at its end.
#
# Two things disturb these runs on ext4 and are kept out: deleting an earlier export (some 216,000
# files) just before a run makes the file system walk the freed inodes while the run creates its
# own, so earlier outputs are moved aside and deleted after the last run; and the page cache
# filling with earlier exports makes system time wander, so as root the page cache is dropped
# before each run (sync; echo 3 > /proc/sys/vm/drop_caches).
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
data=$1 old=$2 new=$3 rounds=${4:-2}
out=${OUT:-/tmp/tribune-export-builds}
trash="$out/trash.$$"
mkdir -p "$trash"
trap 'rm -rf "$trash"' EXIT
for round in $(seq 1 "$rounds"); do
    for build in old new; do
        jar=$old
        [ "$build" = new ] && jar=$new
        [ -e "$out/$build" ] && mv "$out/$build" "$trash/$build.$round"
        if [ "$(id -u)" = 0 ]; then
            sync
            echo 3 > /proc/sys/vm/drop_caches
            sleep 5
        fi
        /usr/bin/time -f "$build round $round: wall %e s, user %U s, sys %S s" \
            java -Xmx1g -XX:+UseParallelGC -jar "$jar" export --data "$data" --out "$out/$build" \
            --base-url https://journal.example 2>&1 | grep -E '^(full|incremental) export|round'
        echo "load $(cut -d' ' -f1 /proc/loadavg)"
    done
done
