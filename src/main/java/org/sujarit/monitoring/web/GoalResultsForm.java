package org.sujarit.monitoring.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Goal results as typed, on the round page (names and values side by side) or in the API (by name). */
final class GoalResultsForm {
  private GoalResultsForm() {}

  /** The form's goals' names and the values typed beside them, in the same order. */
  static Map<String, BigDecimal> parse(List<String> goals, List<String> actuals) {
    Map<String, String> typed = new LinkedHashMap<>();
    List<String> names = goals == null ? List.of() : goals;
    for (int i = 0; i < names.size(); i++) typed.put(names.get(i), actuals == null || i >= actuals.size() ? null : actuals.get(i));
    return parse(typed);
  }

  /** The actual value of each named goal (null when left blank); a value that is no number is refused with its field. */
  static Map<String, BigDecimal> parse(Map<String, String> typed) {
    Map<String, BigDecimal> results = new LinkedHashMap<>();
    if (typed != null) typed.forEach((goal, text) -> results.put(goal, ProgressForm.decimal("actual", text)));
    return results;
  }
}
