package org.sujarit.oversight;

import org.sujarit.plan.PlanFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.web.ProgressForm;
import org.sujarit.monitoring.ProgressRecordReturned;
import org.sujarit.monitoring.ProgressRecordSubmitted;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.oversight.figures.IntegrityFigures;
import org.sujarit.oversight.readmodel.Oversight;
import org.sujarit.plan.Budget;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanDrafted;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanReturned;
import org.sujarit.plan.PlanSubmitted;
import org.sujarit.plan.Plans;
import org.sujarit.risk.nogift.NoGift;

/**
 * The oversight module with the modules it reads: each plan and progress event of another module,
 * published by its real operation, reaches {@link OversightListeners}, and the read model shows the
 * fact without waiting for an approval or an acceptance; a signed No Gift announcement counts for its year.
 */
// oversight's beans use none of the modules whose events it hears, and extra includes bring no
// dependencies of their own: the publishers and what their beans need are named here (account for the
// test data, library for plan's StandardItems port, database for the DataSource)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"organization", "plan", "monitoring", "account", "framework", "document", "audit", "library", "database"})
@ActiveProfiles("test")
@Import(TestData.class)
class OversightListenersTest {
  static final ReportingRound HALF = ReportingRound.of(2567, RoundKind.HALF_YEAR);
  static final Duration WAIT = Duration.ofSeconds(20);

  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired Progress progress;
  @Autowired Organizations organizations;
  @Autowired JdbcClient jdbc;
  @Autowired NoGift noGift;
  @Autowired Oversight oversight;

  @Test
  void aDraftCountsFromItsFirstDayAndMovesWhenSubmittedOrReturned(Scenario scenario) {
    TestData.Tenant t = data.tenant("ovsd", "ขอนแก่น");
    UUID org = t.organization().id().value();
    CurrentUser planner = t.member(Role.PLANNER);

    scenario.stimulate(() -> data.draftPlan(t)).andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> planStatus(org), "DRAFT"::equals)
        .andVerifyEvents(events -> assertThat(events.ofType(PlanDrafted.class)
            .matching(e -> e.organizationId().equals(t.organization().id()) && e.firstYear() == 2566 && e.lastYear() == 2570)).hasSize(1));

    Plan draft = plans.ofOrganization(planner, t.organization().id()).get(0);
    PlanFixtures.addItem(plans, planner, draft.id(), 1, draft.revision(),
        new ItemDraft(null, "1.1", null, "โครงการอบรมคุณธรรม", Budget.NONE, List.of(t.unit().id()), null, null));
    scenario.stimulate(() -> plans.submit(planner, draft.id(), 1, plans.get(planner, draft.id(), 1).revision())).andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> planStatus(org), "SUBMITTED"::equals)
        .andVerifyEvents(events -> assertThat(events.ofType(PlanSubmitted.class).matching(e -> e.planId().equals(draft.id()))).hasSize(1));

    scenario.stimulate(() -> plans.returnForChanges(t.member(Role.EXECUTIVE), draft.id(), 1, plans.get(planner, draft.id(), 1).revision(),
            "เพิ่มตัวชี้วัด")).andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> planStatus(org), "DRAFT"::equals)
        .andVerifyEvents(events -> assertThat(events.ofType(PlanReturned.class).matching(e -> e.planId().equals(draft.id()))).hasSize(1));
  }

  @Test
  void aSubmittedRecordCountsAsReportedUntilItIsReturned(Scenario scenario) {
    TestData.Tenant t = data.tenant("ovsr", "ขอนแก่น");
    UUID org = t.organization().id().value();
    Plan plan = new PublishedPlans(plans, organizations).publish(t, 2);
    PlanItem item = plan.items().stream().filter(i -> i.responsibleUnits().contains(t.unit().id())).findFirst().orElseThrow();

    scenario.stimulate(() -> progress.save(t.member(Role.UNIT_OFFICER), plan.id(), HALF, item.id(),
            new ProgressForm("DONE", "อบรมแล้ว", null, null, "8,000", List.of(), null, null, null, null).toEntry(), null, true))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> reported(org), n -> n != null && n == 1)
        .andVerifyEvents(events -> assertThat(events.ofType(ProgressRecordSubmitted.class)
            .matching(e -> e.itemId().equals(item.id()) && e.fiscalYear() == 2567 && e.round() == RoundKind.HALF_YEAR)).hasSize(1));

    scenario.stimulate(() -> progress.returnRecord(t.member(Role.PLANNER), plan.id(), HALF, item.id(), "แนบภาพกิจกรรม"))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> reported(org), n -> n != null && n == 0)
        .andVerifyEvents(events -> assertThat(events.ofType(ProgressRecordReturned.class)
            .matching(e -> e.itemId().equals(item.id()) && e.recordVersion() == 1)).hasSize(1));
  }

  @Test
  void aSignedNoGiftAnnouncementCountsForItsYear(Scenario scenario) {
    TestData.Tenant t = data.tenant("ovng", "ขอนแก่น");
    OrganizationId org = t.organization().id();
    FiscalYear year = FiscalYear.of(2569);
    noGift.savePolicy(t.member(Role.PLANNER), org, year, LocalDate.of(2025, 10, 2), List.of(), null);
    assertThat(announcedOn(org.value())).isNull(); // a draft does not count

    scenario.stimulate(() -> noGift.sign(t.member(Role.EXECUTIVE), org, year)).andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> announcedOn(org.value()), java.util.Objects::nonNull)
        .andVerify(on -> assertThat(on).isEqualTo(LocalDate.of(2025, 10, 2)));
    CurrentUser oversight = data.account("ovng" + System.nanoTime(), Role.OVERSIGHT, null);
    IntegrityFigures g = this.oversight.organization(oversight, "NACC_2566", 2569, org.value()).figures().integrity();
    assertThat(g.noGiftAnnounced()).isEqualTo(1);
    assertThat(this.oversight.organization(oversight, "NACC_2566", 2568, org.value()).figures().integrity().noGiftAnnounced()).isZero();
  }

  private LocalDate announcedOn(UUID org) {
    return jdbc.sql("select announced_on from oversight_nogift where organization_id = ? and fiscal_year = 2569").param(org)
        .query(LocalDate.class).optional().orElse(null);
  }

  private String planStatus(UUID org) {
    return jdbc.sql("select status from oversight_plan where organization_id = ?").param(org).query(String.class).optional().orElse(null);
  }

  private Integer reported(UUID org) {
    return jdbc.sql("select reported from oversight_round where organization_id = ? and fiscal_year = 2567 and round = 'HALF_YEAR'")
        .param(org).query(Integer.class).optional().orElse(null);
  }
}
