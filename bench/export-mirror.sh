#!/bin/bash
# Times `tribune serve --export-to`: how long after the REST API acknowledges an edit of one
# article the exported folder holds it, and the server's own figure for each incremental export.
# Usage: bash bench/export-mirror.sh DATA CORPUS [EDITS]
#   DATA    a data folder with the corpus imported and indexed (bench/hugo-export.sh says how)
#   CORPUS  the JSON Lines it was imported from; its first line (an English edition) is edited
#   EDITS   how many edits to time (default 10); each changes the title, the last one restores it
# The server keeps its export in $OUT (default /tmp/tribune-mirror); the first export on start is
# full unless the folder holds one by the same build, and takes minutes. TRIBUNE="java -Xmx384m -jar
# JAR" runs another build than bin/tribune's (two builds compared side by side).
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
data=${1:?data folder}
corpus=${2:?corpus}
edits=${3:-10}
out=${OUT:-/tmp/tribune-mirror}
port=${PORT:-18093}
log=$(mktemp)
tribune=${TRIBUNE:-bin/tribune}

token=$($tribune token add "bench-mirror-$$" --role editor --data "$data" | tail -1)
$tribune serve --data "$data" --port "$port" --base-url https://journal.example --export-to "$out" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
echo "== waiting for the export on start (full unless $out holds one by this build)"
start=$(date +%s)
until grep -q "export into" "$log"; do
    if ! kill -0 $server 2>/dev/null; then cat "$log"; exit 1; fi
    sleep 1
done
grep "export into" "$log" | sed 's/.*export into/export into/'
echo "($(( $(date +%s) - start )) s after start)"

echo "== $edits edits through PUT /api/v1/articles/{id}/editions/en, each timed until the file shows it"
python3 - "$corpus" "$port" "$token" "$out" "$edits" <<'PY'
import json, sys, time, urllib.request, os
corpus, port, token, out, edits = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
original = json.loads(open(corpus, encoding="utf-8").readline())
assert original["lang"] == "en"
page = os.path.join(out, "en", "articles", original["id"], "index.html")
url = f"http://127.0.0.1:{port}/api/v1/articles/{original['id']}/editions/en"
times = []
for i in range(edits):
    edition = dict(original)
    edition.pop("id"); edition.pop("lang"); edition.pop("updated", None)
    last = i == edits - 1
    if not last:
        edition["title"] = f"{original['title']} (revision {i + 1})"
    expected = f"<title>{edition['title']} | "
    request = urllib.request.Request(url, data=json.dumps(edition).encode(), method="PUT",
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        response.read()
    acknowledged = time.monotonic()
    while True:
        try:
            with open(page, encoding="utf-8") as f:
                if expected in f.read():
                    break
        except FileNotFoundError:
            pass
        if time.monotonic() - acknowledged > 60:
            sys.exit(f"edit {i + 1} not in {page} after 60 s")
        time.sleep(0.002)
    took = (time.monotonic() - acknowledged) * 1000
    times.append(took)
    print(f"edit {i + 1}: in the exported file {took:.0f} ms after the API answered")
    time.sleep(1.5)
times.sort()
print(f"median {times[len(times) // 2]:.0f} ms, max {times[-1]:.0f} ms over {len(times)} edits")
PY
echo "== the server's own report of each export"
grep "export into" "$log" | sed 's/.*export into [^:]*: //' | tail -n "$edits"
