package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.auth.NewsroomAccess;

/**
 * Every page type, in the three languages, and the newsroom's main pages pass the Nu Html Checker
 * (vnu) with no error, as served.
 */
class HtmlValidityHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture(CheckedPages.FIXTURE);

    static NuHtmlChecker checker;
    static String session;

    @BeforeAll
    static void checker() {
        checker = new NuHtmlChecker();
        session = CheckedPages.adminSession(server);
        CheckedPages.giveTheArticleAnImage(server);
    }

    @Test
    void the_checker_reports_errors_it_finds() {
        String broken = "<!DOCTYPE html><html lang=en><title>t</title><p id=a>one<p id=a>two<ul><div></div></ul>";

        assertThat(checker.errors(broken)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(checker.errors("<!DOCTYPE html><html lang=en><title>t</title><p>fine"))
                .isEmpty();
    }

    @Test
    void every_public_page_type_in_every_language_has_no_html_error() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String path : CheckedPages.publicPages()) {
            var response = server.get(path, "Accept", "text/html");
            assertThat(response.statusCode()).as(path).isIn(200, 404);
            List<String> found = checker.errors(response.body());
            if (!found.isEmpty()) {
                errors.put(path, found);
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void the_newsrooms_main_pages_have_no_html_error() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>();
        var login = server.get("/admin/login");
        assertThat(login.statusCode()).isEqualTo(200);
        record(errors, "/admin/login", checker.errors(login.body()));
        for (String path : CheckedPages.newsroomPages()) {
            var response = server.get(path, "Cookie", NewsroomAccess.SESSION_COOKIE + "=" + session);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            checked.add(path);
            record(errors, path, checker.errors(response.body()));
        }
        assertThat(checked).hasSize(CheckedPages.newsroomPages().size());
        assertThat(errors).isEmpty();
    }

    private static void record(Map<String, List<String>> errors, String path, List<String> found) {
        if (!found.isEmpty()) {
            errors.put(path, found);
        }
    }
}
