package org.tribune.app;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribune.auth.AccountService;
import org.tribune.auth.Role;
import org.tribune.auth.SessionService;
import org.tribune.content.ArticleImage;
import org.tribune.content.ArticleImageInput;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.db.Database;
import org.tribune.media.TestImages;

/**
 * Every kind of page a reader or an editor sees, in each language, on a server holding
 * {@code /fixtures/journal.jsonl}: what the HTML and accessibility checkers read.
 */
public final class CheckedPages {
    public static final String FIXTURE = "/fixtures/journal.jsonl";

    private CheckedPages() {}

    /** One page of each public type in the three languages: home, article, side by side, listings, search, 404. */
    public static List<String> publicPages() {
        List<String> pages = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            String home = "/" + lang.pathSegment() + "/";
            Lang other = lang == Lang.EN ? Lang.ZH_HANS : Lang.EN;
            pages.add(home);
            pages.add(home + "articles/alliance-drift");
            pages.add(home + "articles/alliance-drift/parallel/" + other.pathSegment());
            pages.add(home + "topics/security");
            pages.add(home + "authors/jane-doe");
            pages.add(home + "archive/");
            pages.add(home + "archive/2022/03");
            pages.add(home + "search");
            pages.add(home + "search?q=" + (lang == Lang.EN ? "alliance" : "%E5%90%8C%E7%9B%9F"));
            pages.add(home + "search?q=zzyzx");
            pages.add(home + "articles/no-such-article");
        }
        return pages;
    }

    /** The newsroom's main pages, seen signed in as an admin (the sign-in page signed out). */
    public static List<String> newsroomPages() {
        return List.of(
                "/admin",
                "/admin/articles/alliance-drift/en",
                "/admin/articles/alliance-drift/zh-hans/translate",
                "/admin/articles/new");
    }

    /**
     * Gives the checked article an image with alt text in two languages and a caption, so that its
     * figure, the thumbnails in listings and related blocks, and the zh-Hant page's decorative
     * image (no alt text in that language) are checked too.
     */
    public static void giveTheArticleAnImage(TestServer server) {
        var image = server.app().services().media().store(TestImages.jpeg(2000, 1000), "harbour.jpg", "checker");
        server.content()
                .setArticleImage(
                        "alliance-drift",
                        new ArticleImageInput(
                                image.fileName().substring(0, 64),
                                Map.of(
                                        Lang.EN,
                                        new ArticleImage.Text("Container cranes at dawn", "The port of Busan."),
                                        Lang.ZH_HANS,
                                        new ArticleImage.Text("黎明时分的集装箱起重机", null)),
                                "Photo: Mei Lin"));
    }

    /** A session of a new admin account, made straight in the server's store: the value of its session cookie. */
    public static String adminSession(TestServer server) {
        Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
        try (Database db = Database.open("jdbc:sqlite:" + server.dataDir().resolve("tribune.db"))) {
            var account = new AccountService(db, clock)
                    .add("checker", "Page Checker", Role.ADMIN, "a password for the page checkers");
            return new SessionService(db, clock).start(account);
        }
    }
}
