package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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
 * The newsroom's scenario with several people: an editor creates an author with names in three
 * languages and an article by them; a translator leaves one block untranslated on the desk, so
 * submitting and publishing are refused naming that block; once it is translated the edition
 * publishes with no block marked as English, and the author's Chinese names are unchanged on
 * every page.
 */
@Tag("browser")
class UntranslatedBlockBrowserTest {
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

    private static void translateOnDesk(List<String> texts) {
        ui.open("/admin/articles/tide-tables/zh-hans/translate");
        ui.type("#desk-title", "潮汐表");
        List<WebElement> blocks = browser.findElements(By.cssSelector("tr[data-block] textarea"));
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null) {
                blocks.get(i).clear();
                blocks.get(i).sendKeys(texts.get(i));
            }
        }
        ui.find(".desk button[type=submit]").click();
        ui.waitFor(d -> d.getCurrentUrl().contains("saved=1"));
    }

    /** The author's name on the byline of each edition and on the author's page in each language. */
    private static void assertAuthorNamedAsCreated() {
        for (String[] page : new String[][] {
            {"/en/articles/tide-tables", ".byline", "Mira Okafor"},
            {"/zh-hans/articles/tide-tables", ".byline", "米拉·奥卡福"},
            {"/zh-hant/articles/tide-tables", ".byline", "米拉·奧卡福"},
            {"/zh-hans/authors/mira-okafor", "h1", "米拉·奥卡福"},
            {"/zh-hant/authors/mira-okafor", "h1", "米拉·奧卡福"}
        }) {
            ui.open(page[0]);
            assertThat(ui.find(page[1]).getText()).as(page[0]).contains(page[2]);
        }
    }

    @Test
    void publishing_is_refused_naming_the_block_left_untranslated_until_it_is_translated() {
        ui.signIn("ed");
        ui.createAuthor("mira-okafor", "Mira Okafor", "米拉·奥卡福", "米拉·奧卡福");
        ui.open("/admin");
        ui.find("a[href='/admin/articles/new']").click();
        ui.waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/new"));
        ui.type("#slug", "tide-tables");
        ui.type("#title", "Tide Tables");
        ui.type("#body", "The tide turns twice a day.\n\nHarbours print tables.\n\nSailors read them.");
        ui.type("#authors input", "Mira Okafor (mira-okafor)");
        ui.find("#edition-form button[type=submit]").click();
        ui.waitFor(d -> d.getCurrentUrl().endsWith("/admin/articles/tide-tables/en?saved=1"));
        ui.press("Publish");
        ui.signOut();

        ui.signIn("tran");
        ui.open("/admin/articles/tide-tables/zh-hans/translate");
        assertThat(browser.findElements(By.cssSelector("tr[data-block].untranslated")))
                .as("the desk starts from the source text, every block untranslated")
                .hasSize(3);
        translateOnDesk(Arrays.asList("潮水每天转向两次。", null, "水手们阅读它们。"));
        assertThat(browser.findElements(By.cssSelector("tr[data-block].untranslated")))
                .extracting(row -> row.getAttribute("data-block"))
                .containsExactly("1");
        ui.open("/admin/articles/tide-tables/zh-hans");
        ui.press("Submit for review");
        assertThat(ui.find(".form-error").getText()).contains("block 2");
        ui.signOut();

        ui.signIn("ed");
        ui.open("/admin/articles/tide-tables/zh-hans");
        ui.press("Publish");
        assertThat(ui.find(".form-error").getText()).contains("block 2");
        ui.open("/zh-hans/articles/tide-tables");
        assertThat(ui.find("h1").getText()).isNotEqualTo("潮汐表");
        ui.open("/admin");
        ui.signOut();

        ui.signIn("tran");
        translateOnDesk(Arrays.asList(null, "港口印制潮汐表。", null));
        ui.signOut();

        ui.signIn("ed");
        ui.open("/admin/articles/tide-tables/zh-hans");
        ui.press("Publish");
        ui.waitFor(d -> d.getCurrentUrl().contains("saved=1"));
        ui.open("/zh-hans/articles/tide-tables");
        assertThat(ui.find("h1").getText()).isEqualTo("潮汐表");
        assertThat(browser.findElements(By.cssSelector(".article-body [lang]"))).isEmpty();
        assertThat(ui.find(".article-body").getText()).contains("港口印制潮汐表。");
        assertAuthorNamedAsCreated();
    }
}
