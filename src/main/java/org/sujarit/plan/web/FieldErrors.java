package org.sujarit.plan.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.plan.Plan;
import org.sujarit.web.Messages;

/**
 * Messages per form field ({@code costLines[2].amount}), shown beside the field. Parsing collects
 * every unreadable field at once; the domain adds the rule it refused. Key "" holds a message for
 * the form as a whole.
 */
final class FieldErrors {
  private final Map<String, String> byField = new LinkedHashMap<>();
  private final Messages messages;

  FieldErrors(Messages messages) {
    this.messages = messages;
  }

  void add(String field, RuleViolation e) {
    byField.putIfAbsent(field == null ? "" : field, messages.of(e));
  }

  boolean isEmpty() {
    return byField.isEmpty();
  }

  /** For templates: {@code errors['objectives[1]']}. */
  Map<String, String> asMap() {
    return byField;
  }

  /**
   * Saves a posted form: reads it ({@code parse} reports unreadable fields here and returns null),
   * lets the domain judge it, and keeps the refusal beside the field it concerns ({@code formField}
   * maps the domain's field name to the form's). A concurrent change is not a field error: it is
   * rethrown, answered with 409, and the form stays as typed.
   *
   * @return the saved plan, or null when there are errors to show
   */
  <T> Plan attempt(Function<FieldErrors, T> parse, Function<T, Plan> save, UnaryOperator<String> formField) {
    T value = parse.apply(this);
    if (value == null) return null;
    try {
      return save.apply(value);
    } catch (RuleViolation e) {
      if (e instanceof NotFoundException || "plan.concurrent-change".equals(e.messageKey())) throw e;
      add(e.field() == null ? "" : formField.apply(e.field()), e);
      return null;
    }
  }
}
