package org.tribune.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.api.WebhookService;
import org.tribune.auth.AccountService;
import org.tribune.auth.ApiTokenService;
import org.tribune.auth.LoginThrottle;
import org.tribune.auth.SessionService;
import org.tribune.content.AuthorTopicService;
import org.tribune.content.ContentService;
import org.tribune.content.ContentStore;
import org.tribune.content.GlossaryService;
import org.tribune.content.RelatedArticles;
import org.tribune.db.Database;
import org.tribune.media.MediaLibrary;
import org.tribune.newsroom.NewsroomOverview;
import org.tribune.newsroom.NewsroomService;
import org.tribune.search.SearchIndex;
import org.tribune.search.SearchSync;
import org.tribune.zh.ChineseConversions;

/**
 * The first layer of the composition root: the database and every service over it, and nothing
 * that runs in the background, listens or opens the search index. Command-line tools that only
 * read or write the store ({@code tribune user}, {@code token}, {@code import}…) open this alone;
 * {@link Site} builds on it.
 *
 * <pre>{@code
 * try (Services services = Services.open(settings, Clock.systemUTC())) {
 *     services.accounts().list();
 * }
 * }</pre>
 */
public final class Services implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Services.class);

    final Settings settings;
    final Clock clock;
    final Database db;
    final ChineseConversions conversions;
    private final ContentStore store;
    private final ContentService content;
    private final AuthorTopicService authorsAndTopics;
    private final NewsroomService newsroom;
    private final NewsroomOverview overview;
    private final GlossaryService glossary;
    private final AccountService accounts;
    private final SessionService sessions;
    private final LoginThrottle loginThrottle;
    private final ApiTokenService tokens;
    private final WebhookService webhooks;
    private final MediaLibrary media;

    private Services(
            Settings settings, Clock clock, Database db, ChineseConversions conversions, RelatedArticles related) {
        this.settings = settings;
        this.clock = clock;
        this.db = db;
        this.conversions = conversions;
        this.store = new ContentStore(db, clock, conversions, !settings.keepSourceQuotes());
        this.content = new ContentService(store, related);
        this.authorsAndTopics = new AuthorTopicService(store);
        this.newsroom = new NewsroomService(store);
        this.overview = new NewsroomOverview(db);
        this.glossary = new GlossaryService(store);
        this.accounts = new AccountService(db, clock);
        this.sessions = new SessionService(db, clock);
        this.loginThrottle = new LoginThrottle(db, clock, settings.loginRefusalHold());
        this.tokens = new ApiTokenService(db, clock);
        this.webhooks = new WebhookService(db, clock);
        this.media = new MediaLibrary(db, settings.dataDir().resolve("media"), clock);
    }

    /**
     * Opens the store (migrating it) and builds the services, applying a new choice of Traditional
     * variant from the settings.
     */
    public static Services open(Settings settings, Clock clock) {
        return open(settings, clock, openDatabase(settings, false), ChineseConversions.load(), RelatedArticles.NONE);
    }

    static Database openDatabase(Settings settings, boolean bulkReads) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + settings.dataDir(), e);
        }
        String url = settings.effectiveDatabaseUrl();
        return bulkReads ? Database.openForBulkReads(url) : Database.open(url);
    }

    /** The services over an open database; closing them closes it. */
    static Services open(
            Settings settings, Clock clock, Database db, ChineseConversions conversions, RelatedArticles related) {
        try {
            var services = new Services(settings, clock, db, conversions, related);
            if (settings.traditionalVariant() != null) {
                int rederived = services.content.useTraditionalVariant(settings.traditionalVariant());
                log.info(
                        "Traditional editions derived with {}; {} articles derived again",
                        settings.traditionalVariant(),
                        rederived);
            }
            int copied = services.media.copyFolderIntoDatabase();
            if (copied > 0) {
                log.info("{} images kept only in the data folder copied into the database", copied);
            }
            int behind = services.content.deriveAgainWhereVariantDiffers();
            if (behind > 0) {
                log.info(
                        "{} Traditional editions derived again with the site's variant ({})",
                        behind,
                        services.content.traditionalVariant());
            }
            return services;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public Database database() {
        return db;
    }

    public ContentService content() {
        return content;
    }

    /** The store the content services share, whose change listeners the site registers. */
    ContentStore store() {
        return store;
    }

    public AuthorTopicService authorsAndTopics() {
        return authorsAndTopics;
    }

    public NewsroomService newsroom() {
        return newsroom;
    }

    public NewsroomOverview overview() {
        return overview;
    }

    public GlossaryService glossary() {
        return glossary;
    }

    public AccountService accounts() {
        return accounts;
    }

    public SessionService sessions() {
        return sessions;
    }

    /** Failed sign-ins counted in the store, shared by every node. */
    public LoginThrottle loginThrottle() {
        return loginThrottle;
    }

    public ApiTokenService tokens() {
        return tokens;
    }

    public WebhookService webhooks() {
        return webhooks;
    }

    public MediaLibrary media() {
        return media;
    }

    /**
     * Empties the search index in the data folder and fills it again from the store, on the
     * caller's thread; nothing else may have the index open (the server keeps it open).
     *
     * @return how many editions the index holds now
     */
    public int rebuildSearchIndex() {
        try (var index = SearchIndex.open(settings.dataDir().resolve("index"), conversions, clock);
                var sync = new SearchSync(content, index)) {
            return sync.rebuildNow();
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
