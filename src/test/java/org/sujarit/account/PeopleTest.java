package org.sujarit.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Role;

@IntegrationTest
@Import(TestData.class)
class PeopleTest {
  @Autowired TestData data;
  @Autowired People people;
  @Autowired MockMvc mvc;

  @Test
  void aUserNameBecomesThePersonsNameAndAnythingElseStaysAsRecorded() {
    var planner = data.tenant("n" + System.nanoTime() % 1000000, "แพร่").member(Role.PLANNER);
    assertThat(people.name(planner.username())).isEqualTo(planner.displayName());
    assertThat(people.name(planner.username().toUpperCase())).isEqualTo(planner.displayName());
    assertThat(people.name("system")).isEqualTo("system");
    assertThat(people.name(null)).isEmpty();
  }

  @Test
  void theAuditPageNamesWhoActed() {
    TestData.Tenant tenant = data.tenant("q" + System.nanoTime() % 1000000, "แพร่");
    CurrentUser planner = tenant.member(Role.PLANNER);
    data.draftPlan(tenant);
    CurrentUsers.CurrentUserHolder principal = () -> tenant.member(Role.AUDITOR);
    Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(mvc.perform(get("/audit")
            .param("organization", tenant.organization().id().toString())
            .with(authentication(new UsernamePasswordAuthenticationToken(principal, null, List.of()))))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("title=\"" + planner.username() + "\">" + planner.displayName() + "</td>"));
  }
}
