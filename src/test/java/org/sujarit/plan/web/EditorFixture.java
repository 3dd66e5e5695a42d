package org.sujarit.plan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.PlanFixtures;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/** MVC tests of the editor: a fresh organization with a draft plan holding one item (2.2, {@link #ITEM}), and htmx requests as its planner. */
@IntegrationTest
@Import(TestData.class)
abstract class EditorFixture {
  static final String ITEM = "มาตรการ No Gift Policy";

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;

  TestData.Tenant tenant;
  CurrentUser planner;
  Plan plan;
  PlanItem item;

  @BeforeEach
  void draftWithOneItem() {
    tenant = data.tenant("e" + System.nanoTime() % 100000, "ขอนแก่น");
    planner = tenant.member(Role.PLANNER);
    plan = data.draftPlan(tenant);
    item = PlanFixtures.addItem(plans, planner, plan.id(), 1, 0, new ItemDraft(null, "2.2", null, ITEM, null, null, null, null));
  }

  /** An htmx request of the planner. */
  MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder b) {
    return b.with(SignedIn.as(planner)).with(csrf()).header("HX-Request", "true");
  }

  /** The revision the plan is at now, as the page would hold it. */
  String rev() {
    return Long.toString(plans.get(planner, plan.id()).revision());
  }
}
