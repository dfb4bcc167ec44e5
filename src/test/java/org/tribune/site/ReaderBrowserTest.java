package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tribune.app.HeadlessChromium;
import org.tribune.app.TestServer;

/** A reader in a real browser (Debian's headless Chromium): the language switch, Back to Top, the skip link. */
@Tag("browser")
class ReaderBrowserTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static HeadlessChromium chromium = new HeadlessChromium();

    static WebDriver browser;

    @BeforeAll
    static void browser() {
        browser = chromium.browser();
    }

    @Test
    void choosing_simplified_chinese_in_the_switch_shows_that_edition_and_is_remembered() {
        browser.get(server.uri("/en/articles/alliance-drift").toString());
        browser.findElement(By.cssSelector(".language-switch a[hreflang='zh-Hans']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/zh-hans/"));

        assertThat(browser.getCurrentUrl()).endsWith("/zh-hans/articles/alliance-drift");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("太平洋同盟的漂移");

        browser.get(server.uri("/").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/zh-hans/");
    }

    @Test
    void back_to_top_returns_to_the_top_of_the_article() {
        browser.get(server.uri("/en/articles/alliance-drift").toString());
        var js = (JavascriptExecutor) browser;
        js.executeScript("document.body.style.minHeight = '4000px'; window.scrollTo(0, document.body.scrollHeight);");
        assertThat(((Number) js.executeScript("return window.scrollY;")).doubleValue())
                .isGreaterThan(100);

        browser.findElement(By.cssSelector("a.back-to-top")).click();

        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d ->
                        ((Number) ((JavascriptExecutor) d).executeScript("return window.scrollY;")).doubleValue() < 1);
        assertThat(browser.getCurrentUrl()).endsWith("#top");
    }

    @Test
    void the_first_tab_reaches_the_skip_link_which_moves_focus_to_the_main_content() {
        browser.get(server.uri("/en/").toString());
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

        var focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        focused.sendKeys(Keys.ENTER);

        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
}
