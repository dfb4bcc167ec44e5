package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page asked of the running site in memory ({@link App#get}) is what a reader gets over HTTP. */
class InMemoryRequestTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @ParameterizedTest
    @ValueSource(strings = {"/en/articles/alliance-drift", "/zh-hant/", "/en/feed.xml", "/sitemap.xml",
            "/en/articles/no-such-article", "/xx/", "/en/topics/no-such-topic", "/robots.txt", "/zh-hans/feed.json",
            "/en/feed.rss", "/en/archive/", "/en/page/99"})
    void answers_as_over_http(String path) {
        HttpResponse<byte[]> overHttp = server.getBytes(path);

        InMemoryResponse inMemory = server.app().get(path);

        assertThat(inMemory.status()).isEqualTo(overHttp.statusCode());
        assertThat(inMemory.body()).isEqualTo(overHttp.body());
    }

    @Test
    void a_path_with_characters_beyond_ascii_is_sent_encoded_as_a_browser_would() {
        assertThat(server.app().get("/en/articles/同盟").status())
                .isEqualTo(server.getBytes("/en/articles/%E5%90%8C%E7%9B%9F").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/a b", "/en/\r\nHost: elsewhere", "en/", "/en/\u0000"})
    void refuses_what_is_not_a_request_path(String path) {
        assertThatThrownBy(() -> server.app().get(path)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a request path");
    }
}
