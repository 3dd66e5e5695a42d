package org.sujarit.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;

@IntegrationTest
@Import(TestData.class)
class PasswordResetTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Accounts accounts;
  @Autowired SignInAccounts signInAccounts;
  @Autowired JdbcClient jdbc;
  @Autowired MessageSource messages;
  @Autowired PasswordResets withoutMail;

  TestData.Tenant tenant;
  CurrentUser member;
  JavaMailSender sender;

  @BeforeEach
  void setUp() {
    tenant = data.tenant("r" + System.nanoTime() % 1000000, "ลำพูน");
    member = tenant.member(Role.EXECUTIVE);
    accounts.setEmail(tenant.member(Role.ORG_ADMIN), member.userId(), "executive@example.org");
    sender = mock(JavaMailSender.class);
  }

  /** The service as it runs where a mail server is configured, with its clock set {@code offset} from now. */
  private PasswordResets withMail(Duration offset) {
    ObjectProvider<JavaMailSender> provider = new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class);
    return new PasswordResets(jdbc, signInAccounts, new org.sujarit.mail.Mailer(provider), messages, Clock.offset(Clock.systemUTC(), offset), "https://sujarit.example.go.th/",
        "sujarit@example.go.th", Runnable::run);
  }

  private String mailedToken() {
    ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
    verify(sender).send(mail.capture());
    assertThat(mail.getValue().getTo()).containsExactly("executive@example.org");
    Matcher m = Pattern.compile("https://sujarit\\.example\\.go\\.th/login/reset\\?token=([A-Za-z0-9_-]{43})").matcher(mail.getValue().getText());
    assertThat(m.find()).as(mail.getValue().getText()).isTrue();
    return m.group(1);
  }

  @Test
  void theLinkSetsANewPasswordOnceAndIsRefusedTheSecondTime() throws Exception {
    withMail(Duration.ZERO).request(member.username());
    String token = mailedToken();
    assertThat(jdbc.sql("select count(*) from password_reset where token_hash = ?").param(token).query(Long.class).single())
        .as("only the hash is stored").isZero();
    assertThat(jdbc.sql("select count(*) from password_reset where token_hash = ?").param(PasswordResets.hash(token)).query(Long.class).single())
        .isOne();

    assertThat(mvc.perform(get("/login/reset").param("token", token)).andReturn().getResponse().getContentAsString())
        .contains("name=\"newPassword\"");
    mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("newPassword", "a-new-secret-2569")
        .param("confirmPassword", "a-new-secret-2569")).andExpect(redirectedUrl("/login?reset"));
    mvc.perform(post("/login").with(csrf()).param("username", member.username()).param("password", "a-new-secret-2569"))
        .andExpect(redirectedUrl("/"));

    // used: the page and the form both refuse, and the password stays as set
    assertThat(mvc.perform(get("/login/reset").param("token", token)).andReturn().getResponse().getContentAsString())
        .contains("id=\"reset-invalid\"").doesNotContain("name=\"newPassword\"");
    String again = mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("newPassword", "attacker-choice-2569")
        .param("confirmPassword", "attacker-choice-2569")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(again).contains("ลิงก์นี้ใช้ไม่ได้แล้ว");
    mvc.perform(post("/login").with(csrf()).param("username", member.username()).param("password", "attacker-choice-2569"))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void aLinkOlderThanThirtyMinutesIsRefused() throws Exception {
    withMail(Duration.ofMinutes(-31)).request(member.username());
    String token = mailedToken();
    mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("newPassword", "a-new-secret-2569")
        .param("confirmPassword", "a-new-secret-2569")).andExpect(status().isOk());
    mvc.perform(post("/login").with(csrf()).param("username", member.username()).param("password", TestData.PASSWORD))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void aBadNewPasswordKeepsTheLinkUsable() throws Exception {
    withMail(Duration.ZERO).request("EXECUTIVE@example.org");
    String token = mailedToken();
    String page = mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("newPassword", "short")
        .param("confirmPassword", "short")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("อย่างน้อย 10").contains("name=\"newPassword\"");
    assertThat(withoutMail.usable(token)).isTrue();
  }

  @Test
  void anUnknownAccountGetsTheSameAnswerAndNoMail() throws Exception {
    PasswordResets service = withMail(Duration.ZERO);
    service.request("nobody-" + System.nanoTime());
    service.request("nobody@example.org");
    verify(sender, never()).send(org.mockito.ArgumentMatchers.any(SimpleMailMessage.class));

    mvc.perform(post("/login/forgot").with(csrf()).param("username", member.username())).andExpect(redirectedUrl("/login/forgot?sent"));
    mvc.perform(post("/login/forgot").with(csrf()).param("username", "nobody-at-all")).andExpect(redirectedUrl("/login/forgot?sent"));
  }

  @Test
  void aMemberSetsTheirOwnResetAddressWithTheCurrentPassword() throws Exception {
    var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(post("/login").with(csrf())
        .param("username", member.username()).param("password", TestData.PASSWORD)).andReturn().getRequest().getSession();
    mvc.perform(post("/account/email").session(session).with(csrf()).param("currentPassword", "wrong-password")
        .param("email", "attacker@example.net")).andExpect(redirectedUrl("/account/password"));
    assertThat(signInAccounts.find(member.userId()).orElseThrow().email()).isEqualTo("executive@example.org");
    mvc.perform(post("/account/email").session(session).with(csrf()).param("currentPassword", TestData.PASSWORD)
        .param("email", "somchai@example.go.th")).andExpect(redirectedUrl("/account/password"));
    assertThat(signInAccounts.find(member.userId()).orElseThrow().email()).isEqualTo("somchai@example.go.th");
    assertThat(mvc.perform(get("/account/password").session(session)).andReturn().getResponse().getContentAsString())
        .contains("value=\"somchai@example.go.th\"");
  }

  @Test
  void withoutAMailServerTheSignInPageLeadsToTheAdministrator() throws Exception {
    assertThat(withoutMail.byMail()).isFalse();
    assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString()).contains("href=\"/login/forgot\"").contains("ลืมรหัสผ่าน");
    String page = mvc.perform(get("/login/forgot")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"reset-admin\"").doesNotContain("name=\"username\"");
  }
}
