package org.sujarit.account.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.browser.BrowserTest;

/** An executive turns on two-step sign-in in the browser and signs in with password and code; the forgotten-password way. */
class TwoStepSignInBrowserTest extends BrowserTest {

  private static String code(String secret, int steps) {
    return Totp.code(Totp.base32(secret), Totp.step(Instant.now()) + steps, Totp.DIGITS);
  }

  @Test
  void anExecutiveTurnsOnTwoStepSignInAndSignsInWithACode() {
    CurrentUser executive = data.tenant("b" + System.nanoTime() % 1000000, "เชียงราย").member(Role.EXECUTIVE);
    signIn(page, executive.username());
    page.navigate(url("/account/password"));
    follow(page.locator("a[href='/account/two-factor']"));
    follow(page.locator("form[action='/account/two-factor/start'] button"));
    String secret = page.locator("#two-factor-secret").textContent().replace(" ", "");
    assertThat(page.locator("#two-factor-uri").getAttribute("href")).startsWith("otpauth://totp/Sujarit:" + executive.username());
    assertThat(page.locator("#two-factor-qr svg.qr").boundingBox().width).as("the QR code is drawn large enough to scan").isGreaterThan(150);
    screenshot(page, "two-factor-enrol");
    String first = code(secret, 0);
    page.locator("#code").fill(first);
    follow(page.locator("form[action='/account/two-factor/confirm'] button"));
    assertThat(page.locator("#recovery-codes li").count()).isEqualTo(10);
    screenshot(page, "two-factor-recovery-codes");

    page.context().clearCookies();
    page.navigate(url("/login"));
    page.locator("#username").fill(executive.username());
    page.locator("#password").fill(TestData.PASSWORD);
    follow(page.locator("form button[type=submit]"));
    assertThat(page.url()).endsWith("/login/code");
    page.locator("#code").fill(first);
    follow(page.locator("form[action='/login/code'] button"));
    assertThat(page.locator(".alert.error").textContent()).contains("รหัสไม่ถูกต้อง");
    screenshot(page, "two-factor-code-page");
    page.locator("#code").fill(code(secret, 1));
    follow(page.locator("form[action='/login/code'] button"));
    assertThat(page.url()).doesNotContain("/login");
    assertThat(page.content()).contains(executive.displayName());
  }

  @Test
  void theSignInPageLeadsAForgottenPasswordToTheAdministratorWithoutMail() {
    page.navigate(url("/login"));
    follow(page.locator("a[href='/login/forgot']"));
    assertThat(page.locator("#reset-admin").textContent()).contains("ผู้ดูแลขององค์กร");
    screenshot(page, "forgot-password-without-mail");
    Page p = page;
    p.navigate(url("/login?wait=4"));
    assertThat(p.locator(".alert.error").textContent()).contains("กรุณารอ 4 วินาที");
    screenshot(p, "sign-in-wait");
  }
}
