package org.tribune.web;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.api.Webhook;
import org.tribune.content.Lang;

class MessagesTest {
    private static final Instant MARCH_4_2022 = Instant.parse("2022-03-04T00:00:00Z");
    private static final Set<String> DATE_PATTERNS = Set.of("date.pattern", "month.pattern");

    /** {@code t("key"…)} or {@code get("key"…)} with the key as a whole literal argument. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\\b(?:t|get)\\(\\s*\"([^\"\\\\]*)\"\\s*[,)]");
    /** {@code get("prefix." + …)}: a key computed from a literal prefix. */
    private static final Pattern KEY_PREFIX = Pattern.compile("\\b(?:t|get)\\(\\s*\"([^\"\\\\]*)\"\\s*\\+");
    /** What message keys look like; other literals in such calls are route paths and the like. */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+");

    private static final Pattern PREFIX_SHAPE = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)*\\.");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"\\\\\\s]*)\"");
    private static final Pattern FILE_NAME =
            Pattern.compile("\\.(?:css|js|md|markdown|jsonl|ndjson|json|jte|xml|properties|html|txt|png|svg|ico|db)$");

    @ParameterizedTest
    @EnumSource(
            value = Lang.class,
            names = {"ZH_HANS", "ZH_HANT"})
    void every_bundle_has_exactly_the_english_keys(Lang lang) {
        assertThat(new TreeSet<>(Messages.of(lang).keys()))
                .as("keys of messages/%s.properties", lang.tag())
                .containsExactlyElementsOf(new TreeSet<>(Messages.of(Lang.EN).keys()));
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void no_message_is_blank(Lang lang) {
        Messages messages = Messages.of(lang);

        assertThat(messages.keys()).isNotEmpty().allSatisfy(key -> assertThat(messages.get(key))
                .as("%s in %s", key, lang.tag())
                .isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void every_message_is_a_valid_pattern(Lang lang) {
        Messages messages = Messages.of(lang);

        for (String key : messages.keys()) {
            String text = messages.get(key);
            if (DATE_PATTERNS.contains(key)) {
                assertThatCode(() -> DateTimeFormatter.ofPattern(text, lang.locale()))
                        .as(key)
                        .doesNotThrowAnyException();
            } else {
                assertThatCode(() -> new MessageFormat(text, lang.locale()))
                        .as(key)
                        .doesNotThrowAnyException();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void each_bundle_answers_in_its_own_language(Lang lang) {
        assertThat(Messages.of(lang).lang()).isEqualTo(lang);
    }

    @ParameterizedTest
    @CsvSource({"EN, 'Mar 04, 2022'", "ZH_HANS, 2022年3月4日", "ZH_HANT, 2022年3月4日"})
    void dates_are_written_as_each_editions_readers_write_them(Lang lang, String expected) {
        assertThat(Messages.of(lang).date(MARCH_4_2022)).isEqualTo(expected);
    }

    @Test
    void dates_are_the_utc_day_whatever_the_machine_zone() {
        assertThat(Messages.of(Lang.EN).date(Instant.parse("2022-03-04T23:59:59Z")))
                .isEqualTo("Mar 04, 2022");
        assertThat(Messages.of(Lang.ZH_HANS).date(Instant.parse("2022-12-31T23:59:59Z")))
                .isEqualTo("2022年12月31日");
    }

    @Test
    void arguments_are_filled_in() {
        assertThat(Messages.of(Lang.EN).get("listing.topic", "Asia")).isEqualTo("Topic: Asia");
        assertThat(Messages.of(Lang.ZH_HANS).get("pagination.page", 2, 5)).isEqualTo("第 2 页，共 5 页");
    }

    @Test
    void counts_choose_the_right_english_wording() {
        Messages english = Messages.of(Lang.EN);

        assertThat(english.get("listing.count", 0)).isEqualTo("No articles");
        assertThat(english.get("listing.count", 1)).isEqualTo("1 article");
        assertThat(english.get("listing.count", 1234)).isEqualTo("1,234 articles");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void a_missing_key_throws_naming_the_key(Lang lang) {
        assertThatThrownBy(() -> Messages.of(lang).get("no.such.key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
    }

    @Test
    void every_key_named_in_a_t_or_get_call_exists() {
        Set<String> used = literalsIn(KEY_LITERAL, KEY_SHAPE);
        Set<String> keys = Messages.of(Lang.EN).keys();

        assertThat(used).as("keys found in src/main").contains("site.name", "back.to.top", "nav.home");
        assertThat(used)
                .filteredOn(key -> !keys.contains(key))
                .as("keys used in src/main but missing from the bundles")
                .isEmpty();
    }

    /** Catches keys handed around before the call, such as a heading key held in a record. */
    @Test
    void every_key_shaped_literal_in_a_bundle_namespace_exists() {
        Set<String> keys = Messages.of(Lang.EN).keys();
        Set<String> namespaces =
                keys.stream().map(key -> key.substring(0, key.indexOf('.'))).collect(toSet());
        Set<String> named = literalsIn(STRING_LITERAL, KEY_SHAPE).stream()
                .filter(literal -> namespaces.contains(literal.substring(0, literal.indexOf('.'))))
                .filter(literal -> !FILE_NAME.matcher(literal).find())
                // Webhook event names (article.published, …) are the API's vocabulary, not messages.
                .filter(literal -> !Webhook.TYPES.contains(literal))
                .collect(toSet());

        assertThat(named).as("keys found in src/main").contains("listing.topic", "date.pattern");
        assertThat(named)
                .filteredOn(key -> !keys.contains(key))
                .as("keys named in src/main but missing from the bundles")
                .isEmpty();
    }

    @Test
    void every_computed_key_prefix_names_existing_keys() {
        Set<String> prefixes = literalsIn(KEY_PREFIX, PREFIX_SHAPE);
        Set<String> keys = Messages.of(Lang.EN).keys();

        assertThat(prefixes).as("computed keys found in src/main").contains("language.", "error.");
        assertThat(prefixes).allSatisfy(prefix -> assertThat(keys).anyMatch(key -> key.startsWith(prefix)));
    }

    @Test
    void computed_keys_exist_for_every_language_and_error_kind() {
        Set<String> keys = Messages.of(Lang.EN).keys();

        for (Lang lang : Lang.values()) {
            assertThat(keys).contains("language." + lang.tag());
        }
        for (String kind : new String[] {"400", "404", "500"}) {
            assertThat(keys).contains("error." + kind + ".title", "error." + kind + ".message");
        }
    }

    @Test
    void the_language_switch_names_each_language_in_itself_in_every_bundle() {
        for (Lang lang : Lang.values()) {
            Messages messages = Messages.of(lang);
            assertThat(messages.get("language.en")).isEqualTo("English");
            assertThat(messages.get("language.zh-Hans")).isEqualTo("简体");
            assertThat(messages.get("language.zh-Hant")).isEqualTo("繁體");
        }
    }

    /** Group 1 of every match of {@code pattern} in src/main's Java and jte files that has {@code shape}. */
    private static Set<String> literalsIn(Pattern pattern, Pattern shape) {
        Set<String> found = new TreeSet<>();
        for (Path file : sources()) {
            pattern.matcher(read(file))
                    .results()
                    .map(m -> m.group(1))
                    .filter(literal -> shape.matcher(literal).matches())
                    .forEach(found::add);
        }
        return found;
    }

    private static Set<Path> sources() {
        Set<Path> files = new TreeSet<>();
        for (String root : new String[] {"src/main/jte", "src/main/java"}) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(f -> f.toString().endsWith(".jte") || f.toString().endsWith(".java"))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void lists_are_joined_as_each_language_joins_them() {
        Messages en = Messages.of(Lang.EN);
        assertThat(en.list(List.of("Ann"))).isEqualTo("Ann");
        assertThat(en.list(List.of("Ann", "Bo"))).isEqualTo("Ann and Bo");
        assertThat(en.list(List.of("Ann", "Bo", "Cy"))).isEqualTo("Ann, Bo and Cy");
        assertThat(en.list(List.of("Ann", "Bo", "Cy", "Di"))).isEqualTo("Ann, Bo, Cy and Di");
        for (Lang chinese : List.of(Lang.ZH_HANS, Lang.ZH_HANT)) {
            assertThat(Messages.of(chinese).list(List.of("甲", "乙"))).isEqualTo("甲、乙");
            assertThat(Messages.of(chinese).list(List.of("甲", "乙", "丙"))).isEqualTo("甲、乙、丙");
        }
    }
}
