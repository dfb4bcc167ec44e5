package org.tribune.zh;

import java.util.Locale;
import java.util.Optional;

/** The conversions Tribune offers, named and defined as OpenCC 1.4's config files name and define them. */
public enum OpenccConfig {
    S2T("Simplified to Traditional (OpenCC standard characters)"),
    T2S("Traditional to Simplified"),
    S2TW("Simplified to Traditional, Taiwan standard characters"),
    TW2S("Traditional (Taiwan) to Simplified"),
    S2TWP("Simplified to Traditional, Taiwan characters and vocabulary"),
    TW2SP("Traditional (Taiwan) to Simplified, Mainland vocabulary"),
    S2HK("Simplified to Traditional, Hong Kong standard characters"),
    HK2S("Traditional (Hong Kong) to Simplified"),
    S2HKP("Simplified to Traditional, Hong Kong characters and vocabulary"),
    HK2SP("Traditional (Hong Kong) to Simplified, Mainland vocabulary"),
    T2TW("Traditional to Taiwan standard characters"),
    TW2T("Taiwan standard characters to Traditional"),
    T2HK("Traditional to Hong Kong standard characters"),
    HK2T("Hong Kong standard characters to Traditional"),
    T2JP("Traditional (Kyūjitai) to Japanese Shinjitai"),
    JP2T("Japanese Shinjitai to Traditional (Kyūjitai)");

    private final String description;

    OpenccConfig(String description) {
        this.description = description;
    }

    /** OpenCC's name for it: {@code s2twp}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
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
