package org.tribune.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tribune.content.Lang;
import org.tribune.zh.ScriptConverter;

/**
 * The analysis of each language and the field names it applies to. English and Chinese text live
 * in separate fields ({@code body_en}, {@code body_zh}) so each gets its own analyzer; both Chinese
 * editions share the {@code _zh} fields and are told apart by the {@code lang} field.
 */
final class Analysis {
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String NAMES = "names";
    static final String BODY = "body";
    /** Topic names alone, for related articles; searches read them from {@link #NAMES}. */
    static final String TOPICS = "topics";
    /** Each text field and its weight in ranking. */
    static final Map<String, Float> WEIGHTS = Map.of(TITLE, 3f, SUMMARY, 2f, NAMES, 2f, BODY, 1f);
    /** Queries are short; more terms than this only cost time. */
    static final int MAX_TERMS = 32;

    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer chinese;
    private final Analyzer perField;

    Analysis(ScriptConverter toSimplified) {
        this.chinese = new FoldingAnalyzer(new RememberingChineseAnalyzer(), toSimplified);
        Map<String, Analyzer> fields = new HashMap<>();
        for (String base : WEIGHTS.keySet()) {
            fields.put(field(base, Lang.EN), english);
            fields.put(field(base, Lang.ZH_HANS), chinese);
        }
        fields.put(field(TOPICS, Lang.EN), english);
        fields.put(field(TOPICS, Lang.ZH_HANS), chinese);
        this.perField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    static String field(String base, Lang lang) {
        return base + (lang.isChinese() ? "_zh" : "_en");
    }

    /** The analyzer for every field, by name: what the index writer uses. */
    Analyzer perField() {
        return perField;
    }

    Analyzer of(Lang lang) {
        return lang.isChinese() ? chinese : english;
    }

    /** The distinct terms {@code text} analyzes to in {@code lang}, in order, at most {@link #MAX_TERMS}. */
    List<String> terms(Lang lang, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = of(lang).tokenStream(field(BODY, lang), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    void close() {
        perField.close();
        english.close();
        chinese.close();
    }
}
