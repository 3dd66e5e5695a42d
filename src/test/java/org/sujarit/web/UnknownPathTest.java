package org.sujarit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.Role;

/** An address no handler answers: 404 (a Thai problem on the API, a Thai page elsewhere), never a 500. */
@IntegrationTest
@Import(TestData.class)
class UnknownPathTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;

  @Test
  void unknownAddressesAnswer404() throws Exception {
    var planner = data.tenant("nopath", "ลำพูน").member(Role.PLANNER);
    for (String path : new String[] {"/api/plans", "/api/nothing-here", "/api/plans/not-a-uuid/nothing"}) {
      MockHttpServletResponse r = mvc.perform(get(path).with(SignedIn.as(planner))).andReturn().getResponse();
      assertThat(r.getStatus()).as(path).isIn(404, 405);
      assertThat(r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).as(path).contains("\"code\"");
    }
    MockHttpServletResponse page = mvc.perform(get("/no/such/page").with(SignedIn.as(planner))).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(404);
  }
}
