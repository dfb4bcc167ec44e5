package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.Route;
import org.tribune.app.TestServer;
import org.tribune.auth.Permission;
import org.tribune.auth.Role;

/**
 * Every route that changes state under {@code /admin} or {@code /api}, found from the running
 * server's own route table, tried without a session, with each role, and without a CSRF token:
 * a route added tomorrow is checked without anyone remembering to list it here.
 */
class RouteProtectionHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static NewsroomStaff staff = new NewsroomStaff(server);

    private static List<Route> protectedRoutes() {
        return server.app().routes().stream()
                .filter(r -> r.path().startsWith("/admin") || r.path().startsWith("/api"))
                .filter(r -> !Set.of("GET", "HEAD", "OPTIONS", "BEFORE", "BEFORE_MATCHED", "AFTER", "AFTER_MATCHED")
                        .contains(r.method()))
                .toList();
    }

    /** A concrete address for a route pattern, naming things that exist in the fixture. */
    private static String address(Route route) {
        return route.path().replace("{id}", "alliance-drift").replace("{lang}", "en").replace("{n}", "1")
                .replace("{name}", "test-author");
    }

    @Test
    void the_newsroom_has_write_routes_to_check() {
        assertThat(protectedRoutes()).extracting(Route::path)
                .contains("/admin/articles", "/admin/articles/{id}/{lang}", "/admin/articles/{id}/{lang}/publish",
                        "/admin/users", "/admin/logout");
    }

    @Test
    void every_admin_and_api_route_declares_exactly_one_permission() {
        List<String> undeclared = new ArrayList<>();
        for (Route route : server.app().routes()) {
            boolean guarded = route.path().startsWith("/admin") || route.path().startsWith("/api");
            boolean endpoint = !route.method().startsWith("BEFORE") && !route.method().startsWith("AFTER");
            if (guarded && endpoint && (route.roles().size() != 1
                    || !(route.roles().iterator().next() instanceof Permission))) {
                undeclared.add(route.method() + " " + route.path());
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void without_a_session_every_write_route_answers_401_and_changes_nothing() {
        int revisionsBefore = staff.revisionCount();
        for (Route route : protectedRoutes()) {
            if (permission(route) == Permission.PUBLIC) {
                continue;
            }
            HttpResponse<String> response = server.postForm(address(route), List.of("title", "x", "csrf", "guess"));
            assertThat(response.statusCode()).as("%s %s", route.method(), route.path()).isEqualTo(401);
        }
        assertThat(staff.revisionCount()).isEqualTo(revisionsBefore);
    }

    @Test
    void a_role_without_the_permission_gets_403_for_every_write_route() {
        for (Role role : Role.values()) {
            for (Route route : protectedRoutes()) {
                Permission needed = permission(route);
                if (needed.grantedTo(role)) {
                    continue;
                }
                HttpResponse<String> response = staff.signIn(role).post(address(route), "title", "x");
                assertThat(response.statusCode()).as("%s %s as %s", route.method(), route.path(), role).isEqualTo(403);
            }
        }
    }

    @Test
    void a_role_with_the_permission_gets_past_the_guard() {
        for (Role role : Role.values()) {
            for (Route route : protectedRoutes()) {
                if (!permission(route).grantedTo(role) || route.path().equals("/admin/logout")) {
                    continue;
                }
                HttpResponse<String> response = staff.signIn(role).post(address(route));
                assertThat(response.statusCode()).as("%s %s as %s", route.method(), route.path(), role)
                        .isNotEqualTo(401);
                assertThat(response.body()).as("%s %s as %s", route.method(), route.path(), role)
                        .doesNotContain("route declares no permission");
            }
        }
    }

    @Test
    void every_write_route_refuses_a_missing_or_wrong_csrf_token_even_for_an_admin() {
        for (Route route : protectedRoutes()) {
            var admin = staff.signIn(Role.ADMIN);
            HttpResponse<String> missing = admin.postWithout(address(route), List.of("title", "x"));
            HttpResponse<String> wrong = admin.postWithout(address(route), List.of("title", "x", "csrf", "not-the-token"));
            assertThat(missing.statusCode()).as("%s %s without token", route.method(), route.path()).isEqualTo(403);
            assertThat(wrong.statusCode()).as("%s %s with a wrong token", route.method(), route.path()).isEqualTo(403);
        }
    }

    @Test
    void newsroom_pages_without_a_session_send_the_reader_to_the_login_form() {
        for (Route route : server.app().routes()) {
            if (route.method().equals("GET") && route.path().startsWith("/admin") && permission(route) != Permission.PUBLIC) {
                HttpResponse<String> response = server.get(address(route));
                assertThat(response.statusCode()).as(route.path()).isEqualTo(303);
                assertThat(response.headers().firstValue("Location")).as(route.path())
                        .hasValueSatisfying(l -> assertThat(l).startsWith("/admin/login?next="));
            }
        }
    }

    private static Permission permission(Route route) {
        return (Permission) route.roles().iterator().next();
    }
}
