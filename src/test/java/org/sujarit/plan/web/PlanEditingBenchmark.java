package org.sujarit.plan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.framework.Framework;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.PlanFixtures;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/**
 * Editing a 60-item plan, server side (the whole stack in process: security, controller, PostgreSQL,
 * audit trail, template): one budget cell saved and answered with the totals rows, and the Part 2
 * editor page. Percentiles in the output (p0.95).
 *
 * <pre>./mvnw -q -B test-compile exec:exec@jmh -Djmh.args="PlanEditingBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PlanEditingBenchmark {
  static final int ITEMS = 60;

  private ConfigurableApplicationContext app;
  private MockMvc mvc;
  private CurrentUser planner;
  private String base;
  private List<PlanItem> items;
  private long revision;
  private int n;

  @Setup
  public void start() {
    app = BenchmarkApp.start("--sujarit.db.data-dir=target/bench-db");
    mvc = BenchmarkApp.mvc(app);
    Plans plans = app.getBean(Plans.class);
    TestData data = new TestData(app.getBean(Organizations.class), app.getBean(Accounts.class), plans);
    TestData.Tenant tenant = data.tenant("bench", "ขอนแก่น");
    planner = tenant.member(Role.PLANNER);
    Plan plan = data.draftPlan(tenant);
    Framework framework = app.getBean(FrameworkCatalog.class).get("NACC_2566");
    List<Framework.Mission> missions = framework.topMissions();
    DetailSheet sheet = new DetailSheet("หลักการและเหตุผลของโครงการ", List.of("เพื่อ ก", "เพื่อ ข"), "บุคลากร", "ตำบล",
        List.of("ขั้น 1", "ขั้น 2", "ขั้น 3"), "ปีงบประมาณ พ.ศ. 2566–2570", "30,000 บาท", List.of(), "สำนักปลัด",
        List.of("ผลผลิต"), List.of("ผลลัพธ์"), List.of());
    long rev = plan.revision();
    for (int i = 0; i < ITEMS; i++) {
      PlanItem item = PlanFixtures.addItem(plans, planner, plan.id(), 1, rev++, new ItemDraft(null, missions.get(i % missions.size()).code(), null,
          "โครงการทดสอบความเร็วลำดับที่ " + i, null, List.of(tenant.unit().id()), null, null));
      for (FiscalYear y : plan.period().years()) plans.setBudget(planner, plan.id(), 1, rev++, item.id(), y, Baht.of(10_000 + i));
      plans.setDetails(planner, plan.id(), 1, rev++, item.id(), sheet);
    }
    revision = rev;
    items = plans.get(planner, plan.id()).items();
    base = "/plans/" + plan.id() + "/versions/1/part2";
  }

  @TearDown
  public void stop() {
    app.close();
  }

  /** A budget cell typed, saved, and answered with every totals row. */
  @Benchmark
  public int budgetCell() throws Exception {
    PlanItem item = items.get(n++ % ITEMS);
    int status = mvc.perform(put(base + "/items/" + item.id() + "/budget/2567").with(SignedIn.as(planner)).with(csrf())
        .header("HX-Request", "true").param("revision", Long.toString(revision)).param("amount", Integer.toString(20_000 + n)))
        .andReturn().getResponse().getStatus();
    if (status != 200) throw new IllegalStateException("budget cell answered " + status);
    revision++;
    return status;
  }

  /** The Part 2 editor page of the 60-item plan. */
  @Benchmark
  public int part2Page() throws Exception {
    return mvc.perform(get(base).with(SignedIn.as(planner))).andReturn().getResponse().getContentAsByteArray().length;
  }
}
