package org.tribune.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.tribune.app.Services;
import org.tribune.auth.Account;
import org.tribune.auth.InvalidAccount;
import org.tribune.auth.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tribune user}: newsroom accounts from the command line. */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Newsroom accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.ListUsers.class})
public final class UserCommand {

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description =
                    "Add an account, e.g. `echo \"$PASSWORD\" | tribune user add mei --role translator --password-stdin`.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "NAME", description = "The username: lowercase letters, digits, . _ -")
        String username;

        @Option(names = "--role", required = true, description = "admin, editor, translator or author")
        String role;

        @Option(names = "--name", description = "The name shown in the newsroom. Default: the username")
        String displayName;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input")
        boolean passwordStdin;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Role chosen = Role.fromCode(role).orElse(null);
            if (chosen == null) {
                spec.commandLine().getErr().println("--role must be " + Role.choices() + ", got '" + role + "'");
                return 2;
            }
            String password = readPassword(passwordStdin, spec);
            try (Services services = data.openServices()) {
                Account added = services.accounts().add(username, displayName, chosen, password);
                spec.commandLine()
                        .getOut()
                        .printf(
                                "added %s (%s)%n",
                                added.username(), added.role().code());
                return 0;
            } catch (InvalidAccount e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(
            name = "passwd",
            mixinStandardHelpOptions = true,
            description = "Set an account's password (typed at the terminal, or the first line of standard input) "
                    + "and sign it out everywhere.")
    static final class Passwd implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Option(names = "--password-stdin", description = "Read the password from standard input even at a terminal")
        boolean passwordStdin;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String password = readPassword(passwordStdin, spec);
            try (Services services = data.openServices()) {
                services.accounts().changePassword(username, password);
                spec.commandLine().getOut().printf("password of %s changed; its sessions ended%n", username);
                return 0;
            } catch (InvalidAccount e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Services services = data.openServices()) {
                for (Account a : services.accounts().list()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "%-24s %-10s %s%s%n",
                                    a.username(), a.role().code(), a.displayName(), a.disabled() ? " (disabled)" : "");
                }
                return 0;
            }
        }
    }

    /** From the terminal without echo, or else (or when asked) the first line of standard input. */
    private static String readPassword(boolean fromStdin, CommandSpec spec) throws IOException {
        Console console = System.console();
        if (!fromStdin && console != null) {
            char[] typed = console.readPassword("password: ");
            char[] again = console.readPassword("again: ");
            if (typed == null || again == null || !Arrays.equals(typed, again)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the two passwords differ");
            }
            return new String(typed);
        }
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no password on standard input");
        }
        return line;
    }
}
