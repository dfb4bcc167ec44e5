package org.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.content.ContentService;
import org.tribune.content.ContentStore;
import org.tribune.content.EditionTeaser;
import org.tribune.content.Lang;
import org.tribune.content.RelatedArticles;

/**
 * "You might also like" stays on topic: on a corpus of five subjects (nuclear deterrence, trade,
 * climate, public health, elections), eight articles each, written in different words, where every
 * article carries the same broad topic and a second topic that cuts across the subjects, and shares
 * boilerplate sentences with articles of other subjects. An article's id names its subject.
 */
class RelatedQualityTest {
    @TempDir
    static Path dir;

    private static ClusterCorpus corpus;
    private static SearchIndex index;
    private static ContentService content;
    private static ContentService byTopicsOnly;

    @BeforeAll
    static void fill() {
        corpus = ClusterCorpus.load(dir);
        index = corpus.index;
        content = corpus.content;
        byTopicsOnly = new ContentService(
                new ContentStore(corpus.database(), ClusterCorpus.CLOCK, ClusterCorpus.ZH), RelatedArticles.NONE);
        assertThat(corpus.imported).isGreaterThan(70);
    }

    @AfterAll
    static void close() throws Exception {
        corpus.close();
    }

    private static String subject(String articleId) {
        return articleId.substring(0, articleId.lastIndexOf('-'));
    }

    private static List<String> articlesIn(Lang lang) {
        List<String> ids = new ArrayList<>();
        content.publishedStamps().forEach(stamp -> {
            if (stamp.lang() == lang) {
                ids.add(stamp.articleId());
            }
        });
        return ids;
    }

    /** Articles whose related block has fewer than 4 of 5 links on their own subject, with what it has. */
    private static List<String> offTopic(ContentService service, Lang lang) {
        List<String> misses = new ArrayList<>();
        for (String id : articlesIn(lang)) {
            List<String> related = service.article(id, lang).orElseThrow().related().stream()
                    .map(EditionTeaser::articleId)
                    .toList();
            long onTopic =
                    related.stream().filter(r -> subject(r).equals(subject(id))).count();
            if (related.size() < ContentService.RELATED_LIMIT || onTopic < 4) {
                misses.add(id + " -> " + related);
            }
        }
        return misses;
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void at_least_four_of_five_related_articles_share_the_articles_subject(Lang lang) {
        assertThat(articlesIn(lang)).hasSizeGreaterThanOrEqualTo(38);
        assertThat(offTopic(content, lang)).isEmpty();
    }

    @Test
    void shared_topics_alone_do_not_pass_on_this_corpus() {
        for (Lang lang : Lang.values()) {
            assertThat(offTopic(byTopicsOnly, lang))
                    .as("ranked by shared topics in %s", lang)
                    .hasSizeGreaterThan(articlesIn(lang).size() / 2);
        }
    }

    @Test
    void rankings_do_not_depend_on_the_order_articles_are_ranked_in() {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(articlesIn(Lang.EN)));
        ids.addAll(articlesIn(Lang.ZH_HANS));
        var forwards = new SimilarArticles(index);
        var backwards = new SimilarArticles(index);
        List<String> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        reversed.forEach(backwards::rankedFor);

        for (String id : ids) {
            assertThat(forwards.rankedFor(id)).as(id).isEqualTo(backwards.rankedFor(id));
        }
    }

    @Test
    void every_stamp_in_the_store_is_in_the_index() {
        assertThat(index.size()).isEqualTo(content.publishedStamps().size());
    }
}
