package org.tribune;


import org.tribune.cli.ConvertCommand;
import org.tribune.cli.DemoCommand;
import org.tribune.cli.GlossaryCommand;
import org.tribune.cli.ImportCommand;
import org.tribune.cli.ReindexCommand;
import org.tribune.cli.ServeCommand;
import org.tribune.cli.TokenCommand;
import org.tribune.cli.UserCommand;
import org.tribune.cli.WebhookCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tribune} command line: one subcommand per job. */
@Command(
        name = "tribune",
        mixinStandardHelpOptions = true,
        version = "Tribune 0.1",
        description = "A publishing platform for journals in English, Simplified and Traditional Chinese.",
        subcommands = {ServeCommand.class, ImportCommand.class, DemoCommand.class, ConvertCommand.class, GlossaryCommand.class,
                ReindexCommand.class, UserCommand.class, TokenCommand.class, WebhookCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run subcommands in-process. */
    public static CommandLine commandLine() {
        var cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tribune: " + e.getMessage());
            return 2;
        });
        return cli;
    }
}
