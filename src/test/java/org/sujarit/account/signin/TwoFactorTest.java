package org.sujarit.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.RuleViolation;

@IntegrationTest
@Import(TestData.class)
class TwoFactorTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired TwoFactor twoFactor;
  @Autowired JdbcClient jdbc;

  TestData.Tenant tenant;
  CurrentUser executive;

  @BeforeEach
  void setUp() {
    tenant = data.tenant("t" + System.nanoTime() % 1000000, "น่าน");
    executive = tenant.member(Role.EXECUTIVE);
  }

  /** The code the app shows {@code steps} time steps from now. */
  private static String code(String secret, int steps) {
    return Totp.code(Totp.base32(secret), Totp.step(Instant.now()) + steps, Totp.DIGITS);
  }

  private MockHttpSession signIn(String username, String password) throws Exception {
    return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
        .andReturn().getRequest().getSession();
  }

  /** Enrols through the service; returns the secret and the recovery codes. */
  private Enrolled enrol(CurrentUser user) {
    String secret = twoFactor.start(user).secret();
    String first = code(secret, 0);
    return new Enrolled(secret, first, twoFactor.confirm(user, secret, first));
  }

  /** Reads the page's SVG QR code back: its unit squares drawn as pixels, then zxing's own reader. */
  static String decodeQr(String page) throws Exception {
    Matcher svg = Pattern.compile("<svg[^>]*class=\"qr\"[^>]*viewBox=\"0 0 (\\d+) (\\d+)\".*?<path[^>]* d=\"([^\"]+)\"", Pattern.DOTALL)
        .matcher(page);
    assertThat(svg.find()).as("an inline SVG QR code").isTrue();
    int width = Integer.parseInt(svg.group(1));
    int height = Integer.parseInt(svg.group(2));
    int scale = 4;
    int[] pixels = new int[width * scale * height * scale];
    java.util.Arrays.fill(pixels, 0xffffffff);
    Matcher square = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg.group(3));
    while (square.find()) {
      int x = Integer.parseInt(square.group(1));
      int y = Integer.parseInt(square.group(2));
      for (int dy = 0; dy < scale; dy++) java.util.Arrays.fill(pixels, (y * scale + dy) * width * scale + x * scale,
          (y * scale + dy) * width * scale + (x + 1) * scale, 0xff000000);
    }
    var source = new com.google.zxing.RGBLuminanceSource(width * scale, height * scale, pixels);
    return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
        new com.google.zxing.common.HybridBinarizer(source))).getText();
  }

  record Enrolled(String secret, String confirmedWith, List<String> recoveryCodes) {}

  @Test
  void anExecutiveEnrolsWithTheSecretShownAsTextAndConfirmsWithACode() throws Exception {
    MockHttpSession session = signIn(executive.username(), TestData.PASSWORD);
    mvc.perform(post("/account/two-factor/start").session(session).with(csrf())).andExpect(redirectedUrl("/account/two-factor"));
    String page = mvc.perform(get("/account/two-factor").session(session)).andReturn().getResponse().getContentAsString();
    Matcher secret = Pattern.compile("id=\"two-factor-secret\"[^>]*>([A-Z2-7 ]+)<").matcher(page);
    assertThat(secret.find()).as(page).isTrue();
    String typed = secret.group(1).replace(" ", "");
    String uri = "otpauth://totp/Sujarit:" + executive.username() + "?secret=" + typed + "&issuer=Sujarit&algorithm=SHA1&digits=6&period=30";
    assertThat(page).contains(uri.replace("&", "&amp;"));
    assertThat(decodeQr(page)).as("the QR code carries the same key URI").isEqualTo(uri);

    mvc.perform(post("/account/two-factor/confirm").session(session).with(csrf()).param("code", "000000"))
        .andExpect(redirectedUrl("/account/two-factor"));
    assertThat(twoFactor.enrolled(executive.userId())).as("a wrong code turns nothing on").isFalse();
    String done = mvc.perform(post("/account/two-factor/confirm").session(session).with(csrf()).param("code", code(typed, 0)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(done).contains("id=\"recovery-codes\"");
    assertThat(Pattern.compile("<code>[a-z2-9]{5}-[a-z2-9]{5}</code>").matcher(done).results().count()).isEqualTo(10);
    assertThat(twoFactor.enrolled(executive.userId())).isTrue();
  }

  @Test
  void afterThePasswordOnlyTheCodePageOpensUntilTheRightCode() throws Exception {
    Enrolled e = enrol(executive);
    MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", executive.username())
        .param("password", TestData.PASSWORD).with(csrf())).andExpect(redirectedUrl("/login/code")).andReturn().getRequest().getSession();
    mvc.perform(get("/organizations/" + tenant.organization().id()).session(session)).andExpect(redirectedUrl("/login/code"));
    mvc.perform(get("/api/organizations/" + tenant.organization().id()).session(session)).andExpect(status().isUnauthorized());
    mvc.perform(get("/login/code").session(session)).andExpect(status().isOk());

    assertThat(mvc.perform(post("/login/code").session(session).with(csrf()).param("code", "123456")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).contains("รหัสไม่ถูกต้อง");
    // the code used to confirm the enrolment is not taken again; the next one is
    mvc.perform(post("/login/code").session(session).with(csrf()).param("code", e.confirmedWith())).andExpect(status().isOk());
    mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code(e.secret(), 1))).andExpect(redirectedUrl("/"));
    mvc.perform(get("/organizations/" + tenant.organization().id()).session(session)).andExpect(status().isOk());
  }

  @Test
  void aRecoveryCodeWorksOnceAndThePasswordAloneDoesNotOpenTheApi() throws Exception {
    Enrolled e = enrol(executive);
    String recovery = e.recoveryCodes().get(3);
    MockHttpSession first = signIn(executive.username(), TestData.PASSWORD);
    mvc.perform(post("/login/code").session(first).with(csrf()).param("code", recovery.toUpperCase())).andExpect(redirectedUrl("/"));
    assertThat(twoFactor.recoveryCodesLeft(executive.userId())).isEqualTo(9);
    MockHttpSession second = signIn(executive.username(), TestData.PASSWORD);
    mvc.perform(post("/login/code").session(second).with(csrf()).param("code", recovery)).andExpect(status().isOk());
    mvc.perform(get("/organizations/" + tenant.organization().id()).session(second)).andExpect(redirectedUrl("/login/code"));

    mvc.perform(get("/api/organizations/" + tenant.organization().id()).with(httpBasic(executive.username(), TestData.PASSWORD)))
        .andExpect(status().isUnauthorized()).andExpect(content().string(Matchers.containsString("two-factor.api")));
    // accounts without a second factor keep using HTTP Basic
    mvc.perform(get("/api/organizations/" + tenant.organization().id()).with(httpBasic(tenant.member(Role.PLANNER).username(),
        TestData.PASSWORD))).andExpect(status().isOk());
  }

  @Test
  void theOrganizationsAdministratorResetsAMembersSecondFactorAndItIsAudited() throws Exception {
    enrol(executive);
    MockHttpSession admin = signIn(tenant.member(Role.ORG_ADMIN).username(), TestData.PASSWORD);
    assertThat(mvc.perform(get("/organizations/" + tenant.organization().id() + "/members").session(admin)).andReturn().getResponse()
        .getContentAsString()).contains("/members/" + executive.userId() + "/reset-two-factor");
    mvc.perform(post("/members/" + executive.userId() + "/reset-two-factor").session(admin).with(csrf()))
        .andExpect(redirectedUrl("/organizations/" + tenant.organization().id() + "/members"));
    mvc.perform(post("/login").param("username", executive.username()).param("password", TestData.PASSWORD).with(csrf()))
        .andExpect(redirectedUrl("/"));
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> jdbc.sql(
        "select count(*) from audit_entry where entity_id = ? and action = 'reset-two-factor' and actor = ?")
        .params(executive.userId().toString(), tenant.member(Role.ORG_ADMIN).username()).query(Long.class).single() == 1);

    // another organization's administrator may not
    var other = data.tenant("u" + System.nanoTime() % 1000000, "น่าน");
    assertThatThrownBy(() -> twoFactor.reset(other.member(Role.ORG_ADMIN), executive.userId()))
        .isInstanceOf(org.sujarit.access.AccessRefusedException.class);
  }

  private String stored(CurrentUser user) {
    return jdbc.sql("select totp_secret from app_user where id = ?").param(user.userId()).query(String.class).single();
  }

  @Test
  void theDatabaseHoldsTheSecretOnlySealedAndPlainOnesOfOlderVersionsAreSealedAtStart() throws Exception {
    Enrolled e = enrol(executive);
    assertThat(stored(executive)).startsWith("v1:").doesNotContain(e.secret());

    // as an older version left it: in plain text
    jdbc.sql("update app_user set totp_secret = ? where id = ?").params(e.secret(), executive.userId()).update();
    assertThat(twoFactor.sealStoredSecrets(false)).isGreaterThanOrEqualTo(1);
    assertThat(stored(executive)).startsWith("v1:").doesNotContain(e.secret());
    MockHttpSession session = signIn(executive.username(), TestData.PASSWORD);
    mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code(e.secret(), 1))).andExpect(redirectedUrl("/"));
  }

  @Test
  void aSecretSealedWithAnotherKeyIsAClearErrorNeverAPass() throws Exception {
    Enrolled e = enrol(executive);
    TotpSecrets otherKey = new TotpSecrets("another installation key, 32 by.".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    jdbc.sql("update app_user set totp_secret = ? where id = ?").params(otherKey.seal(executive.userId(), e.secret()), executive.userId())
        .update();

    MockHttpSession session = signIn(executive.username(), TestData.PASSWORD);
    String page = mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code(e.secret(), 1)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("กุญแจเข้ารหัสของระบบไม่ตรงกัน");
    mvc.perform(get("/organizations/" + tenant.organization().id()).session(session)).andExpect(redirectedUrl("/login/code"));

    // the start refuses, naming the key, unless told to turn those second factors off
    assertThatThrownBy(() -> twoFactor.sealStoredSecrets(false)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(TotpSecrets.keyIdOf(stored(executive))).hasMessageContaining("sujarit.security.secret-key");
    twoFactor.sealStoredSecrets(true);
    assertThat(twoFactor.enrolled(executive.userId())).isFalse();
    assertThat(twoFactor.recoveryCodesLeft(executive.userId())).isZero();
  }

  @Test
  void onlyTheRolesItIsMeantForMayEnrol() {
    assertThatThrownBy(() -> twoFactor.start(tenant.member(Role.PLANNER))).isInstanceOf(RuleViolation.class);
    assertThat(TwoFactor.offeredTo(tenant.member(Role.COMPLAINT_OFFICER))).isTrue();
    assertThat(TwoFactor.offeredTo(tenant.member(Role.ORG_ADMIN))).isTrue();
  }
}
