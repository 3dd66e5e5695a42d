package org.sujarit.plan;

import java.math.BigDecimal;
import java.util.List;
import org.sujarit.common.Baht;

/** Part 3: the detail sheet of one item, section by section as the official documents number them. */
public record DetailSheet(
    String principle,
    List<String> objectives,
    String targetGroup,
    String area,
    List<String> method,
    String duration,
    String budgetText,
    List<CostLine> costLines,
    String responsibleText,
    List<String> outputs,
    List<String> outcomes,
    List<Indicator> indicators) {

  public static final DetailSheet EMPTY =
      new DetailSheet(null, List.of(), null, null, List.of(), null, null, List.of(), null, List.of(), List.of(), List.of());

  public DetailSheet {
    objectives = clean(objectives);
    method = clean(method);
    outputs = clean(outputs);
    outcomes = clean(outcomes);
    costLines = costLines == null ? List.of() : List.copyOf(costLines);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    principle = trim(principle);
    targetGroup = trim(targetGroup);
    area = trim(area);
    duration = trim(duration);
    budgetText = trim(budgetText);
    responsibleText = trim(responsibleText);
  }

  /** One cost line of the budget section ("ค่าอาหารว่าง 50 คน × 35 บาท"). */
  public record CostLine(String description, Baht amount) {}

  /** An indicator with its numeric target ("ไม่น้อยกว่าร้อยละ 80" → 80, PERCENT); target may be null. */
  public record Indicator(String description, BigDecimal target, MeasureUnit unit) {}

  public Baht costTotal() {
    return costLines.stream().map(CostLine::amount).filter(a -> a != null).reduce(Baht.ZERO, Baht::plus);
  }

  /** Nothing written in any section. */
  public boolean isBlank() {
    return principle == null && objectives.isEmpty() && targetGroup == null && area == null && method.isEmpty()
        && duration == null && budgetText == null && costLines.isEmpty() && responsibleText == null
        && outputs.isEmpty() && outcomes.isEmpty() && indicators.isEmpty();
  }

  static List<String> clean(List<String> lines) {
    return lines == null ? List.of() : lines.stream().map(DetailSheet::trim).filter(s -> s != null).toList();
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
