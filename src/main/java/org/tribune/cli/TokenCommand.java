package org.tribune.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.tribune.app.Services;
import org.tribune.auth.InvalidAccount;
import org.tribune.auth.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tribune token}: API tokens for integrations. */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Tokens for the REST API, each scoped to a role.",
        subcommands = {TokenCommand.Add.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
public final class TokenCommand {

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description =
                    "Make a token and print it (once; only its hash is kept), e.g. `tribune token add wire --role editor`.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(
                index = "0",
                paramLabel = "NAME",
                description = "What the token is for: lowercase letters, digits, . _ -")
        String name;

        @Option(names = "--role", required = true, description = "admin, editor, translator or author")
        String role;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Role chosen = Role.fromCode(role).orElse(null);
            if (chosen == null) {
                spec.commandLine().getErr().println("--role must be " + Role.choices() + ", got '" + role + "'");
                return 2;
            }
            try (Services services = data.openServices()) {
                String token = services.tokens().create(name, chosen);
                spec.commandLine().getOut().println(token);
                return 0;
            } catch (InvalidAccount e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the tokens (never the tokens themselves).")
    static final class ListTokens implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Services services = data.openServices()) {
                for (var t : services.tokens().list()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "%-24s %-10s made %s, last used %s%s%n",
                                    t.name(),
                                    t.role().code(),
                                    t.created(),
                                    t.lastUsed() == null ? "never" : t.lastUsed(),
                                    t.revoked() ? " (revoked)" : "");
                }
                return 0;
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token at once.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Services services = data.openServices()) {
                if (!services.tokens().revoke(name)) {
                    spec.commandLine().getErr().println("no live token named " + name);
                    return 1;
                }
                spec.commandLine().getOut().println("revoked " + name);
                return 0;
            }
        }
    }
}
