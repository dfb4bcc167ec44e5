package org.tribune.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tribune.app.TestServer;
import org.tribune.auth.AccountService;
import org.tribune.auth.Role;
import org.tribune.content.Fixtures;
import org.tribune.db.Database;

/**
 * The newsroom in headless Chromium as the browser tests use it: an editor "ed" and a translator
 * "tran" who sign in and out, type into fields and press workflow buttons.
 */
final class NewsroomBrowser {
    static final String PASSWORD = "browser test password";

    private final TestServer server;
    private final WebDriver browser;

    /** Adds the two accounts straight in the server's store. */
    NewsroomBrowser(TestServer server, WebDriver browser) {
        this.server = server;
        this.browser = browser;
        // Elements of the next page may take a moment after a click: look again for a while.
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        try (Database db = Database.open("jdbc:sqlite:" + server.dataDir().resolve("tribune.db"))) {
            var accounts = new AccountService(db, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
            accounts.add("ed", "Ed Itor", Role.EDITOR, PASSWORD);
            accounts.add("tran", "Tran Slator", Role.TRANSLATOR, PASSWORD);
        }
    }

    void open(String path) {
        browser.get(server.uri(path).toString());
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition::apply);
    }

    void signIn(String username) {
        open("/admin/login");
        type("#username", username);
        type("#password", PASSWORD);
        find(".login button[type=submit]").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin"));
    }

    void signOut() {
        find(".admin-logout button").click();
        waitFor(d -> d.getCurrentUrl().contains("/admin/login"));
    }

    /** Creates an author on the authors page with a name in each language, and waits until it is saved. */
    void createAuthor(String key, String english, String simplified, String traditional) {
        open("/admin/authors");
        type("#entity-key", key);
        type("#name-en", english);
        type("#name-zh-Hans", simplified);
        type("#name-zh-Hant", traditional);
        find(".entity-form button[type=submit]").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/admin/authors/" + key + "?saved=1"));
    }

    /** Clicks a workflow button and waits for the page it leads to (the address may not change). */
    void press(String label) {
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
    }
}
