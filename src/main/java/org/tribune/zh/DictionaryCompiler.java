package org.tribune.zh;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run by the build (Maven's process-classes phase): reads every config and every dictionary that
 * any config uses from OpenCC's own files (never from an earlier build's output), and writes each
 * dictionary as a compiled trie and each config as a {@link ConfigTree} beside the classes, so
 * that converters start in milliseconds instead of parsing JSON and sorting text.
 */
final class DictionaryCompiler {
    private DictionaryCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DictionaryCompiler OUTPUT_FOLDER");
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        ChineseConversions conversions = ChineseConversions.fromSources();
        for (OpenccConfig config : OpenccConfig.values()) {
            conversions.converter(config);
        }
        for (Map.Entry<String, Dictionary> entry :
                conversions.loadedDictionaries().entrySet()) {
            write(folder.resolve(ChineseConversions.compiledFileName(entry.getKey())), entry.getValue()::writeCompiled);
        }
        for (Map.Entry<OpenccConfig, Map<?, ?>> entry :
                conversions.loadedConfigs().entrySet()) {
            write(
                    folder.resolve(ChineseConversions.compiledConfigFileName(entry.getKey())),
                    out -> ConfigTree.writeCompiled(entry.getValue(), out));
        }
        System.out.println("compiled " + conversions.loadedDictionaries().size() + " OpenCC dictionaries and "
                + conversions.loadedConfigs().size() + " configs into " + folder);
    }

    private interface CompiledForm {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private static void write(Path file, CompiledForm form) throws IOException {
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            form.writeTo(out);
        }
    }
}
