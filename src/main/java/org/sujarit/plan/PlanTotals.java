package org.sujarit.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.framework.Framework;

/**
 * The one place that computes a plan's figures: sums per mission, dimension and year, the grand
 * total, and counts of items by kind. Sub-mission items count toward their mission. A year that no
 * item states a budget for stays absent ("not stated"), unlike a stated zero.
 */
public final class PlanTotals {
  private final List<FiscalYear> years;
  private final Map<String, Amounts> byMission = new LinkedHashMap<>();
  private final Map<Integer, Amounts> byDimension = new TreeMap<>();
  private final Map<Integer, Counts> countsByDimension = new TreeMap<>();
  private final Map<String, Integer> countByMission = new LinkedHashMap<>();
  private final Amounts grand;
  private final Counts counts;

  private PlanTotals(Plan plan, Framework framework) {
    this.years = plan.period().years();
    Map<String, Builder> missions = new LinkedHashMap<>();
    Map<Integer, Builder> dimensions = new TreeMap<>();
    Map<Integer, Counts.Builder> dimCounts = new TreeMap<>();
    Builder all = new Builder();
    Counts.Builder allCounts = new Counts.Builder();
    for (PlanItem item : plan.items()) {
      String mission = framework.topMissionOf(item.missionCode()).map(Framework.Mission::code).orElse(item.missionCode());
      missions.computeIfAbsent(mission, k -> new Builder()).add(item.budget());
      dimensions.computeIfAbsent(item.dimensionNo(), k -> new Builder()).add(item.budget());
      dimCounts.computeIfAbsent(item.dimensionNo(), k -> new Counts.Builder()).add(item.kind());
      countByMission.merge(mission, 1, Integer::sum);
      all.add(item.budget());
      allCounts.add(item.kind());
    }
    missions.forEach((k, b) -> byMission.put(k, b.build()));
    dimensions.forEach((k, b) -> byDimension.put(k, b.build()));
    dimCounts.forEach((k, b) -> countsByDimension.put(k, b.build()));
    this.grand = all.build();
    this.counts = allCounts.build();
  }

  public static PlanTotals of(Plan plan, Framework framework) {
    return new PlanTotals(plan, framework);
  }

  public List<FiscalYear> years() {
    return years;
  }

  /** Sums of the items under a (top-level) mission code; empty amounts when it has none. */
  public Amounts mission(String code) {
    return byMission.getOrDefault(code, Amounts.EMPTY);
  }

  public Amounts dimension(int no) {
    return byDimension.getOrDefault(no, Amounts.EMPTY);
  }

  public Amounts grand() {
    return grand;
  }

  public Counts counts() {
    return counts;
  }

  public Counts counts(int dimension) {
    return countsByDimension.getOrDefault(dimension, Counts.EMPTY);
  }

  public int itemCount(String missionCode) {
    return countByMission.getOrDefault(missionCode, 0);
  }

  /** Amounts per fiscal year (only stated years) and their sum. */
  public record Amounts(SortedMap<FiscalYear, Baht> perYear, Baht total) {
    static final Amounts EMPTY = new Amounts(Collections.emptySortedMap(), Baht.ZERO);

    /** The sum for a year, or null when no item states that year. */
    public Baht in(FiscalYear year) {
      return perYear.get(year);
    }
  }

  /** Number of items in all and by kind. */
  public record Counts(int total, Map<ItemKind, Integer> byKind) {
    static final Counts EMPTY = new Counts(0, Map.of());

    public int of(ItemKind kind) {
      return byKind.getOrDefault(kind, 0);
    }

    static final class Builder {
      private final EnumMap<ItemKind, Integer> byKind = new EnumMap<>(ItemKind.class);
      private int total;

      void add(ItemKind kind) {
        total++;
        byKind.merge(kind, 1, Integer::sum);
      }

      Counts build() {
        return new Counts(total, Collections.unmodifiableMap(new EnumMap<>(byKind)));
      }
    }
  }

  private static final class Builder {
    private final TreeMap<FiscalYear, Baht> perYear = new TreeMap<>();

    void add(Budget budget) {
      budget.amounts().forEach((y, a) -> perYear.merge(y, a, Baht::plus));
    }

    Amounts build() {
      return new Amounts(Collections.unmodifiableSortedMap(perYear),
          perYear.values().stream().reduce(Baht.ZERO, Baht::plus));
    }
  }
}
