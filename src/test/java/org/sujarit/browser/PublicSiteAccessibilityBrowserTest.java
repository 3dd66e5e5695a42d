package org.sujarit.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plans;
import org.sujarit.publication.embed.OrganizationSites;
import org.webjars.WebJarVersionLocator;

/**
 * WCAG 2.1 AA as axe-core measures it on every public page type, found by following the demo
 * organization's own links from the index (so a new page type is checked without changing this
 * test), at a desktop and at a phone viewport, full and embedded; the complaint channel's pages
 * reached by posting its forms; the pages read without JavaScript and print without navigation; and an
 * embedded page shows inside the organization's own website and nowhere else.
 */
@TestPropertySource(properties = "sujarit.demo.enabled=true")
class PublicSiteAccessibilityBrowserTest extends BrowserTest {
  /** The WCAG 2.0 and 2.1 rules of levels A and AA; axe's best practices are not part of the criterion. */
  private static final String AXE_RUN = """
      () => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
        .then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
          targets: v.nodes.map(n => n.target.join(' '))})))
      """;
  private static final String AXE = axeScript();
  /** Files, not pages: documents, open data, charts and evidence downloads. */
  private static final Pattern DOWNLOAD = Pattern.compile("/documents/|/evidence/|\\.(pdf|docx|xlsx|csv|json|png|xml)$");
  private static final int MAX_PAGES = 60;

  @Autowired Plans plans;
  @Autowired Organizations organizations;
  @Autowired OrganizationSites sites;

  @Test
  void everyPublicPageTypeHasNoWcag21AaViolationOnADesktopAndOnAPhone() {
    Map<String, String> pages = publicPages();
    assertThat(pages.keySet()).as("page types reached from the demo organization's links").contains(
        "/o/{code}", "/o/{code}/{year}", "/o/{code}/plans/{period}/{n}", "/o/{code}/plans/{period}/{n}/part3",
        "/o/{code}/{year}/reports/{round}", "/o/{code}/{year}/ita", "/o/{code}/{year}/ita/{item}",
        "/o/{code}/{year}/complaints", "/o/{code}/{year}/complaints/guideline", "/o/{code}/{year}/risk", "/o/{code}/{year}/no-gift");
    String home = pages.get("/o/{code}");
    pages.put("search", "/o?q=" + URLEncoder.encode("ห้วยทรายงาม", StandardCharsets.UTF_8));
    pages.put("unknown code 404", "/o/9999999");
    pages.put("complaint form", home + "/complaints/new");
    pages.put("corruption form", home + "/report-corruption");
    pages.put("complaint track", home + "/complaints/track");
    pages.put("complaint statistics", home + "/complaints/statistics");
    for (String type : List.of("/o/{code}/{year}/ita", "/o/{code}/plans/{period}/{n}", "/o/{code}/{year}/risk", "/o/{code}/{year}/complaints")) {
      pages.put(type + " embedded", pages.get(type) + "?embed=1");
    }
    List<String> problems = new ArrayList<>();
    for (int[] size : new int[][] {{WIDTH, HEIGHT}, {390, 844}}) {
      BrowserContext c = axeContext(size[0], size[1], true);
      Page p = c.newPage();
      String viewport = size[0] + "x" + size[1];
      pages.forEach((name, path) -> {
        p.navigate(url(path));
        problems.addAll(violations(p, name + " @ " + viewport + " (" + path + ")"));
      });
      // pages reached only by posting a form: the complaint form with its problems, the receipt, the tracked case
      p.navigate(url(home + "/report-corruption"));
      follow(p.locator("form.form button[type=submit]"));
      problems.addAll(violations(p, "complaint form with problems @ " + viewport));
      p.locator("#subject").fill("จัดซื้อวัสดุก่อสร้างราคาสูงกว่าท้องตลาด");
      p.locator("#details").fill("โครงการซ่อมถนนหมู่ 4 จัดซื้อหินคลุกราคาสูงกว่าร้านค้าในอำเภอเกือบสองเท่า");
      p.locator("input[name=consent]").check();
      follow(p.locator("form.form button[type=submit]"));
      String receipt = p.locator("#receipt-code").textContent().replace(" ", "");
      problems.addAll(violations(p, "complaint receipt @ " + viewport));
      p.navigate(url(home + "/complaints/track"));
      p.locator("#receipt").fill(receipt);
      follow(p.locator("form.form button[type=submit]"));
      problems.addAll(violations(p, "complaint tracked @ " + viewport));
      c.close();
    }
    assertThat(problems).as("WCAG 2.1 AA violations found by axe-core " + axeVersion()).isEmpty();
  }

  @Test
  void thePublicPagesReadWithoutJavaScriptAndPrintWithoutNavigation() {
    Map<String, String> pages = publicPages();
    BrowserContext noScript = axeContext(WIDTH, HEIGHT, false);
    Page p = noScript.newPage();
    for (String type : List.of("/o/{code}/plans/{period}/{n}", "/o/{code}/{year}/reports/{round}", "/o/{code}/{year}/ita",
        "/o/{code}/{year}/risk", "/o/{code}/{year}/no-gift", "/o/{code}/{year}/complaints")) {
      p.navigate(url(pages.get(type)));
      assertThat(p.locator("main h1").isVisible()).as(type + " without JavaScript").isTrue();
      p.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
      assertThat(p.locator(".switch, nav.mainnav, footer, details.share, .skip-link").all()).as(type + " prints its navigation")
          .noneMatch(Locator::isVisible);
      assertThat(p.locator("main h1").isVisible()).as(type + " prints its heading").isTrue();
      p.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
    }
    p.navigate(url(pages.get("/o/{code}/plans/{period}/{n}")));
    pdf(p, "50-public-plan-print", false);
    noScript.close();
  }

  @Test
  void anEmbeddedPageShowsOnTheOrganizationsOwnWebsiteAndNowhereElse() throws IOException {
    TestData.Tenant t = data.tenant("embedbrowser", "มุกดาหาร");
    new PublishedPlans(plans, organizations).publish(t, 2);
    String ita = url("/o/" + t.organization().code() + "/2568/ita?embed=1");
    // the organization's website and another one: two servers on this machine (a page on the internet
    // may not frame a local address in chromium, whatever the application allows)
    String html = "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>เว็บไซต์</title></head><body><h1>ITA</h1>"
        + "<iframe src=\"" + ita + "\" title=\"ITA\" width=\"100%\" height=\"700\"></iframe></body></html>";
    HttpServer own = website(html), other = website(html);
    try {
      sites.set(t.member(Role.PLANNER), t.organization(), "http://127.0.0.1:" + own.getAddress().getPort() + "/ita.php");
      Page shown = context.newPage();
      shown.navigate("http://127.0.0.1:" + own.getAddress().getPort() + "/ita.php");
      Frame framed = shown.locator("iframe").elementHandle().contentFrame();
      framed.waitForLoadState(LoadState.LOAD);
      assertThat(framed.locator("main h1").textContent()).contains("ITA 2568");
      assertThat(framed.locator("header.topbar").count()).isZero();
      assertThat(framed.locator("main a[href*='/ita/O25']").getAttribute("href")).doesNotContain("embed");
      screenshot(shown, "51-public-ita-embedded");

      Page refused = context.newPage();
      refused.navigate("http://127.0.0.1:" + other.getAddress().getPort() + "/ita.php");
      Frame blocked = refused.locator("iframe").elementHandle().contentFrame();
      blocked.waitForLoadState(LoadState.LOAD);
      assertThat(blocked.locator("main h1").count()).as("framed by a site the organization did not set").isZero();
    } finally {
      own.stop(0);
      other.stop(0);
    }
  }

  private static HttpServer website(String html) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    server.createContext("/", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }

  /**
   * The public pages reachable from the index by links, one of each type: a type is the path with the
   * organization code, years, periods, version numbers, rounds and OIT items replaced by names.
   */
  private Map<String, String> publicPages() {
    Page p = context.newPage();
    Map<String, String> types = new LinkedHashMap<>();
    types.put("/o", "/o");
    Deque<String> queue = new ArrayDeque<>(List.of("/o?q=" + URLEncoder.encode("ห้วยทรายงาม", StandardCharsets.UTF_8)));
    List<String> seen = new ArrayList<>();
    String code = null;
    while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
      String path = queue.poll();
      if (seen.contains(path)) continue;
      seen.add(path);
      p.navigate(url(path));
      for (Object href : (List<?>) p.evaluate("() => [...document.querySelectorAll('main a[href]')].map(a => a.getAttribute('href'))")) {
        String link = ((String) href).replaceFirst("^https?://localhost:\\d+", "").replaceFirst("[?#].*$", "");
        if (!link.startsWith("/o/") || DOWNLOAD.matcher(link).find()) continue;
        if (code == null) code = link.split("/")[2];
        if (!link.split("/")[2].equals(code)) continue;
        String type = link.replace("/o/" + code, "/o/{code}").replaceAll("/\\d{4}-\\d{4}/\\d+", "/{period}/{n}")
            .replaceAll("/\\d{4}(?=/|$)", "/{year}").replaceAll("/reports/[a-z-]+", "/reports/{round}").replaceAll("/ita/O\\d+", "/ita/{item}");
        if (type.startsWith("/o/{code}/plans/") && !type.contains("{period}")) continue;
        if (types.putIfAbsent(type, link) == null || !seen.contains(link) && type.equals("/o/{code}/{year}")) queue.add(link);
      }
    }
    p.close();
    return types;
  }

  /** A Thai context; the application's policy allows no inline script, so a scripted one bypasses it to inject axe. */
  private BrowserContext axeContext(int width, int height, boolean script) {
    BrowserContext c = context.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height)
        .setLocale("th-TH").setTimezoneId("Asia/Bangkok").setBypassCSP(script).setJavaScriptEnabled(script));
    c.setDefaultTimeout(10_000);
    return c;
  }

  private List<String> violations(Page p, String where) {
    p.waitForLoadState(LoadState.LOAD);
    p.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> found = (List<Map<String, Object>>) p.evaluate(AXE_RUN);
    List<String> out = new ArrayList<>();
    for (Map<String, Object> v : found) {
      out.add(where + ": " + v.get("id") + " [" + v.get("impact") + "] " + v.get("help") + " — " + v.get("targets"));
    }
    return out;
  }

  private static String axeVersion() {
    return new WebJarVersionLocator().version("axe-core");
  }

  private static String axeScript() {
    String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
    try (InputStream in = PublicSiteAccessibilityBrowserTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException(path + " is not on the test class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
