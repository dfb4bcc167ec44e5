package org.tribune.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.SplittableRandom;
import org.tribune.content.Lang;

/**
 * A deterministic synthetic corpus for benchmarks: articles in English, Simplified Chinese and (optionally)
 * Traditional Chinese, written as JSON Lines with one edition per line.
 *
 * <p>Each article is built from its own random stream split off the seed, so article {@code n} is the same whatever
 * the corpus size, and nothing is kept between articles: memory use does not grow with the corpus.
 */
public final class SyntheticCorpus {

    private static final ObjectWriter JSON = new ObjectMapper().writerFor(EditionLine.class);
    private static final List<Lang> BILINGUAL = List.of(Lang.EN, Lang.ZH_HANS);
    private static final List<Lang> TRILINGUAL = List.of(Lang.EN, Lang.ZH_HANS, Lang.ZH_HANT);

    private final long seed;

    /** @param seed same seed, same bytes */
    public SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /**
     * Writes {@code articles} articles as JSON Lines to out (UTF-8 text), one edition per line: an "en" and a
     * "zh-Hans" line per article, plus a "zh-Hant" line when withTraditional. Streams: memory use does not grow with
     * {@code articles}. The writer is flushed but not closed. Returns the number of lines written.
     *
     * @throws IllegalArgumentException if {@code articles} is negative
     */
    public long write(int articles, boolean withTraditional, Writer out) throws IOException {
        if (articles < 0) {
            throw new IllegalArgumentException("articles must be zero or more, but was " + articles);
        }
        List<Lang> languages = withTraditional ? TRILINGUAL : BILINGUAL;
        SplittableRandom corpusRandom = new SplittableRandom(seed);
        long lines = 0;
        for (int index = 0; index < articles; index++) {
            // Traditional text is rendered from the same draws as Simplified, so the flag never shifts other lines.
            CorpusArticle article = ArticleComposer.compose(index, corpusRandom.split());
            for (Lang lang : languages) {
                out.write(JSON.writeValueAsString(EditionLine.of(article, lang)));
                out.write('\n');
                lines++;
            }
        }
        out.flush();
        return lines;
    }
}
