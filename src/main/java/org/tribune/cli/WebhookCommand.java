package org.tribune.cli;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.tribune.api.Webhook;
import org.tribune.app.Services;
import org.tribune.web.InvalidFields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tribune webhook}: subscribers told when articles are published, updated or withdrawn. */
@Command(
        name = "webhook",
        mixinStandardHelpOptions = true,
        description = "Subscribers that receive article.published, article.updated and article.withdrawn.",
        subcommands = {WebhookCommand.Add.class, WebhookCommand.ListHooks.class, WebhookCommand.Remove.class})
public final class WebhookCommand {

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Register a subscriber and print its id and signing secret (shown once).")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "URL")
        String url;

        @Option(
                names = "--events",
                split = ",",
                paramLabel = "TYPE",
                description = "Only these: article.published, article.updated, article.withdrawn. Default: all")
        List<String> events = List.of();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Services services = data.openServices()) {
                Webhook hook = services.webhooks().add(url, new LinkedHashSet<>(events));
                spec.commandLine().getOut().printf("webhook %s%nsecret %s%n", hook.id(), hook.secret());
                return 0;
            } catch (InvalidFields e) {
                e.problems().forEach(p -> spec.commandLine().getErr().println(p.field() + ": " + p.detail()));
                return 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the subscribers.")
    static final class ListHooks implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Services services = data.openServices()) {
                for (Webhook hook : services.webhooks().list()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "%s %s %s%n",
                                    hook.id(),
                                    hook.url(),
                                    hook.events().isEmpty() ? "(all events)" : String.join(",", hook.events()));
                }
                return 0;
            }
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Remove a subscriber and its pending deliveries.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Services services = data.openServices()) {
                if (!services.webhooks().remove(id)) {
                    spec.commandLine().getErr().println("no webhook " + id);
                    return 1;
                }
                spec.commandLine().getOut().println("removed " + id);
                return 0;
            }
        }
    }
}
