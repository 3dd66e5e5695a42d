package org.sujarit.monitoring.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sujarit.monitoring.ProgressForm;

/** The goal results form: the goals' names and the actual values typed beside them, in the same order. */
final class GoalResultsForm {
  private GoalResultsForm() {}

  /** The actual value of each named goal (null when left blank); a value that is no number is refused with its field. */
  static Map<String, BigDecimal> parse(List<String> goals, List<String> actuals) {
    Map<String, BigDecimal> results = new LinkedHashMap<>();
    List<String> names = goals == null ? List.of() : goals;
    for (int i = 0; i < names.size(); i++) {
      results.put(names.get(i), ProgressForm.decimal("actual", actuals == null || i >= actuals.size() ? null : actuals.get(i)));
    }
    return results;
  }
}
