package org.tribune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.Main;
import picocli.CommandLine;

/** Every option is a flag, an environment variable and a line of tribune.conf, in that order of precedence. */
class EnvironmentAndFileDefaultsTest {
    @TempDir
    Path dir;

    private ServeCommand parsedServe(Map<String, String> env, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "serve";
        System.arraycopy(args, 0, full, 1, args.length);
        CommandLine cli = Main.commandLine(EnvironmentAndFileDefaults.load(full, env, dir));
        cli.parseArgs(full);
        return cli.getSubcommands().get("serve").getCommand();
    }

    @Test
    void the_environment_beats_the_file_and_a_flag_beats_both() throws IOException {
        Files.writeString(dir.resolve("tribune.conf"), """
                # the journal's node
                port = 9001
                host = 0.0.0.0
                data = /srv/from-file
                """);
        Map<String, String> env = Map.of("TRIBUNE_PORT", "9002", "TRIBUNE_DATA", "/srv/from-env");

        ServeCommand fromEnvAndFile = parsedServe(env);
        assertThat(fromEnvAndFile.port).isEqualTo(9002);
        assertThat(fromEnvAndFile.host).isEqualTo("0.0.0.0");
        assertThat(fromEnvAndFile.data.dataDir).isEqualTo(Path.of("/srv/from-env"));

        ServeCommand withFlag = parsedServe(env, "--port", "9003");
        assertThat(withFlag.port).isEqualTo(9003);
    }

    @Test
    void options_nobody_set_keep_their_defaults() {
        ServeCommand serve = parsedServe(Map.of());

        assertThat(serve.port).isEqualTo(8080);
        assertThat(serve.host).isEqualTo("127.0.0.1");
        assertThat(serve.data.dataDir).isEqualTo(Path.of("tribune-data"));
        assertThat(serve.schedulerInterval).hasSeconds(30);
        assertThat(serve.readyMaxLag).hasSeconds(30);
        assertThat(serve.historyRetention).hasDays(30);
        assertThat(serve.outboxRetention).hasDays(1);
    }

    @Test
    void lag_and_retention_options_come_from_the_environment_and_the_file() throws IOException {
        Files.writeString(dir.resolve("node.conf"), "history-retention = 7d\noutbox-retention = 12h\n");

        ServeCommand serve = parsedServe(Map.of("TRIBUNE_READY_MAX_LAG", "5s"), "--config", "node.conf");

        assertThat(serve.readyMaxLag).hasSeconds(5);
        assertThat(serve.historyRetention).hasDays(7);
        assertThat(serve.outboxRetention).hasHours(12);
    }

    @Test
    void the_file_named_by_config_or_its_variable_is_read_instead_of_the_working_folders() throws IOException {
        Files.writeString(dir.resolve("tribune.conf"), "port = 1\n");
        Files.writeString(dir.resolve("node.conf"), "port = 2\nscheduler-interval = 5s\n");
        Files.writeString(dir.resolve("other.conf"), "port = 3\n");

        assertThat(parsedServe(Map.of(), "--config", "node.conf").port).isEqualTo(2);
        assertThat(parsedServe(Map.of(), "--config", "node.conf").schedulerInterval)
                .hasSeconds(5);
        assertThat(parsedServe(Map.of("TRIBUNE_CONFIG", "other.conf")).port).isEqualTo(3);
        assertThat(parsedServe(Map.of()).port).isEqualTo(1);
    }

    @Test
    void a_misspelt_setting_a_line_that_is_no_setting_and_a_missing_file_are_refused() throws IOException {
        Files.writeString(dir.resolve("typo.conf"), "prot = 8080\n");
        Files.writeString(dir.resolve("garbled.conf"), "port 8080\n");

        assertThatThrownBy(() -> parsedServe(Map.of(), "--config", "typo.conf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown setting 'prot'");
        assertThatThrownBy(() -> parsedServe(Map.of(), "--config", "garbled.conf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("garbled.conf:1: expected 'name = value'");
        assertThatThrownBy(() -> parsedServe(Map.of(), "--config", "absent.conf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absent.conf does not exist");
    }

    @Test
    void a_setting_of_another_command_is_no_typo() throws IOException {
        Files.writeString(dir.resolve("tribune.conf"), "port = 9001\nfeed-content = full\n");

        CommandLine cli = Main.commandLine(EnvironmentAndFileDefaults.load(new String[] {"import"}, Map.of(), dir));

        assertThat(cli.getSubcommands()).containsKey("import");
    }

    @Test
    void every_option_maps_to_its_variable_and_serve_help_lists_them() {
        assertThat(EnvironmentAndFileDefaults.variableFor("--zh-hant-variant")).isEqualTo("TRIBUNE_ZH_HANT_VARIANT");

        String help = Main.commandLine().getSubcommands().get("serve").getUsageMessage();

        assertThat(help)
                .contains("TRIBUNE_DATA", "TRIBUNE_DB", "TRIBUNE_PORT", "TRIBUNE_HOST", "TRIBUNE_BASE_URL")
                .contains("TRIBUNE_FEED_CONTENT", "TRIBUNE_ZH_HANT_VARIANT", "TRIBUNE_METRICS_TOKEN")
                .contains("TRIBUNE_SCHEDULER_INTERVAL", "TRIBUNE_PAGE_CACHE_MB", "TRIBUNE_WEBHOOK_FIRST_RETRY")
                .doesNotContain("TRIBUNE_HELP", "TRIBUNE_DEV_TEMPLATES");
    }
}
