#!/bin/bash
# Lighthouse figures for bench/README.md: the four category scores (performance, accessibility,
# best practices, SEO) of every public page type in en / zh-Hans / zh-Hant, on the demo journal
# served by bin/tribune, audited by Lighthouse (npm, pinned to 12.2.3: 13 needs Node 22) in Debian's
# chromium with Lighthouse's default mobile settings (simulated slow 4G and a 4x slower CPU).
# Needs node/npm and chromium (.ci/run installs chromium). Usage: bench/lighthouse.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
port=${1:-18093}
out=bench/out
tools=$out/lighthouse
reports=$out/lighthouse-reports
mkdir -p "$tools" "$reports"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
    (cd "$tools" && npm i -E --no-audit --no-fund lighthouse@12.2.3 >/dev/null)
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

data=$(mktemp -d)
bin/tribune serve --demo --data "$data" --port "$port" > "$out/lighthouse-serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
until grep -q "listening on" "$out/lighthouse-serve.log"; do sleep 0.2; done
base=http://127.0.0.1:$port

# One article with all three editions, its first topic and author, the month it was published in.
home=$(curl -s "$base/en/")
for slug in $(grep -o 'href="/en/articles/[^"]*"' <<<"$home" | sed 's#.*/##; s#"##' | sort -u); do
    page=$(curl -s "$base/en/articles/$slug")
    if grep -q "/en/articles/$slug/parallel/zh-hant" <<<"$page"; then break; fi
done
topic=$(grep -o 'href="/en/topics/[^"/]*"' <<<"$page" | head -1 | sed 's#.*/##; s#"##')
author=$(grep -o 'href="/en/authors/[^"/]*"' <<<"$page" | head -1 | sed 's#.*/##; s#"##')
month=$(grep -o 'datetime="[0-9]\{4\}-[0-9]\{2\}' <<<"$page" | head -1 | sed 's#datetime="##; s#-#/#')
query_en=$(grep -o '<h1>[^<]*' <<<"$page" | head -1 | sed 's#<h1>##' | awk '{print $NF}')

printf '| page | language | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|---|\n'
for lang in en zh-hans zh-hant; do
    other=$([ "$lang" = en ] && echo zh-hans || echo en)
    query=$([ "$lang" = en ] && echo "$query_en" || echo "%E6%94%BF%E7%AD%96")
    while read -r kind path; do
        json="$reports/$lang-$kind.json"
        "$tools/node_modules/.bin/lighthouse" "$base$path" --quiet --output=json --output-path="$json" \
            --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync" \
            >/dev/null 2>&1 || true
        jq -r --arg kind "$kind" --arg lang "$lang" \
            '"| \($kind) | \($lang) | " + ([.categories.performance, .categories.accessibility, .categories["best-practices"], .categories.seo] | map((.score // 0) * 100 | round | tostring) | join(" | ")) + " |"' \
            "$json"
    done <<PAGES
home /$lang/
article /$lang/articles/$slug
side-by-side /$lang/articles/$slug/parallel/$other
topic /$lang/topics/$topic
author /$lang/authors/$author
archive /$lang/archive/
archive-month /$lang/archive/$month
search-results /$lang/search?q=$query
search-none /$lang/search?q=zzyzx
not-found /$lang/articles/no-such-article
PAGES
done
