package org.sujarit.plan;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.Role;

/** What people and programs get wrong gets a clear Thai message, never a server error, and loses nothing. */
@IntegrationTest
@Import(TestData.class)
class PlanApiBadInputTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  TestData.Tenant tenant;
  Plan plan;
  PlanItem item;

  @BeforeEach
  void setUp() {
    tenant = data.tenant("b" + System.nanoTime() % 1000000, "น่าน");
    plan = data.draftPlan(tenant);
    item = plans.addItem(tenant.member(Role.PLANNER), plan.id(), 1, 0, PlanTest.item("1.1", "โครงการเดิม", 5000));
  }

  private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r, Role role) {
    return r.with(httpBasic(tenant.member(role).username(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
  }

  private String budget(int year) {
    return "/api/plans/" + plan.id() + "/versions/1/items/" + item.id() + "/budget/" + year + "?revision=1";
  }

  @Test
  void budgetsThatAreNotAmountsAreRefusedInThai() throws Exception {
    mvc.perform(as(put(budget(2567)), Role.PLANNER).content("{\"amount\":\"abc\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("ไม่ใช่จำนวนเงิน")));
    mvc.perform(as(put(budget(2567)), Role.PLANNER).content("{\"amount\":\"-500\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("ต้องไม่ติดลบ")));
    mvc.perform(as(put(budget(2575)), Role.PLANNER).content("{\"amount\":\"500\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("อยู่นอกช่วงของแผน")));
    mvc.perform(as(put(budget(99999)), Role.PLANNER).content("{\"amount\":\"500\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("year"));
    // nothing was lost
    org.assertj.core.api.Assertions.assertThat(plans.get(tenant.member(Role.PLANNER), plan.id()).item(item.id()).budget().total())
        .isEqualTo(org.sujarit.common.Baht.of(5000));
  }

  @Test
  void budgetsAsPeopleTypeThemAreUnderstood() throws Exception {
    mvc.perform(as(put(budget(2567)), Role.PLANNER).content("{\"amount\":\"๑,๒๕๐\"}")).andExpect(status().isOk())
        .andExpect(jsonPath("$.totals.grandTotalAllYears").value(6250.00));
  }

  @Test
  void unknownMissionsAndDuplicateNumbersAreRefused() throws Exception {
    String items = "/api/plans/" + plan.id() + "/versions/1/items?revision=1";
    mvc.perform(as(post(items), Role.PLANNER).content("{\"missionCode\":\"7.7\",\"name\":\"โครงการ\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("ไม่มีภารกิจ \"7.7\"")))
        .andExpect(jsonPath("$.field").value("missionCode"));
    mvc.perform(as(post(items), Role.PLANNER).content("{\"missionCode\":\"1.2\",\"sequence\":" + item.sequence() + ",\"name\":\"โครงการ\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("ลำดับที่ 1 ในมิติที่ 1")));
  }

  @Test
  void illegalStatusChangesAndStaleRevisionsAreExplained() throws Exception {
    mvc.perform(as(post("/api/plans/" + plan.id() + "/versions/1/approve?revision=1"), Role.EXECUTIVE))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("ไม่สามารถเปลี่ยนสถานะแผน")));
    mvc.perform(as(put(budget(2567).replace("revision=1", "revision=0")), Role.PLANNER).content("{\"amount\":\"1\"}"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("ถูกแก้ไขโดยผู้อื่น")));
  }

  @Test
  void malformedRequestsAreBadRequestsNotServerErrors() throws Exception {
    mvc.perform(as(get("/api/plans/not-a-uuid"), Role.PLANNER)).andExpect(status().isBadRequest());
    mvc.perform(as(get("/api/plans/" + java.util.UUID.randomUUID()), Role.PLANNER)).andExpect(status().isNotFound());
    mvc.perform(as(put(budget(2567)), Role.PLANNER).content("{not json")).andExpect(status().isBadRequest());
    mvc.perform(as(post("/api/plans/" + plan.id() + "/versions/1/items?revision=abc"), Role.PLANNER).content("{}"))
        .andExpect(status().isBadRequest());
    mvc.perform(as(post("/api/plans/" + plan.id() + "/versions/1/items?revision=1"), Role.PLANNER)
            .content("{\"missionCode\":\"1.1\",\"name\":\"x\",\"quarters\":{\"2566\":[5]}}"))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(as(post("/api/organizations/" + tenant.organization().id() + "/plans"), Role.PLANNER)
            .content("{\"frameworkCode\":\"NACC_2566\",\"firstYear\":2566,\"lastYear\":2575,\"title\":\"x\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("1 ถึง 5 ปีงบประมาณ")));
  }

  @Test
  void theApiIsDocumented() throws Exception {
    mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/plans/{id}/versions/{version}/items/{item}/budget/{year}']").exists());
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
  }
}
