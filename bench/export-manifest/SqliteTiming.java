package org.tribune.export;

// Times the SQLite manifest (ExportManifest) of later builds, on a manifest a
// 10,000-article export left (bench/README.md, "Export manifest in SQLite"). In the export's package
// for its package-private classes; put beside the jar, not in it:
//   javac -d /tmp/timing -cp JAR bench/export-manifest/SqliteTiming.java
//   java -Xmx1g -cp /tmp/timing:JAR org.tribune.export.SqliteTiming EXPORT_DIR ARTICLE_ID

import java.nio.file.*;
import java.util.*;
import org.tribune.content.SiteStamps;

public class SqliteTiming {
    public static void main(String[] args) throws Exception {
        Path src = Path.of(args[0]);
        String subject = "articles/" + args[1];
        Map<String, ExportManifest.Page> pages;
        ExportManifest.State state;
        try (var m = ExportManifest.open(src, () -> false)) {
            pages = m.pages();
            state = m.state().orElseThrow();
        }
        for (int i = 0; i < 5; i++) {
            Path tmp = Files.createTempDirectory("sql");
            long t0 = System.nanoTime();
            try (var m = ExportManifest.open(tmp, () -> false)) {
                m.replace(state.fingerprint(), state.stamps(), pages);
                m.commit();
            }
            long t1 = System.nanoTime();
            long size = Files.size(tmp.resolve(ExportManifest.NAME));
            // An edit's bookkeeping: the state read, the questions, the links of the pages fetched again, the update.
            long t2 = System.nanoTime();
            Set<String> again;
            long t3, t4, t5, t6;
            try (var m = ExportManifest.open(tmp, () -> false)) {
                var before = m.state().orElseThrow();
                t3 = System.nanoTime();
                Set<String> changed = m.pagesAbout(List.of(subject));
                again = new HashSet<>(changed);
                again.addAll(m.pagesLinkingTo(changed));
                m.pathOf("sitemap.xml");
                m.pathOf("sitemaps/news.xml");
                m.readLinksOf(again);
                List<String> paths = m.pathsOf(again);
                t4 = System.nanoTime();
                Map<String, ExportManifest.Page> fetched = new LinkedHashMap<>();
                for (String f : again) {
                    var p = pages.get(f);
                    fetched.put(f, p);
                    p.links().forEach(m::isPage);
                }
                t5 = System.nanoTime();
                var articles = new HashMap<>(before.stamps().articles());
                String key = subject.substring("articles/".length());
                articles.put(key, new SiteStamps.ArticleStamp(i, i));
                m.update(new SiteStamps(articles, before.stamps().authors(), before.stamps().topics(), before.stamps().site()), fetched, Set.of());
                m.commit();
            }
            t6 = System.nanoTime();
            System.out.printf("sqlite: replace+commit %.0f ms (%d bytes); edit: open+state %.1f ms, questions+links+paths %.1f ms (%d pages), walk's isPage %.1f ms, update+commit %.1f ms, total %.1f ms%n",
                    (t1 - t0) / 1e6, size, (t3 - t2) / 1e6, (t4 - t3) / 1e6, again.size(), (t5 - t4) / 1e6, (t6 - t5) / 1e6, (t6 - t2) / 1e6);
        }
    }
}
