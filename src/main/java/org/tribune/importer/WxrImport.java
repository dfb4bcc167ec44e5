package org.tribune.importer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tribune.content.ArticleImageInput;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.content.RedirectService;
import org.tribune.content.Slugs;
import org.tribune.media.MediaLibrary;

/**
 * The second pass over an export: each post becomes an edition of the article its translation
 * group was given by {@link WxrIndex}, in the state its WordPress status gives it. Pages, other
 * post types, private and trashed posts and comments are counted and reported, not imported;
 * attachments are not articles, but with {@code --uploads} their files reach the media library,
 * and a post's featured attachment becomes its article's image.
 */
final class WxrImport implements WxrReader.Listener {
    private static final DateTimeFormatter WORDPRESS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String file;
    private final WxrOptions options;
    private final WordPressLanguages languages;
    private final Map<String, WxrIndex.Group> groups;
    private final WxrTerms terms;
    private final Lang fallbackLang;
    private final ImportBatch batch;
    private final ImportReport report;
    private final Map<String, String> authorNames = new HashMap<>();
    private final Map<String, String> authorIds = new HashMap<>();
    private final WxrOldAddresses oldAddresses;
    private final WxrImages images;
    private final Map<String, WxrIndex.Attachment> attachments;
    /** Posts whose featured image ({@code _thumbnail_id}) became their article's image. */
    private long featuredImages;

    private final Set<String> editionsSeen = new HashSet<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final Map<String, Integer> shortcodes = new TreeMap<>();
    private long comments;
    /** Posts dated by their local date because their GMT date was zero. */
    private long localDates;

    WxrImport(
            String file,
            WxrOptions options,
            WxrIndex index,
            ImportBatch batch,
            ImportReport report,
            RedirectService redirects,
            MediaLibrary media) {
        this.file = file;
        this.options = options;
        this.languages = WordPressLanguages.withMap(options.languageMap());
        this.groups = index.groups(languages);
        this.terms = index.terms();
        this.fallbackLang = options.lang() != null
                ? options.lang()
                : languages.find(index.channelLanguage()).orElse(null);
        this.batch = batch;
        this.report = report;
        this.oldAddresses = new WxrOldAddresses(file, redirects, options, report);
        this.images = new WxrImages(file, options.uploads(), media, options.dryRun(), report);
        this.attachments = index.attachments();
    }

    @Override
    public void author(WxrReader.WxrAuthor author) {
        authorNames.put(author.login(), author.displayName().isBlank() ? author.login() : author.displayName());
        authorIds.put(author.login(), author.id());
    }

    @Override
    public void item(WxrItem item) {
        comments += item.comments();
        if ("attachment".equals(item.type())) {
            images.attachment(
                    item.meta().getOrDefault("_wp_attached_file", ""), item.field("attachment_url"), item.line());
            return;
        }
        if (!"post".equals(item.type())) {
            skipped.merge(
                    item.type().isEmpty() ? "items without a post type" : item.type() + " items", 1, Integer::sum);
            return;
        }
        Optional<EditionStatus> status = status(item);
        if (status.isEmpty()) {
            report.note(file + ":" + item.line() + ": skipped: " + item.status() + " post " + item.postId());
            return;
        }
        try {
            importPost(item, status.get());
        } catch (ImportFields.BadRecord e) {
            batch.reject(file, item.line(), "post " + item.postId() + ": " + e.getMessage());
        }
    }

    private void importPost(WxrItem item, EditionStatus status) {
        String code = item.term("language")
                .map(WxrItem.Category::nicename)
                .orElse(item.meta().get("_wpml_import_language_code"));
        Lang lang = code == null
                ? Optional.ofNullable(fallbackLang)
                        .orElseThrow(() ->
                                new ImportFields.BadRecord("no language: give --lang for a single-language" + " site"))
                : languages
                        .find(code)
                        .orElseThrow(() -> new ImportFields.BadRecord("language '" + code
                                + "' is not en, zh-Hans or zh-Hant (map it with --language-map " + code + "=…)"));
        WxrIndex.Group group = groups.get(item.postId());
        String articleId = group.articleId();
        if (!editionsSeen.add(articleId + "/" + lang.tag())) {
            throw new ImportFields.BadRecord(
                    "its translation group already has a " + lang.tag() + " edition (" + articleId + ")");
        }
        Instant published = status == EditionStatus.DRAFT ? null : date(item, "post_date");
        if (status != EditionStatus.DRAFT && published == null) {
            throw new ImportFields.BadRecord(
                    "post_date: expected yyyy-MM-dd HH:mm:ss, got '" + item.field("post_date") + "'");
        }
        Instant updated = date(item, "post_modified");
        if (updated == null || (published != null && updated.isBefore(published))) {
            updated = published != null ? published : date(item, "post_date");
        }
        if (status != EditionStatus.DRAFT && parse(item.field("post_date_gmt"), ZoneOffset.UTC) == null) {
            localDates++;
        }
        var body = WordPressHtml.toMarkdown(item.field("content"));
        body.shortcodes().forEach((name, n) -> shortcodes.merge(name, n, Integer::sum));
        var input = new EditionInput(
                articleId,
                lang,
                item.field("title"),
                item.field("excerpt"),
                images.rewrite(body.markdown(), item.line()),
                published,
                updated,
                authors(group),
                topics(group, lang));
        Runnable redirectOldAddresses = () -> {};
        if (status != EditionStatus.DRAFT) {
            List<WxrItem.Category> ownTerms = new ArrayList<>(item.terms("category"));
            ownTerms.addAll(item.terms("post_tag"));
            String link = item.field("link");
            String postId = item.postId();
            List<WxrItem.Category> topics =
                    ownTerms.stream().filter(this::isTopic).toList();
            redirectOldAddresses = () -> oldAddresses.post(link, postId, lang, articleId, group.creator(), topics);
        }
        ArticleImageInput image = featuredImage(item, lang);
        if (options.dryRun()) {
            report.note(file + ":" + item.line() + ": would import post " + item.postId() + " as " + articleId + " ("
                    + lang.tag() + ", " + status.code() + ")");
        }
        // A post whose edition is refused (over the limits, say) keeps no old address: it would lead nowhere.
        batch.add(file, item.line(), input, status, image, redirectOldAddresses);
    }

    /**
     * The post's featured image as its article's image, with the attachment's alt text and caption
     * in the post's language: Polylang gives each translation its own attachment, so each edition
     * brings the texts in its language. Null when the post has none or its file is not imported,
     * which is reported with the post's line and the image's address.
     */
    private ArticleImageInput featuredImage(WxrItem item, Lang lang) {
        String thumbnailId = item.meta().getOrDefault("_thumbnail_id", "").strip();
        if (thumbnailId.isEmpty()) {
            return null;
        }
        String where = file + ":" + item.line() + ": featured image of post " + item.postId();
        WxrIndex.Attachment attachment = attachments.get(thumbnailId);
        if (attachment == null) {
            report.note(where + " (attachment " + thumbnailId + ") is not in the export, article left without an"
                    + " image");
            return null;
        }
        String url = attachment.url().isBlank() ? attachment.file() : attachment.url();
        Optional<String> stored = images.featured(attachment.file(), attachment.url(), attachment.line());
        if (options.dryRun() && images.readable(attachment.file())) {
            featuredImages++;
            return null;
        }
        if (stored.isEmpty()) {
            report.note(where + " not imported"
                    + (options.uploads() == null ? " (no --uploads folder)" : "")
                    + ", article left without an image: " + url);
            return null;
        }
        featuredImages++;
        if (attachment.alt().isEmpty()) {
            report.note(
                    where + " has no alt text: shown as decoration in " + lang.tag() + " until an editor describes it");
            return new ArticleImageInput(stored.get(), Map.of(), null);
        }
        return ArticleImageInput.in(lang, stored.get(), attachment.alt(), attachment.caption(), null);
    }

    /** publish → published, future → scheduled, draft/pending → draft; anything else is not imported. */
    private static Optional<EditionStatus> status(WxrItem item) {
        return switch (item.status()) {
            case "publish" -> Optional.of(EditionStatus.PUBLISHED);
            case "future" -> Optional.of(EditionStatus.SCHEDULED);
            case "draft", "pending" -> Optional.of(EditionStatus.DRAFT);
            default -> Optional.empty();
        };
    }

    /**
     * The GMT field ({@code post_date_gmt}); when WordPress left it zero (drafts, and posts from
     * sites moved in from older versions or other systems), the local one in the site's timezone.
     */
    private Instant date(WxrItem item, String field) {
        Instant gmt = parse(item.field(field + "_gmt"), ZoneOffset.UTC);
        return gmt != null ? gmt : parse(item.field(field), options.timezone());
    }

    private static Instant parse(String text, ZoneId zone) {
        if (text.isEmpty() || text.startsWith("0000-00-00")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, WORDPRESS_DATE).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private List<Named> authors(WxrIndex.Group group) {
        String login = group.creator();
        if (login.isEmpty()) {
            return List.of();
        }
        return List.of(new Named(authorKey(login), authorNames.getOrDefault(login, login)));
    }

    /**
     * Every category and tag of the group's editions (Tribune links topics to the article, not to
     * an edition), each named in {@code lang}: a topic only the English post carries still shows
     * on the Chinese page, under its Chinese name when Polylang links the terms.
     */
    private List<Named> topics(WxrIndex.Group group, Lang lang) {
        Map<String, Named> topics = new LinkedHashMap<>();
        for (WxrItem.Category term : group.topics()) {
            if (!isTopic(term)) {
                continue;
            }
            String key = terms.topicKey(term, languages);
            topics.putIfAbsent(key, new Named(key, terms.nameIn(term, lang, languages)));
        }
        return List.copyOf(topics.values());
    }

    /** WordPress's default category is not a topic anyone chose; tags are none with {@code --topics categories}. */
    private boolean isTopic(WxrItem.Category term) {
        return !"uncategorized".equals(term.nicename())
                && (!options.categoriesOnly() || "category".equals(term.domain()));
    }

    private static String authorKey(String login) {
        String key = Slugs.from(login);
        return key.isEmpty() ? "author-" + hash(login) : key;
    }

    /** A short stable key for a name with no Latin letters or digits (a Chinese login or term slug). */
    private static String hash(String text) {
        return Integer.toHexString(text.hashCode() & 0x7fffffff);
    }

    /** Reports, once, what was counted rather than imported. */
    void finish() {
        images.finish();
        if (featuredImages > 0) {
            report.note(file + ": " + featuredImages + " featured images (_thumbnail_id) "
                    + (options.dryRun() ? "would become" : "became") + " their article's image");
        }
        oldAddresses.finish(
                terms,
                languages,
                authorIds,
                term -> isTopic(term) ? Optional.of(terms.topicKey(term, languages)) : Optional.empty(),
                WxrImport::authorKey);
        if (localDates > 0) {
            report.note(file + ": " + localDates + " posts had no GMT date (post_date_gmt 0000-00-00): dated by"
                    + " post_date in " + options.timezone()
                    + (options.timezone().equals(ZoneOffset.UTC)
                            ? " (the default: give the site's timezone with --timezone Area/City)"
                            : ""));
        }
        if (comments > 0) {
            report.note(file + ": " + comments + " comments not imported");
        }
        skipped.forEach((kind, n) -> report.note(file + ": " + n + " " + kind + " not imported"));
        shortcodes.forEach(
                (name, n) -> report.note(file + ": [" + name + "] shortcode left as text in " + n + " places"));
    }
}
