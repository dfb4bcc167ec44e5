#!/bin/bash
# What a full export of the 10,000-article corpus cannot go below on this machine, against Hugo in
# the same run (issue 15's targets are fractions of Hugo's time). Given a folder a full export
# wrote, it times, one after the other:
#   1. copying that folder into a new one with `cp -a` (the same directories and files, with their
#      times): what the file system alone costs for creating the export's files;
#   2. gzipping every text file in memory at level 9 on every core (bench/export-floor/GzipAll.java),
#      what making the `.gz` copies alone costs;
#   3. Hugo building the same corpus (bench/hugo/convert.py's site).
# Ranking related articles, the third fixed part, is in the export's own summary line.
# Usage: bench/export-floor.sh EXPORT_FOLDER CORPUS
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
export_dir=$1
corpus=$2
out=bench/out/floor
command -v hugo >/dev/null || { echo "needs hugo (apt-get install hugo)" >&2; exit 1; }
mkdir -p "$out"
trash="$out/trash.$$"
mkdir -p "$trash"
trap 'rm -rf "$trash"' EXIT
[ -e "$out/copy" ] && mv "$out/copy" "$trash/"
[ -e "$out/hugo-site" ] && mv "$out/hugo-site" "$trash/"
python3 bench/hugo/convert.py "$corpus" "$out/hugo-site"

echo "== files: $(find "$export_dir" -type f | wc -l), folders: $(find "$export_dir" -type d | wc -l)"
cat "$export_dir"/en/index.html > /dev/null
echo "== copy of the export's files (cp -a)"
/usr/bin/time -f "cp -a wall %e s, user %U s, sys %S s" cp -a "$export_dir" "$out/copy"
echo "== gzip of every text file at level 9"
java bench/export-floor/GzipAll.java "$export_dir" 9
echo "== hugo"
/usr/bin/time -f "hugo wall %e s, user %U s, sys %S s" hugo --quiet --source "$out/hugo-site"
mv "$out/copy" "$trash/"
