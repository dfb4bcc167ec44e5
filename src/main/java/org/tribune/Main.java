package org.tribune;

import org.tribune.cli.ConvertCommand;
import org.tribune.cli.DemoCommand;
import org.tribune.cli.ExportCommand;
import org.tribune.cli.GlossaryCommand;
import org.tribune.cli.ImportCommand;
import org.tribune.cli.PublishDueCommand;
import org.tribune.cli.ReindexCommand;
import org.tribune.cli.ServeCommand;
import org.tribune.cli.TokenCommand;
import org.tribune.cli.UserCommand;
import org.tribune.cli.WebhookCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code tribune} command line: one subcommand per job. */
@Command(
        name = "tribune",
        mixinStandardHelpOptions = true,
        version = "Tribune 0.1",
        description = "A publishing platform for journals in English, Simplified and Traditional Chinese.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            DemoCommand.class,
            ConvertCommand.class,
            GlossaryCommand.class,
            ReindexCommand.class,
            UserCommand.class,
            TokenCommand.class,
            WebhookCommand.class,
            ExportCommand.class,
            PublishDueCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLineFor(args).execute(args));
    }

    /** The configured command line, for tests that run subcommands in-process. */
    public static CommandLine commandLine() {
        return configured(new CommandLine(new Main()));
    }

    /**
     * The command line that runs {@code args}. {@code convert} is a filter run in pipelines, where
     * start-up counts: it gets a root holding only itself, because picocli reflects over every
     * subcommand's classes when it builds the whole tree, which took a third of a second.
     */
    static CommandLine commandLineFor(String[] args) {
        if (args.length > 0 && args[0].equals("convert")) {
            return configured(
                    new CommandLine(CommandSpec.create().name("tribune")).addSubcommand(new ConvertCommand()));
        }
        return commandLine();
    }

    /** Settings that reach the subcommands already added. */
    private static CommandLine configured(CommandLine cli) {
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tribune: " + e.getMessage());
            return 2;
        });
        return cli;
    }
}
