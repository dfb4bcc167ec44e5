# Sourced by the in-process benchmarks: builds the jar and the test classes (where the harnesses
# live) and sets $cp to run them with every dependency, test scope included.
# Needs $out, the folder the classpath file goes to.
mkdir -p "$out"
./mvnw -q -B -DskipTests package test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/bench.classpath"
cp="target/test-classes:target/classes:$(cat "$out/bench.classpath")"
