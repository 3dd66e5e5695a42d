package org.sujarit.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.framework.Framework;
import org.sujarit.organization.UnitId;

/**
 * A Part 2 item: a project, activity or measure under one mission, numbered, with a budget per
 * fiscal year, the units responsible, the quarters it is planned in, and its Part 3 detail sheet
 * (null until written). Its id stays the same across plan versions.
 */
public record PlanItem(
    PlanItemId id,
    ItemKind kind,
    String missionCode,
    int sequence,
    String name,
    Budget budget,
    List<UnitId> responsibleUnits,
    SortedMap<FiscalYear, Set<FiscalQuarter>> plannedQuarters,
    String remark,
    DetailSheet details) {

  public PlanItem {
    budget = budget == null ? Budget.NONE : budget;
    responsibleUnits = responsibleUnits == null ? List.of() : List.copyOf(responsibleUnits);
    TreeMap<FiscalYear, Set<FiscalQuarter>> q = new TreeMap<>();
    if (plannedQuarters != null) {
      plannedQuarters.forEach((y, set) -> {
        if (set != null && !set.isEmpty()) q.put(y, Collections.unmodifiableSet(EnumSet.copyOf(set)));
      });
    }
    plannedQuarters = Collections.unmodifiableSortedMap(q);
    remark = DetailSheet.trim(remark);
    name = name == null ? null : name.strip();
  }

  public int dimensionNo() {
    return Framework.Mission.dimensionNo(missionCode);
  }

  public Set<FiscalQuarter> quartersIn(FiscalYear year) {
    return plannedQuarters.getOrDefault(year, Set.of());
  }

  public boolean hasDetails() {
    return details != null && !details.isBlank();
  }

  /** Anything other than place and budget differs from {@code other} (name, kind, units, quarters, remark, details). */
  public boolean contentDiffersFrom(PlanItem other) {
    return !withPlace(other.missionCode, other.sequence).withBudget(other.budget).equals(other);
  }

  PlanItem withBudget(Budget b) {
    return new PlanItem(id, kind, missionCode, sequence, name, b, responsibleUnits, plannedQuarters, remark, details);
  }

  PlanItem withPlace(String mission, int seq) {
    return new PlanItem(id, kind, mission, seq, name, budget, responsibleUnits, plannedQuarters, remark, details);
  }

  PlanItem withDetails(DetailSheet d) {
    return new PlanItem(id, kind, missionCode, sequence, name, budget, responsibleUnits, plannedQuarters, remark, d);
  }

  PlanItem shiftedBy(int years) {
    TreeMap<FiscalYear, Set<FiscalQuarter>> q = new TreeMap<>();
    plannedQuarters.forEach((y, s) -> q.put(y.plus(years), s));
    return new PlanItem(id, kind, missionCode, sequence, name, budget.shiftedBy(years), responsibleUnits, q, remark, details);
  }
}
