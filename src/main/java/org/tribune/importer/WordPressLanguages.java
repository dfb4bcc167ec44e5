package org.tribune.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tribune.content.Lang;

/**
 * Maps the language codes a WordPress site uses (Polylang's language slugs such as {@code en},
 * {@code zh}, {@code tw}; locales such as {@code zh_CN}, {@code zh_TW}; WPML's codes such as
 * {@code zh-hans}) to Tribune's three languages. A site that chose other slugs gives its own
 * mapping ({@code --language-map zh=zh-Hans,tw=zh-Hant}), which wins over the built-in one.
 */
final class WordPressLanguages {
    private static final Map<String, Lang> BUILT_IN = Map.ofEntries(
            Map.entry("en", Lang.EN),
            Map.entry("zh", Lang.ZH_HANS),
            Map.entry("cn", Lang.ZH_HANS),
            Map.entry("zh-cn", Lang.ZH_HANS),
            Map.entry("zh-sg", Lang.ZH_HANS),
            Map.entry("zh-hans", Lang.ZH_HANS),
            Map.entry("tw", Lang.ZH_HANT),
            Map.entry("hk", Lang.ZH_HANT),
            Map.entry("zh-tw", Lang.ZH_HANT),
            Map.entry("zh-hk", Lang.ZH_HANT),
            Map.entry("zh-mo", Lang.ZH_HANT),
            Map.entry("zh-hant", Lang.ZH_HANT));

    private final Map<String, Lang> overrides;

    private WordPressLanguages(Map<String, Lang> overrides) {
        this.overrides = overrides;
    }

    static WordPressLanguages builtIn() {
        return new WordPressLanguages(Map.of());
    }

    /**
     * Reads {@code slug=tag,slug=tag} (tags {@code en}, {@code zh-Hans}, {@code zh-Hant}).
     *
     * @throws IllegalArgumentException saying which pair is wrong and what was expected
     */
    static WordPressLanguages withMap(String spec) {
        Map<String, Lang> overrides = new HashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                String[] parts = pair.split("=", -1);
                if (parts.length != 2 || parts[0].isBlank()) {
                    throw new IllegalArgumentException(
                            "--language-map: expected slug=lang pairs such as zh=zh-Hans,tw=zh-Hant, got '" + pair
                                    + "'");
                }
                Lang lang = Lang.fromTag(parts[1].strip())
                        .orElseThrow(() -> new IllegalArgumentException("--language-map: expected en, zh-Hans or "
                                + "zh-Hant after '" + parts[0].strip() + "=', got '" + parts[1].strip() + "'"));
                overrides.put(normalized(parts[0]), lang);
            }
        }
        return new WordPressLanguages(Map.copyOf(overrides));
    }

    /** The Tribune language of a WordPress language slug or locale, if it is one Tribune has. */
    Optional<Lang> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String key = normalized(code);
        Lang lang = overrides.getOrDefault(key, BUILT_IN.get(key));
        if (lang == null && key.startsWith("en-")) {
            lang = Lang.EN; // en_US, en_GB …
        }
        return Optional.ofNullable(lang);
    }

    private static String normalized(String code) {
        return code.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
