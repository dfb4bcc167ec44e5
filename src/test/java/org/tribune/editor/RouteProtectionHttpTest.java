package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.Route;
import org.tribune.app.TestServer;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Permission;
import org.tribune.auth.Role;

/**
 * Every route that changes state under {@code /admin} or {@code /api}, found from the running
 * server's own route table, tried without credentials, with each role, and (in the newsroom)
 * without a CSRF token: a route added tomorrow is checked without anyone remembering to list it.
 * Newsroom routes are tried with a session cookie, API routes with a bearer token.
 */
class RouteProtectionHttpTest {
    private static final HttpClient BARE = HttpClient.newHttpClient();
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static NewsroomStaff staff = new NewsroomStaff(server);

    private static boolean guarded(Route route) {
        return route.path().startsWith("/admin") || route.path().startsWith("/api");
    }

    private static boolean endpoint(Route route) {
        return !route.method().startsWith("BEFORE") && !route.method().startsWith("AFTER");
    }

    private static List<Route> writeRoutes() {
        return server.app().routes().stream()
                .filter(r -> guarded(r) && endpoint(r) && !READS.contains(r.method()))
                .toList();
    }

    /** A concrete address for a route pattern, naming things that exist in the fixture. */
    private static String address(Route route) {
        return route.path()
                .replace("{id}", "alliance-drift")
                .replace("{lang}", "en")
                .replace("{n}", "1")
                .replace("{key}", "jane-doe")
                .replace("{name}", "test-author");
    }

    /** Sends the route's method with a form body (the newsroom) or a JSON one (the API). */
    private static HttpResponse<String> call(Route route, List<String> headers, String csrf) {
        boolean api = route.path().startsWith("/api");
        String body = api ? "{\"title\": \"x\"}" : "title=x" + (csrf == null ? "" : "&csrf=" + csrf);
        var request = HttpRequest.newBuilder(server.uri(address(route)))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded")
                .method(route.method(), HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            return BARE.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Calls the route as a person with this role: a fresh session in the newsroom, a token on the API. */
    private static HttpResponse<String> callAs(Role role, Route route) {
        if (route.path().startsWith("/api")) {
            return call(route, List.of("Authorization", "Bearer " + staff.apiToken(role)), null);
        }
        var signed = staff.signIn(role);
        return call(route, List.of("Cookie", NewsroomAccess.SESSION_COOKIE + "=" + signed.token), signed.csrf);
    }

    @Test
    void the_newsroom_and_the_api_have_write_routes_to_check() {
        assertThat(writeRoutes())
                .extracting(Route::path)
                .contains(
                        "/admin/articles",
                        "/admin/articles/{id}/{lang}",
                        "/admin/articles/{id}/{lang}/publish",
                        "/admin/users",
                        "/admin/logout",
                        "/api/v1/articles/{id}/editions/{lang}",
                        "/api/v1/articles/{id}/editions/{lang}/publish");
    }

    @Test
    void every_admin_and_api_route_declares_exactly_one_permission() {
        List<String> undeclared = new ArrayList<>();
        for (Route route : server.app().routes()) {
            if (guarded(route)
                    && endpoint(route)
                    && (route.roles().size() != 1 || !(route.roles().iterator().next() instanceof Permission))) {
                undeclared.add(route.method() + " " + route.path());
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void without_credentials_every_write_route_answers_401_and_changes_nothing() {
        int revisionsBefore = staff.revisionCount();
        for (Route route : writeRoutes()) {
            if (permission(route) == Permission.PUBLIC) {
                continue;
            }
            HttpResponse<String> response = call(route, List.of(), "guess");
            assertThat(response.statusCode())
                    .as("%s %s", route.method(), route.path())
                    .isEqualTo(401);
        }
        assertThat(staff.revisionCount()).isEqualTo(revisionsBefore);
    }

    @Test
    void a_role_without_the_permission_gets_403_for_every_write_route() {
        for (Role role : Role.values()) {
            for (Route route : writeRoutes()) {
                if (permission(route).grantedTo(role)) {
                    continue;
                }
                assertThat(callAs(role, route).statusCode())
                        .as("%s %s as %s", route.method(), route.path(), role)
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void a_role_with_the_permission_gets_past_the_guard() {
        for (Role role : Role.values()) {
            for (Route route : writeRoutes()) {
                if (!permission(route).grantedTo(role) || route.path().equals("/admin/logout")) {
                    continue;
                }
                HttpResponse<String> response = callAs(role, route);
                assertThat(response.statusCode())
                        .as("%s %s as %s", route.method(), route.path(), role)
                        .isNotEqualTo(401);
                assertThat(response.body())
                        .as("%s %s as %s", route.method(), route.path(), role)
                        .doesNotContain("route declares no permission");
            }
        }
    }

    @Test
    void every_newsroom_write_route_refuses_a_missing_or_wrong_csrf_token_even_for_an_admin() {
        for (Route route : writeRoutes()) {
            if (!route.path().startsWith("/admin")) {
                continue; // API calls carry a bearer token, which no browser sends on its own
            }
            var admin = staff.signIn(Role.ADMIN);
            List<String> cookie = List.of("Cookie", NewsroomAccess.SESSION_COOKIE + "=" + admin.token);
            assertThat(call(route, cookie, null).statusCode())
                    .as("%s %s without token", route.method(), route.path())
                    .isEqualTo(403);
            assertThat(call(route, cookie, "not-the-token").statusCode())
                    .as("%s %s with a wrong token", route.method(), route.path())
                    .isEqualTo(403);
        }
    }

    @Test
    void newsroom_pages_without_a_session_send_the_reader_to_the_login_form() {
        for (Route route : server.app().routes()) {
            if (route.method().equals("GET")
                    && route.path().startsWith("/admin")
                    && permission(route) != Permission.PUBLIC) {
                HttpResponse<String> response = server.get(address(route));
                assertThat(response.statusCode()).as(route.path()).isEqualTo(303);
                assertThat(response.headers().firstValue("Location"))
                        .as(route.path())
                        .hasValueSatisfying(l -> assertThat(l).startsWith("/admin/login?next="));
            }
        }
    }

    private static Permission permission(Route route) {
        return (Permission) route.roles().iterator().next();
    }
}
