package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;
import org.sujarit.plan.RiskLevel;

/** The Part 1 migration ran when the application started and does not run at a later start; without its marker it runs once more. */
@IntegrationTest
@Import(TestData.class)
class Part1MigrationOnceTest {
  @Autowired Plans plans;
  @Autowired Part1Migration migration;
  @Autowired TestData data;
  @Autowired JdbcTemplate jdbc;

  @Test
  void runsOnceInTheInstallationsLife() {
    TestData.Tenant t = data.tenant("p1once", "ขอนแก่น");
    CurrentUser planner = t.member(Role.PLANNER);
    OrganizationId org = t.organization().id();
    Plan plan = data.draftPlan(t);
    plans.setIntroduction(planner, plan.id(), 1, plan.revision(), new Introduction(List.of(
        new Introduction.RiskRow("การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ค้า", RiskLevel.HIGH, List.of(), null)),
        "หลักการ", List.of(), List.of(), List.of()));

    assertThat(marker()).as("claimed by the start of this application").isEqualTo(1);
    assertThat(migration.runOnce()).isFalse();
    assertThat(assessments(org)).isZero();

    jdbc.update("delete from scheduled_run where job = ?", Part1Migration.JOB);
    assertThat(migration.runOnce()).isTrue();
    assertThat(assessments(org)).isEqualTo(1);
    assertThat(migration.runOnce()).isFalse();
    assertThat(marker()).isEqualTo(1);
  }

  private int marker() {
    return jdbc.queryForObject("select count(*) from scheduled_run where job = ? and slot = 'once'", Integer.class, Part1Migration.JOB);
  }

  private int assessments(OrganizationId org) {
    return jdbc.queryForObject("select count(*) from risk_assessment where organization_id = ?", Integer.class, org.value());
  }
}
