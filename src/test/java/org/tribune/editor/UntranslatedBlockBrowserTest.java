package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tribune.app.HeadlessChromium;
import org.tribune.app.TestServer;
import org.tribune.auth.AccountService;
import org.tribune.auth.Role;
import org.tribune.content.Fixtures;
import org.tribune.db.Database;

/**
 * A translator leaves one block of a new article untranslated on the desk: submitting and
 * publishing are refused naming that block; once it is translated the edition publishes with no
 * block marked as English.
 */
@Tag("browser")
class UntranslatedBlockBrowserTest {
    private static final String PASSWORD = "browser test password";

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static HeadlessChromium chromium = new HeadlessChromium();

    static WebDriver browser;

    @BeforeAll
    static void accounts() {
        browser = chromium.browser();
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        try (Database db = Database.open("jdbc:sqlite:" + server.dataDir().resolve("tribune.db"))) {
            var accounts = new AccountService(db, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
            accounts.add("ed", "Ed Itor", Role.EDITOR, PASSWORD);
            accounts.add("tran", "Tran Slator", Role.TRANSLATOR, PASSWORD);
        }
    }

    private static void open(String path) {
        browser.get(server.uri(path).toString());
    }

    private static WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private static void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    private static void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition::apply);
    }

    private static void signIn(String username) {
        open("/admin/login");
        type("#username", username);
        type("#password", PASSWORD);
        find(".login button[type=submit]").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin"));
    }

    private static void signOut() {
        find(".admin-logout button").click();
        waitFor(d -> d.getCurrentUrl().contains("/admin/login"));
    }

    /** Clicks a workflow button and waits until the page it leads to has loaded. */
    private static void press(String label) {
        WebElement button = browser.findElements(By.cssSelector(".workflow button")).stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no workflow button " + label));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.tribuneBeforePress = true;");
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script.executeScript(
                        "return window.tribuneBeforePress === undefined && document.readyState === 'complete';")));
    }

    private static void translateOnDesk(List<String> texts) {
        open("/admin/articles/tide-tables/zh-hans/translate");
        type("#desk-title", "潮汐表");
        List<WebElement> blocks = browser.findElements(By.cssSelector("tr[data-block] textarea"));
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null) {
                blocks.get(i).clear();
                blocks.get(i).sendKeys(texts.get(i));
            }
        }
        find(".desk button[type=submit]").click();
        waitFor(d -> d.getCurrentUrl().contains("saved=1"));
    }

    @Test
    void publishing_is_refused_naming_the_block_left_untranslated_until_it_is_translated() {
        signIn("ed");
        find("a[href='/admin/articles/new']").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/new"));
        type("#slug", "tide-tables");
        type("#title", "Tide Tables");
        type("#body", "The tide turns twice a day.\n\nHarbours print tables.\n\nSailors read them.");
        find("#edition-form button[type=submit]").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/tide-tables/en?saved=1"));
        press("Publish");
        signOut();

        signIn("tran");
        open("/admin/articles/tide-tables/zh-hans/translate");
        assertThat(browser.findElements(By.cssSelector("tr[data-block].untranslated")))
                .as("the desk starts from the source text, every block untranslated")
                .hasSize(3);
        translateOnDesk(Arrays.asList("潮水每天转向两次。", null, "水手们阅读它们。"));
        assertThat(browser.findElements(By.cssSelector("tr[data-block].untranslated")))
                .extracting(row -> row.getAttribute("data-block"))
                .containsExactly("1");
        open("/admin/articles/tide-tables/zh-hans");
        press("Submit for review");
        assertThat(find(".form-error").getText()).contains("block 2");
        signOut();

        signIn("ed");
        open("/admin/articles/tide-tables/zh-hans");
        press("Publish");
        assertThat(find(".form-error").getText()).contains("block 2");
        open("/zh-hans/articles/tide-tables");
        assertThat(find("h1").getText()).isNotEqualTo("潮汐表");
        open("/admin");
        signOut();

        signIn("tran");
        translateOnDesk(Arrays.asList(null, "港口印制潮汐表。", null));
        signOut();

        signIn("ed");
        open("/admin/articles/tide-tables/zh-hans");
        press("Publish");
        waitFor(d -> d.getCurrentUrl().contains("saved=1"));
        open("/zh-hans/articles/tide-tables");
        assertThat(find("h1").getText()).isEqualTo("潮汐表");
        assertThat(browser.findElements(By.cssSelector(".article-body [lang]"))).isEmpty();
        assertThat(find(".article-body").getText()).contains("港口印制潮汐表。");
    }
}
