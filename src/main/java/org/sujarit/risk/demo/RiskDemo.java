package org.sujarit.risk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.access.CurrentUser;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.account.UserAccount;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDates;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.risk.ControlQuality;
import org.sujarit.risk.Measure;
import org.sujarit.risk.Risk;
import org.sujarit.risk.RiskArea;
import org.sujarit.risk.RiskAssessment;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskFactor;
import org.sujarit.risk.SurveillanceStatus;
import org.sujarit.risk.TrafficLight;
import org.sujarit.risk.TreatmentStatus;
import org.sujarit.risk.nogift.GiftDecision;
import org.sujarit.risk.nogift.GiftDirection;
import org.sujarit.risk.nogift.NoGift;

/**
 * Demo data of the risk module, after the first start made the demo organization: last year's
 * assessment (from the plan's Part 1 rows plus a bribery risk, rated, linked to plan items, approved,
 * surveillance of the 6-month round, acknowledged), this year's draft carried over from it, the No
 * Gift policy and a gift register with one giver over the limit. Runs once, while the organization
 * has no approved assessment (an imported plan's rows may already be a draft).
 */
@Component
@ConditionalOnWebApplication
class RiskDemo implements ApplicationRunner {
  private final AccountLookup accounts;
  private final Organizations organizations;
  private final RiskAssessments assessments;
  private final NoGift noGift;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final boolean enabled;

  RiskDemo(AccountLookup accounts, Organizations organizations, RiskAssessments assessments, NoGift noGift, TransactionTemplate tx, Clock clock,
      @Value("${sujarit.demo.enabled:true}") boolean enabled) {
    this.accounts = accounts;
    this.organizations = organizations;
    this.assessments = assessments;
    this.noGift = noGift;
    this.tx = tx;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) return;
    tx.executeWithoutResult(status -> {
      CurrentUser auditor = user("demo.auditor");
      if (auditor == null || auditor.organizationId() == null) return;
      OrganizationId org = new OrganizationId(auditor.organizationId());
      // an imported plan's Part 1 rows may already have become a draft: only an approved assessment means the demo ran
      if (assessments.all(auditor, org).stream().anyMatch(a -> !a.draft())) return;
      create(org, auditor);
    });
  }

  private void create(OrganizationId org, CurrentUser auditor) {
    CurrentUser executive = user("demo.executive");
    CurrentUser unit = user("demo.unit");
    CurrentUser planner = user("demo.planner");
    CurrentUser viewer = user("demo.viewer");
    LocalDate today = LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
    FiscalYear now = FiscalYear.containing(today);
    Plan plan = assessments.planItems(auditor, org, now).or(() -> assessments.planItems(auditor, org, now.plus(-1))).map(RiskAssessments.PlanItems::plan)
        .orElse(null);
    if (plan == null) return;
    // last year inside the plan's period, so its items can be linked; this year after it
    FiscalYear last = plan.period().contains(now.plus(-1)) && now.plus(-1).compareTo(plan.period().first()) >= 0 ? now.plus(-1)
        : plan.period().last().plus(-1);
    FiscalYear current = last.next();
    UnitId finance = organizations.unitNamed("system", org, "กองคลัง").id();
    UnitId works = organizations.unitNamed("system", org, "กองช่าง").id();
    List<PlanItem> items = plan.items();

    RiskAssessment a = assessments.find(auditor, org, last).map(RiskAssessments.View::assessment)
        .orElseGet(() -> assessments.start(auditor, org, last, null, RiskAssessments.Start.PLAN_PART1));
    Risk bribery = Risk.identified(RiskArea.BRIBERY, "การตรวจรับงานก่อสร้าง",
        "เรียกรับหรือยอมรับเงินหรือประโยชน์จากผู้รับจ้างเพื่อตรวจรับงานที่ไม่เป็นไปตามสัญญา", RiskFactor.UNKNOWN, works, TrafficLight.RED);
    a = assessments.addRisk(auditor, org, last, a.revision(), bribery);
    int[][] scores = {{3, 2}, {2, 2}, {1, 2}, {3, 3}};
    ControlQuality[] controls = {ControlQuality.FAIR, ControlQuality.GOOD, ControlQuality.GOOD, ControlQuality.FAIR};
    UnitId[] owners = {finance, finance, finance, works};
    for (int i = 0; i < a.risks().size() && i < scores.length; i++) {
      Risk r = a.risks().get(i);
      Risk owned = Risk.identified(r.area(), r.process(), r.description(), i == 0 ? RiskFactor.KNOWN : r.factor(), owners[i], r.light());
      a = assessments.updateRisk(auditor, org, last, a.revision(), r.id(), owned, scores[i][0], scores[i][1], controls[i]);
    }
    PlanItem integrity = items.stream().filter(x -> x.name().contains("ผลประโยชน์ทับซ้อน")).findFirst().orElse(items.get(0));
    if (a.risk(bribery.id()).measures().stream().noneMatch(m -> integrity.id().equals(m.planItem()))) {
      a = assessments.addMeasure(auditor, org, last, a.revision(), bribery.id(), Measure.linked(integrity.id()));
    }
    a = assessments.addMeasure(auditor, org, last, a.revision(), bribery.id(), Measure.own(
        "แต่งตั้งคณะกรรมการตรวจรับพัสดุหมุนเวียน และให้ถ่ายภาพงานทุกงวดก่อนตรวจรับ", works, last.firstDay(), last.lastDay()));
    a = assessments.approve(executive, org, last, a.revision());
    for (Risk r : a.risks()) {
      boolean red = r.id().equals(bribery.id());
      assessments.reportSurveillance(red ? planner : unit, org, last, r.id(), RoundKind.HALF_YEAR,
          red ? SurveillanceStatus.YELLOW : SurveillanceStatus.GREEN,
          red ? "มีผู้ร้องเรียนผ่านเว็บไซต์ 1 เรื่อง ตรวจสอบแล้วแก้ไขการตรวจรับงวดที่ 2 ทันที" : null);
      assessments.reportStatus(red ? planner : unit, org, last, r.id(), red ? TreatmentStatus.IN_PROGRESS : TreatmentStatus.DONE,
          red ? "แต่งตั้งกรรมการหมุนเวียนแล้ว อยู่ระหว่างจัดทำแนวทางถ่ายภาพงาน" : "ดำเนินการตามมาตรการครบถ้วน ไม่พบเหตุ", null);
    }
    assessments.acknowledge(executive, org, last, "ให้กองช่างเร่งจัดทำแนวทางการตรวจรับงานให้แล้วเสร็จ");
    if (assessments.find(auditor, org, current).isEmpty()) assessments.start(auditor, org, current, null, RiskAssessments.Start.PREVIOUS_YEAR);

    PlanItem culture = items.stream().filter(x -> x.name().contains("No Gift") || x.name().contains("จริยธรรม")).findFirst().orElse(items.get(0));
    noGift.savePolicy(planner, org, last, last.firstDay().plusDays(2), List.of(culture.id()),
        "ประกาศผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์ ชี้แจงในการประชุมพนักงานประจำเดือน");
    noGift.sign(executive, org, last);
    noGift.record(viewer, org, GiftDirection.RECEIVED, "นางสาวใจดี อ่านได้", "ห้างหุ้นส่วนจำกัด รุ่งเรืองก่อสร้าง", "กระเช้าผลไม้", "ปีใหม่",
        Baht.of(1200), last.firstDay().plusMonths(3), GiftDecision.KEPT_UNDER_RULES, null);
    noGift.record(unit, org, GiftDirection.RECEIVED, "นางมาลี ถูกต้อง", "ห้างหุ้นส่วนจำกัด รุ่งเรืองก่อสร้าง", "ชุดเครื่องดื่มและขนม", "ปีใหม่",
        Baht.of(2500), last.firstDay().plusMonths(3).plusDays(1), GiftDecision.HANDED_TO_ORGANIZATION, "เกินมูลค่าที่กำหนดรวมกับรายการก่อน จึงส่งมอบ");
    noGift.record(planner, org, GiftDirection.GIVEN, "องค์การบริหารส่วนตำบล (สำนักปลัด)", "คณะศึกษาดูงานจากเทศบาลตำบลใกล้เคียง", "ของที่ระลึกผลิตภัณฑ์ชุมชน",
        "การศึกษาดูงาน", Baht.of(800), last.firstDay().plusMonths(5), null, null);
  }

  private CurrentUser user(String username) {
    return accounts.findByUsername(username).map(UserAccount::asCurrentUser).orElse(null);
  }
}
