package org.sujarit.importer.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sujarit.common.Baht;
import org.sujarit.common.InvalidAmountException;
import org.sujarit.common.ThaiDigits;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.plan.Budget;

/**
 * The rows of an imported plan as the review form shows and returns them: plain text as the user
 * sees or typed it, so that a cell that is not yet an amount is shown again, with its error, and
 * nothing typed is lost. {@link #apply} turns a corrected form back into the interchange plan.
 */
public record ImportReview(List<Integer> years, List<Row> rows) {
  private static final String MISSION_CODE = "[1-9]\\.\\d{1,2}(\\.\\d{1,2})?";

  /**
   * One item. {@code budget} holds the text of each year's cell ("" = not stated, "-" = no budget);
   * {@code errors} maps a field ("mission", "name", "2566" …) to the message key of what is wrong with it.
   */
  public record Row(String mission, String seq, String kind, String name, String responsible, Map<Integer, String> budget,
      Integer line, Map<String, String> errors) {
    public boolean hasErrors() {
      return !errors.isEmpty();
    }

    public String error(Object field) {
      return errors.get(String.valueOf(field));
    }
  }

  static ImportReview of(PlanInterchange plan) {
    List<Integer> years = years(plan);
    List<Row> rows = new ArrayList<>();
    for (PlanInterchange.Dimension d : plan.dimensions()) {
      for (PlanInterchange.Mission m : d.missions()) {
        for (PlanInterchange.Project p : m.projects()) {
          Map<Integer, String> cells = new LinkedHashMap<>();
          for (Integer y : years) cells.put(y, cell(p.budget() == null ? null : p.budget().get(y)));
          rows.add(new Row(m.code(), p.seq() == null ? "" : p.seq().toString(), p.kind(), p.name(),
              p.responsible() == null ? "" : p.responsible(), cells, p.line(), Map.of()));
        }
      }
    }
    return new ImportReview(years, rows);
  }

  /** The form as submitted, each cell checked; rows with errors carry them per year. */
  static ImportReview submitted(List<Integer> years, List<String> mission, List<String> seq, List<String> kind, List<String> name,
      List<String> responsible, Map<Integer, List<String>> budgets, List<String> lines) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < name.size(); i++) {
      Map<Integer, String> cells = new LinkedHashMap<>();
      Map<String, String> errors = new LinkedHashMap<>();
      for (Integer y : years) {
        String text = at(budgets.get(y), i);
        cells.put(y, text);
        try {
          Budget.parseCell(text);
        } catch (InvalidAmountException e) {
          errors.put(y.toString(), e.messageKey());
        }
      }
      if (!ThaiDigits.toArabic(at(mission, i).strip()).matches(MISSION_CODE)) errors.put("mission", "import.review.mission-invalid");
      String line = at(lines, i);
      rows.add(new Row(at(mission, i), at(seq, i), at(kind, i), at(name, i), at(responsible, i), cells,
          line.isBlank() ? null : Integer.valueOf(line), errors));
    }
    return new ImportReview(years, rows);
  }

  boolean hasErrors() {
    return rows.stream().anyMatch(Row::hasErrors);
  }

  /** The plan with these rows as its items, grouped by dimension and mission in the order given. */
  PlanInterchange apply(PlanInterchange plan) {
    Map<Integer, Map<String, List<PlanInterchange.Project>>> grouped = new TreeMap<>();
    Map<String, PlanInterchange.Project> originals = new LinkedHashMap<>();
    for (PlanInterchange.Dimension d : plan.dimensions())
      for (PlanInterchange.Mission m : d.missions())
        for (PlanInterchange.Project p : m.projects()) originals.putIfAbsent(p.line() + "|" + p.name(), p);
    for (Row r : rows) {
      if (r.name().isBlank()) continue;
      String code = ThaiDigits.toArabic(r.mission().strip());
      int dim = dimensionOf(code);
      Map<Integer, BigDecimal> budget = new TreeMap<>();
      r.budget().forEach((y, text) -> {
        Baht b = Budget.parseCell(text);
        if (b != null) budget.put(y, b.amount());
      });
      PlanInterchange.Project before = originals.get(r.line() + "|" + r.name());
      String seq = ThaiDigits.toArabic(r.seq().strip());
      grouped.computeIfAbsent(dim, k -> new LinkedHashMap<>()).computeIfAbsent(code, k -> new ArrayList<>())
          .add(new PlanInterchange.Project(seq.matches("\\d{1,4}") ? Integer.valueOf(seq) : null, r.kind(), r.name().strip(), budget,
              r.responsible().isBlank() ? null : r.responsible().strip(), before == null ? null : before.remark(),
              before == null ? null : before.quarters(), details(r, originals), r.line()));
    }
    List<PlanInterchange.Dimension> dims = new ArrayList<>();
    grouped.forEach((no, missions) -> {
      PlanInterchange.Dimension was = plan.dimensions().stream().filter(d -> d.no() == no).findFirst().orElse(null);
      List<PlanInterchange.Mission> ms = new ArrayList<>();
      missions.forEach((code, projects) -> ms.add(new PlanInterchange.Mission(code, missionName(plan, code), projects)));
      dims.add(new PlanInterchange.Dimension(no, was == null ? null : was.name(), was == null ? null : was.statedProjectCount(),
          was == null ? null : was.statedTotal(), ms));
    });
    return new PlanInterchange(plan.source(), plan.organization(), plan.period(), plan.framework(), plan.title(), plan.targets(),
        plan.introduction(), plan.riskAssessment(), dims, plan.statedProjectCount(), plan.statedGrandTotal(), plan.diagnostics());
  }

  private static PlanInterchange.Details details(Row r, Map<String, PlanInterchange.Project> originals) {
    PlanInterchange.Project p = originals.get(r.line() + "|" + r.name());
    if (p != null) return p.details();
    // a renamed row keeps the detail sheet of the row read from the same source line
    return originals.values().stream().filter(o -> r.line() != null && r.line().equals(o.line())).findFirst()
        .map(PlanInterchange.Project::details).orElse(null);
  }

  private static String missionName(PlanInterchange plan, String code) {
    return plan.dimensions().stream().flatMap(d -> d.missions().stream()).filter(m -> code.equals(m.code()))
        .map(PlanInterchange.Mission::name).findFirst().orElse(null);
  }

  private static int dimensionOf(String code) {
    return Integer.parseInt(code.substring(0, code.indexOf('.')));
  }

  private static String cell(BigDecimal v) {
    if (v == null) return "";
    if (v.signum() == 0) return "-";
    return Baht.of(v.setScale(Math.max(2, v.scale()))).format();
  }

  private static String at(List<String> list, int i) {
    return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
  }

  private static List<Integer> years(PlanInterchange plan) {
    List<Integer> years = new ArrayList<>();
    if (plan.period() != null) for (int y = plan.period().startYear(); y <= plan.period().endYear() && years.size() < 5; y++) years.add(y);
    return years;
  }
}
