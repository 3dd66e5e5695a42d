package org.sujarit.monitoring.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.sujarit.TestData;

/**
 * The application on a random port with Debian's Chromium driven by Playwright, headless, in Thai.
 * Each user gets their own browser context (own session). Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
  static final Path SCREENSHOTS = Paths.get("target/screenshots");

  @LocalServerPort int port;
  Playwright playwright;
  Browser browser;

  @BeforeAll
  void launch() {
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
        .setHeadless(true).setArgs(List.of("--disable-dev-shm-usage")));
  }

  @AfterAll
  void close() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** A signed-in page of its own browser context. */
  Page signIn(String username) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("th-TH").setViewportSize(1280, 900)
        .setAcceptDownloads(true));
    Page page = context.newPage();
    page.navigate(url("/login"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(TestData.PASSWORD);
    page.locator("form button[type=submit]").click();
    page.waitForURL(u -> !u.contains("/login"));
    return page;
  }

  /** A full-page screenshot once every image (the charts) has loaded. */
  static void screenshot(Page page, String name) {
    // polled with evaluate: the page's CSP forbids the eval that waitForFunction would need
    for (int i = 0; i < 100 && !Boolean.TRUE.equals(page.evaluate("() => Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")); i++) {
      page.waitForTimeout(100);
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("monitoring-" + name + ".png")).setFullPage(true));
  }
}
