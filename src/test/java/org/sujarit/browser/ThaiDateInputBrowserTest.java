package org.sujarit.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sujarit.TestData;
import org.sujarit.access.Role;

/**
 * The B.E. date field on the gift form: today shown in Thai, a Thai date typed by hand, the calendar
 * button opening the browser's picker on the typed date and writing the chosen one back in Thai, and
 * text that is no date coming back with a Thai message beside the field.
 */
class ThaiDateInputBrowserTest extends BrowserTest {
  @Test
  void aGiftDateIsTypedInThaiOrPickedFromTheCalendar() {
    TestData.Tenant t = data.tenant("thdbrowser", "ขอนแก่น");
    Page p = signIn(page, t.member(Role.VIEWER).username());
    p.navigate(url("/organizations/" + t.organization().id() + "/no-gift/2569"));
    Locator on = p.locator("#on");
    assertThat(on).hasAttribute("type", "text");
    assertThat(on).hasValue(Pattern.compile("\\d{1,2} \\S+ 25\\d\\d"));
    Locator button = p.locator("#gift-form button.date-pick");
    assertThat(button).isVisible();
    assertThat(button).hasAttribute("aria-label", "เลือกวันที่จากปฏิทิน");

    p.locator("#counterparty").fill("บริษัท ตัวอย่าง จำกัด");
    p.locator("#description").fill("กระเช้าของขวัญ");
    p.locator("#occasion").fill("ปีใหม่");
    p.locator("#value").fill("800");

    // garbage first: the page comes back with the Thai message beside the field and everything typed
    on.fill("วันพรุ่งนี้");
    follow(p.locator("#gift-form button[type=submit]"));
    assertThat(p.locator("#on-error")).hasText(Pattern.compile("วันที่ \"วันพรุ่งนี้\" ไม่ถูกต้อง"));
    assertThat(p.locator("#on")).hasValue("วันพรุ่งนี้");
    assertThat(p.locator("#on")).hasAttribute("aria-invalid", "true");
    assertThat(p.locator("#counterparty")).hasValue("บริษัท ตัวอย่าง จำกัด");
    screenshot(p, "thai-date-invalid");

    // typed in Thai, then the calendar opens on that date and the date chosen there comes back in Thai
    p.locator("#on").fill("15 ม.ค. 2569");
    p.locator("#gift-form button.date-pick").click();
    Locator picker = p.locator("#gift-form input.date-picker");
    assertThat(picker).hasValue("2026-01-15");
    picker.fill("2026-01-20", new Locator.FillOptions().setForce(true));
    assertThat(p.locator("#on")).hasValue("20 ม.ค. 2569");
    screenshot(p, "thai-date-picked");
    follow(p.locator("#gift-form button[type=submit]"));
    assertThat(p.locator(".alert.success")).isVisible();
    assertThat(p.locator("table.grid")).containsText("20 มกราคม 2569");
  }
}
