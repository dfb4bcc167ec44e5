package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.Role;

/** {@code /admin/redirects}: admins list, add, change and delete old addresses' redirects. */
class RedirectPagesHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static NewsroomStaff staff = new NewsroomStaff(server);

    @Test
    void an_admin_adds_a_redirect_that_answers_at_once_then_deletes_it() {
        var admin = staff.signIn(Role.ADMIN);

        HttpResponse<String> added = admin.post(
                "/admin/redirects", "old", "/old-journal/korea.html", "target", "/en/articles/alliance-drift");
        HttpResponse<String> moved = server.get("/old-journal/korea.html");
        var list = Jsoup.parse(admin.get("/admin/redirects?q=korea").body());

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).hasValue("/en/articles/alliance-drift");
        assertThat(list.select("tr[data-old=/old-journal/korea.html] td")
                        .first()
                        .text())
                .isEqualTo("/old-journal/korea.html");

        HttpResponse<String> deleted = admin.post("/admin/redirects/delete", "old", "/old-journal/korea.html");

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(server.get("/old-journal/korea.html").statusCode()).isEqualTo(404);
    }

    @Test
    void a_target_off_this_site_or_a_redirect_to_itself_is_refused_with_the_reason() {
        var admin = staff.signIn(Role.ADMIN);

        HttpResponse<String> offSite =
                admin.post("/admin/redirects", "old", "/elsewhere", "target", "//evil.example/phish");
        HttpResponse<String> loop = admin.post("/admin/redirects", "old", "/loop/", "target", "/loop");
        HttpResponse<String> root = admin.post("/admin/redirects", "old", "/", "target", "/en/");

        assertThat(offSite.statusCode()).isEqualTo(422);
        assertThat(offSite.body()).contains("expected a path of this site");
        assertThat(loop.statusCode()).isEqualTo(422);
        assertThat(loop.body()).contains("redirect to itself");
        assertThat(root.statusCode()).isEqualTo(422);
        assertThat(server.get("/elsewhere").statusCode()).isEqualTo(404);
    }

    @Test
    void only_admins_see_the_redirects() {
        assertThat(staff.signIn(Role.EDITOR).get("/admin/redirects").statusCode())
                .isEqualTo(403);
        assertThat(staff.signIn(Role.ADMIN).get("/admin/redirects").statusCode())
                .isEqualTo(200);
    }
}
