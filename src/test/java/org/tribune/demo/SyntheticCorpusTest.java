package org.tribune.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tribune.demo.CorpusFixtures.articles;
import static org.tribune.demo.CorpusFixtures.bytes;
import static org.tribune.demo.CorpusFixtures.corpus;
import static org.tribune.demo.CorpusFixtures.fieldNames;
import static org.tribune.demo.CorpusFixtures.hanCount;
import static org.tribune.demo.CorpusFixtures.keys;
import static org.tribune.demo.CorpusFixtures.names;
import static org.tribune.demo.CorpusFixtures.paragraphs;
import static org.tribune.demo.CorpusFixtures.parse;
import static org.tribune.demo.CorpusFixtures.refs;
import static org.tribune.demo.CorpusFixtures.wordCount;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribune.content.Lang;
import org.tribune.content.Slugs;

class SyntheticCorpusTest {

    private static final List<String> FIELDS =
            List.of("id", "lang", "title", "summary", "published", "updated", "authors", "topics", "body");
    private static final List<String> LANGS = List.of("en", "zh-Hans", "zh-Hant");

    /** Characters that exist only in one script; each pair must line up between an article's two Chinese texts. */
    private static final Map<Character, Character> SIMPLIFIED_TO_TRADITIONAL = Map.ofEntries(
            Map.entry('经', '經'),
            Map.entry('发', '發'),
            Map.entry('关', '關'),
            Map.entry('国', '國'),
            Map.entry('导', '導'),
            Map.entry('弹', '彈'),
            Map.entry('济', '濟'),
            Map.entry('这', '這'),
            Map.entry('说', '說'),
            Map.entry('为', '為'),
            Map.entry('会', '會'),
            Map.entry('对', '對'),
            Map.entry('战', '戰'),
            Map.entry('军', '軍'),
            Map.entry('边', '邊'),
            Map.entry('两', '兩'),
            Map.entry('湾', '灣'),
            Map.entry('后', '後'),
            Map.entry('于', '於'),
            Map.entry('内', '內'));

    /** 300 articles with Traditional, shared by the format checks: enough to hit every branch of the generator. */
    private static List<List<JsonNode>> sample;

    @BeforeAll
    static void writeSample() {
        sample = articles(parse(corpus(7, 300, true)), 3);
    }

    @Test
    void same_seed_writes_identical_bytes() throws IOException {
        assertThat(bytes(42, 40)).isNotEmpty().isEqualTo(bytes(42, 40));
    }

    @Test
    void different_seeds_write_different_corpora() {
        assertThat(corpus(1, 20, true)).isNotEqualTo(corpus(2, 20, true));
    }

    @Property(tries = 12)
    void each_article_writes_two_lines_or_three_with_traditional(
            @ForAll @IntRange(max = 5) int articles, @ForAll boolean traditional, @ForAll long seed)
            throws IOException {
        StringWriter out = new StringWriter();
        long written = new SyntheticCorpus(seed).write(articles, traditional, out);

        long expected = (long) articles * (traditional ? 3 : 2);
        assertThat(written).isEqualTo(expected);
        assertThat(out.toString().chars().filter(c -> c == '\n').count()).isEqualTo(expected);
        assertThat(out.toString()).satisfiesAnyOf(text -> assertThat(text).isEmpty(), text -> assertThat(text)
                .endsWith("\n"));
    }

    @Test
    void negative_article_counts_are_rejected_with_a_clear_message() {
        assertThatThrownBy(() -> new SyntheticCorpus(1).write(-1, false, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("articles")
                .hasMessageContaining("-1");
    }

    @Test
    void every_line_is_a_json_object_with_all_fields_of_the_right_type() {
        for (List<JsonNode> article : sample) {
            for (int i = 0; i < article.size(); i++) {
                JsonNode line = article.get(i);
                assertThat(fieldNames(line)).containsExactlyElementsOf(FIELDS);
                FIELDS.stream()
                        .filter(f -> !f.equals("authors") && !f.equals("topics"))
                        .forEach(f -> assertThat(line.get(f).isTextual()).as(f).isTrue());
                assertThat(line.get("lang").asText()).isEqualTo(LANGS.get(i));
                assertThat(line.get("authors").size()).isBetween(1, 2);
                assertThat(line.get("topics").size()).isBetween(1, 3);
                refs(line, "authors").forEach(SyntheticCorpusTest::assertKeyAndName);
                refs(line, "topics").forEach(SyntheticCorpusTest::assertKeyAndName);
            }
        }
    }

    @Test
    void ids_are_unique_ascii_slugs_shared_by_an_articles_editions() {
        Set<String> ids = new HashSet<>();
        for (List<JsonNode> article : sample) {
            String id = article.getFirst().get("id").asText();
            assertThat(Slugs.isValid(id)).as("importable slug %s", id).isTrue();
            assertThat(article)
                    .allSatisfy(line -> assertThat(line.get("id").asText()).isEqualTo(id));
            assertThat(ids.add(id)).as("unique id %s", id).isTrue();
        }
    }

    @Test
    void editions_share_dates_author_keys_and_topic_keys_with_names_in_their_own_language() {
        for (List<JsonNode> article : sample) {
            JsonNode en = article.get(0);
            for (JsonNode line : article) {
                assertThat(line.get("published")).isEqualTo(en.get("published"));
                assertThat(line.get("updated")).isEqualTo(en.get("updated"));
                assertThat(keys(line, "authors")).isEqualTo(keys(en, "authors"));
                assertThat(keys(line, "topics")).isEqualTo(keys(en, "topics"));
            }
            assertThat(names(en)).allSatisfy(name -> assertThat(name).matches("[A-Za-z0-9 -]+"));
            assertThat(names(article.get(1)))
                    .allSatisfy(name -> assertThat(hanCount(name)).isPositive());
            assertThat(names(article.get(2)))
                    .allSatisfy(name -> assertThat(hanCount(name)).isPositive());
        }
    }

    @Test
    void english_bodies_have_1000_to_1400_words_in_8_to_20_paragraphs() {
        int withSubheadings = 0;
        for (List<JsonNode> article : sample) {
            String body = article.get(0).get("body").asText();
            assertThat(wordCount(body)).isBetween(1_000, 1_400);
            assertThat(paragraphs(body)).hasSizeBetween(8, 20);
            withSubheadings += body.contains("\n\n## ") ? 1 : 0;
        }
        assertThat(withSubheadings).as("occasional subheadings").isBetween(sample.size() / 10, sample.size() / 2);
    }

    @Test
    void chinese_bodies_have_1700_to_2300_han_characters_in_8_to_20_paragraphs() {
        for (List<JsonNode> article : sample) {
            for (JsonNode line : article.subList(1, 3)) {
                String body = line.get("body").asText();
                assertThat(hanCount(body)).isBetween(1_700, 2_300);
                assertThat(paragraphs(body)).hasSizeBetween(8, 20);
            }
        }
    }

    @Test
    void english_titles_have_5_to_12_words_and_summaries_one_or_two_sentences() {
        for (List<JsonNode> article : sample) {
            assertThat(wordCount(article.get(0).get("title").asText())).isBetween(5, 12);
            String summary = article.get(0).get("summary").asText();
            assertThat(summary.split("(?<=[.?!])\\s+")).hasSizeBetween(1, 2);
            assertThat(summary).matches("[A-Z].*[.?!]");
        }
    }

    @Test
    void publication_dates_span_2016_to_2025_and_updates_follow_within_30_days() {
        Set<Integer> years = new TreeSet<>();
        for (List<JsonNode> article : sample) {
            String published = article.getFirst().get("published").asText();
            String updated = article.getFirst().get("updated").asText();
            assertThat(published).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            Instant from = Instant.parse(published);
            Instant to = Instant.parse(updated);
            assertThat(from).isBetween(Instant.parse("2016-01-01T00:00:00Z"), Instant.parse("2025-12-31T23:59:59Z"));
            assertThat(to).isBetween(from, from.plus(Duration.ofDays(30)));
            years.add(Integer.parseInt(published.substring(0, 4)));
        }
        assertThat(years)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(2016, 2025).boxed().toList());
    }

    @Test
    void traditional_editions_mirror_simplified_ones_character_for_character() {
        Set<Character> traditionalOnly = new HashSet<>(SIMPLIFIED_TO_TRADITIONAL.values());
        List<String> problems = new ArrayList<>();
        for (List<JsonNode> article : sample) {
            for (String field : List.of("title", "summary", "body")) {
                String hans = article.get(1).get(field).asText();
                String hant = article.get(2).get(field).asText();
                if (hans.length() != hant.length()) {
                    problems.add(field + " lengths differ: " + hans);
                    continue;
                }
                for (int i = 0; i < hans.length(); i++) {
                    char simplified = hans.charAt(i);
                    char traditional = hant.charAt(i);
                    Character expected = SIMPLIFIED_TO_TRADITIONAL.get(simplified);
                    if (expected != null && traditional != expected
                            || SIMPLIFIED_TO_TRADITIONAL.containsKey(traditional)
                            || traditionalOnly.contains(simplified)) {
                        problems.add(field + ": " + simplified + "/" + traditional);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void turning_traditional_off_leaves_the_other_lines_unchanged() {
        List<String> withTraditional = corpus(5, 30, true).lines().toList();
        List<String> without = IntStream.range(0, withTraditional.size())
                .filter(i -> i % 3 != 2)
                .mapToObj(withTraditional::get)
                .toList();
        assertThat(corpus(5, 30, false).lines().toList()).isEqualTo(without);
    }

    @Test
    void long_titles_are_cut_at_a_word_so_ids_stay_within_the_slug_limit() {
        String title = "Why the European Union Keeps Misreading the Collective Security Treaty Organization "
                + "and the Internationalization of Everything Else Besides";
        String id = ArticleComposer.slug(title, 1_999_999);

        assertThat(Slugs.isValid(id)).as(id).isTrue();
        assertThat(id).endsWith("-2000000");
        String stem = id.substring(0, id.length() - "-2000000".length());
        assertThat(Slugs.from(title)).startsWith(stem + "-");
    }

    @Test
    void a_smaller_corpus_is_the_start_of_a_larger_one() {
        assertThat(corpus(9, 25, true)).startsWith(corpus(9, 10, true));
    }

    @Test
    void articles_draw_mostly_on_their_primary_topics_vocabulary() {
        for (List<JsonNode> article : sample.subList(0, 100)) {
            String primary = article.getFirst().get("topics").get(0).get("key").asText();
            for (int edition = 0; edition < 2; edition++) {
                Lang lang = edition == 0 ? Lang.EN : Lang.ZH_HANS;
                String body = article.get(edition).get("body").asText().toLowerCase(Locale.ROOT);
                int primaryHits = 0;
                int otherHits = 0;
                for (CorpusTopic topic : CorpusVocabulary.TOPICS) {
                    int hits = topic.terms().stream()
                            .mapToInt(term -> occurrences(body, term, lang))
                            .sum();
                    primaryHits = topic.key().equals(primary) ? hits : primaryHits;
                    otherHits = topic.key().equals(primary) ? otherHits : Math.max(otherHits, hits);
                }
                assertThat(primaryHits)
                        .as("%s %s", primary, lang)
                        .isGreaterThan(3 * otherHits)
                        .isGreaterThan(40);
            }
        }
    }

    @Test
    void a_2000_article_corpus_has_about_200_authors_and_exactly_40_topics() {
        Set<String> authors = new HashSet<>();
        Set<String> topics = new HashSet<>();
        // Keys are shared by an article's editions, so the English lines are enough.
        String english = corpus(2024, 2_000, false)
                .lines()
                .filter(line -> line.contains("\"lang\":\"en\""))
                .collect(Collectors.joining("\n"));
        for (JsonNode line : parse(english)) {
            authors.addAll(keys(line, "authors"));
            topics.addAll(keys(line, "topics"));
        }
        assertThat(authors).hasSizeBetween(180, 220);
        assertThat(topics).hasSize(40);
    }

    @Test
    void writing_2000_articles_to_a_discarding_writer_streams_line_by_line() throws IOException {
        CorpusFixtures.DiscardingWriter out = new CorpusFixtures.DiscardingWriter();
        long written = new SyntheticCorpus(3).write(2_000, true, out);

        assertThat(written).isEqualTo(6_000).isEqualTo(out.lines);
        assertThat(out.chars).isGreaterThan(6_000L * 4_000);
        // The first line reaches the writer on its own, long before the corpus is done: nothing is buffered up.
        assertThat(out.charsBeforeFirstLine).isBetween(1L, 50_000L);
        assertThat(out.flushed).isTrue();
    }

    private static void assertKeyAndName(JsonNode ref) {
        assertThat(fieldNames(ref)).containsExactly("key", "name");
        assertThat(Slugs.isValid(ref.get("key").asText())).as(ref.toString()).isTrue();
        assertThat(ref.get("name").isTextual()).isTrue();
        assertThat(ref.get("name").asText()).isNotBlank();
    }

    private static int occurrences(String lowerCaseBody, Phrase term, Lang lang) {
        String needle = lang == Lang.EN ? term.en().toLowerCase(Locale.ROOT).replaceFirst("^the ", "") : term.hans();
        int count = 0;
        for (int at = lowerCaseBody.indexOf(needle); at >= 0; at = lowerCaseBody.indexOf(needle, at + 1)) {
            count += lang != Lang.EN || isWholeWord(lowerCaseBody, at, needle.length()) ? 1 : 0;
        }
        return count;
    }

    private static boolean isWholeWord(String text, int start, int length) {
        int end = start + length;
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) && text.charAt(start - 1) != '-')
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '-');
    }
}
