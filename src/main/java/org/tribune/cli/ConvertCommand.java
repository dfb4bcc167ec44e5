package org.tribune.cli;

import java.io.BufferedOutputStream;
import java.util.concurrent.Callable;
import org.tribune.zh.ChineseConversions;
import org.tribune.zh.OpenccConfig;
import org.tribune.zh.StreamConversion;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tribune convert}: Simplified ⇄ Traditional Chinese from stdin to stdout, as OpenCC converts. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Convert Chinese text between scripts as OpenCC does (stdin to stdout, UTF-8).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:converted", "2:bad options, or input that is not UTF-8 (the byte offset is reported)"})
public final class ConvertCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Option(
                names = "--config",
                paramLabel = "NAME",
                description = "An OpenCC config: s2t, t2s, s2tw, tw2s, s2twp, tw2sp, s2hk, hk2s, s2hkp, hk2sp, "
                        + "t2tw, tw2t, t2hk, hk2t, t2jp, jp2t.")
        String config;

        @ArgGroup(exclusive = false)
        Languages languages;
    }

    static final class Languages {
        @Option(
                names = "--from",
                required = true,
                paramLabel = "LANG",
                description = "zh-Hans, zh-Hant, zh-Hant-TW or zh-Hant-HK.")
        String from;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "LANG",
                description = "zh-Hans, zh-Hant, zh-Hant-TW or zh-Hant-HK.")
        String to;

        @Option(names = "--phrases", description = "Also convert regional vocabulary (软件 → 軟體 for Taiwan).")
        boolean phrases;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OpenccConfig config = choice.config != null
                ? OpenccConfig.fromName(choice.config)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(), "unknown config '" + choice.config + "'; see --help for the list"))
                : ChineseVariants.configFor(choice.languages.from, choice.languages.to, choice.languages.phrases)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(),
                                "no conversion from "
                                        + choice.languages.from + " to " + choice.languages.to
                                        + "; use zh-Hans, zh-Hant, zh-Hant-TW or zh-Hant-HK"));
        // Converted text goes out as UTF-8 bytes, so the raw stream, not picocli's character writer.
        var out = new BufferedOutputStream(System.out, 1 << 16);
        try {
            StreamConversion.convert(ChineseConversions.load().converter(config), System.in, out);
            return 0;
        } catch (StreamConversion.InvalidUtf8 e) {
            out.flush();
            spec.commandLine().getErr().println("tribune convert: " + e.getMessage());
            return 2;
        }
    }
}
