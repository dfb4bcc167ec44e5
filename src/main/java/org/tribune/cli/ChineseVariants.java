package org.tribune.cli;

import java.util.Locale;
import java.util.Optional;
import org.tribune.zh.OpenccConfig;

/** Maps the language tags people use to the OpenCC config that converts between them. */
final class ChineseVariants {
    private ChineseVariants() {}

    static Optional<OpenccConfig> configFor(String from, String to, boolean phrases) {
        String pair = normalize(from) + ">" + normalize(to);
        String name =
                switch (pair) {
                    case "hans>hant" -> "s2t";
                    case "hans>tw" -> phrases ? "s2twp" : "s2tw";
                    case "hans>hk" -> phrases ? "s2hkp" : "s2hk";
                    case "hant>hans" -> "t2s";
                    case "tw>hans" -> phrases ? "tw2sp" : "tw2s";
                    case "hk>hans" -> phrases ? "hk2sp" : "hk2s";
                    case "hant>tw" -> "t2tw";
                    case "tw>hant" -> "tw2t";
                    case "hant>hk" -> "t2hk";
                    case "hk>hant" -> "hk2t";
                    default -> null;
                };
        return Optional.ofNullable(name).flatMap(OpenccConfig::fromName);
    }

    private static String normalize(String tag) {
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "zh-hans", "zh-hans-cn", "zh-hans-sg", "zh-cn", "zh-sg" -> "hans";
            case "zh-hant" -> "hant";
            case "zh-hant-tw", "zh-tw" -> "tw";
            case "zh-hant-hk", "zh-hk", "zh-hant-mo", "zh-mo" -> "hk";
            default -> "?";
        };
    }
}
