package org.sujarit.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.framework.Framework;
import org.sujarit.interchange.NineStepTable;

/** Checks a plan against its framework, its period and the totals its source document stated. */
final class PlanFindings {
  private PlanFindings() {}

  public static List<PlanFinding> of(Plan plan, Framework framework, PlanTotals totals) {
    List<PlanFinding> out = new ArrayList<>();
    Map<String, PlanItem> bySequence = new HashMap<>();
    for (PlanItem item : plan.items()) {
      if (!framework.hasMission(item.missionCode())) {
        out.add(new PlanFinding(PlanFinding.Code.MISSION_OUTSIDE_FRAMEWORK, item.id(),
            List.of(item.sequence(), item.name(), item.missionCode(), framework.code())));
      }
      PlanItem other = bySequence.putIfAbsent(item.dimensionNo() + "/" + item.sequence(), item);
      if (other != null) {
        out.add(new PlanFinding(PlanFinding.Code.DUPLICATE_SEQUENCE, item.id(), List.of(item.dimensionNo(), item.sequence())));
      }
      SortedMap<FiscalYear, Baht> amounts = item.budget().amounts();
      // years are sorted: only a budget whose first or last year is outside the period has any outside
      boolean outside = !amounts.isEmpty()
          && (!plan.period().contains(amounts.firstKey()) || !plan.period().contains(amounts.lastKey()));
      if (outside) {
        for (FiscalYear y : amounts.keySet()) {
          if (!plan.period().contains(y)) {
            out.add(new PlanFinding(PlanFinding.Code.BUDGET_OUTSIDE_PERIOD, item.id(), List.of(item.sequence(), item.name(), y.value())));
          }
        }
      }
    }
    plan.statedTotals().ifPresent(stated -> {
      stated.dimensions().forEach((no, s) -> compare(out, no, s, totals.dimension(no), totals.counts(no).total()));
      if (stated.grand() != null) compare(out, null, stated.grand(), totals.grand(), totals.counts().total());
    });
    for (PlanItem item : plan.items()) {
      if (!item.hasDetails()) out.add(new PlanFinding(PlanFinding.Code.MISSING_DETAIL_SHEET, item.id(), List.of(item.sequence(), item.name())));
      if (item.responsibleUnits().isEmpty()) out.add(new PlanFinding(PlanFinding.Code.NO_RESPONSIBLE_UNIT, item.id(), List.of(item.sequence(), item.name())));
    }
    for (Framework.Mission m : framework.topMissions()) {
      if (totals.itemCount(m.code()) == 0) out.add(new PlanFinding(PlanFinding.Code.MISSION_WITHOUT_ITEM, null, List.of(m.code(), m.name())));
    }
    standardWording(plan.introduction(), out);
    monitoringTables(plan.introduction(), out);
    return out;
  }

  /** The captions of the monitoring tables (steps 6 to 9) the documents leave out of Part 1: the year's rounds give their results. */
  private static void monitoringTables(Introduction i, List<PlanFinding> out) {
    if (i.riskText() == null) return;
    List<String> captions = Arrays.stream(i.riskText().split("\\n")).map(NineStepTable::caption).flatMap(java.util.Optional::stream)
        .filter(c -> !c.table().atPlanTime()).map(NineStepTable.Caption::number).toList();
    if (!captions.isEmpty()) out.add(new PlanFinding(PlanFinding.Code.MONITORING_TABLES_LEFT_OUT, null, List.of(String.join(", ", captions))));
  }

  /** One finding per part printed in the standard wording, named as the document heads it. */
  private static void standardWording(Introduction i, List<PlanFinding> out) {
    Map<String, Boolean> own = new LinkedHashMap<>();
    own.put("คำนำ", i.foreword() != null);
    own.put("การประเมินความเสี่ยงการทุจริต", i.riskText() != null || !i.risks().isEmpty());
    own.put("หลักการและเหตุผล", i.rationale() != null);
    own.put("วัตถุประสงค์ของการจัดทำแผน", !i.objectives().isEmpty());
    own.put("เป้าหมาย", !i.goalsText().isEmpty() || !i.goals().isEmpty());
    own.put("ประโยชน์ของการจัดทำแผน", !i.benefits().isEmpty());
    own.forEach((part, given) -> {
      if (!given) out.add(new PlanFinding(PlanFinding.Code.STANDARD_WORDING, null, List.of(part)));
    });
  }

  /** {@code dimension} is null for the grand total. */
  private static void compare(List<PlanFinding> out, Integer dimension, StatedTotals.Stated stated, PlanTotals.Amounts computed,
      int computedCount) {
    if (stated.projectCount() != null && stated.projectCount() != computedCount) {
      out.add(dimension == null
          ? new PlanFinding(PlanFinding.Code.STATED_GRAND_COUNT_MISMATCH, null, List.of(stated.projectCount(), computedCount))
          : new PlanFinding(PlanFinding.Code.STATED_COUNT_MISMATCH, null, List.of(dimension, stated.projectCount(), computedCount)));
    }
    stated.totals().forEach((year, amount) -> {
      Baht sum = computed.in(year) == null ? Baht.ZERO : computed.in(year);
      if (!sum.equals(amount)) {
        out.add(dimension == null
            ? new PlanFinding(PlanFinding.Code.STATED_GRAND_TOTAL_MISMATCH, null, List.of(year.value(), amount.format(), sum.format()))
            : new PlanFinding(PlanFinding.Code.STATED_TOTAL_MISMATCH, null, List.of(dimension, year.value(), amount.format(), sum.format())));
      }
    });
  }
}
