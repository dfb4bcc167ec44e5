package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.content.Lang;

/**
 * The "You might also like" block through real HTTP, on the five-subject corpus once the index has
 * it: links in the page's language only, never to the page itself, and the same ranking in every
 * edition of an article, minus the articles its language lacks.
 */
class RelatedArticlesHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/clusters.jsonl");
    /** Editions the corpus leaves out on purpose (see clusters.jsonl). */
    private static final List<String> ENGLISH_ONLY = List.of("trade-4", "health-2");

    private static final List<String> CHINESE_ONLY = List.of("climate-6");

    @BeforeAll
    static void indexed() {
        // The index takes in the whole import at once: when the last article is found, all are.
        server.await(
                "/en/search?q=observers+irregularities",
                r -> r.body().contains("/en/articles/elections-8"),
                Duration.ofSeconds(30));
    }

    private static List<String> articleIds() {
        List<String> ids = new ArrayList<>();
        for (String subject : List.of("deterrence", "trade", "climate", "health", "elections")) {
            for (int i = 1; i <= 8; i++) {
                ids.add(subject + "-" + i);
            }
        }
        return ids;
    }

    private static boolean has(String id, Lang lang) {
        return lang == Lang.EN ? !CHINESE_ONLY.contains(id) : !ENGLISH_ONLY.contains(id);
    }

    /** The related article ids on the page, in order; every link checked to stay in {@code lang}. */
    private static List<String> related(String id, Lang lang) {
        var response = server.get("/" + lang.pathSegment() + "/articles/" + id);
        assertThat(response.statusCode()).as(id + " in " + lang).isEqualTo(200);
        List<String> hrefs =
                Jsoup.parse(response.body()).select("#related .teaser-title a").eachAttr("href");
        String prefix = "/" + lang.pathSegment() + "/articles/";
        assertThat(hrefs).as("links on %s in %s", id, lang).allMatch(h -> h.startsWith(prefix));
        return hrefs.stream().map(h -> h.substring(prefix.length())).toList();
    }

    @Test
    void related_links_stay_in_the_pages_language_and_never_point_to_the_article_itself() {
        for (String id : articleIds()) {
            for (Lang lang : Lang.values()) {
                if (!has(id, lang)) {
                    continue;
                }
                List<String> related = related(id, lang);
                assertThat(related)
                        .as("%s in %s", id, lang)
                        .hasSize(5)
                        .doesNotContain(id)
                        .doesNotHaveDuplicates()
                        .allMatch(other -> has(other, lang), "has an edition in " + lang);
            }
        }
    }

    @Test
    void every_edition_shows_the_groups_ranking_minus_what_its_language_lacks() {
        for (String id : articleIds()) {
            Map<Lang, List<String>> byLang = new TreeMap<>();
            for (Lang lang : Lang.values()) {
                if (has(id, lang)) {
                    byLang.put(lang, related(id, lang));
                }
            }
            assertThat(byLang.get(Lang.ZH_HANT)).as(id).isEqualTo(byLang.get(Lang.ZH_HANS));
            if (byLang.containsKey(Lang.EN) && byLang.containsKey(Lang.ZH_HANS)) {
                sameRanking(id, byLang.get(Lang.EN), Lang.EN, byLang.get(Lang.ZH_HANS), Lang.ZH_HANS);
                sameRanking(id, byLang.get(Lang.ZH_HANS), Lang.ZH_HANS, byLang.get(Lang.EN), Lang.EN);
            }
        }
    }

    /**
     * Both lists are cut from one ranking: what they share comes in the same order, and an article in
     * {@code other} missing from {@code mine} although it exists in my language ranks below all of mine.
     */
    private static void sameRanking(String id, List<String> mine, Lang myLang, List<String> other, Lang otherLang) {
        List<String> shared = other.stream().filter(mine::contains).toList();
        assertThat(mine.stream().filter(other::contains).toList())
                .as("order of %s in %s and %s", id, myLang, otherLang)
                .isEqualTo(shared);
        for (int at = 0; at < other.size(); at++) {
            String candidate = other.get(at);
            if (!mine.contains(candidate) && has(candidate, myLang)) {
                assertThat(other.subList(at, other.size()))
                        .as("%s: %s left out in %s but ranked above %s", id, candidate, myLang, shared)
                        .doesNotContainAnyElementsOf(shared);
            }
        }
    }
}
