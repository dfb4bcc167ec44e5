#!/usr/bin/env bash
# Issue 16 benchmark: login flood. wrk sends wrong passwords for one account from one address
# (X-Forwarded-For 192.0.2.66 behind --trusted-proxy 127.0.0.1/32) for SECONDS, while
# login-flood-clients.py signs in correctly from 198.51.100.7 once a second and probes GET /en/.
# Usage: bench/login-flood.sh JAR [SECONDS=60] [WRK_THREADS=2] [WRK_CONNECTIONS=16]
# SERVE_ARGS adds options to serve, e.g. SERVE_ARGS="--login-refusal-hold 0s".
set -euo pipefail
JAR=$1; SECONDS_=${2:-60}; T=${3:-2}; C=${4:-16}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(mktemp -d /tmp/b16-flood-XXXX)
PASSWORD="the right password for the bench"
echo "$PASSWORD" | java -jar "$JAR" user add victim --role editor --password-stdin --data "$DATA" >/dev/null
LOG=$DATA/server.log
java -jar "$JAR" serve --data "$DATA" --port 0 --demo --trusted-proxy 127.0.0.1/32 ${SERVE_ARGS:-} >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 120); do grep -q 'listening on' "$LOG" && break; sleep 0.5; done
PORT=$(grep -o 'listening on [^ ]*' "$LOG" | grep -o '[0-9]*$' | head -1)
echo "server pid $PID port $PORT"
# Warm up the public page and the login form.
for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$PORT/en/"; done
PAGE=$(curl -s -D "$DATA/h" "http://127.0.0.1:$PORT/admin/login")
export LOGIN_CSRF=$(grep -o 'name="csrf" value="[^"]*"' <<<"$PAGE" | sed 's/.*value="//;s/"$//')
export LOGIN_COOKIE=$(grep -i '^set-cookie:' "$DATA/h" | head -1 | sed 's/^[^:]*: *//;s/;.*//' | tr -d '\r')
export LOGIN_USER=victim FLOOD_FROM=192.0.2.66
echo "== baseline: the same clients for ${BASELINE:-15} s without the flood"
python3 "$HERE/login-flood-clients.py" "$PORT" victim "$PASSWORD" "${BASELINE:-15}"
echo "== flood: wrk -t$T -c$C -d${SECONDS_}s, with the same clients"
python3 "$HERE/login-flood-clients.py" "$PORT" victim "$PASSWORD" "$SECONDS_" &
CLIENTS=$!
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }  # server utime + stime, in clock ticks
CPU0=$(cpu)
wrk -t"$T" -c"$C" -d"${SECONDS_}s" --latency -s "$HERE/login-flood.lua" "http://127.0.0.1:$PORT" | tee "$DATA/wrk.txt"
CPU1=$(cpu)
wait $CLIENTS
REQUESTS=$(grep -o '^ *[0-9]* requests in' "$DATA/wrk.txt" | grep -o '[0-9]*' | head -1)
echo "server CPU during the flood: $(( (CPU1 - CPU0) * 1000 / $(getconf CLK_TCK) )) ms for $REQUESTS flood requests" \
  "($(awk -v c=$((CPU1 - CPU0)) -v n="$REQUESTS" -v t="$(getconf CLK_TCK)" 'BEGIN { printf "%.3f", c * 1000 / t / n }') ms per request, the owner's and the probe's included)"
echo "server log: $(grep -c 'login slowed down' "$LOG") 'slowed down' lines, $(grep -c 'failed login' "$LOG") 'failed login' lines, $(grep -c 'signed in' "$LOG") 'signed in' lines, $(grep -c ERROR "$LOG") ERROR lines"
