package org.tribune.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.tribune.content.ArticleView;
import org.tribune.content.Edition;
import org.tribune.content.Lang;
import org.tribune.content.Slugs;
import org.tribune.web.Layout;
import org.tribune.web.PageNotFound;
import org.tribune.web.PageRequest;
import org.tribune.web.PageRoute;
import org.tribune.web.RenderedPage;
import org.tribune.web.SitePaths;

/** {@code /{lang}/articles/{slug}}: one edition, with its byline, topics and related articles. */
public final class ArticlePages {
    private final SiteRequests site;

    ArticlePages(SiteRequests site) {
        this.site = site;
    }

    List<PageRoute> pages() {
        return List.of(new PageRoute("/{lang}/articles/{slug}", this::article));
    }

    private RenderedPage article(PageRequest request) {
        Lang lang = site.lang(request);
        String slug = request.pathParam("slug");
        if (!Slugs.isValid(slug)) {
            throw new PageNotFound(lang, "no article " + slug);
        }
        return site.cached(request, () -> site.content
                .article(slug, lang)
                .map(this::render)
                .orElseThrow(() -> new PageNotFound(lang, "no article " + slug + " in " + lang.tag())));
    }

    private RenderedPage render(ArticleView view) {
        Edition e = view.edition();
        Lang lang = e.lang();
        Layout frame = site.layouts.build(
                lang, e.title(), e.summary(), view.availableIn(), other -> SitePaths.article(other, e.articleId()));
        Layout layout = frame.withArticle(ArticleMetaBuilder.of(view, frame))
                .withSideBySide(SideBySidePages.links(frame, e.articleId(), view.availableIn(), null));
        boolean updatedLater = e.updated() != null && day(e.updated()).isAfter(day(e.published()));
        var page = new ArticlePage(
                layout,
                e.title(),
                e.summary(),
                e.bodyHtml(),
                layout.date(e.published()),
                e.published().toString(),
                updatedLater ? layout.date(e.updated()) : null,
                e.derivedWith() == null ? null : layout.t("article.derived", layout.t("variant." + e.derivedWith())),
                site.content
                        .originalUpdatedSince(e)
                        .map(original ->
                                layout.t("article.original." + original.lang().tag(), layout.date(original.updated())))
                        .orElse(null),
                SiteRequests.authorLinks(lang, view.authors()),
                SiteRequests.topicLinks(lang, view.topics()),
                view.related().stream().map(site::teaser).toList(),
                view.image() == null ? null : PictureView.ofArticle(view.image(), lang));
        return site.render("site/article.jte", page);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
