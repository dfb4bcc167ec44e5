package org.tribune.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tribune.content.Lang;

/** Checks the hand-written tables the corpus is built from, where a mistake would otherwise hide in random output. */
class SyntheticCorpusVocabularyTest {

    /** Characters used only in Simplified, each above its Traditional form. */
    private static final String SIMPLIFIED_ONLY =
            "经发关国导弹济这说为会对时们与战军边两进过还东长问题区级节内见开门间陆总结际头书场资气车专业务条众议论话" + "认识语读谁调谈贸费货质运远选递邻释钱铁银锁镇随难领须飞马鸟龙湾权网络欧亚联习执";

    private static final String TRADITIONAL_ONLY =
            "經發關國導彈濟這說為會對時們與戰軍邊兩進過還東長問題區級節內見開門間陸總結際頭書場資氣車專業務條眾議論話" + "認識語讀誰調談貿費貨質運遠選遞鄰釋錢鐵銀鎖鎮隨難領須飛馬鳥龍灣權網絡歐亞聯習執";

    @Test
    void there_are_exactly_40_topics_with_unique_keys_and_15_to_30_terms_each() {
        List<CorpusTopic> topics = CorpusVocabulary.TOPICS;
        assertThat(topics).hasSize(40);
        assertThat(topics.stream().map(CorpusTopic::key).distinct()).hasSize(40);
        assertThat(topics).allSatisfy(topic -> assertThat(topic.terms()).hasSizeBetween(15, 30));
        assertThat(topics).allSatisfy(topic -> assertThat(topic.key()).matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void no_topic_term_belongs_to_or_hides_inside_another_topic() {
        List<String> clashes = new ArrayList<>();
        for (CorpusTopic a : CorpusVocabulary.TOPICS) {
            for (Phrase inner : a.terms()) {
                Pattern word = Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(bare(inner.en())) + "(?![a-z0-9-])");
                CorpusVocabulary.TOPICS.stream().filter(b -> b != a).forEach(b -> b.terms().stream()
                        .filter(outer -> word.matcher(bare(outer.en())).find()
                                || outer.hans().contains(inner.hans()))
                        .forEach(outer -> clashes.add(a.key() + ": " + inner + " in " + b.key() + ": " + outer)));
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void there_are_200_authors_with_unique_keys_and_bylines() {
        List<CorpusAuthor> authors = CorpusAuthors.ALL;
        assertThat(authors).hasSize(200);
        assertThat(authors.stream().map(CorpusAuthor::key).distinct()).hasSize(200);
        for (Lang lang : Lang.values()) {
            assertThat(authors.stream().map(a -> a.name().in(lang)).distinct())
                    .as(lang.tag())
                    .hasSize(200);
        }
    }

    @Test
    void english_forms_are_plain_ascii_so_titles_and_slugs_stay_clean() {
        assertThat(phrases()).allSatisfy(phrase -> assertThat(phrase.en()).matches("[A-Za-z0-9 -]+"));
    }

    @Test
    void every_simplified_form_has_a_traditional_twin_of_the_same_length() {
        List<String> unequal = chinesePairs().stream()
                .filter(pair ->
                        pair[0].codePoints().count() != pair[1].codePoints().count())
                .map(pair -> pair[0] + " / " + pair[1])
                .toList();
        assertThat(unequal).isEmpty();
        assertThat(chinesePairs()).allSatisfy(pair -> assertThat(pair[0]).isNotBlank());
    }

    @Test
    void traditional_forms_use_no_simplified_only_characters_and_vice_versa() {
        assertThat(SIMPLIFIED_ONLY).hasSameSizeAs(TRADITIONAL_ONLY);
        List<String> misplaced = new ArrayList<>();
        for (String[] pair : chinesePairs()) {
            pair[0].chars().filter(c -> TRADITIONAL_ONLY.indexOf(c) >= 0).forEach(c -> misplaced.add("简 " + pair[0]));
            pair[1].chars().filter(c -> SIMPLIFIED_ONLY.indexOf(c) >= 0).forEach(c -> misplaced.add("繁 " + pair[1]));
        }
        assertThat(misplaced).isEmpty();
    }

    @Test
    void templates_fill_every_slot_and_agreement_choice() {
        SlotFiller filler = new SlotFiller(CorpusVocabulary.TOPICS.subList(0, 2), 2020);
        SplittableRandom rng = new SplittableRandom(1);
        List<String> rendered = new ArrayList<>();
        for (Template template : EnglishTemplates.BODY) {
            StringBuilder out = new StringBuilder();
            template.render(filler.fill(template.slots(), rng), Lang.EN, out);
            rendered.add(out.toString());
        }
        headlinePatterns().forEach(p -> rendered.addAll(List.of(texts(p.render(filler.fill(p.slots(), rng))))));
        assertThat(rendered).allSatisfy(text -> assertThat(text).doesNotContainPattern("[{}\\[\\]/|]"));
    }

    @Test
    void english_agreement_follows_the_number_of_the_term() {
        assertThat(EnglishGrammar.agree(" [has/have] grown", "sea lanes")).isEqualTo(" have grown");
        assertThat(EnglishGrammar.agree(" [has/have] grown", "Brussels")).isEqualTo(" has grown");
        assertThat(EnglishGrammar.agree(" [is/are] tested", "balance of payments"))
                .isEqualTo(" is tested");
        assertThat(EnglishGrammar.agree(" [is/are] tested", "rules of origin")).isEqualTo(" are tested");
        assertThat(EnglishGrammar.dropTrailingArticle("over the ")).isEqualTo("over ");
        assertThat(EnglishGrammar.dropTrailingArticle("breathe ")).isEqualTo("breathe ");
    }

    private static String bare(String english) {
        return english.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    }

    /** Every vocabulary entry: topic names and terms, general terms, actors and author names. */
    private static List<Phrase> phrases() {
        Stream<Phrase> topics = CorpusVocabulary.TOPICS.stream()
                .flatMap(topic -> Stream.concat(Stream.of(topic.name()), topic.terms().stream()));
        return Stream.of(
                        topics,
                        CorpusVocabulary.GENERAL.stream(),
                        CorpusVocabulary.ACTORS.stream(),
                        CorpusAuthors.ALL.stream().map(CorpusAuthor::name))
                .flatMap(s -> s)
                .toList();
    }

    /** Every Simplified string with its Traditional twin: vocabulary and the literal text of all templates. */
    private static List<String[]> chinesePairs() {
        List<String[]> pairs = new ArrayList<>();
        phrases().forEach(phrase -> pairs.add(new String[] {phrase.hans(), phrase.hant()}));
        ChineseTemplates.BODY.forEach(sentence -> addLiterals(sentence.hans(), sentence.hant(), pairs));
        headlinePatterns().forEach(pattern -> addLiterals(pattern.hans(), pattern.hant(), pairs));
        return pairs;
    }

    private static void addLiterals(Template hans, Template hant, List<String[]> pairs) {
        for (int i = 0; i < hans.literals().size(); i++) {
            if (!hans.literals().get(i).isEmpty() || !hant.literals().get(i).isEmpty()) {
                pairs.add(new String[] {hans.literals().get(i), hant.literals().get(i)});
            }
        }
    }

    private static List<ParallelTemplate> headlinePatterns() {
        return Stream.of(HeadlineTemplates.TITLES, HeadlineTemplates.SUMMARIES, HeadlineTemplates.SUBHEADINGS)
                .flatMap(List::stream)
                .toList();
    }

    private static String[] texts(Phrase phrase) {
        return new String[] {phrase.en(), phrase.hans(), phrase.hant()};
    }
}
