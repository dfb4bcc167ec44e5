package org.tribune.demo;

import java.util.List;
import org.tribune.content.Lang;

/**
 * A headline-style pattern in all three languages. The forms share one slot sequence so that a single draw of
 * values renders into matching English, Simplified and Traditional text.
 */
record ParallelTemplate(Template en, Template hans, Template hant) {

    ParallelTemplate {
        if (!en.slots().equals(hans.slots()) || !hans.slots().equals(hant.slots())) {
            throw new IllegalArgumentException(
                    "slots differ between languages: " + en.slots() + " / " + hans.slots() + " / " + hant.slots());
        }
    }

    static List<ParallelTemplate> table(String block) {
        return Phrase.table(block).stream().map(ParallelTemplate::compile).toList();
    }

    private static ParallelTemplate compile(Phrase pattern) {
        return new ParallelTemplate(
                Template.compile(pattern.en()), Template.compile(pattern.hans()), Template.compile(pattern.hant()));
    }

    String slots() {
        return en.slots();
    }

    Phrase render(List<Phrase> values) {
        return new Phrase(
                render(en, values, Lang.EN), render(hans, values, Lang.ZH_HANS), render(hant, values, Lang.ZH_HANT));
    }

    private static String render(Template template, List<Phrase> values, Lang lang) {
        StringBuilder out = new StringBuilder(64);
        template.render(values, lang, out);
        return out.toString();
    }
}
