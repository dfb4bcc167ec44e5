#!/bin/bash
# Static export against Hugo, the reference for static sites (issue 6), in one run on one corpus:
#   1. converts the JSON Lines corpus into a Hugo multilingual site (bench/hugo/convert.py: one
#      page per edition with translationKey, authors and topics as taxonomies, per-language
#      paginated homes, RSS and sitemaps, a minimal theme with related articles);
#   2. times `hugo` building it and `tribune export` exporting the same corpus's data folder, once
#      from a copy of the store without its search index (the export builds it) and once from the
#      store as it is (indexed), with peak memory for both (goals: at most 0.5 and 0.25 of Hugo);
#   3. times the export again with nothing changed, and after editing one article's title
#      (re-imported from the corpus afterwards, so the data folder ends as it began).
# Needs Debian's hugo (apt-get install hugo), python3, and a data folder imported from the corpus
# (bench/foundation.sh makes bench/out/data from bench/out/corpus-10000.jsonl).
# Usage: bench/hugo-export.sh [DATA_DIR] [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
data=${1:-bench/out/data}
corpus=${2:-bench/out/corpus-10000.jsonl}
out=bench/out
command -v hugo >/dev/null || { echo "needs hugo (apt-get install hugo)" >&2; exit 1; }
./mvnw -q -B -DskipTests package

# Earlier outputs are moved aside now and deleted after the last timing. Deleting some 80,000
# files just before a timed run slows the run: for minutes afterwards ext4 passes over the freed
# inodes one by one whenever it allocates a new one (perf showed a quarter of the machine's CPU in
# recently_deleted and find_inode_bit), and in this script that always hit Tribune, which ran first.
trash="$out/trash.$$"
mkdir -p "$trash"
for old in "$out/tribune-export" "$out/tribune-export-fresh" "$out/fresh-data" "$out/hugo-site"; do
    [ -e "$old" ] && mv "$old" "$trash/"
done
trap 'rm -rf "$trash"' EXIT

python3 bench/hugo/convert.py "$corpus" "$out/hugo-site"
hugo version

# Peak proportional set size of the command started by /usr/bin/time (pid $1): SQLite maps its
# file once per pooled connection, and RSS counts a file page once per mapping; PSS counts it once.
peak_pss() {
    local peak=0 pss child
    while kill -0 "$1" 2>/dev/null; do
        child=$(pgrep -P "$1" | head -1 || true)
        pss=$( [ -n "$child" ] && awk '/^Pss:/ {print $2}' "/proc/$child/smaps_rollup" 2>/dev/null || echo 0)
        [ "${pss:-0}" -gt "$peak" ] && peak=$pss
        sleep 0.5
    done
    echo "tribune export peak PSS $peak KB"
}

# The page cache, filled by earlier runs' gigabytes of output, made system time wander from run to
# run; as root it is emptied before each full run (bench/README.md, issue 15's late-night round).
settle() {
    if [ "$(id -u)" = 0 ]; then
        sync
        echo 3 > /proc/sys/vm/drop_caches
        sleep 5
    fi
}

settle
echo "== tribune export (full) of a store freshly imported: no search index yet, built by the export"
fresh="$out/fresh-data"
rm -rf "$fresh" && mkdir -p "$fresh"
cp "$data"/tribune.db* "$fresh"/
/usr/bin/time -f "tribune export (fresh store) wall %e s, peak RSS %M KB" bin/tribune export --data "$fresh" \
    --out "$out/tribune-export-fresh" --base-url https://journal.example
mv "$fresh" "$out/tribune-export-fresh" "$trash/"

settle
echo "== tribune export (full) of a store already indexed"
/usr/bin/time -f "tribune export wall %e s, peak RSS %M KB" bin/tribune export --data "$data" \
    --out "$out/tribune-export" --base-url https://journal.example &
peak_pss $!
wait $!
echo "files: $(find "$out/tribune-export" -type f | wc -l), $(du -sh "$out/tribune-export" | cut -f1)"

echo "== tribune export again (nothing changed)"
/usr/bin/time -f "tribune export wall %e s, peak RSS %M KB" bin/tribune export --data "$data" \
    --out "$out/tribune-export" --base-url https://journal.example

echo "== tribune export after editing one article (its English title), then the edit undone"
head -1 "$corpus" > "$out/edit-original.jsonl"
python3 -c 'import json, sys; d = json.loads(sys.stdin.read()); d["title"] += " (revised)"; print(json.dumps(d, ensure_ascii=False))' \
    < "$out/edit-original.jsonl" > "$out/edit-revised.jsonl"
bin/tribune import --data "$data" "$out/edit-revised.jsonl"
/usr/bin/time -f "tribune export wall %e s, peak RSS %M KB" bin/tribune export --data "$data" \
    --out "$out/tribune-export" --base-url https://journal.example
bin/tribune import --data "$data" "$out/edit-original.jsonl"

settle
echo "== hugo"
/usr/bin/time -f "hugo wall %e s, peak RSS %M KB" hugo --quiet --source "$out/hugo-site"
echo "files: $(find "$out/hugo-site/public" -type f | wc -l), $(du -sh "$out/hugo-site/public" | cut -f1)"
