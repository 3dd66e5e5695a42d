package org.sujarit.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sujarit.common.Baht;
import org.sujarit.interchange.PlanInterchange;

/**
 * The figures a plan's documents must show, computed here from the interchange plan on their own,
 * so that the tests do not take the renderer's totals on trust.
 */
record ExpectedFigures(List<Integer> years, List<Row> items, List<Row> subtotals, Row grandTotal) {

  /** One table row: its leading text and its amounts per year (null where nothing is stated). */
  record Row(String label, int count, List<BigDecimal> amounts, String remark) {
    /** The row's amounts as the table prints them: "20,000", "-" for zero, nothing when unstated. */
    List<String> printed() {
      return amounts.stream().map(ExpectedFigures::printed).toList();
    }
  }

  static ExpectedFigures of(PlanInterchange plan) {
    List<Integer> years = new ArrayList<>();
    for (int y = plan.period().startYear(); y <= plan.period().endYear(); y++) years.add(y);
    List<Row> items = new ArrayList<>();
    List<Row> subtotals = new ArrayList<>();
    Map<Integer, BigDecimal> grand = zero(years);
    int number = 0;
    for (PlanInterchange.Dimension d : plan.dimensions()) {
      Map<Integer, BigDecimal> sub = zero(years);
      int count = 0;
      for (PlanInterchange.Mission m : d.missions()) {
        for (PlanInterchange.Project p : m.projects()) {
          count++;
          List<BigDecimal> amounts = new ArrayList<>();
          for (int y : years) {
            BigDecimal v = p.budget() == null ? null : p.budget().get(y);
            amounts.add(v == null ? null : v.setScale(2, RoundingMode.HALF_UP));
            if (v != null) sub.merge(y, v.setScale(2, RoundingMode.HALF_UP), BigDecimal::add);
          }
          String remark = String.join("\n", java.util.stream.Stream.of(p.responsible(), p.remark())
              .filter(s -> s != null && !s.isBlank()).toList());
          items.add(new Row(++number + ") " + (p.name() == null || p.name().isBlank() ? "-" : p.name()), 1, amounts, remark));
        }
      }
      sub.forEach((y, v) -> grand.merge(y, v, BigDecimal::add));
      subtotals.add(new Row("รวม", count, new ArrayList<>(sub.values()), ""));
    }
    return new ExpectedFigures(years, items, subtotals, new Row("รวมทั้งสิ้น", number, new ArrayList<>(grand.values()), ""));
  }

  static String printed(BigDecimal amount) {
    if (amount == null) return "";
    return amount.signum() == 0 ? "-" : Baht.of(amount).format();
  }

  private static Map<Integer, BigDecimal> zero(List<Integer> years) {
    Map<Integer, BigDecimal> m = new LinkedHashMap<>();
    years.forEach(y -> m.put(y, BigDecimal.ZERO.setScale(2)));
    return m;
  }
}
