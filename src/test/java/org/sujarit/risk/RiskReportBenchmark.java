package org.sujarit.risk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.BenchmarkApp;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.common.FiscalYear;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;
import org.sujarit.risk.report.RiskReport;

/**
 * A 30-risk assessment (60 measures: one plan item and one of its own each) of a plan of 30 items,
 * server side with the whole stack in process: the assessment page, one risk's steps 1–4 saved (the
 * form post and its redirect), and the nine-table report with the heat map as DOCX plus PDF. Targets:
 * page and save under 50 ms, DOCX + PDF under 1 s. Percentiles in the output (p0.95).
 *
 * <pre>./mvnw -q -B test-compile exec:exec@jmh -Djmh.args="RiskReportBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RiskReportBenchmark {
  static final int RISKS = 30;
  static final FiscalYear YEAR = PublishedPlans.YEAR;

  private ConfigurableApplicationContext app;
  private MockMvc mvc;
  private CurrentUser auditor;
  private OrganizationId org;
  private RiskAssessments assessments;
  private RiskReport report;
  private List<Risk> risks;
  private String base;
  private int n;

  @Setup
  public void start() {
    app = BenchmarkApp.start("--sujarit.db.data-dir=target/bench-db");
    mvc = BenchmarkApp.mvc(app);
    Plans plans = app.getBean(Plans.class);
    Organizations organizations = app.getBean(Organizations.class);
    TestData data = new TestData(organizations, app.getBean(Accounts.class), plans);
    TestData.Tenant tenant = data.tenant("rbench", "ขอนแก่น");
    Plan plan = new PublishedPlans(plans, organizations).publish(tenant, RISKS);
    auditor = tenant.member(Role.AUDITOR);
    org = tenant.organization().id();
    assessments = app.getBean(RiskAssessments.class);
    report = app.getBean(RiskReport.class);
    RiskAssessment a = assessments.start(auditor, org, YEAR, RiskMatrices.NACC_3X3, RiskAssessments.Start.EMPTY);
    String[] areas = {RiskArea.APPROVAL, RiskArea.POWER, RiskArea.BUDGET, RiskArea.BRIBERY};
    TrafficLight[] lights = TrafficLight.values();
    for (int i = 0; i < RISKS; i++) {
      Risk r = Risk.identified(areas[i % 4], "กระบวนงานที่ " + (i + 1) + " การอนุมัติ อนุญาต และการจัดซื้อจัดจ้าง",
          "โอกาสการทุจริตลำดับที่ " + (i + 1) + " การเรียกรับผลประโยชน์จากผู้ยื่นคำขอเพื่อเร่งรัดหรือละเว้นการตรวจสอบตามขั้นตอน",
          i % 2 == 0 ? RiskFactor.KNOWN : RiskFactor.UNKNOWN, tenant.unit().id(), lights[i % 4]);
      a = assessments.addRisk(auditor, org, YEAR, a.revision(), r);
      a = assessments.updateRisk(auditor, org, YEAR, a.revision(), r.id(), r, i % 3 + 1, (i / 3) % 3 + 1, ControlQuality.values()[i % 3]);
      a = assessments.addMeasure(auditor, org, YEAR, a.revision(), r.id(), Measure.linked(plan.items().get(i).id()));
      a = assessments.addMeasure(auditor, org, YEAR, a.revision(), r.id(),
          Measure.own("จัดทำคู่มือและหมุนเวียนเจ้าหน้าที่ผู้ปฏิบัติงาน พร้อมเผยแพร่ขั้นตอนบนเว็บไซต์", tenant.unit().id(), null, null));
    }
    risks = a.risks();
    base = "/organizations/" + org + "/risk/" + YEAR.value();
  }

  @TearDown
  public void stop() {
    app.close();
  }

  /** The assessment page: the nine steps of 30 risks, the heat map and the measures' plan items. */
  @Benchmark
  public int page() throws Exception {
    return mvc.perform(get(base).with(SignedIn.as(auditor))).andReturn().getResponse().getContentAsByteArray().length;
  }

  /** One risk's steps 1–4 posted from its form and stored on the revision the page held. */
  @Benchmark
  public int save() throws Exception {
    Risk r = risks.get(n++ % RISKS);
    long revision = assessments.view(auditor, org, YEAR).assessment().revision();
    int status = mvc.perform(post(base + "/risks/" + r.id()).with(SignedIn.as(auditor)).with(csrf())
        .param("revision", Long.toString(revision)).param("area", r.area()).param("process", r.process())
        .param("description", r.description()).param("factor", r.factor().name()).param("light", r.light().name())
        .param("likelihood", Integer.toString(n % 3 + 1)).param("impact", "2").param("control", "FAIR"))
        .andReturn().getResponse().getStatus();
    if (status != 302) throw new IllegalStateException("save answered " + status);
    return status;
  }

  /** The nine tables with the heat map, as DOCX and as PDF. */
  @Benchmark
  public int documents() {
    RiskAssessments.View view = assessments.view(auditor, org, YEAR);
    List<SurveillanceReport> round = assessments.surveillance(auditor, org, YEAR, RoundKind.HALF_YEAR);
    return report.render(view, round, RoundKind.HALF_YEAR, false, "docx").length + report.render(view, round, RoundKind.HALF_YEAR, false, "pdf").length;
  }
}
