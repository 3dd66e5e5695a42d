package org.sujarit.plan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.sujarit.common.Baht;
import org.sujarit.common.RuleViolation;

/**
 * Part 3: the detail sheet of one item, section by section as the official documents number them, and,
 * for a sheet imported from a document, that document's own heading above it and its sections as
 * written ({@link WrittenSection}), which the documents print instead of the standard ten. A sheet
 * edited section by section in Sujarit has none of these: the edit is the standard layout.
 */
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
    List<Indicator> indicators,
    String heading,
    List<WrittenSection> sections) {

  public static final DetailSheet EMPTY =
      new DetailSheet(null, List.of(), null, null, List.of(), null, null, List.of(), null, List.of(), List.of(), List.of());

  /** A sheet of the standard sections only. */
  public DetailSheet(String principle, List<String> objectives, String targetGroup, String area, List<String> method,
      String duration, String budgetText, List<CostLine> costLines, String responsibleText, List<String> outputs,
      List<String> outcomes, List<Indicator> indicators) {
    this(principle, objectives, targetGroup, area, method, duration, budgetText, costLines, responsibleText, outputs,
        outcomes, indicators, null, List.of());
  }

  /** A section as the source document wrote it; kind names the standard section, null for the organization's own. */
  public record WrittenSection(String no, String heading, String kind, List<WrittenLine> lines) {
    public WrittenSection {
      lines = lines == null ? List.of() : List.copyOf(lines);
    }
  }

  /** A line with its own marker; level 0 text, 1 a list item, 2 an item within one. */
  public record WrittenLine(int level, String text) {}

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
    heading = trim(heading);
    sections = sections == null ? List.of() : List.copyOf(sections);
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
        && outputs.isEmpty() && outcomes.isEmpty() && indicators.isEmpty() && sections.isEmpty();
  }

  /** The same sheet with every text passed through {@code f} (filling a template's placeholders). */
  public DetailSheet mapTexts(UnaryOperator<String> f) {
    UnaryOperator<String> g = s -> s == null ? null : f.apply(s);
    return new DetailSheet(g.apply(principle), objectives.stream().map(g).toList(), g.apply(targetGroup), g.apply(area),
        method.stream().map(g).toList(), g.apply(duration), g.apply(budgetText),
        costLines.stream().map(c -> new CostLine(g.apply(c.description()), c.amount())).toList(), g.apply(responsibleText),
        outputs.stream().map(g).toList(), outcomes.stream().map(g).toList(),
        indicators.stream().map(i -> new Indicator(g.apply(i.description()), i.target(), i.unit())).toList(), g.apply(heading),
        sections.stream().map(w -> new WrittenSection(w.no(), g.apply(w.heading()), w.kind(),
            w.lines().stream().map(l -> new WrittenLine(l.level(), g.apply(l.text()))).toList())).toList());
  }

  /** A cost line says what it pays for; an indicator says what it measures, and its target fits its unit. */
  public void requireValid() {
    for (int n = 0; n < costLines.size(); n++) {
      CostLine c = costLines.get(n);
      if (c.amount() != null && c.amount().isNegative()) {
        throw RuleViolation.field("costLines[" + n + "].amount", "amount.negative", c.amount().toString());
      }
      if (trim(c.description()) == null) throw RuleViolation.field("costLines[" + n + "].description", "plan.sheet.cost-description-required");
    }
    for (int n = 0; n < indicators.size(); n++) {
      Indicator i = indicators.get(n);
      if (trim(i.description()) == null) throw RuleViolation.field("indicators[" + n + "].description", "plan.sheet.indicator-description-required");
      MeasureUnit.requireValidTargets(i.unit(), Collections.singletonList(i.target()), "indicators[" + n + "].target");
    }
  }

  static List<String> clean(List<String> lines) {
    return lines == null ? List.of() : lines.stream().map(DetailSheet::trim).filter(s -> s != null).toList();
  }

  static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
