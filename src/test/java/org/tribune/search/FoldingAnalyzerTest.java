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
import org.tribune.zh.ChineseConversions;
import org.tribune.zh.OpenccConfig;
import org.tribune.zh.ScriptConverter;

class FoldingAnalyzerTest {
    private static final ChineseConversions CONVERSIONS = ChineseConversions.load();
    private static final ScriptConverter TO_SIMPLIFIED = CONVERSIONS.converter(OpenccConfig.T2S);
    private static final ScriptConverter TO_TRADITIONAL = CONVERSIONS.converter(OpenccConfig.S2T);
    private static final List<String> WORDS = List.of(
            "导弹",
            "发射",
            "经济",
            "增长",
            "头发",
            "干燥",
            "科学家",
            "研究",
            "太阳能",
            "卫星",
            "政府",
            "宣布",
            "。",
            "，",
            "the",
            "satellites",
            " ",
            "2026",
            "年",
            "我们",
            "的",
            "在",
            "和",
            "了",
            "\n\n");

    @Test
    void a_traditional_text_and_its_simplified_form_give_the_same_tokens_as_the_segmenter_gives_the_folded_text()
            throws IOException {
        String simplified = "科学家宣布，太阳能卫星的发射在2026年推动了经济增长。The satellites were launched.";
        String traditional = TO_TRADITIONAL.convert(simplified);
        assertThat(traditional).isNotEqualTo(simplified);
        try (var folding = new FoldingAnalyzer(new SmartChineseAnalyzer(), TO_SIMPLIFIED);
                var segmenter = new SmartChineseAnalyzer()) {
            List<String> expected = AnalyzedTokens.of(segmenter, "body_zh", simplified);
            assertThat(expected).hasSizeGreaterThan(10);
            assertThat(AnalyzedTokens.of(folding, "body_zh", simplified)).isEqualTo(expected);
            // The second is replayed from the first's tokens.
            assertThat(AnalyzedTokens.of(folding, "body_zh", traditional)).isEqualTo(expected);
            assertThat(AnalyzedTokens.of(folding, "title_zh", traditional)).isEqualTo(expected);
        }
    }

    @Property(tries = 60)
    void tokens_are_those_of_the_segmenter_on_the_folded_text_however_often_a_text_comes(
            @ForAll("texts") List<String> texts) throws IOException {
        try (var folding = new FoldingAnalyzer(new SmartChineseAnalyzer(), TO_SIMPLIFIED);
                var segmenter = new SmartChineseAnalyzer()) {
            for (String text : texts) {
                String traditional = TO_TRADITIONAL.convert(text);
                assertThat(AnalyzedTokens.of(folding, "body_zh", traditional))
                        .isEqualTo(AnalyzedTokens.of(segmenter, "body_zh", TO_SIMPLIFIED.convert(traditional)));
                assertThat(AnalyzedTokens.of(folding, "body_zh", text))
                        .isEqualTo(AnalyzedTokens.of(segmenter, "body_zh", TO_SIMPLIFIED.convert(text)));
            }
        }
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMaxSize(30).map(words -> String.join("", words));
        // Few distinct texts, so that many come again and are replayed.
        return text.list().ofMinSize(1).ofMaxSize(4).flatMap(distinct -> Arbitraries.of(distinct)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12));
    }
}
