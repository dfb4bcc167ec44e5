package org.tribune.zh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OpenCC's configs and dictionaries (bundled from the release named in {@code opencc/VERSION}),
 * built into converters on first use. Dictionaries are read once and shared by every config that
 * names them; converters are cached. Thread-safe.
 *
 * <pre>{@code
 * ChineseConversions conversions = ChineseConversions.load();
 * String traditional = conversions.converter(OpenccConfig.S2TWP).convert("软件开发");   // 軟體開發
 * }</pre>
 */
public final class ChineseConversions {
    private static final String ROOT = "/org/tribune/zh/opencc/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Dictionary> dictionaries = new ConcurrentHashMap<>();
    private final Map<OpenccConfig, ScriptConverter> converters = new EnumMap<>(OpenccConfig.class);

    private ChineseConversions() {}

    public static ChineseConversions load() {
        return new ChineseConversions();
    }

    /** The converter for {@code config}, built from its config file on first use. */
    public synchronized ScriptConverter converter(OpenccConfig config) {
        return converters.computeIfAbsent(config, this::build);
    }

    /**
     * {@code base} with a glossary on top: each term (as written in the source script) comes out as
     * its replacement, whatever the dictionaries say. Without terms, {@code base} itself.
     */
    public static ScriptConverter withOverrides(ScriptConverter base, Map<String, String> terms) {
        return terms.isEmpty() ? base : new OverridingConverter(base, terms);
    }

    /** The OpenCC release the bundled data comes from. */
    public static String openccVersion() {
        try (InputStream in = resource("VERSION")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ScriptConverter build(OpenccConfig config) {
        JsonNode doc;
        try (InputStream in = resource("config/" + config.configName() + ".json")) {
            doc = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenCC config " + config.configName(), e);
        }
        List<Conversion> normalization = chain(doc.path("normalization"));
        JsonNode segmentation = doc.get("segmentation");
        Matcher segmenter = segmentation == null ? null : matcher(segmentation.get("dict"));
        return new ConfigConverter(normalization, segmenter, chain(doc.get("conversion_chain")));
    }

    private List<Conversion> chain(JsonNode steps) {
        List<Conversion> chain = new ArrayList<>();
        for (JsonNode step : steps) {
            chain.add(new Conversion(matcher(step.get("dict"))));
        }
        return chain;
    }

    /** A dictionary spec: a file, or a group with its match policy (short_circuit unless said). */
    private Matcher matcher(JsonNode spec) {
        String type = spec.path("type").asText();
        if (!type.equals("group")) {
            return dictionary(spec.path("file").asText());
        }
        List<Matcher> members = new ArrayList<>();
        spec.path("dicts").forEach(member -> members.add(matcher(member)));
        var policy = spec.path("match_policy").asText("short_circuit").equals("union")
                ? DictionaryGroup.Policy.UNION : DictionaryGroup.Policy.SHORT_CIRCUIT;
        return members.size() == 1 ? members.getFirst() : new DictionaryGroup(policy, members);
    }

    private Dictionary dictionary(String file) {
        String name = file.replaceFirst("\\.(ocd2|ocd|txt)$", "");
        return dictionaries.computeIfAbsent(name, n -> {
            try (InputStream in = resource("dictionary/" + n + ".txt")) {
                return Dictionary.read(n, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenCC dictionary " + n, e);
            }
        });
    }

    private static InputStream resource(String path) {
        InputStream in = ChineseConversions.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("OpenCC data " + path + " is missing from the build");
        }
        return in;
    }
}
