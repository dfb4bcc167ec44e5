package org.tribune.newsroom;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tribune.content.Lang;

/**
 * One row of the newsroom's dashboard: an article and the state of each of its editions.
 *
 * @param hidden the editions the person looking may not see
 */
public record ArticleOverview(
        String id,
        String title,
        Lang sourceLang,
        Instant updated,
        List<EditionState> editions,
        Map<Lang, String> assignees,
        Set<Lang> hidden) {

    public ArticleOverview {
        editions = List.copyOf(editions);
        assignees = Map.copyOf(assignees);
        hidden = Set.copyOf(hidden);
    }

    public boolean visible(Lang lang) {
        return !hidden.contains(lang);
    }

    public EditionState in(Lang lang) {
        return editions.stream()
                .filter(e -> e.lang() == lang)
                .findFirst()
                .orElse(new EditionState(
                        lang, null, null, false, null, null, null, assignees.get(lang), TranslationGap.NONE));
    }
}
