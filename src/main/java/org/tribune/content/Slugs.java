package org.tribune.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one shape of slugs and keys: lowercase ASCII words joined by single hyphens. */
public final class Slugs {
    public static final int MAX_LENGTH = 120;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {}

    public static boolean isValid(String candidate) {
        return candidate != null
                && candidate.length() <= MAX_LENGTH
                && SLUG.matcher(candidate).matches();
    }

    /** Derives a slug from free text such as a file name; empty when nothing usable remains. */
    public static String from(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() <= MAX_LENGTH
                ? slug
                : slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
}
