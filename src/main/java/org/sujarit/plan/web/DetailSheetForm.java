package org.sujarit.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sujarit.common.Baht;
import org.sujarit.common.RuleViolation;
import org.sujarit.plan.Budget;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.MeasureUnit;

/**
 * A Part 3 detail sheet as its form posts it ({@code method[1]}, {@code costLines[0].amount},
 * {@code indicators[2].target}); amounts and targets stay text until saved.
 */
public class DetailSheetForm {
  public String principle;
  public List<String> objectives = new ArrayList<>();
  public String targetGroup;
  public String area;
  public List<String> method = new ArrayList<>();
  public String duration;
  public String budgetText;
  public List<Cost> costLines = new ArrayList<>();
  public String responsibleText;
  public List<String> outputs = new ArrayList<>();
  public List<String> outcomes = new ArrayList<>();
  public List<Indicator> indicators = new ArrayList<>();
  private final List<Integer> costRows = new ArrayList<>();
  private final List<Integer> indicatorRows = new ArrayList<>();

  public static class Cost {
    public String description;
    public String amount;
  }

  public static class Indicator {
    public String description;
    public String target;
    public String unit = MeasureUnit.PERCENT.name();
  }

  static DetailSheetForm of(DetailSheet sheet) {
    DetailSheet d = sheet == null ? DetailSheet.EMPTY : sheet;
    DetailSheetForm f = new DetailSheetForm();
    f.principle = d.principle();
    f.objectives = new ArrayList<>(d.objectives());
    f.targetGroup = d.targetGroup();
    f.area = d.area();
    f.method = new ArrayList<>(d.method());
    f.duration = d.duration();
    f.budgetText = d.budgetText();
    for (DetailSheet.CostLine c : d.costLines()) {
      Cost x = new Cost();
      x.description = c.description();
      x.amount = c.amount() == null ? null : c.amount().format();
      f.costLines.add(x);
    }
    f.responsibleText = d.responsibleText();
    f.outputs = new ArrayList<>(d.outputs());
    f.outcomes = new ArrayList<>(d.outcomes());
    for (DetailSheet.Indicator i : d.indicators()) {
      Indicator x = new Indicator();
      x.description = i.description();
      x.target = i.target() == null ? null : i.target().stripTrailingZeros().toPlainString();
      x.unit = i.unit() == null ? MeasureUnit.OTHER.name() : i.unit().name();
      f.indicators.add(x);
    }
    return f;
  }

  void apply(ListOp op) {
    switch (op.list()) {
      case "objectives" -> op.applyTo(objectives, () -> "");
      case "method" -> op.applyTo(method, () -> "");
      case "costLines" -> op.applyTo(costLines, Cost::new);
      case "outputs" -> op.applyTo(outputs, () -> "");
      case "outcomes" -> op.applyTo(outcomes, () -> "");
      case "indicators" -> op.applyTo(indicators, Indicator::new);
      default -> throw new IllegalArgumentException("list " + op.list());
    }
  }

  int size(String list) {
    return switch (list) {
      case "objectives" -> objectives.size();
      case "method" -> method.size();
      case "costLines" -> costLines.size();
      case "outputs" -> outputs.size();
      case "outcomes" -> outcomes.size();
      default -> indicators.size();
    };
  }

  /** The sum of the cost lines that read as amounts: shown under them, computed here, never in the browser. */
  public Baht costTotal() {
    Baht sum = Baht.ZERO;
    for (Cost c : costLines) {
      try {
        Baht a = Budget.parseCell(c.amount);
        if (a != null) sum = sum.plus(a);
      } catch (RuleViolation e) {
        // an unreadable line is reported when saving; the sum shows the readable ones
      }
    }
    return sum;
  }

  /** The sheet from the posted text, or null with the unreadable fields in {@code errors}. */
  DetailSheet toSheet(FieldErrors errors) {
    List<DetailSheet.CostLine> costs = new ArrayList<>();
    for (int n = 0; n < costLines.size(); n++) {
      Cost c = costLines.get(n);
      if (FormText.blankToNull(c.description) == null && FormText.blankToNull(c.amount) == null) continue;
      costRows.add(n);
      try {
        costs.add(new DetailSheet.CostLine(c.description, Budget.parseCell(c.amount)));
      } catch (RuleViolation e) {
        errors.add("costLines[" + n + "].amount", e);
      }
    }
    List<DetailSheet.Indicator> inds = new ArrayList<>();
    for (int n = 0; n < indicators.size(); n++) {
      Indicator i = indicators.get(n);
      if (FormText.blankToNull(i.description) == null && FormText.blankToNull(i.target) == null) continue;
      indicatorRows.add(n);
      try {
        BigDecimal target = FormText.decimal(i.target);
        inds.add(new DetailSheet.Indicator(i.description, target, MeasureUnit.parse(i.unit)));
      } catch (RuleViolation e) {
        errors.add("indicators[" + n + "].target", e);
      }
    }
    if (!errors.isEmpty()) return null;
    return new DetailSheet(principle, objectives, targetGroup, area, method, duration, budgetText, costs, responsibleText,
        outputs, outcomes, inds);
  }

  String formField(String domainField) {
    return FormRows.renumber(FormRows.renumber(domainField, "costLines", costRows), "indicators", indicatorRows);
  }
}
