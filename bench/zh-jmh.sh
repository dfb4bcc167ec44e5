#!/bin/bash
# In-process figures for the Chinese converter (org.tribune.zh), for bench/README.md:
#   1. JMH: one thread converting a 7-8 MB Simplified Chinese text with s2t and s2twp, as MB/s
#      (UTF-8 bytes in / time), and building all 16 configs in a warm JVM;
#   2. cold: ChineseConversions.load() + all 16 converters in a fresh JVM (-Xmx384m, as
#      bin/tribune), and the heap they keep, RUNS times (default 5).
# Needs only the JDK (found by .mvn/pick-jdk.sh), the Maven wrapper and python3 (to turn JMH's JSON
# into MB/s). The text: TEXT=file.txt to use your own, else the zh-Hans bodies of the synthetic
# corpus (1,200 articles, seed 42). Usage: bench/zh-jmh.sh [JMH options...], e.g. -f 1 -wi 2 -i 3
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 1; }

runs=${RUNS:-5}
out=bench/out
mkdir -p "$out"

. bench/test-classpath.sh
jmh_opt=()
[ -n "${TEXT:-}" ] && jmh_opt=(-jvmArgsAppend "-Dtribune.bench.text=$(realpath "$TEXT")")

echo "== machine"
echo "nproc: $(nproc); cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -n1)"
java -version 2>&1 | head -n2

echo "== cold load of all 16 configs, fresh JVM each run (-Xmx384m)"
for i in $(seq 1 "$runs"); do
    java -Xmx384m -cp "$cp" org.tribune.zh.bench.LoadCost
done

echo "== JMH"
java -Xmx384m -cp "$cp" org.openjdk.jmh.Main 'org\.tribune\.zh\.bench\..*Benchmark' \
    ${jmh_opt[@]+"${jmh_opt[@]}"} -rf json -rff "$out/zh-jmh.json" "$@" | tee "$out/zh-jmh.log"

echo "== throughput"
bytes=$(sed -n 's/^\[corpus\] [0-9]* chars, \([0-9]*\) UTF-8 bytes$/\1/p' "$out/zh-jmh.log" | head -n1)
python3 - "$out/zh-jmh.json" "$bytes" <<'EOF'
import json, sys
results, size = json.load(open(sys.argv[1])), int(sys.argv[2])
print(f"text: {size:,} UTF-8 bytes ({size / 1e6:.2f} MB)")
for r in results:
    name = r["benchmark"].rsplit(".", 1)[1]
    score, error = r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"]
    error = f"{error:.1f}" if isinstance(error, (int, float)) else "?"
    if name == "convert":
        print(f"convert {r['params']['config']:6} {score:8.1f} ± {error} ms/op = {size / 1e6 / (score / 1e3):6.1f} MB/s")
    else:
        print(f"{name:14} {score:8.1f} ± {error} ms/op")
EOF
