package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.tribune.app.HeadlessChromium;
import org.tribune.app.TestServer;

/**
 * An editor and a translator in a real browser: write an English article, translate it on the
 * desk, publish both, read them on the site through the language switch, then change a source
 * paragraph and see the translator's highlight.
 */
@Tag("browser")
class NewsroomBrowserTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static HeadlessChromium chromium = new HeadlessChromium();

    static WebDriver browser;
    static NewsroomBrowser ui;

    @BeforeAll
    static void accounts() {
        browser = chromium.browser();
        ui = new NewsroomBrowser(server, browser);
    }

    /** Presses a workflow button that saves, and waits for the saved page. */
    private static void press(String label) {
        ui.press(label);
        ui.waitFor(d -> d.getCurrentUrl().contains("saved=1"));
    }

    @Test
    void write_translate_publish_read_and_see_a_changed_paragraph_highlighted() {
        ui.signIn("ed");
        ui.find("a[href='/admin/articles/new']").click();
        ui.waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/new"));
        ui.type("#slug", "ferry-diplomacy");
        ui.type("#title", "Ferry Diplomacy");
        ui.type("#summary", "Small boats, large signals.");
        ui.type("#body", "The ferry runs twice a week.");
        ui.waitFor(d -> ui.find("#preview").getText().contains("twice a week"));
        ui.find("#body").sendKeys("\n\nIts timetable is a message.");
        ui.type("#authors input", "jane-doe = Jane Doe");
        ui.type("#topics input", "security = Security");
        ui.find("#edition-form button[type=submit]").click();
        ui.waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/ferry-diplomacy/en?saved=1"));
        press("Publish");
        ui.signOut();

        ui.signIn("tran");
        ui.open("/admin/articles/ferry-diplomacy/zh-hans/translate");
        ui.type("#desk-title", "渡轮外交");
        ui.type("#desk-summary", "小船，大信号。");
        List<WebElement> blocks = browser.findElements(By.cssSelector("tr[data-block] textarea"));
        assertThat(blocks).hasSize(2);
        blocks.get(0).clear();
        blocks.get(0).sendKeys("渡轮每周两班。");
        blocks.get(1).clear();
        blocks.get(1).sendKeys("它的时刻表就是信号。");
        ui.find(".desk button[type=submit]").click();
        ui.waitFor(d -> d.getCurrentUrl().contains("saved=1"));
        ui.signOut();

        ui.signIn("ed");
        ui.open("/admin/articles/ferry-diplomacy/zh-hans");
        press("Publish");
        ui.open("/en/articles/ferry-diplomacy");
        assertThat(ui.find("h1").getText()).isEqualTo("Ferry Diplomacy");
        ui.find(".language-switch a[hreflang='zh-Hans']").click();
        ui.waitFor(d -> d.getCurrentUrl().endsWith("/zh-hans/articles/ferry-diplomacy"));
        assertThat(ui.find("h1").getText()).isEqualTo("渡轮外交");
        assertThat(ui.find("article").getText()).contains("它的时刻表就是信号。");

        ui.open("/admin/articles/ferry-diplomacy/en");
        ui.type("#body", "The ferry runs every day now.\n\nIts timetable is a message.");
        ui.find("#edition-form button[type=submit]").click();
        ui.waitFor(d -> d.getCurrentUrl().contains("saved=1"));
        ui.signOut();

        ui.signIn("tran");
        ui.open("/admin/articles/ferry-diplomacy/zh-hans/translate");
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
        ui.open("/admin/login");
        // The browser is shared with the other test, which may end signed in and reading Chinese.
        browser.manage().deleteAllCookies();
        ui.signIn("ed");
        ui.createAuthor("mei-chen", "Mei Chen", "陈美", "陳美玲");

        ui.find("a[href='/admin/articles/new']").click();
        ui.waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/new"));
        ui.type("#slug", "harbour-lights");
        ui.type("#title", "Harbour Lights");
        ui.type("#summary", "Ports at night.");
        ui.type("#body", "The lights stay on.");
        ui.type("#authors input", "Mei Chen (mei-chen)");
        ui.find("#edition-form button[type=submit]").click();
        ui.waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/harbour-lights/en?saved=1"));
        press("Publish");
        ui.signOut();

        ui.signIn("tran");
        ui.open("/admin/articles/harbour-lights/zh-hans/translate");
        ui.type("#desk-title", "港口灯火");
        ui.type("#desk-summary", "夜里的港口。");
        WebElement block = ui.find("tr[data-block] textarea");
        block.clear();
        block.sendKeys("灯一直亮着。");
        ui.find(".desk button[type=submit]").click();
        ui.waitFor(d -> d.getCurrentUrl().contains("saved=1"));
        ui.signOut();

        ui.signIn("ed");
        ui.open("/admin/articles/harbour-lights/zh-hans");
        press("Publish");
        ui.open("/zh-hans/articles/harbour-lights");
        assertThat(ui.find(".byline").getText()).contains("陈美").doesNotContain("Mei Chen");
        ui.open("/zh-hant/articles/harbour-lights");
        assertThat(ui.find(".byline").getText()).contains("陳美玲");
        ui.open("/zh-hans/authors/mei-chen");
        assertThat(ui.find("h1").getText()).contains("陈美");
        ui.open("/en/articles/harbour-lights");
        assertThat(ui.find(".byline").getText()).contains("Mei Chen");
    }
}
