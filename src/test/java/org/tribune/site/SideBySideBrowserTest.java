package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.tribune.app.HeadlessChromium;
import org.tribune.app.TestServer;

/** Reading an article side by side in a real browser: alternating blocks on a phone, two columns on a desktop. */
@Tag("browser")
class SideBySideBrowserTest {
    private static final String PAGE = "/en/articles/alliance-drift/parallel/zh-hans";

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static HeadlessChromium chromium = new HeadlessChromium();

    static WebDriver browser;

    @BeforeAll
    static void browser() {
        browser = chromium.browser();
    }

    @AfterEach
    void desktop_again() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The visible body blocks in the order they appear on screen, top to bottom, then left to right. */
    private static List<WebElement> visibleBlocks() {
        return browser.findElements(By.cssSelector(".pairs .pair-block")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    @Test
    void on_a_phone_the_two_languages_alternate_block_by_block_down_one_column() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(server.uri(PAGE).toString());

        List<WebElement> blocks = visibleBlocks().subList(0, 6);
        assertThat(blocks.stream().map(b -> b.getAttribute("lang")).toList())
                .containsExactly("en", "zh-Hans", "en", "zh-Hans", "en", "zh-Hans");
        int left = blocks.get(0).getRect().getX();
        int previousBottom = Integer.MIN_VALUE;
        for (WebElement block : blocks) {
            Rectangle r = block.getRect();
            assertThat(r.getY()).as("each block below the one before").isGreaterThanOrEqualTo(previousBottom);
            assertThat(Math.abs(r.getX() - left)).as("one column").isLessThan(20);
            previousBottom = r.getY() + r.getHeight();
        }
        assertThat(blocks.get(0).getText()).isEqualTo("Partners hedge when promises blur.");
        assertThat(blocks.get(1).getText()).isEqualTo("承诺模糊时，伙伴便会两面下注。");
        long pageWidth =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        assertThat(pageWidth).as("nothing wider than the phone").isLessThanOrEqualTo(390);
    }

    @Test
    void on_a_desktop_each_pair_sits_in_two_columns_side_by_side() {
        browser.get(server.uri(PAGE).toString());

        for (WebElement pair :
                browser.findElements(By.cssSelector(".pairs .pair")).subList(0, 3)) {
            List<WebElement> blocks = pair.findElements(By.cssSelector(":scope > .pair-block"));
            Rectangle english = blocks.get(0).getRect();
            Rectangle chinese = blocks.get(1).getRect();
            assertThat(english.getY()).as("same row").isEqualTo(chinese.getY());
            assertThat(chinese.getX()).as("Chinese to the right").isGreaterThan(english.getX() + english.getWidth());
            assertThat(english.getWidth()).as("a column of a wide page").isGreaterThan(300);
        }
    }
}
