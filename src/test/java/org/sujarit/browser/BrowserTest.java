package org.sujarit.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Margin;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.sujarit.TestData;

/**
 * Base of the browser tests: the whole application on a random port (profile {@code test}: a
 * throw-away embedded PostgreSQL, no demo data) driven through Debian's chromium by Playwright.
 *
 * <ul>
 *   <li>One browser per test class, launched headless; a fresh {@link BrowserContext} (cookies,
 *       storage) and {@link #page} per test, at 1366×768, Thai locale, Bangkok time.
 *   <li>{@link #signIn} goes through the real login form with {@link TestData#PASSWORD}; build users
 *       with {@link #data} ({@code data.tenant(...)} gives one member per role).
 *   <li>{@link #screenshot} and {@link #pdf} write to {@code target/screenshots/}: look at them.
 *   <li>The browser is {@code /usr/bin/chromium} unless the system property {@code sujarit.chromium}
 *       names another; Playwright never downloads browsers.
 * </ul>
 *
 * Subclasses share one Spring context (same configuration), so keep extra configuration out of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {
  public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  public static final int WIDTH = 1366;
  public static final int HEIGHT = 768;

  @LocalServerPort protected int port;
  @Autowired protected TestData data;

  private Playwright playwright;
  private Browser browser;
  /** The context and page of the running test. */
  protected BrowserContext context;
  protected Page page;

  @BeforeAll
  void launchBrowser() {
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Paths.get(System.getProperty("sujarit.chromium", "/usr/bin/chromium")))
        .setHeadless(true)
        .setArgs(List.of("--disable-dev-shm-usage")));
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
  }

  @BeforeEach
  void openPage() {
    context = newContext(WIDTH, HEIGHT);
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    if (context != null) context.close();
  }

  /** Another context: a second person at another computer, or a phone ({@code 390×844}). */
  protected BrowserContext newContext(int width, int height) {
    BrowserContext c = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(width, height).setLocale("th-TH").setTimezoneId("Asia/Bangkok"));
    c.setDefaultTimeout(10_000);
    return c;
  }

  /** An absolute URL of the application: {@code url("/plans/…")}. */
  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Signs in through the login form; the page ends on the user's home page. */
  protected Page signIn(Page p, String username) {
    p.navigate(url("/login"));
    p.locator("#username").fill(username);
    p.locator("#password").fill(TestData.PASSWORD);
    p.locator("form button[type=submit]").click();
    p.waitForURL(u -> !u.contains("/login"));
    return p;
  }

  /** Clicks a link or button that loads another page, and waits until that page and its scripts are loaded. */
  protected void follow(Locator link) {
    link.click();
    link.page().waitForLoadState(LoadState.LOAD);
  }

  /** A full-page PNG under target/screenshots/. */
  protected Path screenshot(Page p, String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    p.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  /** The page printed by chromium to an A4 PDF under target/screenshots/, with the print style sheet. */
  protected Path pdf(Page p, String name, boolean landscape) {
    Path file = SCREENSHOTS.resolve(name + ".pdf");
    p.pdf(new Page.PdfOptions().setPath(file).setFormat("A4").setLandscape(landscape).setPreferCSSPageSize(true)
        .setPrintBackground(true).setMargin(new Margin().setTop("0").setBottom("0").setLeft("0").setRight("0")));
    return file;
  }
}
