package org.tribune.zh;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run by the build (Maven's process-classes phase): reads every dictionary that any config uses,
 * from OpenCC's text files, and writes each as a compiled trie beside the classes, so that
 * converters start in milliseconds instead of parsing and sorting text.
 */
final class DictionaryCompiler {
    private DictionaryCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DictionaryCompiler OUTPUT_FOLDER");
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        ChineseConversions conversions = ChineseConversions.load();
        for (OpenccConfig config : OpenccConfig.values()) {
            conversions.converter(config);
        }
        for (Map.Entry<String, Dictionary> entry : conversions.loadedDictionaries().entrySet()) {
            Path file = folder.resolve(ChineseConversions.compiledFileName(entry.getKey()));
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                entry.getValue().writeCompiled(out);
            }
        }
        System.out.println("compiled " + conversions.loadedDictionaries().size() + " OpenCC dictionaries into " + folder);
    }
}
