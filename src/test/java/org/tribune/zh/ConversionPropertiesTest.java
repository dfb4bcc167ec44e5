package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What every config guarantees whatever the text: characters no dictionary knows pass untouched,
 * text around a conversion is left alone, surrogate pairs survive, and cutting at a line break or
 * at the punctuation the stream cuts at changes nothing.
 */
class ConversionPropertiesTest {
    private static final ChineseConversions CONVERSIONS = ChineseConversions.load();
    /** Simplified and Traditional words and characters that the configs convert, phrases among them. */
    private static final List<String> CONVERTIBLE = List.of(
            "头发", "干部", "干燥", "皇后", "午后", "软件", "循环", "开发", "后", "发", "干", "里", "马里兰", "鲶鱼", "联系", "着", "头", "云", "体",
            "頭髮", "軟體", "迴圈", "裡", "後來", "乾燥", "於", "著", "為", "这", "說", "爲", "国家", "學習", "网络", "二𫫇英", "萬里長城");
    /** Chinese punctuation the stream may cut after (StreamConversion.safeCut); no dictionary key contains it. */
    private static final String CUT_PUNCTUATION = "。，、！？；：";

    private static final BitSet KEY_CODE_POINTS = codePointsOfAllKeys();

    private static Stream<ScriptConverter> everyConverter() {
        return Stream.of(OpenccConfig.values()).map(CONVERSIONS::converter);
    }

    @Property(tries = 200)
    void text_without_convertible_characters_passes_every_config_unchanged(@ForAll("inertText") String text) {
        for (OpenccConfig config : OpenccConfig.values()) {
            assertThat(CONVERSIONS.converter(config).convert(text))
                    .as(config.configName())
                    .isEqualTo(text);
        }
    }

    /** Uppercase Latin is left out of the prefix: a few keys start with it (TWPhrases: B超 → 超音波). */
    @Property(tries = 100)
    void text_around_a_conversion_is_left_exactly_as_it_was(
            @ForAll("asciiWithoutUppercase") String prefix,
            @ForAll("chinese") String chinese,
            @ForAll("ascii") String suffix) {
        everyConverter().forEach(converter -> assertThat(converter.convert(prefix + chinese + suffix))
                .isEqualTo(prefix + converter.convert(chinese) + suffix));
    }

    @Property(tries = 100)
    void characters_outside_the_basic_plane_that_no_dictionary_knows_come_out_unchanged(
            @ForAll("unknownSupplementary") int codePoint,
            @ForAll("chinese") String before,
            @ForAll("chinese") String after) {
        String character = Character.toString(codePoint);
        everyConverter().forEach(converter -> {
            assertThat(converter.convert(character)).isEqualTo(character);
            assertThat(converter.convert(before + character + after))
                    .isEqualTo(converter.convert(before) + character + converter.convert(after));
        });
    }

    @Property(tries = 100)
    void well_formed_utf16_in_gives_well_formed_utf16_out(@ForAll("chineseWithSupplementary") String text) {
        everyConverter().forEach(converter -> assertThat(unpairedSurrogates(converter.convert(text)))
                .isZero());
    }

    @Property(tries = 200)
    void any_chars_even_lone_surrogates_convert_without_failing_and_keep_their_lone_surrogates(
            @ForAll("anyChars") String text) {
        everyConverter().forEach(converter -> assertThat(unpairedSurrogates(converter.convert(text)))
                .isEqualTo(unpairedSurrogates(text)));
    }

    @Property(tries = 100)
    void converting_line_by_line_equals_converting_the_whole_text(@ForAll("lines") String text) {
        everyConverter().forEach(converter -> {
            var lineByLine = new StringBuilder();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineByLine.append(converter.convert(text.substring(start, i + 1)));
                    start = i + 1;
                }
            }
            lineByLine.append(converter.convert(text.substring(start)));
            assertThat(lineByLine).hasToString(converter.convert(text));
        });
    }

    @Property(tries = 100)
    void cutting_after_chinese_punctuation_equals_converting_the_whole_text(@ForAll("sentences") String text) {
        everyConverter().forEach(converter -> {
            String whole = converter.convert(text);
            for (int i = 0; i < text.length(); i++) {
                if (CUT_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                    assertThat(converter.convert(text.substring(0, i + 1)) + converter.convert(text.substring(i + 1)))
                            .as("cut after %d in %s", i, text)
                            .isEqualTo(whole);
                }
            }
        });
    }

    static int unpairedSurrogates(String text) {
        int unpaired = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                unpaired++;
            }
        }
        return unpaired;
    }

    private static BitSet codePointsOfAllKeys() {
        var codePoints = new BitSet();
        try {
            Path folder = Path.of(ConversionPropertiesTest.class
                    .getResource("/org/tribune/zh/opencc/dictionary")
                    .toURI());
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        int tab = line.indexOf('\t');
                        if (!line.startsWith("#") && tab > 0) {
                            line.substring(0, tab).codePoints().forEach(codePoints::set);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertThat(codePoints.cardinality())
                .as("code points in dictionary keys")
                .isGreaterThan(5_000);
        return codePoints;
    }

    private static Arbitrary<String> joined(Arbitrary<String> parts, int maxParts) {
        return parts.list().ofMaxSize(maxParts).map(list -> String.join("", list));
    }

    /** Latin, digits, ASCII punctuation and whitespace, full-width forms, CJK punctuation and emoji. */
    @Provide
    Arbitrary<String> inertText() {
        Arbitrary<String> ascii = Arbitraries.chars().range(' ', '~').map(String::valueOf);
        Arbitrary<String> cjkPunctuation = Arbitraries.of(
                "，", "。", "、", "！", "？", "；", "：", "「", "」", "『", "』", "（", "）", "《", "》", "〈", "〉", "【", "】", "…", "—",
                "～", "·", "　", "ＡＢＣ", "１２３");
        Arbitrary<String> emoji =
                Arbitraries.integers().between(0x1F300, 0x1F64F).map(Character::toString);
        Arbitrary<String> whitespace = Arbitraries.of("\n", "\r\n", "\t", " ");
        return joined(Arbitraries.oneOf(ascii, cjkPunctuation, emoji, whitespace), 40);
    }

    @Provide
    Arbitrary<String> ascii() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('\n', '\t')
                .ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> asciiWithoutUppercase() {
        return ascii().filter(s -> s.chars().noneMatch(Character::isUpperCase));
    }

    @Provide
    Arbitrary<String> chinese() {
        return joined(Arbitraries.of(CONVERTIBLE), 8);
    }

    /** Supplementary ideographs (extensions B to H) and emoji that no dictionary key contains. */
    @Provide
    Arbitrary<Integer> unknownSupplementary() {
        return Arbitraries.oneOf(
                        Arbitraries.integers().between(0x20000, 0x2A6DF),
                        Arbitraries.integers().between(0x2A700, 0x2EBEF),
                        Arbitraries.integers().between(0x30000, 0x3134F),
                        Arbitraries.integers().between(0x1F300, 0x1FAFF))
                .filter(codePoint -> !KEY_CODE_POINTS.get(codePoint));
    }

    @Provide
    Arbitrary<String> chineseWithSupplementary() {
        Arbitrary<String> supplementary =
                Arbitraries.integers().between(0x10000, 0x3134F).map(Character::toString);
        return joined(Arbitraries.oneOf(Arbitraries.of(CONVERTIBLE), supplementary), 12);
    }

    @Provide
    Arbitrary<String> anyChars() {
        Arbitrary<String> anyChar = Arbitraries.chars().all().map(String::valueOf);
        return joined(Arbitraries.oneOf(anyChar, Arbitraries.of(CONVERTIBLE), Arbitraries.of("\uD84E", "\uDE3C")), 16);
    }

    @Provide
    Arbitrary<String> lines() {
        return joined(Arbitraries.oneOf(Arbitraries.of(CONVERTIBLE), Arbitraries.of("\n", "\r\n", "\n\n", "ab ")), 20);
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> punctuation = Arbitraries.of(
                CUT_PUNCTUATION.chars().mapToObj(Character::toString).toList());
        return Combinators.combine(
                        joined(Arbitraries.oneOf(Arbitraries.of(CONVERTIBLE), punctuation), 20),
                        Arbitraries.of(CONVERTIBLE))
                .as((text, last) -> text + last);
    }
}
