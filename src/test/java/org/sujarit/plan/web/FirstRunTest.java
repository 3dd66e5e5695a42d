package org.sujarit.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;

/** A new organization's administrator is walked through units, members and the first plan, until done or put away. */
@IntegrationTest
@Import(TestData.class)
class FirstRunTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;

  @Test
  void theAdministratorSeesTheStepsLeftUntilTheGuideIsPutAway() throws Exception {
    TestData.Tenant t = data.tenant("firstrun", "ขอนแก่น"); // a unit and members, no plan yet
    CurrentUser admin = t.member(Role.ORG_ADMIN);
    String home = "/organizations/" + t.organization().id().value();
    MockHttpSession session = new MockHttpSession();
    String page = page(home, admin, session);
    assertThat(page).contains("first-run", "เพิ่มหน่วยงานภายใน", "สร้างแผนแรก");
    assertThat(page.split("✓ เสร็จแล้ว", -1)).as("units and members done, the plan not").hasSize(3);
    assertThat(page(home, t.member(Role.PLANNER), new MockHttpSession())).doesNotContain("first-run");

    mvc.perform(post(home + "/first-run/dismiss").with(SignedIn.as(admin)).session(session).with(csrf()));
    assertThat(page(home, admin, session)).doesNotContain("first-run");
  }

  private String page(String path, CurrentUser user, MockHttpSession session) throws Exception {
    return mvc.perform(get(path).with(SignedIn.as(user)).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }
}
