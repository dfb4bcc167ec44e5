package org.tribune.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, for the few browser tests: started once per class, skipped with a
 * clear message where it is not installed (.ci/run installs it), and a screenshot of the page in
 * {@code target/screenshots} when a test fails.
 *
 * <pre>{@code
 * @RegisterExtension
 * static HeadlessChromium chromium = new HeadlessChromium();
 * chromium.browser().get(url);
 * }</pre>
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback, TestWatcher {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private WebDriver browser;

    public WebDriver browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does)");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("tribune-chromium"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (browser == null) {
            return;
        }
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            Path shot = folder.resolve(name + ".png");
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            System.err.println(
                    "screenshot of the failed page (" + browser.getCurrentUrl() + "): " + shot.toAbsolutePath());
        } catch (Exception e) {
            System.err.println("could not take a screenshot: " + e);
        }
    }
}
