package org.tribune.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tribune.content.Slugs;

/** Makes one complete article (metadata, headlines and bodies in three languages) from its own random stream. */
final class ArticleComposer {

    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    private static final int PUBLICATION_DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2026, 1, 1));
    private static final int MAX_UPDATE_HOURS = 30 * 24;
    private static final int NEVER_UPDATED_PERCENT = 35;
    private static final int TWO_AUTHORS_PERCENT = 30;
    private static final int SAME_FAMILY_PERCENT = 70;

    // Targets leave room for the final sentence's overshoot: English 1,000-1,400 words, Chinese 1,700-2,300 Han.
    private static final int MIN_ENGLISH_WORDS = 1_040;
    private static final int ENGLISH_WORDS_SPREAD = 300;
    private static final int MIN_HAN_CHARACTERS = 1_760;
    private static final int HAN_CHARACTERS_SPREAD = 440;

    private ArticleComposer() {}

    /** @param index the article's position in the corpus, which makes its id unique without remembering others */
    static CorpusArticle compose(int index, SplittableRandom rng) {
        List<CorpusTopic> topics = topics(rng);
        List<CorpusAuthor> authors = authors(rng);
        Instant published = published(rng);
        Instant updated = updated(published, rng);
        SlotFiller filler =
                new SlotFiller(topics, published.atOffset(ZoneOffset.UTC).getYear());
        Phrase title = Headlines.title(filler, rng);
        Phrase summary = Headlines.summary(filler, rng);
        Phrase body = body(filler, rng);
        return new CorpusArticle(slug(title.en(), index), published, updated, authors, topics, title, summary, body);
    }

    private static Phrase body(SlotFiller filler, SplittableRandom rng) {
        Outline outline = Outline.plan(filler, rng);
        EnglishBodyWriter english = new EnglishBodyWriter(filler);
        BodyLayout.lay(outline, MIN_ENGLISH_WORDS + rng.nextInt(ENGLISH_WORDS_SPREAD), english, rng);
        ChineseBodyWriter chinese = new ChineseBodyWriter(filler);
        BodyLayout.lay(outline, MIN_HAN_CHARACTERS + rng.nextInt(HAN_CHARACTERS_SPREAD), chinese, rng);
        return new Phrase(english.text(), chinese.hans(), chinese.hant());
    }

    /** Primary topic first; secondary topics usually come from the same family, as real cross-filing does. */
    private static List<CorpusTopic> topics(SplittableRandom rng) {
        List<CorpusTopic> all = CorpusVocabulary.TOPICS;
        CorpusTopic primary = SlotFiller.any(all, rng);
        List<CorpusTopic> family =
                all.stream().filter(t -> t.family().equals(primary.family())).toList();
        int count = topicCount(rng);
        List<CorpusTopic> chosen = new ArrayList<>(count);
        chosen.add(primary);
        while (chosen.size() < count) {
            CorpusTopic next = SlotFiller.any(rng.nextInt(100) < SAME_FAMILY_PERCENT ? family : all, rng);
            if (!chosen.contains(next)) {
                chosen.add(next);
            }
        }
        return chosen;
    }

    private static int topicCount(SplittableRandom rng) {
        int roll = rng.nextInt(100);
        return roll < 40 ? 1 : roll < 80 ? 2 : 3;
    }

    private static List<CorpusAuthor> authors(SplittableRandom rng) {
        CorpusAuthor first = SlotFiller.any(CorpusAuthors.ALL, rng);
        if (rng.nextInt(100) >= TWO_AUTHORS_PERCENT) {
            return List.of(first);
        }
        CorpusAuthor second;
        do {
            second = SlotFiller.any(CorpusAuthors.ALL, rng);
        } while (second.equals(first));
        return List.of(first, second);
    }

    private static Instant published(SplittableRandom rng) {
        LocalDate day = FIRST_DAY.plusDays(rng.nextInt(PUBLICATION_DAYS));
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(rng.nextInt(24), ChronoUnit.HOURS);
    }

    private static Instant updated(Instant published, SplittableRandom rng) {
        if (rng.nextInt(100) < NEVER_UPDATED_PERCENT) {
            return published;
        }
        return published.plus(1 + rng.nextInt(MAX_UPDATE_HOURS), ChronoUnit.HOURS);
    }

    /**
     * The title as a slug plus the article number, which alone guarantees uniqueness. Long titles lose whole words
     * from the end so the id stays within the importer's slug limit.
     */
    static String slug(String title, int index) {
        String suffix = "-" + (index + 1);
        String stem = Slugs.from(title);
        int room = Slugs.MAX_LENGTH - suffix.length();
        return (stem.length() <= room ? stem : stem.substring(0, stem.lastIndexOf('-', room))) + suffix;
    }
}
