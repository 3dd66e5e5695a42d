package org.sujarit.monitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sujarit.common.Baht;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.common.ThaiDigits;
import org.sujarit.monitoring.IndicatorResult;
import org.sujarit.monitoring.ProgressEntry;
import org.sujarit.monitoring.ProgressRecord;
import org.sujarit.monitoring.ProgressStatus;

/**
 * A progress record as typed in the web form or sent to the API: amounts and numbers as text
 * ("12,500", "๑๒,๕๐๐"), dates as ISO days, achieved values in the order of the item's indicators.
 */
public record ProgressForm(String status, String done, String startedOn, String finishedOn, String spent, List<String> achieved,
    String problems, String suggestions, String reason, String correctionNote) {

  public static final ProgressForm EMPTY = new ProgressForm(null, null, null, null, null, List.of(), null, null, null, null);

  public ProgressForm {
    achieved = achieved == null ? List.of() : List.copyOf(achieved);
  }

  /** The form filled in with a stored record, for editing it. */
  public static ProgressForm of(ProgressRecord r, int indicatorCount) {
    if (r == null) return EMPTY;
    ProgressEntry e = r.entry();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < indicatorCount; i++) values.add("");
    e.indicators().stream().filter(x -> x.index() < indicatorCount)
        .forEach(x -> values.set(x.index(), x.achieved().stripTrailingZeros().toPlainString()));
    return new ProgressForm(e.status().name(), e.done(), text(e.startedOn()), text(e.finishedOn()),
        e.spent() == null ? null : e.spent().format(), values, e.problems(), e.suggestions(), e.reason(), null);
  }

  /** @throws RuleViolation naming the field that cannot be read */
  public ProgressEntry toEntry() {
    ProgressStatus s;
    try {
      s = status == null || status.isBlank() ? null : ProgressStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      throw RuleViolation.field("status", "monitoring.status.required");
    }
    Baht amount = null;
    if (spent != null && !spent.isBlank()) {
      try {
        amount = Baht.parse(spent);
      } catch (RuleViolation e) {
        throw e.onField("spent");
      }
    }
    List<IndicatorResult> results = new ArrayList<>();
    for (int i = 0; i < achieved.size(); i++) {
      BigDecimal v = decimal("achieved", achieved.get(i));
      if (v != null) results.add(new IndicatorResult(i, v));
    }
    return new ProgressEntry(s, done, ThaiDates.field("startedOn", startedOn), ThaiDates.field("finishedOn", finishedOn), amount, results, problems,
        suggestions, reason);
  }

  /**
   * A number as people type it ("1,250.5", "๘๐", "80%"); null when blank.
   *
   * @throws RuleViolation on {@code field} when it is not a number
   */
  public static BigDecimal decimal(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return new BigDecimal(ThaiDigits.toArabic(text).replace(",", "").replace("%", "").strip());
    } catch (NumberFormatException e) {
      throw RuleViolation.field(field, "monitoring.indicator.not-a-number", text);
    }
  }

  private static String text(LocalDate d) {
    return d == null ? null : ThaiDates.input(d);
  }
}
