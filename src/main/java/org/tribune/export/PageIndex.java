package org.tribune.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A manifest's pages looked up the other way round: which pages link to a file, and which files
 * are the pages of an article, an author or a topic. After an edit the export needs exactly
 * these, for a handful of files; scanning every link of every page for them would cost in
 * proportion to the site, not the edit. Built once from the pages, then kept up to date page by page.
 */
final class PageIndex {
    /** Per linked file, the pages linking to it. */
    private final Map<String, List<String>> linkingTo = new HashMap<>();
    /** Per subject ({@code articles/some-slug}), the files that are its pages. */
    private final Map<String, List<String>> pagesOf = new HashMap<>();

    PageIndex(Map<String, ExportManifest.Page> pages) {
        pages.forEach(this::add);
    }

    /** The pages linking to any of {@code files}. */
    Set<String> pagesLinkingTo(Collection<String> files) {
        Set<String> linking = new HashSet<>();
        for (String file : files) {
            linking.addAll(linkingTo.getOrDefault(file, List.of()));
        }
        return linking;
    }

    /** The files that are pages of any of the subjects named (as {@link #subjectOf} names them). */
    Set<String> pagesAbout(Collection<String> subjects) {
        Set<String> about = new HashSet<>();
        for (String subject : subjects) {
            about.addAll(pagesOf.getOrDefault(subject, List.of()));
        }
        return about;
    }

    void add(String file, ExportManifest.Page page) {
        for (String link : page.links()) {
            linkingTo.computeIfAbsent(link, target -> new ArrayList<>(2)).add(file);
        }
        String subject = subjectOf(file);
        if (subject != null) {
            pagesOf.computeIfAbsent(subject, key -> new ArrayList<>(3)).add(file);
        }
    }

    void remove(String file, ExportManifest.Page page) {
        for (String link : page.links()) {
            removeFrom(linkingTo, link, file);
        }
        String subject = subjectOf(file);
        if (subject != null) {
            removeFrom(pagesOf, subject, file);
        }
    }

    private static void removeFrom(Map<String, List<String>> lists, String key, String file) {
        List<String> list = lists.get(key);
        if (list != null && list.remove(file) && list.isEmpty()) {
            lists.remove(key);
        }
    }

    /**
     * The article, author or topic whose page the file is, as {@code articles/x} ({@code
     * en/articles/x/index.html}, {@code zh-hans/topics/t/page/2/index.html}, {@code
     * en/authors/a/feed.xml}); null for other files, a section's own index ({@code
     * en/topics/index.html}) included.
     */
    static String subjectOf(String file) {
        int first = file.indexOf('/');
        if (first < 0) {
            return null;
        }
        int kindEnd = file.indexOf('/', first + 1);
        if (kindEnd < 0 || file.indexOf('/', kindEnd + 1) < 0) {
            return null;
        }
        String kind = file.substring(first + 1, kindEnd);
        if (!kind.equals("articles") && !kind.equals("authors") && !kind.equals("topics")) {
            return null;
        }
        return file.substring(first + 1, file.indexOf('/', kindEnd + 1));
    }
}
