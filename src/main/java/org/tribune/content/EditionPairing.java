package org.tribune.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pairs the body blocks of two editions of an article through the source edition: each edition's
 * blocks are placed against the source's current blocks (the source by itself, a translation by
 * the desk's alignment from the source text it was made from, a derived edition block for block
 * as the edition it was converted from), then the two placements are read side by side.
 * One pairing is for the editions of one reading of the article: it keeps each edition's placement.
 */
final class EditionPairing {
    /** A block of an edition and the current source block it renders, or -1 when it renders none. */
    record Placed(int sourceIndex, String block) {}

    /** Markdown block pairs, one side empty where the other has no counterpart. */
    record Pair(String first, String second) {}

    private final Edition source;
    private final Function<String, Optional<String>> sourceBodyWithHash;
    private final Function<Lang, Optional<Edition>> edition;

    /**
     * @param source the article's source edition, whatever its status (its text only places blocks; it is not shown)
     * @param sourceBodyWithHash the source's Markdown body when its hash was the given one (what a translation was made from)
     * @param edition the article's edition in a language, whatever its status (the one a derived edition was converted from)
     */
    EditionPairing(
            Edition source,
            Function<String, Optional<String>> sourceBodyWithHash,
            Function<Lang, Optional<Edition>> edition) {
        this.source = source;
        this.sourceBodyWithHash = sourceBodyWithHash;
        this.edition = edition;
    }

    /** Each edition's placement, by language: an edition paired with each of the others is placed once. */
    private final Map<Lang, List<Placed>> placements = new EnumMap<>(Lang.class);

    List<Pair> pair(Edition first, Edition second) {
        return merge(
                placements.computeIfAbsent(first.lang(), lang -> placed(first, 0)),
                placements.computeIfAbsent(second.lang(), lang -> placed(second, 0)),
                MarkdownBlocks.split(source.bodyMarkdown()).size());
    }

    private List<Placed> placed(Edition e, int depth) {
        List<String> blocks = MarkdownBlocks.split(e.bodyMarkdown());
        if (e.lang() == source.lang()) {
            List<Placed> placed = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                placed.add(new Placed(i, blocks.get(i)));
            }
            return placed;
        }
        Optional<Edition> convertedFrom = e.derivedWith() == null
                ? Optional.empty()
                : edition.apply(Lang.ZH_HANS).filter(from -> depth == 0);
        if (convertedFrom.isPresent() && convertedFrom.get().lang() != e.lang()) {
            return asConvertedFrom(placed(convertedFrom.get(), depth + 1), blocks);
        }
        String earlier = e.basedOnHash() == null
                ? source.bodyMarkdown()
                : sourceBodyWithHash.apply(e.basedOnHash()).orElse(source.bodyMarkdown());
        List<Placed> placed = new ArrayList<>();
        for (BlockAlignment.Row row : BlockAlignment.align(
                MarkdownBlocks.split(earlier), MarkdownBlocks.split(source.bodyMarkdown()), blocks)) {
            placed.add(new Placed(row.sourceIndex(), row.translation()));
        }
        return placed;
    }

    /** A converted edition has the blocks of the one it was converted from, in the same order. */
    private static List<Placed> asConvertedFrom(List<Placed> from, List<String> blocks) {
        List<Placed> placed = new ArrayList<>();
        int next = 0;
        for (Placed p : from) {
            if (p.block().isEmpty()) {
                placed.add(p);
            } else if (next < blocks.size()) {
                placed.add(new Placed(p.sourceIndex(), blocks.get(next++)));
            }
        }
        while (next < blocks.size()) {
            placed.add(new Placed(-1, blocks.get(next++)));
        }
        return placed;
    }

    /**
     * Reads two placements along the source's blocks: blocks placed against the same source block
     * side by side, and blocks placed against none (text the source no longer has) where they
     * stood, paired with the other edition's such blocks in order.
     */
    static List<Pair> merge(List<Placed> first, List<Placed> second, int sourceBlocks) {
        List<Pair> pairs = new ArrayList<>();
        int a = 0;
        int b = 0;
        for (int s = 0; s <= sourceBlocks; s++) {
            List<String> looseFirst = new ArrayList<>();
            while (a < first.size() && first.get(a).sourceIndex() < 0) {
                looseFirst.add(first.get(a++).block());
            }
            List<String> looseSecond = new ArrayList<>();
            while (b < second.size() && second.get(b).sourceIndex() < 0) {
                looseSecond.add(second.get(b++).block());
            }
            for (int k = 0; k < Math.max(looseFirst.size(), looseSecond.size()); k++) {
                add(
                        pairs,
                        k < looseFirst.size() ? looseFirst.get(k) : "",
                        k < looseSecond.size() ? looseSecond.get(k) : "");
            }
            if (s == sourceBlocks) {
                break;
            }
            String left = a < first.size() && first.get(a).sourceIndex() == s
                    ? first.get(a++).block()
                    : "";
            String right = b < second.size() && second.get(b).sourceIndex() == s
                    ? second.get(b++).block()
                    : "";
            add(pairs, left, right);
        }
        // Placements follow the source's blocks in order, so nothing is left; kept visible if it ever is.
        while (a < first.size()) {
            add(pairs, first.get(a++).block(), "");
        }
        while (b < second.size()) {
            add(pairs, "", second.get(b++).block());
        }
        return pairs;
    }

    private static void add(List<Pair> pairs, String first, String second) {
        if (!first.isBlank() || !second.isBlank()) {
            pairs.add(new Pair(first, second));
        }
    }
}
