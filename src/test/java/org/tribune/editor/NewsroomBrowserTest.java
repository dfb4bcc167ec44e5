package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
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
 * An editor and a translator in a real browser: write an English article, translate it on the
 * desk, publish both, read them on the site through the language switch, then change a source
 * paragraph and see the translator's highlight.
 */
@Tag("browser")
class NewsroomBrowserTest {
    private static final String PASSWORD = "browser test password";

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static HeadlessChromium chromium = new HeadlessChromium();

    static WebDriver browser;

    @BeforeAll
    static void accounts() {
        browser = chromium.browser();
        // Elements of the next page may take a moment after a click: look again for a while.
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

    /** Clicks a workflow button and waits for the page it leads to (the address may not change). */
    private static void press(String label) {
        WebElement button = browser.findElements(By.cssSelector(".workflow button")).stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no workflow button " + label));
        // The page after the click may have the same address, so mark this document and wait until
        // the browser shows one without the mark. Not stalenessOf(button): while the old document
        // goes away, chromedriver can answer "Node with given id does not belong to the document"
        // instead of a stale element.
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.tribuneBeforePress = true;");
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script.executeScript(
                        "return window.tribuneBeforePress === undefined && document.readyState === 'complete';")));
        waitFor(d -> d.getCurrentUrl().contains("saved=1"));
    }

    @Test
    void write_translate_publish_read_and_see_a_changed_paragraph_highlighted() {
        signIn("ed");
        find("a[href='/admin/articles/new']").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/new"));
        type("#slug", "ferry-diplomacy");
        type("#title", "Ferry Diplomacy");
        type("#summary", "Small boats, large signals.");
        type("#body", "The ferry runs twice a week.");
        waitFor(d -> find("#preview").getText().contains("twice a week"));
        find("#body").sendKeys("\n\nIts timetable is a message.");
        type("#authors input", "jane-doe = Jane Doe");
        type("#topics input", "security = Security");
        find("#edition-form button[type=submit]").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/ferry-diplomacy/en?saved=1"));
        press("Publish");
        signOut();

        signIn("tran");
        open("/admin/articles/ferry-diplomacy/zh-hans/translate");
        type("#desk-title", "渡轮外交");
        type("#desk-summary", "小船，大信号。");
        List<WebElement> blocks = browser.findElements(By.cssSelector("tr[data-block] textarea"));
        assertThat(blocks).hasSize(2);
        blocks.get(0).clear();
        blocks.get(0).sendKeys("渡轮每周两班。");
        blocks.get(1).clear();
        blocks.get(1).sendKeys("它的时刻表就是信号。");
        find(".desk button[type=submit]").click();
        waitFor(d -> d.getCurrentUrl().contains("saved=1"));
        signOut();

        signIn("ed");
        open("/admin/articles/ferry-diplomacy/zh-hans");
        press("Publish");
        open("/en/articles/ferry-diplomacy");
        assertThat(find("h1").getText()).isEqualTo("Ferry Diplomacy");
        find(".language-switch a[hreflang='zh-Hans']").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/zh-hans/articles/ferry-diplomacy"));
        assertThat(find("h1").getText()).isEqualTo("渡轮外交");
        assertThat(find("article").getText()).contains("它的时刻表就是信号。");

        open("/admin/articles/ferry-diplomacy/en");
        type("#body", "The ferry runs every day now.\n\nIts timetable is a message.");
        find("#edition-form button[type=submit]").click();
        waitFor(d -> d.getCurrentUrl().contains("saved=1"));
        signOut();

        signIn("tran");
        open("/admin/articles/ferry-diplomacy/zh-hans/translate");
        List<WebElement> waiting = browser.findElements(By.cssSelector("tr[data-block].needs-work"));
        assertThat(waiting).hasSize(1);
        assertThat(waiting.getFirst()
                        .findElement(By.cssSelector(".desk-source"))
                        .getText())
                .isEqualTo("The ferry runs every day now.");
        assertThat(waiting.getFirst().findElement(By.cssSelector("textarea")).getAttribute("value"))
                .isEqualTo("渡轮每周两班。");
        assertThat(waiting.getFirst().findElements(By.cssSelector(".desk-was del, .desk-was ins")))
                .isNotEmpty();
    }

    @Test
    void an_author_made_in_three_languages_keeps_the_chinese_names_after_a_translation_is_saved() {
        open("/admin/login");
        // The browser is shared with the other test, which may end signed in and reading Chinese.
        browser.manage().deleteAllCookies();
        signIn("ed");
        open("/admin/authors");
        type("#entity-key", "mei-chen");
        type("#name-en", "Mei Chen");
        type("#name-zh-Hans", "陈美");
        type("#name-zh-Hant", "陳美玲");
        find(".entity-form button[type=submit]").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin/authors/mei-chen?saved=1"));

        find("a[href='/admin/articles/new']").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/new"));
        type("#slug", "harbour-lights");
        type("#title", "Harbour Lights");
        type("#summary", "Ports at night.");
        type("#body", "The lights stay on.");
        type("#authors input", "Mei Chen (mei-chen)");
        find("#edition-form button[type=submit]").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/harbour-lights/en?saved=1"));
        press("Publish");
        signOut();

        signIn("tran");
        open("/admin/articles/harbour-lights/zh-hans/translate");
        type("#desk-title", "港口灯火");
        type("#desk-summary", "夜里的港口。");
        WebElement block = find("tr[data-block] textarea");
        block.clear();
        block.sendKeys("灯一直亮着。");
        find(".desk button[type=submit]").click();
        waitFor(d -> d.getCurrentUrl().contains("saved=1"));
        signOut();

        signIn("ed");
        open("/admin/articles/harbour-lights/zh-hans");
        press("Publish");
        open("/zh-hans/articles/harbour-lights");
        assertThat(find(".byline").getText()).contains("陈美").doesNotContain("Mei Chen");
        open("/zh-hant/articles/harbour-lights");
        assertThat(find(".byline").getText()).contains("陳美玲");
        open("/zh-hans/authors/mei-chen");
        assertThat(find("h1").getText()).contains("陈美");
        open("/en/articles/harbour-lights");
        assertThat(find(".byline").getText()).contains("Mei Chen");
    }
}
