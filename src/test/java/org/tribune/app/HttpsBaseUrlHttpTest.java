package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Behind a proxy that ends TLS, the base URL is what says readers use HTTPS: HSTS and Secure cookies follow it. */
class HttpsBaseUrlHttpTest {
    @RegisterExtension
    static TestServer https = TestServer.withFixture("/fixtures/journal.jsonl")
            .tunedWithRealClock(s -> s.withBaseUrl("https://journal.example"));

    @RegisterExtension
    static TestServer plain = TestServer.withFixture("/fixtures/journal.jsonl");

    @Test
    void an_https_base_url_sends_strict_transport_security_on_every_response() {
        assertThat(https.get("/en/").headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000");
        assertThat(https.get("/en/articles/no-such-article").headers().firstValue("Strict-Transport-Security"))
                .isPresent();
        assertThat(https.get("/health").headers().firstValue("Strict-Transport-Security"))
                .isPresent();
    }

    @Test
    void an_https_base_url_makes_the_language_cookie_secure() {
        HttpResponse<String> response = https.get("/language?to=/zh-hans/");

        assertThat(response.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie ->
                        assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void a_plain_http_site_sends_no_hsts_and_no_secure_cookie() {
        assertThat(plain.get("/en/").headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
        assertThat(plain.get("/language?to=/zh-hans/").headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
    }
}
