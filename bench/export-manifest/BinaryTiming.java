package org.tribune.export;

// Times the binary manifest (ManifestFile) of builds up to d834609; compiles only against such a jar, on a manifest a
// 10,000-article export left (bench/README.md, "Export manifest in SQLite"). In the export's package
// for its package-private classes; put beside the jar, not in it:
//   javac -d /tmp/timing -cp JAR bench/export-manifest/BinaryTiming.java
//   java -Xmx1g -cp /tmp/timing:JAR org.tribune.export.BinaryTiming EXPORT_DIR ARTICLE_ID

import java.nio.file.*;
import java.util.*;

public class BinaryTiming {
    public static void main(String[] args) throws Exception {
        Path src = Path.of(args[0]);
        String subject = "articles/" + args[1];
        Path tmp = Files.createTempDirectory("bin");
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            var m = ManifestFile.read(src).orElseThrow();
            long t1 = System.nanoTime();
            var whole = ManifestFile.write(tmp, m);
            long t2 = System.nanoTime();
            m.buildIndex();
            long t3 = System.nanoTime();
            Set<String> changed = m.pagesAbout(List.of(subject));
            Set<String> again = new HashSet<>(changed);
            again.addAll(m.pagesLinkingTo(changed));
            Map<String, ExportManifest.Page> fetched = new LinkedHashMap<>();
            again.forEach(f -> { if (m.pages().containsKey(f)) fetched.put(f, m.pages().get(f)); });
            long t4 = System.nanoTime();
            var change = new ExportManifest.Change(m.stamps(), fetched, Set.of());
            long appended = ManifestFile.append(tmp, m, change, whole);
            m.apply(change);
            ManifestFile.identity(tmp);
            long t5 = System.nanoTime();
            System.out.printf("binary: read %.0f ms, write whole %.0f ms (%d bytes), index %.0f ms; edit: questions %.2f ms (%d pages), append+apply %.2f ms (%d bytes)%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, Files.size(tmp.resolve(ManifestFile.NAME)) - appended, (t3 - t2) / 1e6,
                    (t4 - t3) / 1e6, again.size(), (t5 - t4) / 1e6, appended);
        }
    }
}
