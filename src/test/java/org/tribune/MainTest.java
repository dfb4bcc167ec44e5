package org.tribune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line {@code main} builds for the arguments it is given. */
class MainTest {
    @TempDir
    Path tempDir;

    @Test
    void convert_started_on_its_own_shows_the_help_it_shows_within_the_whole_command_line() {
        CommandLine alone = Main.commandLineFor(new String[] {"convert", "--help"}, Map.of(), Path.of(""))
                .getSubcommands()
                .get("convert");
        CommandLine within = Main.commandLine().getSubcommands().get("convert");

        assertThat(alone.getUsageMessage()).isEqualTo(within.getUsageMessage()).contains("Usage: tribune convert");
    }

    @Test
    void convert_started_on_its_own_rejects_an_unknown_config_with_exit_code_2() {
        var err = new StringWriter();
        CommandLine cli = Main.commandLineFor(new String[] {"convert", "--config", "s2x"}, Map.of(), Path.of(""));
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("convert", "--config", "s2x")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown config 's2x'");
    }

    @Test
    void other_commands_get_the_whole_command_line() {
        assertThat(Main.commandLineFor(new String[] {"import", "x.jsonl"}, Map.of(), Path.of(""))
                        .getSubcommands())
                .containsKeys("serve", "import", "convert", "export");
    }

    @Test
    void a_wrong_option_is_a_usage_error_with_exit_code_2() {
        var err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("serve", "--port", "eighty")).isEqualTo(2);
        assertThat(cli.execute("serve", "--port", "70000", "--data", tempDir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("port must be between 0 and 65535");
    }

    @Test
    void a_failure_while_running_is_exit_code_1_with_the_reason_and_no_stack_trace() throws IOException {
        var err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        Path notAFolder = Files.writeString(tempDir.resolve("a-file"), "x");

        assertThat(cli.execute("reindex", "--data", notAFolder.resolve("data").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("tribune:").doesNotContain("\tat ");
    }

    @Test
    void a_configuration_file_that_cannot_be_used_is_a_usage_error() throws IOException {
        Files.writeString(tempDir.resolve("tribune.conf"), "prot = 80\n");

        assertThat(Main.run(new String[] {"serve"}, Map.of(), tempDir)).isEqualTo(2);
    }

    @Test
    void version_names_the_build_and_exits_0() {
        var out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));

        assertThat(cli.execute("--version")).isEqualTo(0);
        // Classes run from target/classes, not the jar: ServeJarIT checks the manifest's version and commit.
        assertThat(out.toString()).startsWith("Tribune ");
    }
}
