package org.tribune.zh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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

    private final boolean useCompiled;
    private final Map<String, Dictionary> dictionaries = new ConcurrentHashMap<>();
    private final Map<OpenccConfig, Map<?, ?>> configs = new EnumMap<>(OpenccConfig.class);
    private final Map<OpenccConfig, ScriptConverter> converters = new EnumMap<>(OpenccConfig.class);

    private ChineseConversions(boolean useCompiled) {
        this.useCompiled = useCompiled;
    }

    public static ChineseConversions load() {
        return new ChineseConversions(true);
    }

    /** Reads OpenCC's own files even where the build compiled them: what the build compiles from. */
    static ChineseConversions fromSources() {
        return new ChineseConversions(false);
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
        return terms.isEmpty() ? base : new GlossaryConverter(base, terms);
    }

    /** The OpenCC release the bundled data comes from. */
    public static String openccVersion() {
        try (InputStream in = resource("VERSION")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ScriptConverter build(OpenccConfig config) {
        Map<?, ?> doc = config(config);
        preload(doc);
        Map<?, ?> segmentation = (Map<?, ?>) doc.get("segmentation");
        DictionaryMatcher segmenter = segmentation == null ? null : matcher((Map<?, ?>) segmentation.get("dict"));
        return new ConfigConverter(chain(doc.get("normalization")), segmenter, chain(doc.get("conversion_chain")));
    }

    /** Reads the config's dictionaries side by side: building tries is most of a converter's start-up. */
    private void preload(Object node) {
        List<Runnable> loads = new ArrayList<>();
        collectLoads(node, loads);
        loads.parallelStream().forEach(Runnable::run);
    }

    private void collectLoads(Object node, List<Runnable> loads) {
        if (node instanceof List<?> list) {
            list.forEach(item -> collectLoads(item, loads));
        } else if (node instanceof Map<?, ?> map) {
            if ("group".equals(map.get("type"))
                    && map.get("dicts") instanceof List<?> specs
                    && isUnionOfFiles(map, specs)) {
                loads.add(() -> unionOfFiles(specs.stream()
                        .map(member -> fileName((Map<?, ?>) member))
                        .toList()));
            } else if (map.containsKey("file")) {
                loads.add(() -> dictionary(fileName(map)));
            } else {
                map.values().forEach(value -> collectLoads(value, loads));
            }
        }
    }

    private static boolean isUnionOfFiles(Map<?, ?> group, List<?> specs) {
        return "union".equals(group.get("match_policy"))
                && specs.stream().noneMatch(member -> "group".equals(((Map<?, ?>) member).get("type")));
    }

    /** The config file as a tree: the build's compiled form when there is one, else the JSON. */
    private Map<?, ?> config(OpenccConfig config) {
        String name = config.configName();
        Map<?, ?> doc;
        try (InputStream compiled = useCompiled ? compiledResource(compiledConfigFileName(config)) : null) {
            doc = compiled != null ? ConfigTree.readCompiled(name, compiled) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read compiled OpenCC config " + name, e);
        }
        if (doc == null) {
            try (InputStream in = resource("config/" + name + ".json")) {
                doc = ConfigTree.parseJson(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenCC config " + name, e);
            }
        }
        configs.put(config, doc);
        return doc;
    }

    private List<ConversionStep> chain(Object steps) {
        List<ConversionStep> chain = new ArrayList<>();
        if (steps instanceof List<?> list) {
            for (Object step : list) {
                chain.add(new ConversionStep(matcher((Map<?, ?>) ((Map<?, ?>) step).get("dict"))));
            }
        }
        return chain;
    }

    /** A dictionary spec: a file, or a group with its match policy (short_circuit unless said). */
    private DictionaryMatcher matcher(Map<?, ?> spec) {
        if (!"group".equals(spec.get("type"))) {
            return dictionary(fileName(spec));
        }
        List<?> specs = (List<?>) spec.get("dicts");
        boolean union = "union".equals(spec.get("match_policy"));
        if (isUnionOfFiles(spec, specs)) {
            return unionOfFiles(
                    specs.stream().map(member -> fileName((Map<?, ?>) member)).toList());
        }
        List<DictionaryMatcher> members = new ArrayList<>();
        specs.forEach(member -> members.add(matcher((Map<?, ?>) member)));
        var policy = union ? DictionaryGroup.Policy.UNION : DictionaryGroup.Policy.SHORT_CIRCUIT;
        return members.size() == 1 ? members.getFirst() : new DictionaryGroup(policy, members);
    }

    /**
     * A union of plain dictionaries is one dictionary holding all their keys, the earlier file's
     * value winning a tie: exactly the union policy, walked once instead of once per file.
     */
    private Dictionary unionOfFiles(List<String> files) {
        return dictionaries.computeIfAbsent("union(" + String.join(",", files) + ")", name -> {
            Dictionary compiled = compiled(name);
            if (compiled != null) {
                return compiled;
            }
            Map<String, String> entries = new HashMap<>();
            for (String file : files) {
                try (InputStream in = resource("dictionary/" + file + ".txt")) {
                    Dictionary.readInto(file, in, entries);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read OpenCC dictionary " + file, e);
                }
            }
            return Dictionary.of(name, entries);
        });
    }

    /**
     * The trie the build compiled from the text dictionaries (see {@link DictionaryCompiler}), or
     * null when running from sources that were not compiled, which then read the text.
     */
    private Dictionary compiled(String name) {
        InputStream in = useCompiled ? compiledResource(compiledFileName(name)) : null;
        if (in == null) {
            return null;
        }
        try (in) {
            return Dictionary.readCompiled(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read compiled OpenCC dictionary " + name, e);
        }
    }

    private static InputStream compiledResource(String fileName) {
        return ChineseConversions.class.getResourceAsStream(ROOT + "compiled/" + fileName);
    }

    static String compiledFileName(String dictionaryName) {
        return dictionaryName.replaceAll("[^A-Za-z0-9_]", "_") + ".trie";
    }

    static String compiledConfigFileName(OpenccConfig config) {
        return config.configName() + ".config";
    }

    /** Every config read so far, as trees, for the build to compile. */
    synchronized Map<OpenccConfig, Map<?, ?>> loadedConfigs() {
        return Map.copyOf(configs);
    }

    /** Every dictionary read so far, by name, for the build to compile. */
    Map<String, Dictionary> loadedDictionaries() {
        return Map.copyOf(dictionaries);
    }

    private static String fileName(Map<?, ?> spec) {
        return String.valueOf(spec.get("file")).replaceFirst("\\.(ocd2|ocd|txt)$", "");
    }

    private Dictionary dictionary(String name) {
        return dictionaries.computeIfAbsent(name, n -> {
            Dictionary compiled = compiled(n);
            if (compiled != null) {
                return compiled;
            }
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
