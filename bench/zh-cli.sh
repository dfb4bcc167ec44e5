#!/bin/bash
# Whole-process side by side, for bench/README.md: `bin/tribune convert --config s2twp` against
# Debian's `opencc -c s2twp.json` on the same 7-8 MB Simplified Chinese file, RUNS times each
# (default 7, alternating, after one untimed run of each), min and median wall time, and the ratio.
# Tribune runs as bin/tribune runs it (its default -Xmx384m unless TRIBUNE_JAVA_OPTS says otherwise).
# Then it compares the two outputs: sizes, lines, and how many lines differ (Debian's OpenCC 1.1.6
# has older dictionaries than the bundled 1.4.2, so some lines are expected to differ).
# Needs: the JDK (found by .mvn/pick-jdk.sh), python3, opencc (apt-get install opencc).
# The text: TEXT=file.txt to use your own; else the zh-Hans bodies of `tribune demo --articles 1200
# --seed 42`, one blank line between articles. Usage: bench/zh-cli.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
for tool in python3 opencc; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install python3 opencc)" >&2; exit 1; }
done

runs=${1:-7}
out=bench/out
mkdir -p "$out"
./mvnw -q -B -DskipTests package

text=${TEXT:-$out/zh-hans-1200.txt}
if [ -z "${TEXT:-}" ] && [ ! -f "$text" ]; then
    bin/tribune demo --articles 1200 --seed 42 --out "$out/zh-corpus-1200.jsonl" >/dev/null
    python3 - "$out/zh-corpus-1200.jsonl" "$text" <<'EOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as lines, open(sys.argv[2], "w", encoding="utf-8") as text:
    for line in lines:
        edition = json.loads(line)
        if edition["lang"] == "zh-Hans":
            text.write(edition["body"].strip() + "\n\n")
EOF
fi

echo "== machine"
echo "nproc: $(nproc); cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -n1)"
java -version 2>&1 | head -n2
echo "opencc: $(opencc --version 2>&1 | sed -n 's/^Version: *//p') (Debian package $(dpkg-query -W -f='${Version}' opencc 2>/dev/null || echo '?'))"
echo "text: $text, $(wc -c < "$text") bytes, $(wc -l < "$text") lines"

tribune() { bin/tribune convert --config s2twp < "$text" > "$out/zh-tribune.txt"; }
debian() { opencc -c s2twp.json -i "$text" -o "$out/zh-opencc.txt"; }
millis() { local start=$(date +%s%N); "$@"; echo $(( ($(date +%s%N) - start) / 1000000 )); }

tribune; debian  # untimed: page cache, jar freshness check
t_times=() d_times=()
for i in $(seq 1 "$runs"); do
    t_times+=("$(millis tribune)")
    d_times+=("$(millis debian)")
done

echo "== wall time, ms ($runs runs each)"
python3 - "${t_times[*]}" "${d_times[*]}" <<'EOF'
import statistics, sys
tribune, debian = ([int(x) for x in arg.split()] for arg in sys.argv[1:3])
for name, times in (("tribune convert --config s2twp", tribune), ("opencc -c s2twp.json (Debian)", debian)):
    print(f"{name:32} min {min(times):5d}  median {statistics.median(times):7.1f}  all {times}")
print(f"ratio Debian/Tribune: min {min(debian) / min(tribune):.2f}x, median "
      f"{statistics.median(debian) / statistics.median(tribune):.2f}x")
EOF

echo "== outputs"
python3 - "$text" "$out/zh-tribune.txt" "$out/zh-opencc.txt" <<'EOF'
import sys
source, tribune, debian = (open(p, encoding="utf-8").read() for p in sys.argv[1:4])
t_lines, d_lines = tribune.split("\n"), debian.split("\n")
differing = sum(1 for a, b in zip(t_lines, d_lines) if a != b) + abs(len(t_lines) - len(d_lines))
nonblank = sum(1 for line in t_lines if line)
print(f"chars: input {len(source)}, tribune {len(tribune)}, opencc {len(debian)}")
print(f"lines: tribune {len(t_lines) - 1}, opencc {len(d_lines) - 1}; differing lines: {differing} "
      f"of {nonblank} non-blank")
EOF
