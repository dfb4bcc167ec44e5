package org.tribune.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An article's image, one for all its editions: a media-library image with its smaller copies,
 * and what it shows (alt text) and its caption in each language that has them.
 *
 * @param file the media file's name ({@code <sha-256>.jpg}), served at {@link #path()}
 * @param width the full image's width in pixels
 * @param variants smaller copies made at upload, narrowest first
 * @param texts alt text and caption per language; a language without one shows the image as decoration
 * @param credit who made the image ("Photo: Jane Doe / Agency"), or null
 */
public record ArticleImage(
        String file, int width, int height, long bytes, List<Variant> variants, Map<Lang, Text> texts, String credit) {

    /** A smaller copy of the image (or the full image), with its size in bytes for feed enclosures. */
    public record Variant(String file, int width, int height, long bytes) {
        public String contentType() {
            return file.endsWith(".png") ? "image/png" : "image/jpeg";
        }

        public String path() {
            return "/media/" + file;
        }
    }

    /** What the image shows, in one language, and its caption there (null when it has none). */
    public record Text(String alt, String caption) {}

    public ArticleImage {
        variants = List.copyOf(variants);
        texts = texts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(texts));
    }

    public String path() {
        return "/media/" + file;
    }

    /** The alt text in {@code lang}; empty when none was written (the image is then decoration there). */
    public String alt(Lang lang) {
        Text text = texts.get(lang);
        return text == null ? "" : text.alt();
    }

    /** The caption in {@code lang}, if it has one. */
    public Optional<String> caption(Lang lang) {
        return Optional.ofNullable(texts.get(lang)).map(Text::caption).filter(c -> !c.isBlank());
    }

    /** Every copy and the full image, narrowest first, as {@code srcset} lists them. */
    public List<Variant> sizes() {
        return Stream.concat(variants.stream(), Stream.of(new Variant(file, width, height, bytes)))
                .toList();
    }

    /** The {@code srcset} attribute's value over {@link #sizes()}, with paths from the site's root. */
    public String srcset() {
        return sizes().stream().map(v -> v.path() + " " + v.width() + "w").collect(Collectors.joining(", "));
    }

    /** The widest copy no wider than {@code maxWidth}, or the narrowest there is: for previews and fallbacks. */
    public Variant atMost(int maxWidth) {
        List<Variant> all = sizes();
        Variant best = all.getFirst();
        for (Variant v : all) {
            if (v.width() <= maxWidth) {
                best = v;
            }
        }
        return best;
    }
}
