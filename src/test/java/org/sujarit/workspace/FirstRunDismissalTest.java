package org.sujarit.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

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

/** The first-run guide put away stays away at the next sign-in (a new session), for that account only. */
@IntegrationTest
@Import(TestData.class)
class FirstRunDismissalTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;

  @Test
  void aDismissedGuideStaysAwayInTheNextSession() throws Exception {
    TestData.Tenant t = data.tenant("firstrunkeep", "ขอนแก่น");
    CurrentUser admin = t.member(Role.ORG_ADMIN);
    TestData.Tenant next = data.tenant("firstrunkeep2", "ขอนแก่น");
    String home = "/organizations/" + t.organization().id().value();
    assertThat(page(home, admin)).contains("first-run");

    mvc.perform(post(home + "/first-run/dismiss").with(SignedIn.as(admin)).session(new MockHttpSession()).with(csrf()))
        .andExpect(redirectedUrl(home));
    assertThat(page(home, admin)).doesNotContain("first-run");
    assertThat(page("/organizations/" + next.organization().id().value(), next.member(Role.ORG_ADMIN)))
        .as("another organization's administrator still has the guide").contains("first-run");
  }

  private String page(String path, CurrentUser user) throws Exception {
    return mvc.perform(get(path).with(SignedIn.as(user)).session(new MockHttpSession())).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
