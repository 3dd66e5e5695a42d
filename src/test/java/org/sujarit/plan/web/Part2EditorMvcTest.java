package org.sujarit.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

@IntegrationTest
@Import(TestData.class)
class Part2EditorMvcTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;

  TestData.Tenant tenant;
  CurrentUser planner;
  Plan plan;
  PlanItem item;

  @BeforeEach
  void setUp() {
    tenant = data.tenant("g" + System.nanoTime() % 100000, "ขอนแก่น");
    planner = tenant.member(Role.PLANNER);
    plan = data.draftPlan(tenant);
    item = plans.addItem(planner, plan.id(), 1, 0, new org.sujarit.plan.ItemDraft(null, "2.2", null, "มาตรการ No Gift Policy", null, null, null, null));
  }

  String itemUrl() {
    return "/plans/" + plan.id() + "/versions/1/part2/items/" + item.id();
  }

  @Test
  void setsTheResponsibleUnitsAndQuartersOfARowAndAnswersWithTheirNames() throws Exception {
    var r = mvc.perform(put(itemUrl()).with(SignedIn.as(planner)).with(csrf()).header("HX-Request", "true")
            .param("revision", "1").param("unitsSent", "true").param("units", tenant.unit().id().toString()))
        .andExpect(status().isOk()).andReturn();
    assertThat(r.getResponse().getContentAsString()).contains("กองคลัง").contains("id=\"plan-rev\"");
    assertThat(plans.get(planner, plan.id()).item(item.id()).responsibleUnits()).containsExactly(tenant.unit().id());
  }
}
