package org.tribune.zh.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tribune.zh.ChineseConversions;
import org.tribune.zh.OpenccConfig;
import org.tribune.zh.ScriptConverter;

/**
 * Single-threaded conversion of a whole 7–8 MB Simplified Chinese text (see {@link ZhCorpus}); one
 * operation converts all of it, so MB/s = UTF-8 megabytes / seconds per operation (bench/zh-jmh.sh
 * prints it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx384m"})
@Threads(1)
public class ConvertBenchmark {
    @Param({"s2t", "s2twp"})
    public String config;

    private ScriptConverter converter;
    private String text;

    @Setup(Level.Trial)
    public void setUp() {
        converter = ChineseConversions.load()
                .converter(OpenccConfig.fromName(config).orElseThrow());
        text = ZhCorpus.text();
        System.out.printf(
                "%n[corpus] %d chars, %d UTF-8 bytes%n", text.length(), text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Benchmark
    public String convert() {
        return converter.convert(text);
    }
}
