package org.tribune.demo;

/**
 * The two bits of English grammar that templates cannot fix on their own because they depend on the word in the
 * slot: articles before proper nouns, and verb agreement with plural terms.
 */
final class EnglishGrammar {

    private EnglishGrammar() {}

    /**
     * Templates write "the {t}"; proper nouns ("Kashmir") and terms that bring their own article ("the Suez Canal")
     * must not get a second one.
     */
    static boolean ownsArticle(String value) {
        return !value.isEmpty() && (Character.isUpperCase(value.charAt(0)) || value.startsWith("the "));
    }

    static String dropTrailingArticle(String literal) {
        int cut = literal.length() - "the ".length();
        boolean article = cut >= 0
                && literal.regionMatches(true, cut, "the ", 0, 4)
                && (cut == 0 || literal.charAt(cut - 1) == ' ');
        return article ? literal.substring(0, cut) : literal;
    }

    /**
     * Resolves choices written {@code [singular/plural]}, such as {@code [has/have]}, to agree with the value of the
     * slot just before the literal.
     */
    static String agree(String literal, String previousValue) {
        int open = literal.indexOf('[');
        if (open < 0) {
            return literal;
        }
        boolean plural = plural(previousValue);
        StringBuilder out = new StringBuilder(literal.length());
        int from = 0;
        for (; open >= 0; open = literal.indexOf('[', from)) {
            int slash = literal.indexOf('/', open);
            int close = literal.indexOf(']', open);
            out.append(literal, from, open)
                    .append(plural ? literal.substring(slash + 1, close) : literal.substring(open + 1, slash));
            from = close + 1;
        }
        return out.append(literal, from, literal.length()).toString();
    }

    /**
     * A heuristic that is right for the corpus's own tables: the head noun (before any "of") is plural when it is a
     * lowercase word ending in a plain "s". Capitalized names such as "Lagos" or "Brussels" stay singular.
     */
    static boolean plural(String value) {
        int of = value.indexOf(" of ");
        String head = of < 0 ? value : value.substring(0, of);
        String word = head.substring(head.lastIndexOf(' ') + 1);
        return !word.isEmpty()
                && Character.isLowerCase(word.charAt(0))
                && word.endsWith("s")
                && !word.endsWith("ss")
                && !word.endsWith("us")
                && !word.endsWith("is");
    }
}
