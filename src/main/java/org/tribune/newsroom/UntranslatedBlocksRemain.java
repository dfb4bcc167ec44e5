package org.tribune.newsroom;

import java.util.List;
import org.tribune.content.Lang;
import org.tribune.content.UntranslatedBlocks;

/**
 * A translation asked to publish, be scheduled or go to review while blocks of it still read as
 * the source edition, without an editor's say-so to publish it anyway.
 */
public final class UntranslatedBlocksRemain extends RuntimeException {
    private final String articleId;
    private final Lang lang;
    private final transient List<Integer> blocks;
    private final transient List<String> fields;

    /** @param fields "title" and/or "summary", when they read as the source's */
    public UntranslatedBlocksRemain(
            String articleId, Lang lang, Lang sourceLang, List<String> fields, List<Integer> blocks) {
        super("the " + lang.tag() + " edition of '" + articleId + "' has untranslated "
                + UntranslatedBlocks.describe(fields, blocks)
                + " (the same as the " + sourceLang.tag() + " source): translate them, mark them keep as is,"
                + " or publish anyway");
        this.articleId = articleId;
        this.lang = lang;
        this.blocks = List.copyOf(blocks);
        this.fields = List.copyOf(fields);
    }

    /** "title" and/or "summary": those that read as the source's. */
    public List<String> fields() {
        return fields;
    }

    public String articleId() {
        return articleId;
    }

    public Lang lang() {
        return lang;
    }

    /** The untranslated body blocks, numbered from 1. */
    public List<Integer> blocks() {
        return blocks;
    }
}
