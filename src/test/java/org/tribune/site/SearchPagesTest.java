package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribune.content.Lang;
import org.tribune.search.SearchResults;
import org.tribune.web.Messages;

class SearchPagesTest {
    private static SearchResults counted(int total, boolean exact) {
        return new SearchResults("harbour", List.of(), 1, SearchPages.PAGE_SIZE, total, exact);
    }

    @Test
    void an_exact_count_reads_as_a_number_of_results_in_each_language() {
        assertThat(SearchPages.count(Messages.of(Lang.EN), counted(762, true))).isEqualTo("762 results");
        assertThat(SearchPages.count(Messages.of(Lang.ZH_HANS), counted(762, true)))
                .isEqualTo("共 762 条结果");
        assertThat(SearchPages.count(Messages.of(Lang.ZH_HANT), counted(762, true)))
                .isEqualTo("共 762 筆結果");
    }

    @Test
    void a_count_that_stopped_at_its_limit_says_more_than_in_each_language() {
        assertThat(SearchPages.count(Messages.of(Lang.EN), counted(1_000, false)))
                .isEqualTo("More than 1,000 results");
        assertThat(SearchPages.count(Messages.of(Lang.ZH_HANS), counted(1_000, false)))
                .isEqualTo("超过 1,000 条结果");
        assertThat(SearchPages.count(Messages.of(Lang.ZH_HANT), counted(1_000, false)))
                .isEqualTo("超過 1,000 筆結果");
    }

    @Test
    void an_exact_count_of_1000_is_not_called_more() {
        assertThat(SearchPages.count(Messages.of(Lang.EN), counted(1_000, true)))
                .isEqualTo("1,000 results");
    }
}
