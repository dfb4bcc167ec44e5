package org.tribune.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.content.ContentService;
import org.tribune.importer.ImportReport;
import org.tribune.importer.Importer;

/** The bundled demo journal ({@code demo/articles.jsonl}), so a newcomer sees a real-looking site at once. */
public final class DemoJournal {
    private static final Logger log = LoggerFactory.getLogger(DemoJournal.class);
    private static final String RESOURCE = "/demo/articles.jsonl";

    private DemoJournal() {}

    /** Imports the demo articles unless the store already holds articles; returns how many editions landed. */
    public static long loadIfEmpty(ContentService content) {
        if (!content.isEmpty()) {
            return 0;
        }
        var in = DemoJournal.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the demo journal " + RESOURCE + " is missing from the build");
        }
        ImportReport report = new Importer(content).importJsonLines(RESOURCE, in,
                problem -> log.error("demo content is broken: {}", problem));
        log.info("demo journal loaded: {}", report.summary());
        return report.imported();
    }
}
