package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The base URL is kept in one form: paths are appended to it. */
class SettingsTest {
    private static Settings withBaseUrl(String baseUrl) {
        return new Settings(
                Path.of("data"), "127.0.0.1", 0, null, baseUrl, false, null, null, Duration.ofSeconds(30), false);
    }

    @Test
    void a_trailing_slash_is_dropped_and_a_path_kept() {
        assertThat(withBaseUrl("https://journal.example/").baseUrl()).isEqualTo("https://journal.example");
        assertThat(withBaseUrl("https://journal.example//").baseUrl()).isEqualTo("https://journal.example");
        assertThat(withBaseUrl("https://example.org/journal/").baseUrl()).isEqualTo("https://example.org/journal");
        assertThat(withBaseUrl("http://127.0.0.1:8080").baseUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(withBaseUrl(null).baseUrl()).isNull();
    }

    @Test
    void what_is_not_an_address_is_refused() {
        assertThatThrownBy(() -> withBaseUrl("journal.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withBaseUrl("https:///en")).isInstanceOf(IllegalArgumentException.class);
    }
}
