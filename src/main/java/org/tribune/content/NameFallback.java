package org.tribune.content;

import java.util.List;
import java.util.Map;

/**
 * Chooses a display name when a language has none of its own: the other Chinese script reads
 * better to a Chinese reader than English does, and any name reads better than a key.
 */
final class NameFallback {
    private NameFallback() {}

    static String pick(Map<Lang, String> names, Lang lang, String key) {
        for (Lang candidate : preference(lang)) {
            String name = names.get(candidate);
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return key;
    }

    static List<Lang> preference(Lang lang) {
        return switch (lang) {
            case EN -> List.of(Lang.EN, Lang.ZH_HANS, Lang.ZH_HANT);
            case ZH_HANS -> List.of(Lang.ZH_HANS, Lang.ZH_HANT, Lang.EN);
            case ZH_HANT -> List.of(Lang.ZH_HANT, Lang.ZH_HANS, Lang.EN);
        };
    }
}
