package org.tribune.demo;

import java.util.ArrayList;
import java.util.List;
import org.tribune.content.Lang;

/**
 * A single-language sentence pattern with one-letter slots such as {@code {t}}, compiled once so that rendering the
 * millions of sentences in a large corpus is nothing but appends.
 *
 * <p>Slot letters: {@code p} a term of the primary topic, {@code t} a term from the article's topics (mostly the
 * primary one), {@code s} a term of a secondary topic, {@code g} a general term of the field, {@code a} an actor such
 * as a capital, {@code y} a year. English literals may also hold agreement choices such as {@code [has/have]}, which
 * follow the slot before them (see {@link EnglishGrammar}).
 *
 * @param literals the text around the slots; always one longer than {@code slots}
 * @param slots    the slot letters in order of appearance
 */
record Template(List<String> literals, String slots) {

    Template {
        literals = List.copyOf(literals);
        if (literals.size() != slots.length() + 1) {
            throw new IllegalArgumentException("literals must surround the slots " + slots);
        }
    }

    static Template compile(String pattern) {
        List<String> literals = new ArrayList<>();
        StringBuilder slots = new StringBuilder();
        int from = 0;
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
            if (open + 2 >= pattern.length() || pattern.charAt(open + 2) != '}') {
                throw new IllegalArgumentException("slots look like {t}; bad pattern: " + pattern);
            }
            literals.add(pattern.substring(from, open));
            slots.append(pattern.charAt(open + 1));
            from = open + 3;
        }
        literals.add(pattern.substring(from));
        return new Template(literals, slots.toString());
    }

    /** Appends the pattern with {@code values}, one per slot in order, in the given language. */
    void render(List<Phrase> values, Lang lang, StringBuilder out) {
        for (int i = 0; i <= slots.length(); i++) {
            String literal = literals.get(i);
            String value = i < slots.length() ? values.get(i).in(lang) : "";
            if (lang == Lang.EN) {
                literal =
                        i > 0 ? EnglishGrammar.agree(literal, values.get(i - 1).en()) : literal;
                literal = EnglishGrammar.ownsArticle(value) ? EnglishGrammar.dropTrailingArticle(literal) : literal;
            }
            out.append(literal).append(value);
        }
    }
}
