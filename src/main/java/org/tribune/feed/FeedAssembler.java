package org.tribune.feed;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tribune.content.ArticleImage;
import org.tribune.content.ArticleView;
import org.tribune.content.ContentService;
import org.tribune.content.Edition;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.web.Messages;
import org.tribune.web.SitePaths;

/** Assembles an {@link AssembledFeed} (a feed in every notation) from the latest published editions of a scope, once for every notation. */
final class FeedAssembler {
    /** Enough for a reader who checks daily or weekly; older pieces are on the site. */
    static final int SIZE = 20;

    private static final int IMAGE_WIDTH = 1600;

    private final ContentService content;
    private final AbsoluteUrls urls;
    private final boolean fullContent;

    /** @param fullContent entries carry the whole body; otherwise the summary only */
    FeedAssembler(ContentService content, AbsoluteUrls urls, boolean fullContent) {
        this.content = content;
        this.urls = urls;
        this.fullContent = fullContent;
    }

    AssembledFeed assemble(FeedScope scope, Lang lang) {
        Messages m = Messages.of(lang);
        List<AssembledFeed.Entry> entries =
                latest(scope, lang).stream().map(this::entry).toList();
        Instant updated = entries.stream()
                .map(AssembledFeed.Entry::updated)
                .max(Instant::compareTo)
                .orElse(null);
        Map<FeedFormat, String> feedUrls = new EnumMap<>(FeedFormat.class);
        for (FeedFormat format : FeedFormat.values()) {
            feedUrls.put(format, urls.of(scope.feedPath(lang, format)));
        }
        var publisher = new AssembledFeed.Person(m.get("site.name"), urls.of(SitePaths.home(lang)));
        return new AssembledFeed(
                lang,
                scope.title(m),
                m.get("site.tagline"),
                urls.of(scope.pagePath(lang)),
                feedUrls,
                publisher,
                updated,
                entries);
    }

    /** The newest editions, newest first; one withdrawn between the two reads is left out. */
    private List<ArticleView> latest(FeedScope scope, Lang lang) {
        return content.latest(scope.listing(), lang, SIZE);
    }

    private AssembledFeed.Entry entry(ArticleView view) {
        Edition e = view.edition();
        Lang lang = e.lang();
        List<AssembledFeed.Person> authors = view.authors().stream()
                .map(a -> new AssembledFeed.Person(a.name(), urls.of(SitePaths.author(lang, a.key(), 1))))
                .toList();
        String scheme = urls.of(SitePaths.home(lang) + "topics/");
        List<AssembledFeed.Category> topics = view.topics().stream()
                .map((Named t) -> new AssembledFeed.Category(t.key(), t.name(), scheme))
                .toList();
        return new AssembledFeed.Entry(
                urls.of(SitePaths.article(lang, e.articleId())),
                e.title(),
                e.summary(),
                fullContent ? e.bodyHtml() : null,
                e.published(),
                e.updated(),
                authors,
                topics,
                image(view.image(), lang));
    }

    /** The widest copy up to 1600 pixels, as the article page's previews name it. */
    private AssembledFeed.Image image(ArticleImage image, Lang lang) {
        if (image == null) {
            return null;
        }
        ArticleImage.Variant shown = image.atMost(IMAGE_WIDTH);
        return new AssembledFeed.Image(
                urls.of(shown.path()),
                shown.contentType(),
                shown.bytes(),
                shown.width(),
                shown.height(),
                image.alt(lang));
    }
}
