package org.sujarit.document.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.framework.Framework;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.interchange.PlanInterchange;

/**
 * The plan's Part 2 as figures: dimensions, missions and numbered items with their budgets, and the
 * only place where subtotals and the grand total are computed. Every document prints these.
 */
public record PlanTable(FiscalPeriod period, List<Dimension> dimensions, Amounts grandTotal, int itemCount) {

  public record Dimension(int no, String name, List<Mission> missions, Amounts subtotal, int itemCount) {}

  public record Mission(String code, String name, List<Item> items) {}

  /** An item numbered 1…n through the whole plan. */
  public record Item(int number, String name, Amounts budget, String responsible, String remark,
      Map<FiscalYear, List<FiscalQuarter>> quarters, PlanInterchange.Details details) {

    /** The Part 2 remark column: the responsible unit, then the remark. */
    public String remarkText() {
      return joinLines(responsible, remark);
    }
  }

  public static PlanTable of(PlanInterchange plan, FiscalPeriod period, FrameworkCatalog catalog) {
    Optional<Framework> framework = Optional.ofNullable(plan.framework()).flatMap(catalog::find)
        .or(() -> catalog.covering(period.first().value()));
    int[] number = {0};
    List<Dimension> dimensions = new ArrayList<>();
    for (PlanInterchange.Dimension d : plan.dimensions().stream()
        .sorted(Comparator.comparingInt(PlanInterchange.Dimension::no)).toList()) {
      List<Mission> missions = new ArrayList<>();
      List<Amounts> budgets = new ArrayList<>();
      for (PlanInterchange.Mission m : d.missions()) {
        List<Item> items = new ArrayList<>();
        for (PlanInterchange.Project p : m.projects()) {
          Item item = new Item(++number[0], nonBlank(p.name()).orElse("-"), Amounts.of(p.budget(), period),
              p.responsible(), p.remark(), quarters(p.quarters(), period), p.details());
          items.add(item);
          budgets.add(item.budget());
        }
        String code = nonBlank(m.code()).orElse("");
        String name = nonBlank(m.name())
            .or(() -> framework.flatMap(f -> f.mission(code)).map(Framework.Mission::name)).orElse("");
        missions.add(new Mission(code, name, List.copyOf(items)));
      }
      String name = nonBlank(d.name())
          .or(() -> framework.flatMap(f -> f.dimension(d.no())).map(Framework.Dimension::name)).orElse("");
      dimensions.add(new Dimension(d.no(), name, List.copyOf(missions), Amounts.sum(budgets, period), budgets.size()));
    }
    Amounts grand = Amounts.sum(dimensions.stream().map(Dimension::subtotal).toList(), period);
    return new PlanTable(period, List.copyOf(dimensions), grand, number[0]);
  }

  /** The plan's fiscal years, checked: one to five consecutive years. */
  public static FiscalPeriod periodOf(PlanInterchange plan) {
    PlanInterchange.Period p = plan.period();
    if (p == null) throw new PlanRenderException("แผนไม่ได้ระบุช่วงปีงบประมาณ (period)");
    try {
      return FiscalPeriod.of(p.startYear(), p.endYear());
    } catch (IllegalArgumentException | RuleViolation e) {
      throw new PlanRenderException("ช่วงปีงบประมาณของแผนไม่ถูกต้อง: " + p.startYear() + "–" + p.endYear()
          + " (ต้องเป็นปี พ.ศ. ต่อเนื่องกัน 1 ถึง 5 ปี)");
    }
  }

  public List<Item> items() {
    return dimensions.stream().flatMap(d -> d.missions().stream()).flatMap(m -> m.items().stream()).toList();
  }

  private static Map<FiscalYear, List<FiscalQuarter>> quarters(Map<Integer, List<Integer>> planned, FiscalPeriod period) {
    Map<FiscalYear, List<FiscalQuarter>> m = new TreeMap<>();
    if (planned == null) return m;
    planned.forEach((year, qs) -> {
      if (year == null || qs == null || year < FiscalYear.MIN || year > FiscalYear.MAX) return;
      FiscalYear y = FiscalYear.of(year);
      if (period.contains(y)) {
        m.put(y, qs.stream().filter(q -> q != null && q >= 1 && q <= 4).distinct().sorted().map(FiscalQuarter::of).toList());
      }
    });
    return m;
  }

  static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  static String joinLines(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p == null || p.isBlank()) continue;
      if (sb.length() > 0) sb.append('\n');
      sb.append(p.strip());
    }
    return sb.toString();
  }
}
