package org.tribune.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tribune.zh.ScriptConverter;

class TraditionalQuotesTest {
    /** Copies the text as it is, so only the quotation marks change. */
    private static final ScriptConverter AS_IS = (text, from, to, out) -> out.append(text, from, to);

    private static String quoted(String text) {
        return new TraditionalQuotes(AS_IS).convert(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "他说：“我们的‘底线’不变。” | 他说：「我们的『底线』不变。」",
                "“一”与“二” | 「一」与「二」",
                "无引号 | 无引号",
                "「已是台湾写法」 | 「已是台湾写法」",
            })
    void double_quotes_become_corner_brackets_and_nested_single_quotes_white_corner_brackets(
            String given, String expected) {
        assertThat(quoted(given)).isEqualTo(expected);
    }

    @Test
    void an_apostrophe_with_no_single_quote_open_stays() {
        assertThat(quoted("奥布赖恩（O’Brien）说“好”")).isEqualTo("奥布赖恩（O’Brien）说「好」");
    }

    @Test
    void the_marks_follow_the_conversion_of_the_characters() {
        ScriptConverter upper = (text, from, to, out) ->
                out.append(text.subSequence(from, to).toString().toUpperCase());

        assertThat(new TraditionalQuotes(upper).convert("“ab”")).isEqualTo("「AB」");
    }
}
