package org.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;

class RememberingChineseAnalyzerTest {
    private static final List<String> PIECES = List.of(
            "导弹",
            "发射",
            "经济",
            "增长",
            "科学家",
            "研究",
            "太阳能",
            "卫星",
            "政府",
            "宣布",
            "。",
            "，",
            "！",
            "？",
            "；",
            "The",
            "satellites",
            "running",
            " ",
            "2026",
            "１２３",
            "ＡＢＣ",
            "年",
            "我们",
            "的",
            "在",
            "和",
            "了",
            "\n",
            "\n\n",
            ". ",
            "“",
            "”",
            "e.g.",
            "3.5%");

    @Property(tries = 80)
    void tokens_are_smart_chinese_analyzers_however_often_a_sentence_comes(@ForAll("texts") List<String> texts)
            throws IOException {
        try (var remembering = new RememberingChineseAnalyzer();
                var smart = new SmartChineseAnalyzer()) {
            for (String text : texts) {
                assertThat(AnalyzedTokens.of(remembering, "body_zh", text))
                        .isEqualTo(AnalyzedTokens.of(smart, "body_zh", text));
            }
        }
    }

    @Test
    void a_long_text_read_in_several_buffers_gives_smart_chinese_analyzers_tokens() throws IOException {
        var text = new StringBuilder();
        for (int i = 0; text.length() < 5_000; i++) {
            text.append(PIECES.get(i * 7 % PIECES.size())).append(PIECES.get(i * 3 % PIECES.size()));
            if (i % 40 == 0) {
                text.append("。");
            }
        }
        try (var remembering = new RememberingChineseAnalyzer();
                var smart = new SmartChineseAnalyzer()) {
            List<String> expected = AnalyzedTokens.of(smart, "body_zh", text.toString());
            assertThat(expected).hasSizeGreaterThan(1_000);
            assertThat(AnalyzedTokens.of(remembering, "body_zh", text.toString()))
                    .isEqualTo(expected);
            assertThat(AnalyzedTokens.of(remembering, "title_zh", text.toString()))
                    .isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMaxSize(60).map(words -> String.join("", words));
        return text.list().ofMinSize(1).ofMaxSize(4).flatMap(distinct -> Arbitraries.of(distinct)
                .list()
                .ofMinSize(1)
                .ofMaxSize(10));
    }
}
