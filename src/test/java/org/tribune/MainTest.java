package org.tribune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line {@code main} builds for the arguments it is given. */
class MainTest {
    @Test
    void convert_started_on_its_own_shows_the_help_it_shows_within_the_whole_command_line() {
        CommandLine alone = Main.commandLineFor(new String[] {"convert", "--help"})
                .getSubcommands()
                .get("convert");
        CommandLine within = Main.commandLine().getSubcommands().get("convert");

        assertThat(alone.getUsageMessage()).isEqualTo(within.getUsageMessage()).contains("Usage: tribune convert");
    }

    @Test
    void convert_started_on_its_own_rejects_an_unknown_config_with_exit_code_2() {
        var err = new StringWriter();
        CommandLine cli = Main.commandLineFor(new String[] {"convert", "--config", "s2x"});
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("convert", "--config", "s2x")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown config 's2x'");
    }

    @Test
    void other_commands_get_the_whole_command_line() {
        assertThat(Main.commandLineFor(new String[] {"import", "x.jsonl"}).getSubcommands())
                .containsKeys("serve", "import", "convert", "export");
    }
}
