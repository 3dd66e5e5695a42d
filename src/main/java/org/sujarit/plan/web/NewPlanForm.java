package org.sujarit.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.InvalidPeriodException;
import org.sujarit.common.RuleViolation;
import org.sujarit.framework.Framework;
import org.sujarit.plan.internal.PlanAuthoring;
import org.sujarit.plan.PlanId;

/** The new-plan form: title, framework, period and how to start (empty, a copy, library entries). */
public class NewPlanForm {
  public String title;
  public String frameworkCode;
  public String firstYear;
  public String lastYear;
  public PlanAuthoring.Start start = PlanAuthoring.Start.LIBRARY;
  public String copyOf;
  public List<UUID> entries = new ArrayList<>();

  /** Defaults: the newest framework and its whole cycle. */
  static NewPlanForm defaults(String title, Framework framework) {
    NewPlanForm f = new NewPlanForm();
    f.title = title;
    f.frameworkCode = framework.code();
    f.firstYear = Integer.toString(framework.firstYear());
    f.lastYear = Integer.toString(framework.lastYear());
    return f;
  }

  /** The request, or null with the unreadable fields in {@code errors}. */
  PlanAuthoring.NewPlan toRequest(FieldErrors errors) {
    Integer first = year("firstYear", firstYear, errors);
    Integer last = year("lastYear", lastYear, errors);
    FiscalPeriod period = null;
    if (first != null && last != null) {
      try {
        period = FiscalPeriod.of(first, last);
      } catch (InvalidPeriodException e) {
        errors.add("lastYear", e);
      } catch (RuleViolation e) {
        errors.add(first < 2540 || first > 2700 ? "firstYear" : "lastYear", e);
      }
    }
    if (!errors.isEmpty()) return null;
    PlanId source = copyOf == null || copyOf.isBlank() ? null : PlanId.of(copyOf);
    return new PlanAuthoring.NewPlan(title, frameworkCode, period, start == null ? PlanAuthoring.Start.EMPTY : start, source, entries);
  }

  private static Integer year(String field, String text, FieldErrors errors) {
    try {
      java.math.BigDecimal y = FormText.decimal(text);
      if (y == null) throw new RuleViolation("authoring.new.year-required");
      return y.intValueExact();
    } catch (RuleViolation e) {
      errors.add(field, e);
    } catch (ArithmeticException e) {
      errors.add(field, new RuleViolation("authoring.number.invalid", text));
    }
    return null;
  }
}
