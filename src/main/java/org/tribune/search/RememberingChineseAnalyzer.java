package org.tribune.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;

/**
 * {@link SmartChineseAnalyzer} (its sentences, segmenter, token filter, stemming and stop words,
 * token for token) that segments each distinct sentence once and remembers its words: the
 * segmenter's dynamic programming over every sentence is most of the cost of indexing Chinese,
 * and sentences recur — an article's Traditional edition folded to Simplified is mostly its
 * Simplified edition's sentences, and a desk's stock phrases recur across articles.
 * {@code RememberingChineseAnalyzerTest} holds it to {@link SmartChineseAnalyzer}'s tokens.
 */
final class RememberingChineseAnalyzer extends Analyzer {
    /** Sentences whose words are kept: some tens of MB at most. */
    static final int SENTENCES_KEPT = 20_000;

    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

    /** A word of a sentence, its offsets counted from the sentence's start. */
    private record Word(char[] text, int start, int end) {}

    private final Cache<String, Word[]> sentences = Caffeine.newBuilder()
            .executor(Runnable::run)
            .maximumSize(SENTENCES_KEPT)
            .build();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new Words();
        TokenStream result = new PorterStemFilter(tokenizer);
        result = new StopFilter(result, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, result);
    }

    /** As SmartCN's word segmenter gives a sentence's words, offsets from the sentence's start. */
    private static Word[] segment(HHMMSegmenter segmenter, SegTokenFilter filter, String sentence) {
        List<SegToken> tokens = segmenter.process(sentence);
        if (tokens.size() <= 2) {
            return new Word[0]; // only the sentence's begin and end marks
        }
        // The marks of the sentence's begin and end are not words.
        List<SegToken> inner = tokens.subList(1, tokens.size() - 1);
        Word[] words = new Word[inner.size()];
        for (int i = 0; i < words.length; i++) {
            SegToken token = inner.get(i);
            switch (token.wordType) {
                case WordType.STRING, WordType.NUMBER, WordType.FULLWIDTH_NUMBER, WordType.FULLWIDTH_STRING ->
                    token.charArray = sentence.substring(token.startOffset, token.endOffset)
                            .toCharArray();
                default -> {}
            }
            token = filter.filter(token);
            words[i] = new Word(token.charArray, token.startOffset, token.endOffset);
        }
        return words;
    }

    /** SmartCN's tokenizer, sentence by sentence, its words remembered per sentence. */
    private final class Words extends SegmentingTokenizerBase {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final HHMMSegmenter segmenter = new HHMMSegmenter();
        private final SegTokenFilter filter = new SegTokenFilter();
        private Word[] words;
        private int next;
        private int sentenceOffset;

        Words() {
            super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, (BreakIterator) SENTENCES.clone());
        }

        @Override
        protected void setNextSentence(int sentenceStart, int sentenceEnd) {
            String sentence = new String(buffer, sentenceStart, sentenceEnd - sentenceStart);
            words = sentences.get(sentence, s -> segment(segmenter, filter, s));
            next = 0;
            sentenceOffset = offset + sentenceStart;
        }

        @Override
        protected boolean incrementWord() {
            if (words == null || next >= words.length) {
                return false;
            }
            Word word = words[next++];
            clearAttributes();
            term.copyBuffer(word.text(), 0, word.text().length);
            offsets.setOffset(correctOffset(sentenceOffset + word.start()), correctOffset(sentenceOffset + word.end()));
            type.setType("word");
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            words = null;
        }
    }
}
