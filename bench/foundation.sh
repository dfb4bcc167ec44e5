#!/bin/bash
# Measures issue 2's targets on this machine and prints the figures for bench/README.md:
#   1. import of an N-article synthetic corpus (3 editions each) into a fresh SQLite store;
#   2. server start-up time (process start to "listening on");
#   3. article pages under wrk (2 threads, 32 connections, 20 s): one hot page, then a random
#      mix of 1,000 articles in all three languages;
#   4. the server's resident memory after the load;
#   5. nginx serving one 60 KB static file under the same load, for scale.
# Everything listens on 127.0.0.1 and stops by itself. Usage: bench/foundation.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh

articles=${1:-10000}
out=bench/out
mkdir -p "$out"
for tool in wrk nginx /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk nginx-light time)" >&2; exit 1; }
done

./mvnw -q -B -DskipTests package
jar=target/tribune.jar
corpus="$out/corpus-$articles.jsonl"
if [ ! -f "$corpus" ]; then
    java -jar "$jar" demo --articles "$articles" --traditional --seed 42 --out "$corpus"
fi
echo "corpus: $(wc -l < "$corpus") editions, $(du -h "$corpus" | cut -f1)"

echo "== import"
rm -rf "$out/data"
/usr/bin/time -f "import wall %e s, peak RSS %M KB" bin/tribune import --data "$out/data" "$corpus"

echo "== start-up"
port=18080
start=$(date +%s%N)
bin/tribune serve --data "$out/data" --port "$port" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; [ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2>/dev/null || true' EXIT
until grep -q "listening on" "$out/serve.log"; do sleep 0.02; done
echo "ready in $(( ($(date +%s%N) - start) / 1000000 )) ms"

slug=$(grep -m1 -o '"id":"[^"]*"' "$corpus" | cut -d'"' -f4)
grep -o '"id":"[^"]*","lang":"[^"]*"' "$corpus" | awk -F'"' '!seen[$4 $8]++ {
    lang = ($8 == "en") ? "en" : ($8 == "zh-Hans") ? "zh-hans" : "zh-hant";
    print "/" lang "/articles/" $4 }' | shuf -n 1000 --random-source=<(yes) > "$out/paths.txt"
mkdir -p "$out/nginx/www"
curl -s -o "$out/nginx/www/article.html" -w "article page: %{http_code}, %{size_download} bytes\n" \
    "http://127.0.0.1:$port/en/articles/$slug"

echo "== warm-up (10 s, not reported): lets the JIT compile the serving path"
wrk -t2 -c32 -d10s "http://127.0.0.1:$port/en/articles/$slug" > /dev/null
echo "== wrk: one article page"
wrk -t2 -c32 -d20s --latency "http://127.0.0.1:$port/en/articles/$slug" | grep -E "Requests/sec|99%|Latency|Non-2xx"
echo "== wrk: 1,000 articles in three languages, random (first run renders each page once)"
wrk -t2 -c32 -d20s --latency -s bench/random-paths.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|99%|Latency|Non-2xx"
echo "== wrk: the same, again (pages cached)"
wrk -t2 -c32 -d20s --latency -s bench/random-paths.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|99%|Latency|Non-2xx"
echo "server RSS after load: $(( $(ps -o rss= -p $server) / 1024 )) MB"
kill $server; wait $server 2>/dev/null || true

echo "== nginx: one 60 KB static file, then the same article page as a static file"
(set +o pipefail; head -c 46080 /dev/urandom | base64 -w 100 > "$out/nginx/www/page.html")
cat > "$out/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $PWD/$out/nginx/nginx.pid;
error_log $PWD/$out/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $PWD/$out/nginx/tmp;
    server { listen 127.0.0.1:18081; root $PWD/$out/nginx/www; }
}
CONF
mkdir -p "$out/nginx/tmp"
nginx -c "$PWD/$out/nginx/nginx.conf" -g "daemon off;" &
nginx_pid=$!
sleep 0.5
wrk -t2 -c32 -d20s --latency "http://127.0.0.1:18081/page.html" | grep -E "Requests/sec|99%|Latency|Non-2xx"
wrk -t2 -c32 -d20s --latency "http://127.0.0.1:18081/article.html" | grep -E "Requests/sec|99%|Latency|Non-2xx"
kill "$nginx_pid"
