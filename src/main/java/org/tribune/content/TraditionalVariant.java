package org.tribune.content;

import java.util.Locale;
import java.util.Optional;
import org.tribune.zh.OpenccConfig;

/**
 * How derived Traditional editions are written. Taiwan's standard characters without regional
 * vocabulary ({@code s2tw}) is the default: readers in Taiwan and Hong Kong write 為, 裡, 著,
 * not OpenCC's standard forms 爲, 裏, 着 ({@code s2t}); and {@code s2twp} turns 循环 into 迴圈,
 * right for software and wrong for 恶性循环 in a political text.
 */
public enum TraditionalVariant {
    S2T(OpenccConfig.S2T, null),
    S2TW(OpenccConfig.S2TW, "tw"),
    S2TWP(OpenccConfig.S2TWP, "tw"),
    S2HK(OpenccConfig.S2HK, "hk");

    private final OpenccConfig config;
    private final String region;

    TraditionalVariant(OpenccConfig config, String region) {
        this.config = config;
        this.region = region;
    }

    public OpenccConfig config() {
        return config;
    }

    /** The glossary region whose terms apply besides those for all regions: tw, hk, or none. */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    public static Optional<TraditionalVariant> fromName(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
