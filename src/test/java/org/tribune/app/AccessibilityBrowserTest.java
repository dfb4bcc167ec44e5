package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.tribune.auth.NewsroomAccess;

/**
 * axe-core (Deque's accessibility engine, every rule it runs by default, best practices included)
 * in Chromium over every page type in the three languages and the newsroom's main pages: no
 * violation of impact moderate, serious or critical.
 */
@Tag("browser")
class AccessibilityBrowserTest {
    /** axe's impacts from moderate up; {@code minor} findings are left to review. */
    private static final Set<String> FAILING_IMPACTS = Set.of("moderate", "serious", "critical");

    @RegisterExtension
    static TestServer server = TestServer.withFixture(CheckedPages.FIXTURE);

    @RegisterExtension
    static HeadlessChromium chromium = new HeadlessChromium();

    static WebDriver browser;

    @BeforeAll
    static void browser() {
        browser = chromium.browser();
        CheckedPages.giveTheArticleAnImage(server);
    }

    /**
     * Every rule axe runs by default, with the details of violations only: passes and
     * inapplicable rules are still evaluated, but their nodes, which this test does not read, are
     * neither sent back through the driver nor parsed.
     */
    private static AxeBuilder axe() {
        var options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().disableIframeTesting().withOptions(options);
    }

    /** Each page's violations from moderate up, as {@code rule (impact): target, target}. */
    private static List<String> violations(String url) {
        browser.get(url);
        List<String> found = new ArrayList<>();
        for (Rule rule :
                new AxeBuilder().disableIframeTesting().analyze(browser).getViolations()) {
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                List<String> targets = rule.getNodes().stream()
                        .map(CheckedNode::getTarget)
                        .map(String::valueOf)
                        .toList();
                found.add(rule.getId() + " (" + rule.getImpact() + "): " + String.join(", ", targets));
            }
        }
        return found;
    }

    @Test
    void axe_reports_the_violations_it_finds() {
        String page = "<!DOCTYPE html><html><title>t</title><main><h1>Heading</h1><button></button>"
                + "<p style='color:#bbb;background:#fff'>faint</p></main></html>";

        List<String> found = violations("data:text/html;charset=utf-8,"
                + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));

        assertThat(found).anyMatch(v -> v.startsWith("button-name (critical)"));
        assertThat(found).anyMatch(v -> v.startsWith("color-contrast (serious)"));
        assertThat(found).anyMatch(v -> v.startsWith("html-has-lang (serious)"));
    }

    @Test
    void every_public_page_type_in_every_language_has_no_violation_from_moderate_up() {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (String path : CheckedPages.publicPages()) {
            List<String> found = violations(server.uri(path).toString());
            if (!found.isEmpty()) {
                failures.put(path, found);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void the_newsrooms_main_pages_have_no_violation_from_moderate_up() {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        List<String> login = violations(server.uri("/admin/login").toString());
        if (!login.isEmpty()) {
            failures.put("/admin/login", login);
        }
        browser.manage().addCookie(new Cookie(NewsroomAccess.SESSION_COOKIE, CheckedPages.adminSession(server), "/"));
        try {
            for (String path : CheckedPages.newsroomPages()) {
                List<String> found = violations(server.uri(path).toString());
                assertThat(browser.getCurrentUrl()).as("signed in").endsWith(path);
                if (!found.isEmpty()) {
                    failures.put(path, found);
                }
            }
        } finally {
            browser.manage().deleteCookieNamed(NewsroomAccess.SESSION_COOKIE);
        }
        assertThat(failures).isEmpty();
    }
}
