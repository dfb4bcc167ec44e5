package org.tribune.cli;

import java.util.concurrent.Callable;
import org.tribune.app.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tribune reindex}: rebuilds the search index from the store. */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuild the search index (<data>/index) from every published edition. "
                + "Stop the server first: the index is open for writing while it runs.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:index rebuilt", "1:the index or the store could not be opened"})
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        try (Services services = data.openServices()) {
            int editions = services.rebuildSearchIndex();
            long millis = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().printf("indexed %d editions in %d ms%n", editions, millis);
            return 0;
        }
    }
}
