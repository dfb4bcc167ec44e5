package org.tribune.zh;

import java.util.Locale;
import java.util.Optional;

/** The conversions Tribune offers, named and defined as OpenCC 1.4's config files name and define them. */
public enum OpenccConfig {
    S2T,
    T2S,
    S2TW,
    TW2S,
    S2TWP,
    TW2SP,
    S2HK,
    HK2S,
    S2HKP,
    HK2SP,
    T2TW,
    TW2T,
    T2HK,
    HK2T,
    T2JP,
    JP2T;

    /** OpenCC's name for it: {@code s2twp}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OpenccConfig> fromName(String name) {
        for (OpenccConfig config : values()) {
            if (config.configName().equalsIgnoreCase(name)) {
                return Optional.of(config);
            }
        }
        return Optional.empty();
    }
}
