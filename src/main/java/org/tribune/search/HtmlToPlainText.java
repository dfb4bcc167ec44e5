package org.tribune.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a sanitized body: tags dropped, entities decoded, blocks kept apart by spaces. */
final class HtmlToPlainText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HtmlToPlainText() {}

    static String convert(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = TAG.matcher(html).replaceAll(" ");
        text = ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(decode(m.group(1))));
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
                int cp = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
                yield Character.isValidCodePoint(cp) ? Character.toString(cp) : " ";
            }
        };
    }
}
