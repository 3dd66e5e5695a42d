package org.sujarit.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.Role;

/** With the sessions in PostgreSQL, a session that cannot be loaded during an outage is the Thai 503, not a 500. */
@IntegrationTest
@TestPropertySource(properties = {"sujarit.sessions=jdbc", "sujarit.db.connection-timeout=1s"})
@Import(TestData.class)
class JdbcSessionOutageTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired EmbeddedPostgres pg;

  @Test
  void aSessionThatCannotBeLoadedIsA503InThai() throws Exception {
    TestData.Tenant tenant = data.tenant("jsoutage" + System.nanoTime() % 10000, "ลำปาง");
    Cookie session = mvc.perform(post("/login").param("username", tenant.member(Role.PLANNER).username()).param("password", TestData.PASSWORD)
        .with(csrf())).andReturn().getResponse().getCookie("SESSION");
    assertThat(session).as("signed in with a database session").isNotNull();
    String page = "/organizations/" + tenant.organization().id();
    assertThat(mvc.perform(get(page).cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

    DatabaseOutageTest.duringOutage(pg, () -> DatabaseOutageTest.thaiOutagePage(mvc.perform(get(page).cookie(session)).andReturn().getResponse()));

    Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
        .until(() -> mvc.perform(get(page).cookie(session)).andReturn().getResponse().getStatus() == 200);
  }
}
