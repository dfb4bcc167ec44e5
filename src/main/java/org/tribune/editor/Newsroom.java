package org.tribune.editor;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.Duration;
import org.tribune.auth.AccountService;
import org.tribune.auth.LoginPages;
import org.tribune.auth.LoginThrottle;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.SessionService;
import org.tribune.content.AuthorTopicService;
import org.tribune.content.RedirectService;
import org.tribune.media.MediaLibrary;
import org.tribune.media.MediaPages;
import org.tribune.newsroom.NewsroomOverview;
import org.tribune.newsroom.NewsroomService;
import org.tribune.newsroom.PublicationScheduler;
import org.tribune.web.AdminLayouts;
import org.tribune.web.Assets;
import org.tribune.web.Templates;

/**
 * Everything under {@code /admin}, put together: the guard, sign-in, the dashboard, the editor,
 * revisions, the translation desk, images, accounts and old addresses' redirects, and the scheduler that publishes on time.
 */
public final class Newsroom implements AutoCloseable {
    private final NewsroomAccess access;
    private final LoginPages login;
    private final DashboardPages dashboard;
    private final EditorPages editor;
    private final RevisionPages revisions;
    private final DeskPages desk;
    private final AssignmentPages assignments;
    private final MediaPages media;
    private final UserPages users;
    private final AuthorTopicPages authorsAndTopics;
    private final RedirectPages redirects;
    private final PublicationScheduler scheduler;

    /**
     * @param publicUrlIsHttps readers and editors reach the site over HTTPS: cookies are Secure
     * @param schedulerInterval how often scheduled editions whose time has come are looked for
     */
    public Newsroom(
            NewsroomService newsroom,
            AuthorTopicService entities,
            NewsroomOverview overview,
            AccountService accounts,
            SessionService sessions,
            MediaLibrary mediaLibrary,
            RedirectService redirectService,
            Templates templates,
            Assets assets,
            Clock clock,
            boolean publicUrlIsHttps,
            Duration schedulerInterval) {
        var layouts = new AdminLayouts(assets);
        this.access = new NewsroomAccess(sessions);
        this.login = new LoginPages(
                accounts, sessions, new LoginThrottle(clock), access, templates, layouts, publicUrlIsHttps);
        this.dashboard = new DashboardPages(overview, templates, layouts);
        this.assignments = new AssignmentPages(newsroom, accounts);
        this.editor = new EditorPages(newsroom, templates, layouts, clock, assignments::translators, entities);
        this.revisions = new RevisionPages(newsroom, templates, layouts);
        this.desk = new DeskPages(newsroom, templates, layouts);
        this.media = new MediaPages(mediaLibrary, templates, layouts);
        this.users = new UserPages(accounts, templates, layouts);
        this.authorsAndTopics = new AuthorTopicPages(entities, mediaLibrary, templates, layouts);
        this.redirects = new RedirectPages(redirectService, templates, layouts);
        this.scheduler = new PublicationScheduler(newsroom, schedulerInterval);
    }

    public void addRoutes(RoutesConfig routes) {
        access.addGuard(routes);
        login.addRoutes(routes);
        dashboard.addRoutes(routes);
        editor.addRoutes(routes);
        revisions.addRoutes(routes);
        desk.addRoutes(routes);
        assignments.addRoutes(routes);
        media.addRoutes(routes);
        users.addRoutes(routes);
        authorsAndTopics.addRoutes(routes);
        redirects.addRoutes(routes);
    }

    public void start() {
        scheduler.start();
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
