package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.audit.AuditTrail;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.interchange.PlanInterchange;

@IntegrationTest
@Import(TestData.class)
class PlansIntegrationTest {
  @Autowired Plans plans;
  @Autowired TestData data;
  @Autowired AuditTrail audit;

  TestData.Tenant tenant;
  CurrentUser planner;

  @BeforeEach
  void setUp() {
    tenant = data.tenant("p" + System.nanoTime() % 100000, "ขอนแก่น");
    planner = tenant.member(Role.PLANNER);
  }

  @Test
  void storesAndReadsBackAPlanWithItemsBudgetsAndDetailSheets() {
    Plan plan = data.draftPlan(tenant);
    PlanItem item = plans.addItem(planner, plan.id(), 1, plan.revision(), PlanTest.item("1.1", "โครงการอบรมคุณธรรม", 30000, 30000));
    Plan afterAdd = plans.get(planner, plan.id());
    DetailSheet sheet = new DetailSheet("หลักการ", List.of("เพื่อ ก", "เพื่อ ข"), "บุคลากร 60 คน", "อบต.", List.of("ขั้น 1", "ขั้น 2"),
        "ปีงบประมาณ 2566–2570", "30,000 บาท", List.of(new DetailSheet.CostLine("ค่าอาหาร", Baht.of(9000))), "สำนักปลัด",
        List.of("ผลผลิต"), List.of("ผลลัพธ์"), List.of(new DetailSheet.Indicator("ร้อยละผู้ผ่านการทดสอบ", new java.math.BigDecimal("80"), MeasureUnit.PERCENT)));
    plans.setDetails(planner, plan.id(), 1, afterAdd.revision(), item.id(), sheet);
    plans.setBudget(planner, plan.id(), 1, afterAdd.revision() + 1, item.id(), FiscalYear.of(2570), Baht.ZERO);

    Plan stored = plans.get(planner, plan.id());
    PlanItem read = stored.item(item.id());
    assertThat(read.details()).isEqualTo(sheet);
    assertThat(read.budget().in(FiscalYear.of(2566))).contains(Baht.of(30000));
    assertThat(read.budget().in(FiscalYear.of(2570))).contains(Baht.ZERO);
    assertThat(read.budget().stated(FiscalYear.of(2568))).isFalse();
    assertThat(stored.revision()).isEqualTo(plan.revision() + 3);
    assertThat(plans.totals(stored).grand().total()).isEqualTo(Baht.of(60000));
  }

  @Test
  void aSecondEditBasedOnAnOldRevisionIsRefusedAndTheFirstIsKept() {
    Plan plan = data.draftPlan(tenant);
    long revision = plan.revision();
    plans.addItem(planner, plan.id(), 1, revision, PlanTest.item("1.1", "โครงการของคนแรก"));
    assertThatThrownBy(() -> plans.addItem(planner, plan.id(), 1, revision, PlanTest.item("1.2", "โครงการของคนที่สอง")))
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("plan.concurrent-change"));
    assertThat(plans.get(planner, plan.id()).items()).extracting(PlanItem::name).containsExactly("โครงการของคนแรก");
  }

  @Test
  void amendingKeepsEveryVersion() {
    Plan plan = data.draftPlan(tenant);
    plans.addItem(planner, plan.id(), 1, 0, PlanTest.item("1.1", "โครงการ ก", 1000));
    Plan submitted = plans.submit(planner, plan.id(), 1, 1);
    Plan approved = plans.approve(tenant.member(Role.EXECUTIVE), plan.id(), 1, submitted.revision());
    Plan v2 = plans.amend(planner, plan.id(), "เพิ่มโครงการ");
    plans.addItem(planner, plan.id(), 2, v2.revision(), PlanTest.item("2.1", "กิจกรรมใหม่"));

    assertThat(plans.versions(planner, plan.id())).extracting(VersionInfo::version, VersionInfo::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, PlanStatus.APPROVED), org.assertj.core.groups.Tuple.tuple(2, PlanStatus.DRAFT));
    assertThat(plans.get(planner, plan.id(), 1).items()).hasSize(1);
    assertThat(plans.get(planner, plan.id(), 1).approved()).isPresent();
    assertThat(plans.get(planner, plan.id()).items()).hasSize(2);
    assertThat(approved.approved().get().by()).isEqualTo(tenant.member(Role.EXECUTIVE).username());
    assertThatThrownBy(() -> plans.addItem(planner, plan.id(), 1, approved.revision(), PlanTest.item("1.1", "แก้ฉบับเก่า")))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void roundTripsThroughTheInterchangeForm() {
    Plan plan = data.draftPlan(tenant);
    plans.addItem(planner, plan.id(), 1, 0, PlanTest.item("3.2", "มาตรการจัดการเรื่องร้องเรียน", 0, 0, 0, 0, 0));
    plans.addItem(planner, plan.id(), 1, 1, PlanTest.item("4.1", "กิจกรรมตรวจสอบภายใน", 5000));
    PlanInterchange out = plans.export(planner, plan.id(), 1);
    Plan copy = plans.createFrom(planner, tenant.organization().id(), out);
    assertThat(copy.items()).extracting(PlanItem::missionCode, PlanItem::sequence, PlanItem::name, PlanItem::budget)
        .containsExactlyElementsOf(plans.get(planner, plan.id()).items().stream()
            .map(i -> org.assertj.core.groups.Tuple.tuple(i.missionCode(), i.sequence(), i.name(), i.budget())).toList());
    assertThat(out.organization().name()).isEqualTo(tenant.organization().name());
    assertThat(out.statedGrandTotal()).containsEntry(2566, new java.math.BigDecimal("5000.00"));
  }

  @Test
  void anotherOrganizationCanNeitherReadNorChangeThePlan() {
    Plan plan = data.draftPlan(tenant);
    TestData.Tenant other = data.tenant("o" + System.nanoTime() % 100000, "ขอนแก่น");
    for (CurrentUser stranger : other.all()) {
      assertThatThrownBy(() -> plans.get(stranger, plan.id())).isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> plans.addItem(stranger, plan.id(), 1, 0, PlanTest.item("1.1", "แทรก")))
          .isInstanceOf(AccessRefusedException.class);
    }
    assertThatThrownBy(() -> plans.addItem(tenant.member(Role.VIEWER), plan.id(), 1, 0, PlanTest.item("1.1", "แทรก")))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(plans.get(planner, plan.id()).items()).isEmpty();
  }

  @Test
  void everyChangeIsInTheAuditTrail() {
    Plan plan = data.draftPlan(tenant);
    PlanItem item = plans.addItem(planner, plan.id(), 1, 0, PlanTest.item("1.1", "โครงการ ก", 1000));
    plans.setBudget(planner, plan.id(), 1, 1, item.id(), FiscalYear.of(2566), Baht.of(2500));
    var history = audit.history("plan", plan.id() + "/1");
    assertThat(history).extracting(e -> e.action()).containsExactly("create", "item.add", "item.budget");
    var budgetChange = history.get(2);
    assertThat(budgetChange.actor()).isEqualTo(planner.username());
    assertThat(budgetChange.before()).contains("1000.00").doesNotContain("2500.00");
    assertThat(budgetChange.after()).contains("2500.00");
    assertThat(audit.verify().intact()).isTrue();
  }
}
