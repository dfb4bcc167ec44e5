#!/bin/bash
# Refreshes Tribune's copy of OpenCC's dictionaries and configs from a named OpenCC release,
# taken from the npm registry's `opencc` package (which ships them), into
# src/main/resources/org/tribune/zh/opencc/. Two dictionaries that the configs use ship only in
# compiled form (.ocd2); Debian's `opencc` package provides opencc_dict to dump them as text.
#
# Usage: scripts/refresh-opencc.sh [VERSION]   (default: the pinned version below)
set -euo pipefail
version=${1:-1.4.2}
root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/src/main/resources/org/tribune/zh/opencc"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v npm >/dev/null || { echo "needs npm" >&2; exit 1; }
command -v opencc_dict >/dev/null || { echo "needs opencc_dict (apt-get install opencc)" >&2; exit 1; }

(cd "$work" && npm pack --silent "opencc@$version" >/dev/null && tar xzf "opencc-$version.tgz")
package="$work/package"

rm -rf "$target"
mkdir -p "$target/dictionary" "$target/config"
cp "$package"/data/dictionary/*.txt "$target/dictionary/"
for config in "$package"/data/config/*.json; do
    case "$(basename "$config")" in opencc_config.schema.json) continue ;; esac
    cp "$config" "$target/config/"
done
# Dictionaries that exist only compiled: dump them to text with OpenCC's own tool.
for compiled in "$package"/prebuilds/assets/*.ocd2; do
    name=$(basename "$compiled" .ocd2)
    if [ ! -f "$target/dictionary/$name.txt" ]; then
        opencc_dict -i "$compiled" -o "$target/dictionary/$name.txt" -f ocd2 -t text
    fi
done
cp "$package/LICENSE" "$target/LICENSE"
cat > "$target/NOTICE" <<NOTICE
Dictionaries and configuration files from OpenCC (Open Chinese Convert) $version,
https://github.com/BYVoid/OpenCC, taken from the npm package opencc@$version.
Copyright the OpenCC authors (Carbo Kuo and contributors); licensed under the Apache License 2.0 (LICENSE).
Files ending in .txt that OpenCC ships only compiled (.ocd2) were dumped to text with
opencc_dict from Debian's opencc package; their entries are unchanged.
NOTICE
echo "$version" > "$target/VERSION"
echo "OpenCC $version: $(ls "$target/dictionary" | wc -l) dictionaries, $(ls "$target/config" | wc -l) configs in $target"
