package org.sujarit.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.Role;

/**
 * The database becomes unreachable under a running application (connections dropped, new ones refused): pages
 * answer a Thai 503, the API a 503 problem, {@code /health} DOWN; once the server is back the same
 * session works again without a restart of the application. A sign-in (form or basic) meets the same 503,
 * not "wrong password".
 */
@IntegrationTest
@TestPropertySource(properties = "sujarit.db.connection-timeout=1s")
@Import(TestData.class)
class DatabaseOutageTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired EmbeddedPostgres pg;

  @Test
  void anOutageIsA503InThaiAndTheApplicationRecoversByItself() throws Exception {
    TestData.Tenant tenant = data.tenant("outage" + System.nanoTime() % 10000, "ลำปาง");
    MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", tenant.member(Role.PLANNER).username())
        .param("password", TestData.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
    String page = "/organizations/" + tenant.organization().id();
    String api = "/api/organizations/" + tenant.organization().id() + "/plans";
    assertThat(mvc.perform(get(page).session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    assertThat(health()).isEqualTo(200);

    duringOutage(pg, () -> outage(page, api, session, tenant.member(Role.PLANNER).username()));
    Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> health() == 200);
    assertThat(mvc.perform(get("/health")).andReturn().getResponse().getContentAsString()).contains("\"status\":\"UP\"");
    assertThat(mvc.perform(get(page).session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    assertThat(mvc.perform(get(api).session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
  }

  /** Something the outage test does while the database is away. */
  interface Check {
    void run() throws Exception;
  }

  /**
   * Runs {@code check} while the server refuses every new connection and has dropped the application's: what the
   * pool meets when PostgreSQL is stopped or unreachable (the superuser ends the outage).
   */
  static void duringOutage(EmbeddedPostgres pg, Check check) throws Exception {
    try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
      sql.execute("alter role " + DatabaseRoles.APP + " connection limit 0");
      sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + DatabaseRoles.APP + "'");
      try {
        check.run();
      } finally {
        sql.execute("alter role " + DatabaseRoles.APP + " connection limit -1");
      }
    }
  }

  /** The Thai 503 page with its Retry-After, as a browser gets it. */
  static void thaiOutagePage(MockHttpServletResponse down) throws Exception {
    assertThat(down.getStatus()).isEqualTo(503);
    assertThat(down.getHeader("Retry-After")).isEqualTo("30");
    assertThat(down.getContentAsString()).contains("ระบบฐานข้อมูลไม่พร้อมชั่วคราว").doesNotContain("Exception");
  }

  private void outage(String page, String api, MockHttpSession session, String username) throws Exception {
    thaiOutagePage(mvc.perform(get(page).session(session)).andReturn().getResponse());

    MockHttpServletResponse apiDown = mvc.perform(get(api).session(session)).andReturn().getResponse();
    assertThat(apiDown.getStatus()).isEqualTo(503);
    assertThat(apiDown.getContentType()).startsWith("application/problem+json");
    assertThat(apiDown.getContentAsString()).contains("\"code\":\"database-unavailable\"", "ระบบฐานข้อมูลไม่พร้อมชั่วคราว");

    // the password check cannot read the account: the same 503, not "wrong password" (a redirect to /login?error)
    MockHttpServletResponse signIn = mvc.perform(post("/login").param("username", username).param("password", TestData.PASSWORD).with(csrf()))
        .andReturn().getResponse();
    thaiOutagePage(signIn);
    assertThat(signIn.getRedirectedUrl()).isNull();
    MockHttpServletResponse basic = mvc.perform(get(api).with(httpBasic(username, TestData.PASSWORD))).andReturn().getResponse();
    assertThat(basic.getStatus()).isEqualTo(503);
    assertThat(basic.getHeader("Retry-After")).isEqualTo("30");
    assertThat(basic.getContentType()).startsWith("application/problem+json");
    assertThat(basic.getContentAsString()).contains("\"code\":\"database-unavailable\"", "ระบบฐานข้อมูลไม่พร้อมชั่วคราว");

    assertThat(health()).isEqualTo(503);
    assertThat(mvc.perform(get("/health")).andReturn().getResponse().getContentAsString()).contains("\"status\":\"DOWN\"");
  }

  private int health() throws Exception {
    return mvc.perform(get("/health")).andReturn().getResponse().getStatus();
  }
}
