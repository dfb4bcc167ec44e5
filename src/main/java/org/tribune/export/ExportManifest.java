package org.tribune.export;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tribune.content.SiteStamps;

/**
 * What an export wrote, kept in the export folder for the next one: the state of the site it was
 * made from ({@link SiteStamps} and a fingerprint of the code and settings), and every page with
 * the address it was fetched from and the pages it links to. The next export compares the site's
 * state with this one and fetches again only the pages that can have changed.
 *
 * <p>A manifest is brought forward by each export ({@link #apply}) rather than made anew, and it
 * answers which pages link to a file without a pass over all links ({@link PageIndex}): after an
 * edit both are about a handful of pages, however large the site. It is stored as {@link
 * ManifestFile} says.
 */
final class ExportManifest {
    /** A written file: where it came from, and the files of the internal links it holds. */
    record Page(String path, List<String> links) {}

    /**
     * What one export changed.
     *
     * @param stamps the site's state the export saw
     * @param fetched the pages it fetched, with their links now
     * @param gone the files it found gone
     */
    record Change(SiteStamps stamps, Map<String, Page> fetched, Set<String> gone) {
        /** Whether it changes anything in {@code manifest}: the stamps, a page's address or links, a file gone. */
        boolean changes(ExportManifest manifest) {
            return !gone.isEmpty()
                    || !stamps.equals(manifest.stamps())
                    || fetched.entrySet().stream()
                            .anyMatch(page -> !page.getValue().equals(manifest.pages.get(page.getKey())));
        }
    }

    private final String fingerprint;
    private SiteStamps stamps;
    /** In the order pages were first written: a page fetched again keeps its place, new ones come last. */
    private final LinkedHashMap<String, Page> pages;
    /**
     * Built on request ({@link #buildIndex}), then kept up to date by {@link #apply}; until then
     * questions are answered by a pass over the pages, which costs less than building the index
     * for an export run once (the command).
     */
    private PageIndex index;

    /**
     * @param fingerprint the code and the export's settings; another fingerprint means a full export
     * @param stamps the site's state when the pages were written
     * @param pages per file (relative to the export folder): the page's address and its links' files
     */
    ExportManifest(String fingerprint, SiteStamps stamps, Map<String, Page> pages) {
        this.fingerprint = fingerprint;
        this.stamps = stamps;
        this.pages = new LinkedHashMap<>(pages);
    }

    String fingerprint() {
        return fingerprint;
    }

    SiteStamps stamps() {
        return stamps;
    }

    Map<String, Page> pages() {
        return Collections.unmodifiableMap(pages);
    }

    /** The pages linking to any of {@code files}. */
    Set<String> pagesLinkingTo(Collection<String> files) {
        if (index == null) {
            Set<String> targets = Set.copyOf(files);
            Set<String> linking = new HashSet<>();
            pages.forEach((file, page) -> {
                for (String link : page.links()) {
                    if (targets.contains(link)) {
                        linking.add(file);
                        return;
                    }
                }
            });
            return linking;
        }
        return index.pagesLinkingTo(files);
    }

    /**
     * The files that are pages of any of the articles, authors and topics named (as {@code
     * articles/some-slug}, {@code authors/some-key}, {@code topics/some-key}).
     */
    Set<String> pagesAbout(Collection<String> subjects) {
        if (index == null) {
            Set<String> named = Set.copyOf(subjects);
            Set<String> about = new HashSet<>();
            for (String file : pages.keySet()) {
                String subject = PageIndex.subjectOf(file);
                if (subject != null && named.contains(subject)) {
                    about.add(file);
                }
            }
            return about;
        }
        return index.pagesAbout(subjects);
    }

    /**
     * Builds the index that answers which pages link to a file or are an article's without a pass
     * over every page, and keeps it from then on: for a manifest asked after edit upon edit.
     */
    void buildIndex() {
        if (index == null) {
            index = new PageIndex(pages);
        }
    }

    /**
     * Takes in what an export changed: its stamps; gone files removed; each fetched page in its
     * earlier place, or last when new (the order in which {@link ManifestFile} replays a change).
     */
    void apply(Change change) {
        stamps = change.stamps();
        // Past some size, building the index again (when next prepared) costs less than updating it.
        if (index != null && change.fetched().size() + change.gone().size() > pages.size() / 8) {
            index = null;
        }
        for (String file : change.gone()) {
            Page earlier = pages.remove(file);
            if (index != null && earlier != null) {
                index.remove(file, earlier);
            }
        }
        change.fetched().forEach((file, page) -> {
            Page earlier = pages.put(file, page);
            if (index != null && (earlier == null || !earlier.links().equals(page.links()))) {
                if (earlier != null) {
                    index.remove(file, earlier);
                }
                index.add(file, page);
            }
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportManifest that
                && fingerprint.equals(that.fingerprint)
                && stamps.equals(that.stamps)
                && pages.equals(that.pages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fingerprint, stamps, pages);
    }

    @Override
    public String toString() {
        return "ExportManifest[" + fingerprint + ", " + pages.size() + " pages]";
    }
}
