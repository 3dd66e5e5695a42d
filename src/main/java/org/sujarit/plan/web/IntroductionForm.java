package org.sujarit.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.MeasureUnit;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.RiskLevel;

/**
 * Part 1 as its form posts it ({@code risks[0].risk}, {@code objectives[2]},
 * {@code goals[1].targets[2567]}); fields are bound directly. Everything stays text until saved, so
 * that a wrong number is shown again as typed, beside its message.
 */
public class IntroductionForm {
  public List<Risk> risks = new ArrayList<>();
  public String rationale;
  public List<String> objectives = new ArrayList<>();
  public List<Goal> goals = new ArrayList<>();
  public List<String> benefits = new ArrayList<>();
  /** Form row of each row passed on (rows left empty are dropped), to place the domain's messages. */
  private final List<Integer> riskRows = new ArrayList<>();
  private final List<Integer> goalRows = new ArrayList<>();

  public static class Risk {
    public String workProcess;
    public String risk;
    public String level;
    public List<String> controls = new ArrayList<>();
    public String controlNote;
  }

  public static class Goal {
    public String name;
    public String unit = MeasureUnit.PERCENT.name();
    public Map<Integer, String> targets = new TreeMap<>();
  }

  static IntroductionForm of(Introduction intro) {
    IntroductionForm f = new IntroductionForm();
    for (Introduction.RiskRow r : intro.risks()) {
      Risk x = new Risk();
      x.workProcess = r.workProcess();
      x.risk = r.risk();
      x.level = r.level() == null ? null : r.level().name();
      x.controls = new ArrayList<>(r.controls().stream().map(PlanItemId::toString).toList());
      x.controlNote = r.controlNote();
      f.risks.add(x);
    }
    f.rationale = intro.rationale();
    f.objectives = new ArrayList<>(intro.objectives());
    for (Introduction.Goal g : intro.goals()) {
      Goal x = new Goal();
      x.name = g.name();
      x.unit = g.unit() == null ? MeasureUnit.OTHER.name() : g.unit().name();
      g.targets().forEach((y, v) -> x.targets.put(y.value(), v.stripTrailingZeros().toPlainString()));
      f.goals.add(x);
    }
    f.benefits = new ArrayList<>(intro.benefits());
    return f;
  }

  void apply(ListOp op) {
    switch (op.list()) {
      case "risks" -> op.applyTo(risks, Risk::new);
      case "objectives" -> op.applyTo(objectives, () -> "");
      case "goals" -> op.applyTo(goals, Goal::new);
      case "benefits" -> op.applyTo(benefits, () -> "");
      default -> throw new IllegalArgumentException("list " + op.list());
    }
  }

  int size(String list) {
    return switch (list) {
      case "risks" -> risks.size();
      case "objectives" -> objectives.size();
      case "goals" -> goals.size();
      default -> benefits.size();
    };
  }

  /** Part 1 from the posted text, or null with the unreadable fields in {@code errors}. */
  Introduction toIntroduction(FieldErrors errors) {
    List<Introduction.RiskRow> riskRowList = new ArrayList<>();
    for (int n = 0; n < risks.size(); n++) {
      Risk r = risks.get(n);
      boolean blank = FormText.blankToNull(r.workProcess) == null && FormText.blankToNull(r.risk) == null
          && FormText.blankToNull(r.controlNote) == null && r.controls.isEmpty();
      if (blank) continue; // an added row left empty is dropped, not refused
      riskRows.add(n);
      RiskLevel level = r.level == null || r.level.isBlank() ? null : RiskLevel.valueOf(r.level);
      riskRowList.add(new Introduction.RiskRow(FormText.blankToNull(r.workProcess), FormText.blankToNull(r.risk), level,
          r.controls.stream().filter(c -> !c.isBlank()).map(PlanItemId::of).toList(), FormText.blankToNull(r.controlNote)));
    }
    List<Introduction.Goal> goalList = new ArrayList<>();
    for (int n = 0; n < goals.size(); n++) {
      Goal g = goals.get(n);
      TreeMap<FiscalYear, BigDecimal> values = new TreeMap<>();
      for (Map.Entry<Integer, String> t : g.targets.entrySet()) {
        try {
          BigDecimal v = FormText.decimal(t.getValue());
          if (v != null) values.put(FiscalYear.of(t.getKey()), v);
        } catch (RuleViolation e) {
          errors.add("goals[" + n + "].targets[" + t.getKey() + "]", e);
        }
      }
      if (FormText.blankToNull(g.name) == null && g.targets.values().stream().allMatch(t -> FormText.blankToNull(t) == null)) continue;
      goalRows.add(n);
      goalList.add(new Introduction.Goal(FormText.blankToNull(g.name), MeasureUnit.parse(g.unit), values));
    }
    if (!errors.isEmpty()) return null;
    return new Introduction(riskRowList, rationale, objectives, goalList, benefits);
  }

  /** The form field a domain message concerns: {@code risks[1].level} of the second row passed on. */
  String formField(String domainField) {
    return FormRows.renumber(FormRows.renumber(domainField, "risks", riskRows), "goals", goalRows);
  }
}
