#!/bin/bash
# The article page with an image against the same page without one (issue 19: within 10%).
# Two articles with the same text, one with an image given through the JSON Lines import, served
# by one server; ApacheBench (ab, keep-alive, 32 connections) fetches each page in turn, twice.
# Everything listens on 127.0.0.1 and stops by itself. Usage: bench/article-image.sh [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh

requests=${1:-200000}
out=bench/out/article-image
command -v ab >/dev/null || { echo "needs ab (apt-get install apache2-utils)" >&2; exit 1; }
[ -f target/tribune.jar ] || ./mvnw -q -B -DskipTests package
rm -rf "$out" && mkdir -p "$out"

java bench/ImageForBench.java "$out/photo.jpg"
body=$(for i in $(seq 1 12); do printf 'Paragraph %s of a commentary on trade, security and the alliances of the Pacific, long enough to stand for a real article body with its clauses and figures. ' "$i"; printf '\\n\\n'; done)
for slug in with-image without-image; do
    image=""
    [ "$slug" = with-image ] && image=', "image": {"src": "photo.jpg", "alt": "Cranes over a container port at dawn", "caption": "The port of Busan.", "credit": "Photo: Bench"}'
    printf '{"id": "%s", "lang": "en", "title": "Alliance Drift in the Pacific", "summary": "Why partners hedge.", "published": "2022-03-04T00:00:00Z", "authors": [{"key": "jane-doe", "name": "Jane Doe"}], "topics": [{"key": "security", "name": "Security"}], "body": "%s"%s}\n' \
        "$slug" "$body" "$image" >> "$out/articles.jsonl"
done
java -jar target/tribune.jar import --data "$out/data" "$out/articles.jsonl"

port=18091
java -Xmx384m -jar target/tribune.jar serve --data "$out/data" --port "$port" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until grep -q "listening on" "$out/serve.log"; do sleep 0.05; done

for slug in with-image without-image; do
    curl -s -o /dev/null -w "$slug: %{http_code}, %{size_download} bytes\n" "http://127.0.0.1:$port/en/articles/$slug"
    ab -q -k -c 32 -n 50000 "http://127.0.0.1:$port/en/articles/$slug" > /dev/null   # warm-up, not reported
done
for round in 1 2; do
    for slug in with-image without-image; do
        echo "== round $round: $slug"
        ab -q -k -c 32 -n "$requests" "http://127.0.0.1:$port/en/articles/$slug" \
            | grep -E "Requests per second|Failed requests|Non-2xx|  99%"
    done
done
