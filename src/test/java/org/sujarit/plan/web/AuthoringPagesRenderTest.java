package org.sujarit.plan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.plan.Plan;

@IntegrationTest
@Import(TestData.class)
class AuthoringPagesRenderTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;

  @Test
  void rendersEveryPage() throws Exception {
    TestData.Tenant t = data.tenant("r" + System.nanoTime() % 100000, "ขอนแก่น");
    CurrentUser planner = t.member(Role.PLANNER);
    String org = t.organization().id().toString();
    mvc.perform(get("/organizations/" + org + "/plans/new").with(SignedIn.as(planner))).andExpect(status().isOk());
    var created = mvc.perform(post("/organizations/" + org + "/plans/new").with(SignedIn.as(planner)).with(csrf())
        .param("title", "แผนทดสอบ").param("frameworkCode", "NACC_2566").param("firstYear", "2566").param("lastYear", "2570")
        .param("start", "EMPTY")).andReturn();
    System.out.println("CREATE " + created.getResponse().getStatus() + " " + created.getResponse().getRedirectedUrl());
    Plan plan = data.draftPlan(t);
    String base = "/plans/" + plan.id() + "/versions/1";
    for (String p : new String[] {"/part1", "/part2", "/part3", "/checklist", "/print/part2", "/print/sheets"}) {
      var r = mvc.perform(get(base + p).with(SignedIn.as(planner))).andReturn();
      System.out.println(p + " " + r.getResponse().getStatus() + " " + r.getResponse().getRedirectedUrl());
      if (r.getResponse().getStatus() >= 400) System.out.println(r.getResponse().getContentAsString());
    }
  }
}
