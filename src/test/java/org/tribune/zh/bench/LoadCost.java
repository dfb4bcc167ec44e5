package org.tribune.zh.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.tribune.zh.ChineseConversions;
import org.tribune.zh.OpenccConfig;
import org.tribune.zh.ScriptConverter;

/**
 * Cold cost of the converters, for a fresh JVM each run (bench/zh-jmh.sh runs it 5 times): time from
 * {@code ChineseConversions.load()} to all 16 converters built, then the heap they keep (used heap
 * after full GCs, before and after). Prints one line: {@code load_ms=… first_s2twp_ms=… retained_mb=…}.
 */
public final class LoadCost {
    private LoadCost() {}

    public static void main(String[] args) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);

        long start = System.nanoTime();
        ChineseConversions conversions = ChineseConversions.load();
        ScriptConverter first = conversions.converter(OpenccConfig.S2TWP);
        long firstDone = System.nanoTime();
        List<ScriptConverter> all = new ArrayList<>();
        for (OpenccConfig config : OpenccConfig.values()) {
            all.add(conversions.converter(config));
        }
        long allDone = System.nanoTime();

        long after = usedAfterGc(memory);
        System.out.printf(
                "load_ms=%.1f first_s2twp_ms=%.1f retained_mb=%.1f converters=%d check=%s%n",
                (allDone - start) / 1e6,
                (firstDone - start) / 1e6,
                (after - before) / 1048576.0,
                all.size(),
                first.convert("软件"));
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
