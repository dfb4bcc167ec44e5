package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tribune.app.TestServer;

/** How readers reach their language: the root redirect and the language switch's cookie. */
class LanguageChoiceHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            zh-TW,zh;q=0.9          | /zh-hant/
            zh-HK                   | /zh-hant/
            zh-Hant                 | /zh-hant/
            zh-CN,zh;q=0.9,en;q=0.8 | /zh-hans/
            zh                      | /zh-hans/
            zh-Hans-SG              | /zh-hans/
            en-US,en;q=0.9          | /en/
            fr-FR,fr;q=0.9          | /en/
            fr, zh-TW;q=0.5         | /zh-hant/
            ;;;not a header;;;      | /en/
            """)
    void the_root_redirects_by_accept_language(String acceptLanguage, String expected) {
        HttpResponse<String> response = server.get("/", "Accept-Language", acceptLanguage);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(expected));
        assertThat(response.headers().firstValue("Vary"))
                .hasValueSatisfying(v -> assertThat(v).contains("Accept-Language"));
    }

    @Test
    void a_choice_made_in_the_language_switch_wins_over_accept_language_afterwards() {
        HttpClient reader = server.newClient(HttpClient.Redirect.NEVER);

        HttpResponse<String> choice = server.send(reader, "/language?to=%2Fzh-hant%2Farticles%2Falliance-drift");
        HttpResponse<String> later = server.send(reader, "/", "Accept-Language", "en-US");

        assertThat(choice.statusCode()).isEqualTo(303);
        assertThat(choice.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/zh-hant/articles/alliance-drift"));
        assertThat(choice.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(
                        c -> assertThat(c).contains("tribune_lang=zh-hant").containsIgnoringCase("HttpOnly"));
        assertThat(later.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/zh-hant/"));
    }

    @ParameterizedTest
    @CsvSource({"//evil.example/", "https://evil.example/", "/fr/articles/x", "/en/../admin", "''"})
    void the_language_switch_only_leads_to_pages_of_this_site(String target) {
        HttpResponse<String> response = server.get("/language?to=" + URLEncoder.encode(target, StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }
}
