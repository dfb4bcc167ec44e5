package org.tribune.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tribune.content.EditionPairing.Pair;

class EditionPairingTest {
    private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");

    private static Edition edition(Lang lang, String body, String basedOnHash, String derivedWith) {
        return new Edition(
                "a",
                lang,
                "t",
                "",
                body,
                "",
                EditionStatus.PUBLISHED,
                derivedWith == null ? EditionOrigin.AUTHORED : EditionOrigin.DERIVED,
                AT,
                AT,
                "hash-" + lang.tag(),
                basedOnHash,
                derivedWith);
    }

    private static EditionPairing pairing(Edition source, Map<String, String> earlierBodies, Edition... others) {
        return new EditionPairing(
                source,
                hash -> Optional.ofNullable(earlierBodies.get(hash)),
                lang -> List.of(others).stream().filter(e -> e.lang() == lang).findFirst());
    }

    @Test
    void a_block_the_source_dropped_since_the_translation_stays_beside_nothing_where_it_stood() {
        Edition en = edition(Lang.EN, "One.\n\nThree.", null, null);
        Edition hans = edition(Lang.ZH_HANS, "一。\n\n二。\n\n三。", "v1", null);

        List<Pair> pairs =
                pairing(en, Map.of("v1", "One.\n\nTwo.\n\nThree."), hans).pair(hans, en);

        assertThat(pairs).containsExactly(new Pair("一。", "One."), new Pair("二。", ""), new Pair("三。", "Three."));
    }

    @Test
    void a_derived_edition_pairs_as_the_edition_it_was_converted_from() {
        Edition en = edition(Lang.EN, "New.\n\nOne.\n\nTwo.", null, null);
        Edition hans = edition(Lang.ZH_HANS, "一。\n\n二。", "v1", null);
        Edition hant = edition(Lang.ZH_HANT, "壹。\n\n貳。", null, "s2tw");

        List<Pair> pairs = pairing(en, Map.of("v1", "One.\n\nTwo."), hans, hant).pair(en, hant);

        assertThat(pairs).containsExactly(new Pair("New.", ""), new Pair("One.", "壹。"), new Pair("Two.", "貳。"));
    }

    @Test
    void two_translations_pair_through_the_source_each_was_made_from() {
        Edition en = edition(Lang.EN, "Lead.\n\nOne.\n\nTwo.", null, null);
        Edition hans = edition(Lang.ZH_HANS, "一。\n\n二。", "v1", null);
        Edition hant = edition(Lang.ZH_HANT, "導言。\n\n壹。\n\n貳。", "v2", null);

        List<Pair> pairs = pairing(en, Map.of("v1", "One.\n\nTwo.", "v2", "Lead.\n\nOne.\n\nTwo."), hans, hant)
                .pair(hans, hant);

        assertThat(pairs).containsExactly(new Pair("", "導言。"), new Pair("一。", "壹。"), new Pair("二。", "貳。"));
    }
}
