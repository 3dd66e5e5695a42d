package org.sujarit.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.ReviewStatus;
import org.sujarit.monitoring.RoundKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.access.Role;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanFinding;
import org.sujarit.plan.PlanStatus;
import org.sujarit.plan.PlanTotals;
import org.sujarit.plan.Plans;

/** The first start creates the administrator and a published demo plan whose figures add up. */
@IntegrationTest
@TestPropertySource(properties = "sujarit.demo.enabled=true")
class FirstStartTest {
  @Autowired AccountLookup accounts;
  @Autowired Plans plans;
  @Autowired Progress progress;
  @Autowired MockMvc mvc;

  @Test
  void createsTheAdministratorAndAPublishedDemoPlan() throws Exception {
    mvc.perform(post("/login").param("username", "admin").param("password", "first-start-pw-2567").with(csrf()))
        .andExpect(redirectedUrl("/"));
    var planner = accounts.findByUsername("demo.planner").orElseThrow().asCurrentUser();
    assertThat(planner.roles()).containsExactly(Role.PLANNER);
    Plan plan = plans.ofOrganization(planner, new OrganizationId(planner.organizationId())).get(0);
    assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
    assertThat(plan.approved().orElseThrow().by()).isEqualTo("demo.executive");
    PlanTotals totals = plans.totals(plan);
    assertThat(totals.counts().total()).isEqualTo(22);
    assertThat(totals.grand().in(FiscalYear.of(2566))).isEqualTo(Baht.of(140000));
    assertThat(plans.findings(plan)).extracting(PlanFinding::code)
        .doesNotContain(PlanFinding.Code.MISSION_OUTSIDE_FRAMEWORK, PlanFinding.Code.DUPLICATE_SEQUENCE,
            PlanFinding.Code.MISSION_WITHOUT_ITEM, PlanFinding.Code.NO_RESPONSIBLE_UNIT);
    assertThat(plan.introduction().risks()).hasSize(3).allSatisfy(r -> assertThat(r.controls()).isNotEmpty());
    // two rounds of progress: the half year acknowledged with evidence, the full year partly accepted
    var half = progress.board(planner, plan.id(), ReportingRound.of(2568, RoundKind.HALF_YEAR));
    assertThat(half.state().closed()).isTrue();
    assertThat(half.latest()).hasSize(6).allSatisfy((id, r) -> assertThat(r.review()).isEqualTo(ReviewStatus.ACCEPTED));
    assertThat(half.evidence().values().stream().mapToInt(java.util.List::size).sum()).isEqualTo(2);
    var full = progress.board(planner, plan.id(), ReportingRound.of(2568, RoundKind.FULL_YEAR));
    assertThat(full.state().closed()).isFalse();
    assertThat(full.latest().values()).extracting(r -> r.review()).containsOnly(ReviewStatus.ACCEPTED, ReviewStatus.SUBMITTED)
        .filteredOn(s -> s == ReviewStatus.ACCEPTED).hasSize(3);
  }
}
