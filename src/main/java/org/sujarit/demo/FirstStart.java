package org.sujarit.demo;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Base64;
import org.sujarit.common.Baht;
import org.sujarit.monitoring.EvidenceFiles;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.ProgressEntry;
import org.sujarit.monitoring.ProgressStatus;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.plan.PlanItem;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.account.NewAccount;
import org.sujarit.account.Passwords;
import org.sujarit.account.UserAccount;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.Unit;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;

/**
 * Runs once, on the first start against an empty database: creates the system administrator and,
 * when {@code sujarit.demo.enabled} (the default), a demo organization with one member per role and
 * its published demo plan. The generated password is printed once and never stored in clear. Runs
 * first, so that other modules' demo runners (ordered after it) find the demo organization.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnWebApplication
class FirstStart implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

  /** A 1×1 PNG: the demo's evidence photo. */
  private static final byte[] DEMO_PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
  private final Accounts accounts;
  private final Organizations organizations;
  private final Plans plans;
  private final Progress progress;
  private final EvidenceFiles evidence;
  private final TransactionTemplate tx;
  private final boolean demo;
  private final String initialPassword;

  FirstStart(Accounts accounts, Organizations organizations, Plans plans, Progress progress, EvidenceFiles evidence,
      TransactionTemplate tx,
      @Value("${sujarit.demo.enabled:true}") boolean demo, @Value("${sujarit.admin.initial-password:}") String initialPassword) {
    this.accounts = accounts;
    this.organizations = organizations;
    this.plans = plans;
    this.progress = progress;
    this.evidence = evidence;
    this.tx = tx;
    this.demo = demo;
    this.initialPassword = initialPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    tx.executeWithoutResult(status -> {
      if (accounts.anyAccountExists()) return;
      String password = initialPassword.isBlank() ? Passwords.temporary() : initialPassword;
      accounts.createBySystem(new NewAccount("admin", "ผู้ดูแลระบบ", password, null, null, EnumSet.of(Role.SYSTEM_ADMIN), null));
      List<String> demoUsers = demo ? createDemo(password) : List.of();
      announce(password, demoUsers);
    });
  }

  private List<String> createDemo(String password) {
    PlanInterchange demoPlan = read("demo/demo-plan.json");
    PlanInterchange.OrganizationInfo info = demoPlan.organization();
    Organization org = organizations.createBySystem(info.name(), OrganizationKind.parse(info.kind()), info.province(), info.district());
    for (String unit : List.of("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "หน่วยตรวจสอบภายใน")) {
      organizations.unitNamed("system", org.id(), unit);
    }
    Unit finance = organizations.unitNamed("system", org.id(), "กองคลัง");
    UserAccount planner = member(org, "demo.planner", "นางสาวพิมพ์ใจ ตั้งใจดี (นักวิเคราะห์นโยบายและแผน)", password, Role.PLANNER, null);
    UserAccount executive = member(org, "demo.executive", "นายสมชาย ใจซื่อ (นายกองค์การบริหารส่วนตำบล)", password, Role.EXECUTIVE, null);
    member(org, "demo.admin", "นายวิชัย รักษ์ระบบ (ปลัดองค์การบริหารส่วนตำบล)", password, Role.ORG_ADMIN, null);
    member(org, "demo.unit", "นางมาลี ถูกต้อง (ผู้อำนวยการกองคลัง)", password, Role.UNIT_OFFICER, finance);
    member(org, "demo.auditor", "นายธนา ตรวจตรา (นักวิชาการตรวจสอบภายใน)", password, Role.AUDITOR, null);
    member(org, "demo.viewer", "นางสาวใจดี อ่านได้ (ประชาสัมพันธ์)", password, Role.VIEWER, null);

    CurrentUser plannerUser = planner.asCurrentUser();
    Plan plan = plans.createFrom(plannerUser, org.id(), demoPlan);
    plan = plans.submit(plannerUser, plan.id(), plan.version(), plan.revision());
    plan = plans.approve(executive.asCurrentUser(), plan.id(), plan.version(), plan.revision());
    plan = plans.publish(plannerUser, plan.id(), plan.version(), plan.revision());
    demoProgress(plan, plannerUser, executive.asCurrentUser());
    return List.of("demo.planner", "demo.executive", "demo.admin", "demo.unit", "demo.auditor", "demo.viewer");
  }

  /**
   * Two rounds of fiscal year 2568, so that the dashboard and reports a newcomer opens show real
   * content: the half-year round accepted and acknowledged, the full-year one partly accepted.
   */
  private void demoProgress(Plan plan, CurrentUser planner, CurrentUser executive) {
    ReportingRound half = ReportingRound.of(2568, RoundKind.HALF_YEAR);
    ReportingRound full = ReportingRound.of(2568, RoundKind.FULL_YEAR);
    List<PlanItem> items = plan.items().stream().limit(6).toList();
    for (int i = 0; i < items.size(); i++) {
      PlanItem item = items.get(i);
      boolean done = i % 3 == 0;
      report(plan, half, item, planner, new ProgressEntry(done ? ProgressStatus.DONE : ProgressStatus.IN_PROGRESS,
          done ? "ดำเนินการแล้วเสร็จตามแผน มีผู้เข้าร่วม " + (30 + i * 5) + " คน" : "อยู่ระหว่างดำเนินการ จัดประชุมเตรียมการแล้ว",
          LocalDate.of(2024, 11, 1 + i), done ? LocalDate.of(2025, 2, 10 + i) : null, spent(item, half, done ? 1 : 2),
          List.of(), null, done ? "ควรประชาสัมพันธ์ให้ประชาชนทราบมากขึ้น" : null, null));
      if (i < 2) {
        evidence.add(planner, plan.id(), half, item.id(), "ภาพกิจกรรม-" + (i + 1) + ".png", new ByteArrayInputStream(DEMO_PNG));
      }
      progress.accept(planner, plan.id(), half, item.id());
    }
    progress.acknowledge(executive, plan.id(), half, "รับทราบผลการดำเนินงานรอบ 6 เดือน");
    for (int i = 0; i < items.size(); i++) {
      PlanItem item = items.get(i);
      report(plan, full, item, planner, new ProgressEntry(i == 5 ? ProgressStatus.POSTPONED : ProgressStatus.DONE,
          "ดำเนินการแล้วเสร็จ สรุปผลเสนอผู้บริหารแล้ว", LocalDate.of(2024, 11, 1 + i), LocalDate.of(2025, 8, 20 + i),
          spent(item, full, 1), List.of(), i == 5 ? "งบประมาณไม่เพียงพอ" : null, null, i == 5 ? "เลื่อนไปดำเนินการในปีงบประมาณถัดไป" : null));
      if (i < 3) progress.accept(planner, plan.id(), full, item.id());
    }
  }

  private void report(Plan plan, ReportingRound round, PlanItem item, CurrentUser planner, ProgressEntry entry) {
    progress.save(planner, plan.id(), round, item.id(), entry, null, true);
  }

  /** The planned budget of the year, or half of it for a round still under way. */
  private static Baht spent(PlanItem item, ReportingRound round, int divisor) {
    return item.budget().in(round.year())
        .map(b -> Baht.of(b.amount().divide(java.math.BigDecimal.valueOf(divisor), 2, java.math.RoundingMode.HALF_UP)))
        .orElse(null);
  }

  private UserAccount member(Organization org, String username, String name, String password, Role role, Unit unit) {
    return accounts.createBySystem(new NewAccount(username, name, password, org.id().value(), unit == null ? null : unit.id().value(),
        Set.of(role), null));
  }

  private static PlanInterchange read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return InterchangeJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void announce(String password, List<String> demoUsers) {
    String line = "=".repeat(72);
    StringBuilder sb = new StringBuilder("\n").append(line).append('\n')
        .append("  Sujarit: first start / เริ่มระบบครั้งแรก\n")
        .append("  Administrator / ผู้ดูแลระบบ:  admin\n")
        .append("  Password / รหัสผ่าน:          ").append(password).append('\n');
    if (!demoUsers.isEmpty()) {
      sb.append("  Demo users (same password) / ผู้ใช้ตัวอย่าง (รหัสผ่านเดียวกัน):\n    ")
          .append(String.join(", ", demoUsers)).append('\n');
    }
    sb.append("  This password is shown only once. / รหัสผ่านนี้แสดงเพียงครั้งเดียว\n").append(line);
    System.out.println(sb);
    log.info("Initial administrator 'admin' created{}", demoUsers.isEmpty() ? "" : " with demo organization and plan");
  }
}
