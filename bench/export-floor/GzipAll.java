import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzips every text file of an exported folder in memory, as the export makes its {@code .gz}
 * copies, on every core, and prints the bytes read and the wall and processor time: the least any
 * export writing those copies spends on them.
 *
 * <p>Run: {@code java bench/export-floor/GzipAll.java EXPORT_FOLDER [LEVEL]}
 */
public class GzipAll {
    private static final List<String> TEXT = List.of(".html", ".xml", ".rss", ".json", ".css", ".txt", ".svg", ".js");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int level = args.length > 1 ? Integer.parseInt(args[1]) : Deflater.BEST_COMPRESSION;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> TEXT.stream().anyMatch(ext -> f.getFileName().toString().endsWith(ext)))
                    .toList();
        }
        AtomicLong in = new AtomicLong();
        AtomicLong out = new AtomicLong();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        files.parallelStream().forEach(file -> {
            try {
                byte[] body = Files.readAllBytes(file);
                var bytes = new ByteArrayOutputStream(body.length / 3 + 64);
                try (var gzip = new GZIPOutputStream(bytes, 1 << 16) {
                    {
                        def.setLevel(level);
                    }
                }) {
                    gzip.write(body);
                }
                in.addAndGet(body.length);
                out.addAndGet(bytes.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf(
                "gzip level %d: %d files, %.1f MB read, %.1f MB gzipped (%.2f %%), wall %.1f s, CPU %.1f s%n",
                level, files.size(), in.get() / 1e6, out.get() / 1e6, 100.0 * out.get() / in.get(), wall, cpu);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
