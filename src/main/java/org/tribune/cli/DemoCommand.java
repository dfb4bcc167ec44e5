package org.tribune.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tribune.demo.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tribune demo}: writes a deterministic synthetic corpus in the import format, for benchmarks. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic corpus of articles as JSON Lines (for benchmarks).")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "N", description = "Number of articles.")
    int articles;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.jsonl).")
    Path out;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Random seed; same seed, same file. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--traditional", description = "Also write a Traditional Chinese edition per article.")
    boolean traditional;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--articles must be 0 or more");
        }
        long lines;
        try (var writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
            lines = new SyntheticCorpus(seed).write(articles, traditional, writer);
        }
        spec.commandLine().getOut().println("wrote " + lines + " editions of " + articles + " articles to " + out);
        return 0;
    }
}
