package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.Main;
import picocli.CommandLine;

/**
 * A running server holds its data folder: a second server on it and a restore into it are refused
 * with a message saying so (exit code 1 for the command); once the server stops, both work.
 */
class DataFolderLockHttpTest {
    @TempDir
    Path tempDir;

    @Test
    void a_second_server_on_the_folder_of_a_running_one_is_refused() {
        Settings settings = Settings.forDataDir(tempDir.resolve("data")).withPort(0);
        try (Server first = Server.start(settings, Clock.systemUTC())) {
            assertThatThrownBy(() -> Server.start(settings, Clock.systemUTC()).close())
                    .isInstanceOf(DataFolderLock.DataFolderInUse.class)
                    .hasMessageContaining("is in use by a running Tribune server")
                    .hasMessageContaining("tribune.lock");
            assertThat(first.content().contentVersion()).isNotNegative();
        }
        Server.start(settings, Clock.systemUTC()).close();
    }

    @Test
    void restore_into_the_folder_of_a_running_server_exits_1_and_says_why() {
        Path data = tempDir.resolve("data");
        Path backup = tempDir.resolve("backup.zip");
        Settings settings = Settings.forDataDir(data).withPort(0);
        var err = new StringWriter();
        String[] restore = {"restore", backup.toString(), "--data", data.toString(), "--force"};
        try (Server running = Server.start(settings, Clock.systemUTC())) {
            Backups.backUp(settings, backup, Clock.systemUTC());
            CommandLine cli = Main.commandLine();
            cli.setErr(new PrintWriter(err, true));

            assertThat(cli.execute(restore)).isEqualTo(1);
            assertThat(running.content().contentVersion()).isNotNegative();
        }
        assertThat(err.toString())
                .contains("is in use by a running Tribune server")
                .doesNotContain("\tat ");

        CommandLine afterwards = Main.commandLine();
        afterwards.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(afterwards.execute(restore)).isZero();
    }
}
