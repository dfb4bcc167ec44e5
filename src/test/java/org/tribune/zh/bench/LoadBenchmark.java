package org.tribune.zh.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tribune.zh.ChineseConversions;
import org.tribune.zh.OpenccConfig;

/** Building all 16 configs (dictionaries read, tries built) in an already warm JVM; {@link LoadCost} measures it cold. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx384m"})
public class LoadBenchmark {
    @Benchmark
    public void loadAllConfigs(Blackhole blackhole) {
        ChineseConversions conversions = ChineseConversions.load();
        for (OpenccConfig config : OpenccConfig.values()) {
            blackhole.consume(conversions.converter(config));
        }
    }
}
