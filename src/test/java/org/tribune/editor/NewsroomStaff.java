package org.tribune.editor;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tribune.app.TestServer;
import org.tribune.auth.Account;
import org.tribune.auth.AccountService;
import org.tribune.auth.ApiTokenService;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Role;
import org.tribune.auth.SessionService;
import org.tribune.content.Fixtures;
import org.tribune.db.Database;

/**
 * One signed-in person per role on a {@link TestServer}, made straight in its store (so tests do
 * not pay for a password check per request), with helpers to browse and post as them.
 */
final class NewsroomStaff implements BeforeAllCallback, AfterAllCallback {
    static final String PASSWORD = "newsroom test password";
    /** No cookie jar: each request carries exactly the session it names. */
    private static final HttpClient BARE = HttpClient.newHttpClient();

    private final TestServer server;
    private final String databaseUrl;
    private final Map<Role, Account> accounts = new EnumMap<>(Role.class);
    private Database db;
    private SessionService sessions;

    /** Register after the server: {@code @RegisterExtension static NewsroomStaff staff = new NewsroomStaff(server);} */
    NewsroomStaff(TestServer server) {
        this(server, null);
    }

    /** For a server whose store is at {@code databaseUrl} rather than in its data folder. */
    NewsroomStaff(TestServer server, String databaseUrl) {
        this.server = server;
        this.databaseUrl = databaseUrl;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        this.db = Database.open(
                databaseUrl != null
                        ? databaseUrl
                        : "jdbc:sqlite:" + server.dataDir().resolve("tribune.db"));
        this.sessions = new SessionService(db, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        var service = new AccountService(db, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        for (Role role : Role.values()) {
            String name = "test-" + role.code();
            accounts.put(
                    role, service.find(name).orElseGet(() -> service.add(name, "Test " + role.code(), role, PASSWORD)));
        }
    }

    Account account(Role role) {
        return accounts.get(role);
    }

    /** Another translator's account. */
    void addTranslator(String username) {
        new AccountService(db, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))
                .add(username, username, Role.TRANSLATOR, PASSWORD);
    }

    /** A new API token scoped to the role. */
    String apiToken(Role role) {
        return new ApiTokenService(db, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))
                .create(
                        "test-" + role.code() + "-"
                                + UUID.randomUUID().toString().substring(0, 8),
                        role);
    }

    /** A new session for the role's account. */
    Signed signIn(Role role) {
        String token = sessions.start(accounts.get(role));
        return new Signed(token, sessions.resolve(token).orElseThrow().csrfToken());
    }

    final class Signed {
        final String token;
        final String csrf;

        Signed(String token, String csrf) {
            this.token = token;
            this.csrf = csrf;
        }

        HttpResponse<String> get(String path) {
            return server.send(BARE, path, "Cookie", NewsroomAccess.SESSION_COOKIE + "=" + token);
        }

        /** Posts the fields with this session's CSRF token added. */
        HttpResponse<String> post(String path, String... fields) {
            List<String> form = new ArrayList<>(List.of(fields));
            form.add("csrf");
            form.add(csrf);
            return postWithout(path, form);
        }

        HttpResponse<String> postWithout(String path, List<String> form) {
            return server.postForm(BARE, path, form, "Cookie", NewsroomAccess.SESSION_COOKIE + "=" + token);
        }
    }

    /** How many revisions the store holds, over all editions: grows with every change. */
    int revisionCount() {
        return db.withHandle(h -> h.createQuery("select count(*) from edition_revision")
                .mapTo(int.class)
                .one());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (db != null) {
            db.close();
        }
    }
}
