package org.tribune;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.tribune.app.Logs;
import org.tribune.cli.BackupCommand;
import org.tribune.cli.BuildVersion;
import org.tribune.cli.ConvertCommand;
import org.tribune.cli.DemoCommand;
import org.tribune.cli.EnvironmentAndFileDefaults;
import org.tribune.cli.ExportCommand;
import org.tribune.cli.GlossaryCommand;
import org.tribune.cli.ImportCommand;
import org.tribune.cli.PublishDueCommand;
import org.tribune.cli.ReindexCommand;
import org.tribune.cli.RestoreCommand;
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
        versionProvider = BuildVersion.class,
        description = "A publishing platform for journals in English, Simplified and Traditional Chinese.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:success", "1:the command failed (the message says why)", "2:wrong usage or a refused setting"
        },
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            DemoCommand.class,
            ConvertCommand.class,
            GlossaryCommand.class,
            ReindexCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            UserCommand.class,
            TokenCommand.class,
            WebhookCommand.class,
            ExportCommand.class,
            PublishDueCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {
    /** Commands whose options are no settings of the journal: the filter {@code convert}, the corpus writer. */
    private static final Set<String> NOT_CONFIGURED = Set.of("convert", "demo");

    public static void main(String[] args) {
        Logs.bridgeJavaUtilLogging();
        System.exit(run(args, System.getenv(), Path.of("")));
    }

    /** Runs {@code args} with settings also taken from this environment and configuration file. */
    static int run(String[] args, Map<String, String> environment, Path workingDir) {
        CommandLine cli;
        try {
            cli = commandLineFor(args, environment, workingDir);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // No command line exists yet to print through: its settings file could not be read.
            System.err.println("tribune: " + e.getMessage());
            return USAGE;
        }
        return cli.execute(args);
    }

    /** The configured command line with no environment or file, for tests that run subcommands in-process. */
    public static CommandLine commandLine() {
        return commandLine(EnvironmentAndFileDefaults.none());
    }

    /** The configured command line, whose options not given take their values from {@code defaults}. */
    public static CommandLine commandLine(EnvironmentAndFileDefaults defaults) {
        CommandLine cli = configured(new CommandLine(new Main()));
        defaults.applyTo(cli, NOT_CONFIGURED);
        return cli;
    }

    /**
     * The command line that runs {@code args}. {@code convert} is a filter run in pipelines, where
     * start-up counts: it gets a root holding only itself, because picocli reflects over every
     * subcommand's classes when it builds the whole tree, which costs more than the conversion of
     * a short text. Its {@code --config} names an OpenCC configuration, not a configuration file.
     */
    static CommandLine commandLineFor(String[] args, Map<String, String> environment, Path workingDir) {
        if (args.length > 0 && args[0].equals("convert")) {
            return configured(
                    new CommandLine(CommandSpec.create().name("tribune")).addSubcommand(new ConvertCommand()));
        }
        return commandLine(EnvironmentAndFileDefaults.load(args, environment, workingDir));
    }

    private static final int FAILURE = 1;
    private static final int USAGE = 2;

    /**
     * Settings that reach the subcommands already added. A failure while running is exit code 1;
     * an {@link IllegalArgumentException} is a setting refused where it is checked (the settings
     * record, the database URL), which is a usage error like an option picocli refuses: 2.
     */
    private static CommandLine configured(CommandLine cli) {
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tribune: " + e.getMessage());
            return e instanceof IllegalArgumentException ? USAGE : FAILURE;
        });
        return cli;
    }
}
