package org.tribune.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tribune.content.Lang;
import org.tribune.content.Redirect;
import org.tribune.content.RedirectService;
import org.tribune.content.Slugs;

/**
 * The old site's addresses and the pages of this site that now answer them: each imported post's
 * permalink (its {@code <link>}) and {@code /?p=ID}, which WordPress answers for every post
 * whatever its permalink settings; each category's and tag's archive ({@code /category/slug/},
 * under its parents and Polylang's language folder too; {@code /tag/slug/}; {@code /?cat=ID}) and
 * each author's ({@code /author/login/}, {@code /?author=ID}), in the language of the first
 * published post that carries them (a term's own Polylang language wins).
 *
 * <p>Drafts get none: their addresses were never public; nor do posts whose edition was refused,
 * nor the archives only such posts carried. Recorded in batches, each old address
 * only when it has no redirect yet, so that importing the same file again changes nothing and a
 * redirect an admin changed is kept.
 */
final class WxrOldAddresses {
    private static final int BATCH = 500;

    private final String file;
    private final RedirectService redirects;
    private final boolean dryRun;
    private final String categoryBase;
    private final String tagBase;
    private final ImportReport report;
    private final Map<String, String> pending = new LinkedHashMap<>();
    /** Category or tag (taxonomy, slug) → the language of the first published post carrying it. */
    private final Map<WxrItem.Category, Lang> termLanguages = new LinkedHashMap<>();
    /** Author login → the language of the first published post under their byline. */
    private final Map<String, Lang> authorLanguages = new LinkedHashMap<>();

    private long added;
    private long already;

    WxrOldAddresses(String file, RedirectService redirects, WxrOptions options, ImportReport report) {
        this.file = file;
        this.categoryBase = WxrReader.decoded(options.categoryBase());
        this.tagBase = WxrReader.decoded(options.tagBase());
        this.redirects = redirects;
        this.dryRun = options.dryRun();
        this.report = report;
    }

    /**
     * A post stored as published or scheduled, in {@code lang}, bylined {@code authorLogin}, with
     * its permalink ({@code <link>}) and WordPress id.
     */
    void post(
            String link,
            String postId,
            Lang lang,
            String articleId,
            String authorLogin,
            List<WxrItem.Category> ownTerms) {
        String target = Redirect.articleTarget(lang, articleId);
        pathOf(link).ifPresent(path -> add(path, target));
        add("/?p=" + postId, target);
        for (WxrItem.Category term : ownTerms) {
            termLanguages.putIfAbsent(new WxrItem.Category(term.domain(), term.nicename(), ""), lang);
        }
        if (!authorLogin.isEmpty()) {
            authorLanguages.putIfAbsent(authorLogin, lang);
        }
    }

    /** The archives of the terms and authors published posts carry, then what is left to record. */
    void finish(
            WxrTerms terms,
            WordPressLanguages languages,
            Map<String, String> authorIds,
            Function<WxrItem.Category, Optional<String>> topicKey,
            Function<String, String> authorKey) {
        termLanguages.forEach((term, firstLang) -> topicKey.apply(term).ifPresent(key -> {
            Optional<WxrTerms.Term> known = terms.find(term.domain(), term.nicename());
            Optional<String> code = known.flatMap(terms::languageCode);
            Lang lang = code.flatMap(languages::find).orElse(firstLang);
            String target = Redirect.topicTarget(lang, key);
            for (String path : archivePaths(term, terms)) {
                add(path, target);
                code.ifPresent(c -> add("/" + c + path, target));
            }
            known.filter(t -> !t.id().isEmpty())
                    .ifPresent(t ->
                            add(("category".equals(t.taxonomy()) ? "/?cat=" + t.id() : "/?tag=" + t.slug()), target));
        }));
        authorLanguages.forEach((login, lang) -> {
            String target = Redirect.authorTarget(lang, authorKey.apply(login));
            add("/author/" + login.toLowerCase(Locale.ROOT), target);
            String nicename = Slugs.from(login);
            if (!nicename.isEmpty()) {
                add("/author/" + nicename, target);
            }
            String id = authorIds.get(login);
            if (id != null && !id.isEmpty()) {
                add("/?author=" + id, target);
            }
        });
        flush();
        if (dryRun) {
            report.note(
                    file + ": would redirect " + added + " old addresses (" + already + " have a redirect already)");
        } else {
            report.note(file + ": " + (added + already) + " old addresses redirect (" + added + " recorded now, "
                    + already + " had a redirect already)");
        }
    }

    /**
     * {@code /category/parent/child} and {@code /category/child} (WordPress answers both);
     * {@code /tag/slug}; under the site's own bases when it set them.
     */
    private List<String> archivePaths(WxrItem.Category term, WxrTerms terms) {
        List<String> paths = new ArrayList<>();
        if ("post_tag".equals(term.domain())) {
            paths.add("/" + tagBase + "/" + term.nicename());
            return paths;
        }
        paths.add("/" + categoryBase + "/" + term.nicename());
        StringBuilder nested = new StringBuilder(term.nicename());
        Optional<WxrTerms.Term> at = terms.find("category", term.nicename());
        for (int depth = 0;
                depth < 20 && at.isPresent() && !at.get().parentSlug().isEmpty();
                depth++) {
            nested.insert(0, at.get().parentSlug() + "/");
            at = terms.find("category", at.get().parentSlug());
        }
        if (!nested.toString().equals(term.nicename())) {
            paths.add("/" + categoryBase + "/" + nested);
        }
        return paths;
    }

    private void add(String oldPath, String target) {
        pending.putIfAbsent(oldPath, target);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        if (dryRun) {
            pending.keySet().forEach(old -> {
                if (redirects.isFree(old)) {
                    added++;
                } else {
                    already++;
                }
            });
        } else {
            var recorded = redirects.addImported(pending);
            added += recorded.added();
            already += pending.size() - recorded.added() - recorded.refused().size();
            recorded.refused()
                    .forEach(
                            (old, reason) -> report.note(file + ": old address " + old + " not redirected: " + reason));
        }
        pending.clear();
    }

    /** The path and query of a permalink ({@code https://example.org/zh/2022/03/04/slug/} → {@code /zh/2022/03/04/slug/}). */
    static Optional<String> pathOf(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        String l = link.strip();
        int scheme = l.indexOf("://");
        if (scheme >= 0) {
            int slash = l.indexOf('/', scheme + 3);
            int query = l.indexOf('?', scheme + 3);
            if (slash < 0 || (query >= 0 && query < slash)) {
                return Optional.of(query < 0 ? "/" : "/" + l.substring(query));
            }
            l = l.substring(slash);
        }
        int fragment = l.indexOf('#');
        if (fragment >= 0) {
            l = l.substring(0, fragment);
        }
        return l.startsWith("/") ? Optional.of(l) : Optional.empty();
    }
}
