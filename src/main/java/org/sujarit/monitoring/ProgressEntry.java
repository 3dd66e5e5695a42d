package org.sujarit.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sujarit.common.Baht;
import org.sujarit.common.RuleViolation;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.PlanItem;

/**
 * What a unit reports on one item for one round. {@code spent} is the budget actually spent (null:
 * not stated); the plan's figure stays the planned one. Texts are trimmed, blank ones become null.
 */
public record ProgressEntry(
    ProgressStatus status,
    String done,
    LocalDate startedOn,
    LocalDate finishedOn,
    Baht spent,
    List<IndicatorResult> indicators,
    String problems,
    String suggestions,
    String reason) {

  public static final int MAX_TEXT = 4000;

  public ProgressEntry {
    indicators = indicators == null ? List.of()
        : indicators.stream().filter(r -> r.achieved() != null).sorted(Comparator.comparingInt(IndicatorResult::index)).toList();
    done = trim(done);
    problems = trim(problems);
    suggestions = trim(suggestions);
    reason = trim(reason);
  }

  /**
   * Checks the entry against the item it reports on.
   *
   * @throws RuleViolation naming the field at fault
   */
  public ProgressEntry validFor(PlanItem item) {
    if (status == null) throw RuleViolation.field("status", "monitoring.status.required");
    if (status.needsReason() && reason == null) throw RuleViolation.field("reason", "monitoring.reason.required");
    if (status == ProgressStatus.DONE && done == null) throw RuleViolation.field("done", "monitoring.done.required");
    if (startedOn != null && finishedOn != null && finishedOn.isBefore(startedOn)) {
      throw RuleViolation.field("finishedOn", "monitoring.dates.reversed");
    }
    if (spent != null && spent.isNegative()) throw RuleViolation.field("spent", "amount.negative", spent.toString());
    for (String[] t : new String[][] {{"done", done}, {"problems", problems}, {"suggestions", suggestions}, {"reason", reason}}) {
      if (t[1] != null && t[1].length() > MAX_TEXT) throw RuleViolation.field(t[0], "monitoring.text.too-long", MAX_TEXT);
    }
    int count = item.details() == null ? 0 : item.details().indicators().size();
    Set<Integer> seen = new HashSet<>();
    for (IndicatorResult r : indicators) {
      if (r.index() < 0 || r.index() >= count || !seen.add(r.index())) throw RuleViolation.field("indicators", "monitoring.indicator.unknown");
      if (r.achieved().signum() < 0) throw RuleViolation.field("indicators", "monitoring.indicator.negative");
    }
    return this;
  }

  /** The indicators of the item's detail sheet that this entry reports as met. */
  public long indicatorsMet(List<DetailSheet.Indicator> sheet) {
    return indicators.stream().filter(r -> r.index() < sheet.size() && r.meets(sheet.get(r.index()))).count();
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
