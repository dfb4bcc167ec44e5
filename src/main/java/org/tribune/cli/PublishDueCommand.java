package org.tribune.cli;

import java.util.concurrent.Callable;
import org.tribune.app.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tribune publish-due}: publishes the editions whose scheduled time has come. A running
 * server does this by itself; a journal published only as a static export runs it before each
 * export, since exporting never publishes anything.
 */
@Command(
        name = "publish-due",
        mixinStandardHelpOptions = true,
        description = "Publish the scheduled editions whose time has come (a running server does this by itself "
                + "within 30 s; run this before `tribune export` when no server runs).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done (possibly nothing was due)", "1:the store could not be opened or written"})
public final class PublishDueCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = data.openServices()) {
            int published = services.newsroom().publishDue();
            spec.commandLine().getOut().printf("scheduled editions published: %d%n", published);
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("publishing failed: " + e.getMessage());
            return 1;
        }
    }
}
