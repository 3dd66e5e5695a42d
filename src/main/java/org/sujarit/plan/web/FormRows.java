package org.sujarit.plan.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a domain field name back to the form row it came from, when empty form rows were dropped. */
final class FormRows {
  private FormRows() {}

  /** {@code renumber("goals[1].name", "goals", [0, 3])} is {@code "goals[3].name"}. */
  static String renumber(String field, String list, List<Integer> formRows) {
    if (field == null) return null;
    Matcher m = Pattern.compile("^" + Pattern.quote(list) + "\\[(\\d+)]").matcher(field);
    if (!m.find()) return field;
    int i = Integer.parseInt(m.group(1));
    return i < formRows.size() ? list + "[" + formRows.get(i) + "]" + field.substring(m.end()) : field;
  }
}
