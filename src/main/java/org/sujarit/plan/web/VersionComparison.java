package org.sujarit.plan.web;

import java.util.List;
import java.util.TreeSet;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.plan.Plan;
import org.sujarit.plan.internal.PlanDiff;
import org.sujarit.plan.PlanTotals;

/**
 * Two versions side by side from {@link PlanDiff}: items added, removed and moved, budget changes per
 * item and year, other changes of content, and the grand totals per year of each version.
 */
public record VersionComparison(Plan from, Plan to, PlanDiff diff, List<FiscalYear> years, PlanTotals.Amounts fromTotal,
    PlanTotals.Amounts toTotal) {

  static VersionComparison of(Plan from, PlanTotals fromTotals, Plan to, PlanTotals toTotals) {
    TreeSet<FiscalYear> years = new TreeSet<>(from.period().years());
    years.addAll(to.period().years());
    return new VersionComparison(from, to, PlanDiff.between(from.snapshot(), to.snapshot()), List.copyOf(years),
        fromTotals.grand(), toTotals.grand());
  }

  public List<PlanDiff.ItemChange> moved() {
    return diff.changed().stream().filter(PlanDiff.ItemChange::moved).toList();
  }

  public List<PlanDiff.ItemChange> budgetChanged() {
    return diff.changed().stream().filter(c -> !c.budgetChanges().isEmpty()).toList();
  }

  public List<PlanDiff.ItemChange> contentChanged() {
    return diff.changed().stream().filter(PlanDiff.ItemChange::contentChanged).toList();
  }

  public boolean identical() {
    return diff.added().isEmpty() && diff.removed().isEmpty() && diff.changed().isEmpty() && !diff.titleChanged()
        && !diff.introductionChanged();
  }

  /** The grand total of a year in the newer version minus the older one; null when neither states the year. */
  public Baht difference(FiscalYear year) {
    Baht a = fromTotal.in(year), b = toTotal.in(year);
    if (a == null && b == null) return null;
    return (b == null ? Baht.ZERO : b).minus(a == null ? Baht.ZERO : a);
  }
}
