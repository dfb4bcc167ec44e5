package org.tribune.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compiled form the build writes reads back as the same dictionary. */
class CompiledDictionaryTest {
    private static Dictionary roundTrip(Dictionary dictionary) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            dictionary.writeCompiled(out);
        }
        return Dictionary.readCompiled(dictionary.name(), new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void a_compiled_dictionary_matches_exactly_as_the_one_built_from_text() throws IOException {
        Dictionary original = Dictionary.of("test", Map.of("头", "頭", "头发", "頭髮", "发", "發", "𠮷野", "吉野", "干燥", "乾燥"));
        Dictionary compiled = roundTrip(original);

        assertThat(compiled.size()).isEqualTo(original.size());
        for (String text : new String[] {"头发", "头", "发展", "𠮷野家", "干燥剂", "无"}) {
            var expected = new DictionaryMatcher.Found();
            var actual = new DictionaryMatcher.Found();
            int expectedLength = original.match(text.toCharArray(), 0, text.length(), expected);
            assertThat(compiled.match(text.toCharArray(), 0, text.length(), actual))
                    .as(text)
                    .isEqualTo(expectedLength);
            assertThat(actual.value).as(text).isEqualTo(expectedLength == 0 ? null : expected.value);
            assertThat(compiled.cannotStartWith(text.charAt(0))).isEqualTo(original.cannotStartWith(text.charAt(0)));
        }
    }

    @Test
    void the_build_ships_compiled_dictionaries_for_every_config() {
        ChineseConversions conversions = ChineseConversions.load();
        for (OpenccConfig config : OpenccConfig.values()) {
            conversions.converter(config);
        }
        for (String name : conversions.loadedDictionaries().keySet()) {
            assertThat(ChineseConversions.class.getResource(
                            "/org/tribune/zh/opencc/compiled/" + ChineseConversions.compiledFileName(name)))
                    .as(name)
                    .isNotNull();
        }
    }
}
