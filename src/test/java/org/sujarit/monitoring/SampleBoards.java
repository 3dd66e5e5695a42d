package org.sujarit.monitoring;

import org.sujarit.monitoring.report.ThaiTexts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.monitoring.report.ProgressReport;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Budget;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.MeasureUnit;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanFixtures;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;

/**
 * A realistic round without a database, for report previews and benchmarks: an SAO's plan with items
 * over the four dimensions and five units, most of them reported in every status.
 */
public final class SampleBoards {
  static final String[] UNITS = {"สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "หน่วยตรวจสอบภายใน"};
  static final String[] MISSIONS = {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"};
  static final Map<Integer, String> DIMENSIONS = Map.of(1, "การสร้างวัฒนธรรมสุจริต", 2, "การบริหารราชการด้วยความโปร่งใส",
      3, "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", 4, "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น");

  private SampleBoards() {}

  public static Progress.Board annual(int itemCount) {
    FiscalYear year = FiscalYear.of(2567);
    ReportingRound round = new ReportingRound(year, RoundKind.FULL_YEAR);
    WorkflowStamp stamp = new WorkflowStamp("demo.unit", Instant.parse("2024-09-20T03:00:00Z"));
    Map<UnitId, String> units = new LinkedHashMap<>();
    List<UnitId> unitIds = new ArrayList<>();
    for (String u : UNITS) {
      UnitId id = UnitId.random();
      units.put(id, u);
      unitIds.add(id);
    }
    List<PlanItem> items = new ArrayList<>();
    Map<PlanItemId, ProgressRecord> records = new LinkedHashMap<>();
    ProgressStatus[] statuses = {ProgressStatus.DONE, ProgressStatus.DONE, ProgressStatus.IN_PROGRESS, ProgressStatus.DONE,
        ProgressStatus.POSTPONED, ProgressStatus.DONE, ProgressStatus.NOT_STARTED, ProgressStatus.CANCELLED};
    for (int i = 0; i < itemCount; i++) {
      String mission = MISSIONS[i % MISSIONS.length];
      TreeMap<FiscalYear, Set<FiscalQuarter>> quarters = new TreeMap<>();
      quarters.put(year, EnumSet.of(FiscalQuarter.values()[i % 4]));
      DetailSheet sheet = new DetailSheet("หลักการ", List.of(), null, null, List.of(), null, null, List.of(), null, List.of(), List.of(),
          List.of(new DetailSheet.Indicator("ร้อยละของผู้เข้าร่วมที่มีความรู้ความเข้าใจเพิ่มขึ้น", new BigDecimal("80"), MeasureUnit.PERCENT)));
      PlanItem item = new PlanItem(PlanItemId.random(), i % 3 == 0 ? ItemKind.PROJECT : i % 3 == 1 ? ItemKind.ACTIVITY : ItemKind.MEASURE,
          mission, i / MISSIONS.length + 1, (i % 3 == 0 ? "โครงการ" : i % 3 == 1 ? "กิจกรรม" : "มาตรการ")
              + "ส่งเสริมคุณธรรมจริยธรรมและความโปร่งใสในการปฏิบัติราชการ ลำดับที่ " + (i + 1),
          new Budget(new TreeMap<>(Map.of(year, Baht.of(5_000L * (i % 7 + 1))))), List.of(unitIds.get(i % unitIds.size())), quarters,
          null, sheet);
      items.add(item);
      if (i % 10 == 9) continue; // one in ten not reported
      ProgressStatus s = statuses[i % statuses.length];
      ProgressEntry e = new ProgressEntry(s, s == ProgressStatus.NOT_STARTED ? null
              : "จัดกิจกรรมอบรมให้ความรู้แก่พนักงานส่วนตำบลและพนักงานจ้าง จำนวน " + (20 + i) + " คน ณ ห้องประชุมองค์การบริหารส่วนตำบล",
          LocalDate.of(2024, 1, 10), s == ProgressStatus.DONE ? LocalDate.of(2024, 1, 12) : null,
          s == ProgressStatus.DONE || s == ProgressStatus.IN_PROGRESS ? Baht.parse((4_000 * (i % 7 + 1) + 250) + ".50") : null,
          List.of(new IndicatorResult(0, new BigDecimal(70 + i % 25))), i % 4 == 0 ? "ผู้เข้าร่วมบางส่วนติดภารกิจ" : null,
          i % 4 == 0 ? "ควรจัดในช่วงต้นปีงบประมาณ" : null, s.needsReason() ? "ได้รับจัดสรรงบประมาณไม่เพียงพอ" : null);
      records.put(item.id(), new ProgressRecord(UUID.randomUUID(), PlanId.random(), 1, item.id(), round, 1, e, ReviewStatus.ACCEPTED, stamp,
          stamp, null, null));
    }
    Introduction intro = new Introduction(List.of(), null, List.of(), List.of(
        new Introduction.Goal("คะแนนการประเมินคุณธรรมและความโปร่งใส (ITA)", MeasureUnit.SCORE, new TreeMap<>(Map.of(year, new BigDecimal("85")))),
        new Introduction.Goal("จำนวนเรื่องร้องเรียนการทุจริตลดลง (ร้อยละ)", MeasureUnit.PERCENT, new TreeMap<>(Map.of(year, new BigDecimal("20"))))),
        List.of());
    Plan plan = PlanFixtures.unstored("NACC_2566", FiscalPeriod.of(2566, 2570), stamp,
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2566–2570", intro, items);
    Organization org = new Organization(OrganizationId.random(), "องค์การบริหารส่วนตำบลห้วยทรายงาม", OrganizationKind.SAO, "ขอนแก่น",
        "เมือง", null);
    RoundState state = new RoundState(plan.id(), round, new WorkflowStamp("demo.executive", Instant.parse("2024-10-10T03:00:00Z")),
        "นายสมชาย ใจซื่อ", "ทราบ ให้ทุกส่วนราชการดำเนินการตามข้อเสนอแนะ");
    return new Progress.Board(plan, org, round, state, round.dueDate(RoundDeadlines.DEFAULT),
        ProgressFigures.of(plan, round, records, LocalDate.of(2024, 10, 1)), records, Map.of(), units,
        Map.of("คะแนนการประเมินคุณธรรมและความโปร่งใส (ITA)", new BigDecimal("87.52")), new Progress.Rights(false, false, false, false));
  }

  /** The monitoring messages in Thai, as the reports use them. */
  public static ProgressReport.Texts thaiTexts() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "i18n/monitoring");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new ThaiTexts(source);
  }
}
