package org.sujarit.plan;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;

/**
 * An item's budget per fiscal year. A year with no entry is "not stated"; an entry of zero means
 * "no budget" (the "-" or "ไม่ใช้งบประมาณ" of the documents). Amounts are never negative.
 */
public record Budget(SortedMap<FiscalYear, Baht> amounts) {
  public static final Budget NONE = new Budget(new TreeMap<>());

  public Budget {
    TreeMap<FiscalYear, Baht> copy = new TreeMap<>();
    if (amounts != null) {
      amounts.forEach((year, amount) -> {
        if (amount == null) return;
        if (amount.isNegative()) throw RuleViolation.field("budget", "amount.negative", amount.toString());
        copy.put(year, amount);
      });
    }
    amounts = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * One budget cell as people type it: empty means "not stated" (null); "-" or "ไม่ใช้งบประมาณ" means
   * no budget (zero); anything else is an amount ("1,000", "๑๐๐๐").
   *
   * @throws org.sujarit.common.InvalidAmountException when it is none of these
   */
  public static Baht parseCell(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) return null;
    if (t.equals("-") || t.equals("ไม่ใช้งบประมาณ")) return Baht.ZERO;
    return Baht.parse(t);
  }

  public static Budget of(Map<FiscalYear, Baht> amounts) {
    return new Budget(new TreeMap<>(amounts));
  }

  public Optional<Baht> in(FiscalYear year) {
    return Optional.ofNullable(amounts.get(year));
  }

  public boolean stated(FiscalYear year) {
    return amounts.containsKey(year);
  }

  /** This budget with one year set; {@code amount == null} makes the year "not stated". */
  public Budget with(FiscalYear year, Baht amount) {
    TreeMap<FiscalYear, Baht> copy = new TreeMap<>(amounts);
    if (amount == null) copy.remove(year);
    else copy.put(year, amount);
    return new Budget(copy);
  }

  public Baht total() {
    return amounts.values().stream().reduce(Baht.ZERO, Baht::plus);
  }

  /** The same amounts moved by {@code years} (copying a plan into the next cycle). */
  public Budget shiftedBy(int years) {
    TreeMap<FiscalYear, Baht> copy = new TreeMap<>();
    amounts.forEach((y, a) -> copy.put(y.plus(years), a));
    return new Budget(copy);
  }
}
