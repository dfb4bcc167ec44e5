package org.tribune.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The one mapping from options to the other places an operator may set them: an option
 * {@code --foo-bar} not given on the command line takes the environment variable
 * {@code TRIBUNE_FOO_BAR}, else the line {@code foo-bar = value} of the configuration file, else
 * its own default. So a flag beats the environment, which beats the file.
 *
 * <p>The file is the one named by {@code --config FILE} or {@code TRIBUNE_CONFIG}, else
 * {@code tribune.conf} in the working folder when there is one. Lines are {@code name = value};
 * blank lines and lines starting with {@code #} are skipped; a value is taken as written, without
 * quotes. A line naming no option of any command is refused ({@link #checkNamesKnown}), so that a
 * misspelt setting is not silently ignored.
 *
 * <pre>{@code
 * var defaults = EnvironmentAndFileDefaults.load(args, System.getenv(), Path.of(""));
 * commandLine.setDefaultValueProvider(defaults);
 * }</pre>
 */
public final class EnvironmentAndFileDefaults implements IDefaultValueProvider {
    public static final String PREFIX = "TRIBUNE_";
    public static final String FILE_VARIABLE = "TRIBUNE_CONFIG";
    public static final String FILE_NAME = "tribune.conf";
    public static final String FILE_OPTION = "--config";
    /** Options about the command line itself, which no variable or file sets. */
    private static final String HELP_SECTION = "environment";

    private static final Set<String> NOT_CONFIGURABLE = Set.of("--help", "--version", FILE_OPTION);

    private final Map<String, String> environment;
    private final Map<String, String> file;
    private final Path source;

    EnvironmentAndFileDefaults(Map<String, String> environment, Map<String, String> file, Path source) {
        this.environment = Map.copyOf(environment);
        this.file = Map.copyOf(file);
        this.source = source;
    }

    /** Neither environment nor file: every option takes its own default (tests). */
    public static EnvironmentAndFileDefaults none() {
        return new EnvironmentAndFileDefaults(Map.of(), Map.of(), null);
    }

    /**
     * Reads the configuration file the arguments or the environment name, or {@code tribune.conf}
     * in {@code workingDir} if present.
     *
     * @throws IllegalArgumentException when a named file is missing or a line is not {@code name = value}
     */
    public static EnvironmentAndFileDefaults load(String[] args, Map<String, String> environment, Path workingDir) {
        Optional<Path> named = fileNamedIn(args).or(() -> Optional.ofNullable(environment.get(FILE_VARIABLE))
                .filter(value -> !value.isBlank())
                .map(Path::of));
        if (named.isPresent()) {
            Path path = workingDir.resolve(named.get());
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("configuration file " + named.get() + " does not exist");
            }
            return new EnvironmentAndFileDefaults(environment, read(path), path);
        }
        Path implicit = workingDir.resolve(FILE_NAME);
        return Files.isRegularFile(implicit)
                ? new EnvironmentAndFileDefaults(environment, read(implicit), implicit)
                : new EnvironmentAndFileDefaults(environment, Map.of(), null);
    }

    private static Optional<Path> fileNamedIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals(FILE_OPTION) && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith(FILE_OPTION + "=")) {
                return Optional.of(Path.of(args[i].substring(FILE_OPTION.length() + 1)));
            }
        }
        return Optional.empty();
    }

    static Map<String, String> read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + path, e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? "" : line.substring(0, equals).strip();
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException(
                        path + ":" + (n + 1) + ": expected 'name = value', e.g. 'port = 8080', got '" + line + "'");
            }
            values.put(name, line.substring(equals + 1).strip());
        }
        return values;
    }

    /** The environment variable that sets an option: {@code --foo-bar} ↔ {@code TRIBUNE_FOO_BAR}. */
    public static String variableFor(String optionName) {
        return PREFIX + optionName.replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    static boolean configurable(OptionSpec option) {
        return option.longestName().startsWith("--") && !NOT_CONFIGURABLE.contains(option.longestName());
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || !configurable(option)) {
            return null;
        }
        String fromEnvironment = environment.get(variableFor(option.longestName()));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return file.get(option.longestName().substring(2));
    }

    /**
     * Makes these the defaults of every command under {@code root} but {@code except} (commands whose
     * options are no settings, such as filters), and lists in each command's help the variable of
     * each option.
     *
     * @throws IllegalArgumentException when the file names a setting that is no option of these commands
     */
    public void applyTo(CommandLine root, Set<String> except) {
        Set<String> names = new TreeSet<>();
        for (CommandLine command : root.getSubcommands().values()) {
            if (except.contains(command.getCommandName())) {
                continue;
            }
            applyToCommand(command, names);
        }
        checkNamesKnown(names);
    }

    private void applyToCommand(CommandLine command, Set<String> names) {
        command.setDefaultValueProvider(this);
        var help = new StringBuilder();
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (configurable(option)) {
                names.add(option.longestName());
                if (!option.hidden()) {
                    help.append(String.format("  %-24s %s%n", option.longestName(), variableFor(option.longestName())));
                }
            }
        }
        if (!help.isEmpty()) {
            String section = String.format(
                    "%nEach option is also an environment variable, or a line 'name = value' (the option without%n"
                            + "its dashes) of tribune.conf or of the file that --config or TRIBUNE_CONFIG names.%n"
                            + "A flag beats a variable, which beats the file.%n%s",
                    help);
            command.getHelpSectionMap().put(HELP_SECTION, h -> section);
            List<String> keys = new ArrayList<>(command.getHelpSectionKeys());
            keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1, HELP_SECTION);
            command.setHelpSectionKeys(keys);
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            applyToCommand(sub, names);
        }
    }

    /**
     * @throws IllegalArgumentException when the file names a setting that is no option of any command
     */
    void checkNamesKnown(Set<String> optionNames) {
        for (String name : file.keySet()) {
            if (!optionNames.contains("--" + name)) {
                throw new IllegalArgumentException(
                        source + ": unknown setting '" + name + "' (settings are the long options of the commands, "
                                + "without their dashes, e.g. 'port = 8080')");
            }
        }
    }
}
