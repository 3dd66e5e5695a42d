package org.sujarit.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A citizen on a phone, not signed in, finds the demo organization on the public site, opens its plan
 * and the year's ITA index; no page is wider than the screen.
 */
@TestPropertySource(properties = "sujarit.demo.enabled=true")
class PublicSiteOnAPhoneBrowserTest extends BrowserTest {

  @Test
  void aCitizenFindsTheDemoOrganizationItsPlanAndTheItaIndex() {
    Page phone = newContext(390, 844).newPage();
    phone.navigate(url("/o"));
    phone.locator("input[name=q]").fill("ห้วยทรายงาม");
    follow(phone.locator("form.public-search button[type=submit]"));
    assertThat(phone.locator(".org-list li")).hasCount(1);
    screenshot(phone, "40-public-index-phone");
    fits(phone, "index");

    follow(phone.locator(".org-list a").first());
    assertThat(phone.locator("h1")).containsText("ห้วยทรายงาม");
    screenshot(phone, "41-public-home-phone");
    fits(phone, "home");

    follow(phone.locator(".version-list a").first());
    assertThat(phone.locator("table.part2")).isVisible();
    assertThat(phone.locator("table.part2 tfoot")).containsText("รวมทั้งสิ้น");
    assertThat(phone.locator(".downloads a")).hasCount(3);
    screenshot(phone, "42-public-plan-phone");
    fits(phone, "plan");

    phone.goBack();
    follow(phone.locator(".year-list li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("2568"))
        .locator("a.chip", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("ITA")));
    assertThat(phone.locator("h1")).containsText("ITA 2568");
    assertThat(phone.locator(".oit-list li")).hasCount(9);
    // the demo's open corruption channel (O17–O19), its published plan (O25) and acknowledged 6-month report (O26)
    assertThat(phone.locator(".oit-list li.ready")).hasCount(5);
    assertThat(phone.locator(".oit-list li.ready").first()).containsText("O17");
    assertThat(phone.locator(".oit-list li.ready").last()).containsText("O26");
    screenshot(phone, "43-public-ita-phone");
    fits(phone, "ita");
    phone.context().close();
  }

  private static void fits(Page p, String what) {
    int overflow = ((Number) p.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    assertThat(overflow).as(what + " wider than the phone").isLessThanOrEqualTo(0);
  }
}
